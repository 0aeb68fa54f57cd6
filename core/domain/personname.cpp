#include "core/domain/personname.h"

#include <QStringList>

namespace cc {
namespace {

// Counted by code point, not UTF-16 unit: a name may hold a character
// outside the BMP.
QString pointAt(const QList<uint> &points, qsizetype i) {
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i), 1);
}

} // namespace

QString PersonNames::masked(const QString &name) {
    const QString trimmed = name.simplified();
    // Latin letters (a foreign resident's name), one word or several.
    if (trimmed.contains(QLatin1Char(' ')) ||
        (!trimmed.isEmpty() && trimmed.front().script() == QChar::Script_Latin)) {
        QStringList words = trimmed.split(QLatin1Char(' '));
        for (QString &w : words) {
            const QList<uint> points = w.toUcs4();
            w = pointAt(points, 0) + QString(points.size() - 1, QLatin1Char('*'));
        }
        return words.join(QLatin1Char(' '));
    }
    const QList<uint> points = trimmed.toUcs4();
    if (points.size() <= 1)
        return trimmed;
    const QString hidden = QStringLiteral("○").repeated(qMax<qsizetype>(points.size() - 2, 1));
    const QString last = points.size() > 2 ? pointAt(points, points.size() - 1) : QString();
    return pointAt(points, 0) + hidden + last;
}

QString PersonNames::searchKey(const QString &name) {
    QString key;
    for (const QChar c : name.normalized(QString::NormalizationForm_KC).toCaseFolded())
        if (!c.isSpace() && c != u'-' && c != u'\u00B7' && c != u'\u30FB' && c != u'.')
            key += c;
    return key;
}

} // namespace cc
