// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup: the Coachbench window from process start to the first paint of the call
// table, then quit. A benchmark, not a test: bench-startup.sh runs it beside qt-floor.
//
// It does what app/gui/main.cpp does (application names, translations, command line,
// MainWindow, open the library, show), except that a library that fails to open ends the
// run with exit code 2 instead of asking the user for another one, and the event loop
// stops right after the table's viewport has painted once.
//
//   bench-startup --library FILE      prints "rows=N total=N painted=1 scrollable=1 main_to_paint_ms=…"
// Exit code 0 only when the table painted with rows in it and can scroll.
#include "MainWindow.h"
#include "core/Translations.h"
#include "library/LibraryPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// Quits the event loop once the watched viewport has finished its first paint.
class FirstPaint final : public QObject
{
public:
    using QObject::QObject;
    bool painted = false;
    qint64 atMs = -1;
    QElapsedTimer *clock = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            atMs = clock->elapsed();
            // Queued: the paint event itself completes first.
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Coachbench"_s);
    QApplication::setApplicationName(u"Coachbench"_s);
    QApplication::setApplicationVersion(u"bench"_s);
    QGuiApplication::setDesktopFileName(u"org.coachbench.Coachbench"_s);
    coach::installTranslations(app);

    QCommandLineParser parser;
    const QCommandLineOption libraryOption(u"library"_s, u"The library to open."_s, u"file"_s);
    parser.addOption(libraryOption);
    parser.process(app);
    if (!parser.isSet(libraryOption)) {
        std::fprintf(stderr, "usage: bench-startup --library FILE\n");
        return 2;
    }

    MainWindow window;
    if (const auto opened = window.openLibrary(parser.value(libraryOption)); !opened) {
        std::fprintf(stderr, "bench-startup: %s\n", qPrintable(opened.error().message()));
        return 2;
    }
    QTableView *table = window.libraryPage()->table();
    FirstPaint watcher;
    watcher.clock = &clock;
    table->viewport()->installEventFilter(&watcher);
    window.show();
    // A safety net: a window that never paints must not hang the benchmark.
    QTimer::singleShot(10000, &app, [] { QCoreApplication::exit(3); });
    const int rc = QApplication::exec();

    const int rows = table->model() ? table->model()->rowCount() : 0;
    const bool scrollable = table->verticalScrollBar()->maximum() > 0;
    std::printf("rows=%d painted=%d scrollable=%d visible=%d main_to_paint_ms=%lld\n", rows, int(watcher.painted),
                int(scrollable), int(table->isVisible()), static_cast<long long>(watcher.atMs));
    if (rc != 0)
        return rc;
    return watcher.painted && rows > 0 && scrollable ? 0 : 1;
}
