// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace coach {

void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // No catalogue for the locale (or English, or the C locale of a script):
    // the English one still supplies the plural forms of the source strings.
    if (ours->load(locale, u"coachbench"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"coachbench_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
}

} // namespace coach
