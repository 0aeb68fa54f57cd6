#include "ui/common/stationfont.h"

#include <QApplication>
#include <QFontMetrics>

namespace cc {

void useStationFont() {
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans CJK TC"), font.family()});
    QApplication::setFont(font);
}

void loadStationFont() {
    // Han, Latin and digits, as on the login page, in its two sizes.
    const QString sample = QStringLiteral("市民卡櫃台登入 Citizen card 0123");
    QFont font = QApplication::font();
    QFontMetrics(font).boundingRect(sample);
    font.setPointSizeF(font.pointSizeF() * kTitleScale);
    QFontMetrics(font).boundingRect(sample);
}

} // namespace cc
