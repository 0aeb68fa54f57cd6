#pragma once

#include <QLocale>

class QCoreApplication;

namespace cc {

// Installs citizencard's translation for `locale` (zh_TW is the primary UI
// language) into `app`; English source strings are used when none matches.
// Replaces the one a previous call installed. Returns whether a translation
// was installed.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace cc
