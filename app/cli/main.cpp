// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"
#include "core/Translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so both find the same default library.
    QCoreApplication::setOrganizationName(u"Coachbench"_s);
    QCoreApplication::setApplicationName(u"Coachbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COACH_VERSION));
    coach::installTranslations(app);
    return coach::cli::CommandLine().run(QCoreApplication::arguments());
}
