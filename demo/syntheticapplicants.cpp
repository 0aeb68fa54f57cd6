#include "demo/syntheticapplicants.h"

#include "core/domain/nationalid.h"

#include <QRandomGenerator>

#include <array>

namespace cc {
namespace {

struct Syllable {
    const char16_t *hanzi;
    const char *latin;
};

// The most common surnames in Taiwan and common given-name characters, with
// the romanisation a passport would most likely carry.
constexpr std::array<Syllable, 30> kSurnames = {{
    {u"陳", "CHEN"},   {u"林", "LIN"},   {u"黃", "HUANG"}, {u"張", "CHANG"},  {u"李", "LI"},
    {u"王", "WANG"},   {u"吳", "WU"},    {u"劉", "LIU"},   {u"蔡", "TSAI"},   {u"楊", "YANG"},
    {u"許", "HSU"},    {u"鄭", "CHENG"}, {u"謝", "HSIEH"}, {u"洪", "HUNG"},   {u"郭", "KUO"},
    {u"邱", "CHIU"},   {u"曾", "TSENG"}, {u"廖", "LIAO"},  {u"賴", "LAI"},    {u"徐", "HSU"},
    {u"周", "CHOU"},   {u"葉", "YEH"},   {u"蘇", "SU"},    {u"莊", "CHUANG"}, {u"呂", "LU"},
    {u"江", "CHIANG"}, {u"何", "HO"},    {u"蕭", "HSIAO"}, {u"羅", "LO"},     {u"高", "KAO"},
}};

constexpr std::array<Syllable, 40> kGiven = {{
    {u"志", "CHIH"},  {u"明", "MING"}, {u"俊", "CHUN"}, {u"傑", "CHIEH"}, {u"建", "CHIEN"},
    {u"宏", "HUNG"},  {u"家", "CHIA"}, {u"豪", "HAO"},  {u"冠", "KUAN"},  {u"宇", "YU"},
    {u"承", "CHENG"}, {u"翰", "HAN"},  {u"柏", "PO"},   {u"睿", "JUI"},   {u"哲", "CHE"},
    {u"文", "WEN"},   {u"國", "KUO"},  {u"偉", "WEI"},  {u"信", "HSIN"},  {u"安", "AN"},
    {u"淑", "SHU"},   {u"芬", "FEN"},  {u"美", "MEI"},  {u"玲", "LING"},  {u"雅", "YA"},
    {u"婷", "TING"},  {u"怡", "YI"},   {u"君", "CHUN"}, {u"欣", "HSIN"},  {u"慧", "HUI"},
    {u"佳", "CHIA"},  {u"穎", "YING"}, {u"詩", "SHIH"}, {u"涵", "HAN"},   {u"宜", "YI"},
    {u"庭", "TING"},  {u"秀", "HSIU"}, {u"英", "YING"}, {u"麗", "LI"},    {u"珍", "CHEN"},
}};

constexpr std::array<const char16_t *, 13> kDistricts = {
    u"桃園區", u"中壢區", u"平鎮區", u"八德區", u"楊梅區", u"蘆竹區", u"大溪區",
    u"龍潭區", u"龜山區", u"大園區", u"觀音區", u"新屋區", u"復興區"};

constexpr std::array<const char16_t *, 10> kRoads = {u"中正路", u"中山路",  u"民生路", u"復興路",
                                                     u"成功路", u"三民路",  u"建國路", u"大興西路",
                                                     u"介壽路", u"環中東路"};

// ID numbers are drawn without repetition by an affine map over the space of
// letter × sex digit × 7-digit serial (26 · 2 · 10^7 values).
constexpr qint64 kIdSpace = 26LL * 2 * 10'000'000;
constexpr qint64 kIdStride = 387'420'489; // 3^18: coprime with the space

QString nationalIdFor(qint64 k) {
    const QChar letter(u'A' + int(k / 20'000'000));
    const int sex = 1 + int((k / 10'000'000) % 2);
    const QString body = QString(letter) + QString::number(sex) +
                         QStringLiteral("%1").arg(k % 10'000'000, 7, 10, QLatin1Char('0'));
    // The check digit: the one of ten candidates that validates.
    for (int d = 0; d <= 9; ++d)
        if (const QString id = body + QString::number(d); NationalId::check(id).valid())
            return id;
    return {};
}

QString hanzi(const Syllable &s) {
    return QString::fromUtf16(s.hanzi);
}

} // namespace

SyntheticApplicants::SyntheticApplicants(quint64 seed)
    : m_seed(seed) {}

Applicants::Item SyntheticApplicants::make(qint64 index, const QDate &today) const {
    QRandomGenerator rng(quint32(m_seed ^ (m_seed >> 32)) ^ quint32(index * 2654435761u));
    const qint64 k = (index % kIdSpace * kIdStride + qint64(m_seed % kIdSpace)) % kIdSpace;
    PersonData p;
    p.nationalId = nationalIdFor(k);
    const Syllable &surname = kSurnames[rng.bounded(int(kSurnames.size()))];
    const Syllable &g1 = kGiven[rng.bounded(int(kGiven.size()))];
    const Syllable &g2 = kGiven[rng.bounded(int(kGiven.size()))];
    p.name = hanzi(surname) + hanzi(g1) + hanzi(g2);
    p.nameLatin = QLatin1String(surname.latin) + QStringLiteral(", ") + QLatin1String(g1.latin) +
                  u'-' + QLatin1String(g2.latin);
    const int ageDays = int(rng.bounded(95 * 365));
    p.birthDate = today.addDays(-ageDays - 1);
    p.address = QStringLiteral("桃園市") + QString::fromUtf16(kDistricts[rng.bounded(13)]) +
                QString::fromUtf16(kRoads[rng.bounded(10)]) +
                QStringLiteral("%1號").arg(rng.bounded(1, 400));
    p.phone = QStringLiteral("09%1-%2-%3")
                  .arg(rng.bounded(10, 100))
                  .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'))
                  .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));

    ApplicationData a;
    const int age = ageDays / 365;
    if (age >= 65)
        a.cardType = CardType::Senior;
    else if (age >= 6 && age <= 22)
        a.cardType = CardType::Student;
    else if (rng.bounded(20) == 0)
        a.cardType = CardType::Disability;
    if (a.cardType == CardType::Disability)
        a.documents = {
            {QStringLiteral("disabilityCertificate"),
             QStringLiteral("D%1").arg(rng.bounded(10'000'000), 8, 10, QLatin1Char('0'))},
            {QStringLiteral("validUntil"), today.addYears(5).toString(Qt::ISODate)}};
    return {p, a};
}

QList<Applicants::Item> SyntheticApplicants::make(qint64 first, qint64 count,
                                                  const QDate &today) const {
    QList<Applicants::Item> items;
    items.reserve(count);
    for (qint64 i = first; i < first + count; ++i)
        items << make(i, today);
    return items;
}

} // namespace cc
