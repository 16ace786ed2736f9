// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "RecentLibraries.h"
#include "core/Translations.h"
#include "services/DemoLibrary.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Coachbench"_s);
    QApplication::setApplicationName(u"Coachbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(COACHBENCH_VERSION));
    QGuiApplication::setDesktopFileName(u"org.coachbench.Coachbench"_s);
    coach::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Review recorded customer-service calls."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(u"library"_s,
                                           QCoreApplication::translate("main", "Open the library <file>, creating it if needed."),
                                           QCoreApplication::translate("main", "file"));
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Open the demo library, importing the demo calls on first use."));
    parser.addOption(libraryOption);
    parser.addOption(demoOption);
    parser.process(app);

    QString path;
    if (parser.isSet(demoOption))
        path = coach::DemoLibrary::databasePath();
    else if (parser.isSet(libraryOption))
        path = parser.value(libraryOption);
    else
        path = RecentLibraries().mostRecent();
    if (path.isEmpty())
        path = coach::Database::defaultPath();

    MainWindow window;
    if (!window.openLibraryOrAsk(path))
        return 0;
    window.show();
    if (parser.isSet(demoOption)) {
        // Once the window is up, so the progress dialog has a parent on screen.
        QTimer::singleShot(0, &window, [&window] {
            window.importIfEmpty(coach::DemoLibrary::recordingsDirectory(), coach::DemoLibrary::manifestPath());
        });
    }
    return QApplication::exec();
}
