// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryFixture.h"

#include "MainWindow.h"
#include "RecentLibraries.h"
#include "common/DisplayFormat.h"
#include "common/EmptyStateWidget.h"
#include "import/ImportController.h"
#include "import/ImportSummaryDialog.h"
#include "library/CallDetailsPane.h"
#include "library/CallTableModel.h"
#include "library/LibraryController.h"
#include "library/LibraryPage.h"

#include <QHeaderView>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheLibrary();
    void filterNarrowsTheTable();
    void filterMatchingNothingSaysSo();
    void selectingARowFillsTheDetails();
    void sortingKeepsTheSelectedCall();
    void emptyLibraryShowsTheEmptyState();
    void importAddsARow();
    void importEndingWhileTheProgressDialogUpdates();
    void unreadableLibraryIsRefused();

private:
    [[nodiscard]] QString makeLibrary(const QString &name, int calls);
    static QTableView *table(const MainWindow &window) { return window.libraryPage()->table(); }
    static CallTableModel *model(const MainWindow &window) { return window.libraryController()->model(); }
    static QString countText(const MainWindow &window)
    {
        return window.findChild<QLabel *>(u"callCount"_s)->text();
    }

    QTemporaryDir m_dir;
    QList<coach::Call> m_calls;
};

void TestMainWindow::initTestCase()
{
    // Keep the user's own settings (recent libraries, geometry) out of the test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestMainWindow"_s);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::makeLibrary(const QString &name, int calls)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    auto db = coach::Database::open(path);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message()));
    m_calls = LibraryFixture::fill(**db, calls, m_dir.path());
    return path;
}

void TestMainWindow::showsTheLibrary()
{
    const QString path = makeLibrary(u"five.coachdb"_s, 5);
    MainWindow window;
    const auto opened = window.openLibrary(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), u"five.coachdb"_s);
    QCOMPARE(model(window)->rowCount(), 5);
    QCOMPARE(window.libraryPage()->view(), LibraryPage::View::Calls);
    QVERIFY(table(window)->isVisible());
    QVERIFY(!table(window)->verticalHeader()->isVisible());
    QCOMPARE(table(window)->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(countText(window), MainWindow::tr("%Ln call(s)", nullptr, 5));
    // Every column header fits its label: none was squeezed to an ellipsis.
    QHeaderView *header = table(window)->horizontalHeader();
    for (int column = 0; column < CallTableModel::ColumnCount - 1; ++column) {
        const QString label = model(window)->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(label),
                 qPrintable(label));
    }
    QCOMPARE(RecentLibraries().mostRecent(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::filterNarrowsTheTable()
{
    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"filter.coachdb"_s, 5)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const auto ortiz = std::count_if(m_calls.cbegin(), m_calls.cend(),
                                     [](const coach::Call &c) { return c.repName.contains(u"Ortiz"_s); });
    QVERIFY(ortiz > 0 && ortiz < 5);

    auto *filter = window.findChild<QLineEdit *>(u"filterText"_s);
    QVERIFY(filter);
    QTest::keyClicks(filter, u"ortiz"_s);
    QTRY_COMPARE(model(window)->rowCount(), int(ortiz));
    for (int row = 0; row < model(window)->rowCount(); ++row)
        QVERIFY(model(window)->callAt(row)->repName.contains(u"Ortiz"_s));
    QCOMPARE(countText(window), MainWindow::tr("%1 of %Ln call(s)", nullptr, 5).arg(QLocale().toString(int(ortiz))));

    filter->clear();
    QTRY_COMPARE(model(window)->rowCount(), 5);
    QCOMPARE(countText(window), MainWindow::tr("%Ln call(s)", nullptr, 5));
}

void TestMainWindow::filterMatchingNothingSaysSo()
{
    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"nomatch.coachdb"_s, 5)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *filter = window.findChild<QLineEdit *>(u"filterText"_s);
    QTest::keyClicks(filter, u"nobody-called-this"_s);
    QTRY_COMPARE(window.libraryPage()->view(), LibraryPage::View::NoMatches);
    EmptyStateWidget *empty = window.libraryPage()->emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY(!table(window)->isVisible());
    QCOMPARE(empty->title(), LibraryPage::tr("No calls match this filter"));
    // The filter must stay editable, or the user is stuck.
    QVERIFY(filter->isEnabled());

    // Its button shows everything again.
    QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(model(window)->rowCount(), 5);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(window.libraryPage()->view(), LibraryPage::View::Calls);
}

void TestMainWindow::selectingARowFillsTheDetails()
{
    const QString path = makeLibrary(u"details.coachdb"_s, 5);
    MainWindow window;
    QVERIFY(window.openLibrary(path).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    CallDetailsPane *pane = window.libraryPage()->detailsPane();
    QVERIFY(!pane->hasCall());
    QVERIFY(pane->findChild<QLabel *>(u"detailsPlaceholder"_s)->isVisible());

    // One recording still exists where it was imported from; the others were moved away.
    const int row = 1;
    const coach::Call listed = *model(window)->callAt(row);
    QFile present(listed.recordingPath);
    QVERIFY(present.open(QIODevice::WriteOnly));
    present.close();

    QTableView *view = table(window);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model(window)->index(row, 1)).center());
    QTRY_COMPARE(pane->callId(), listed.id);

    const auto field = [&](const QString &name) { return pane->findChild<QLabel *>(name); };
    QCOMPARE(field(u"detailsHeading"_s)->text(), listed.repName);
    QVERIFY(field(u"detailsSubheading"_s)->text().startsWith(listed.teamName));
    QCOMPARE(field(u"detailDuration"_s)->text(), DisplayFormat::duration(listed.audio.durationMs));
    QCOMPARE(field(u"detailQueue"_s)->text(), listed.queue);
    QCOMPARE(field(u"detailCustomer"_s)->text(), listed.customerRef);
    QCOMPARE(field(u"detailPath"_s)->text(), QDir::toNativeSeparators(listed.recordingPath));
    QVERIFY(field(u"detailPath"_s)->isVisible());
    QVERIFY(!field(u"detailMissing"_s)->isVisible());
    QCOMPARE(field(u"detailTranscript"_s)->text(), CallDetailsPane::tr("No transcript"));
    QVERIFY(!field(u"detailsPlaceholder"_s)->isVisible());

    // Keyboard: the next row, whose recording is gone, warns about it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    const coach::Call next = *model(window)->callAt(row + 1);
    QTRY_COMPARE(pane->callId(), next.id);
    QCOMPARE(field(u"detailsHeading"_s)->text(), next.repName);
    QVERIFY(field(u"detailMissing"_s)->isVisible());
    // An absent outcome reads as a dash, not as an empty line.
    const auto withoutCsat = std::find_if(m_calls.cbegin(), m_calls.cend(), [](const coach::Call &c) { return !c.csat; });
    QVERIFY(withoutCsat != m_calls.cend());
    window.libraryPage()->selectRow(model(window)->rowOf(withoutCsat->id));
    QTRY_COMPARE(pane->callId(), withoutCsat->id);
    QCOMPARE(field(u"detailCsat"_s)->text(), u"—"_s);
}

void TestMainWindow::sortingKeepsTheSelectedCall()
{
    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"sort.coachdb"_s, 5)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.libraryPage()->selectRow(2);
    const coach::CallId selected = model(window)->callAt(2)->id;
    QTRY_COMPARE(window.libraryPage()->detailsPane()->callId(), selected);

    QHeaderView *header = table(window)->horizontalHeader();
    const QPoint repHeader(header->sectionViewportPosition(CallTableModel::Rep) + 8, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, repHeader);
    QCOMPARE(model(window)->query().sort, coach::CallQuery::Sort::Rep);

    QCOMPARE(window.libraryPage()->detailsPane()->callId(), selected);
    const QModelIndex current = table(window)->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(CallTableModel::CallIdRole).toLongLong(), selected.value());
}

void TestMainWindow::emptyLibraryShowsTheEmptyState()
{
    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"empty.coachdb"_s, 0)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.libraryPage()->view(), LibraryPage::View::EmptyLibrary);
    EmptyStateWidget *empty = window.libraryPage()->emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY(!table(window)->isVisible());
    QCOMPARE(empty->title(), LibraryPage::tr("No calls yet"));
    QVERIFY(empty->actionButton()->isVisible());
    QCOMPARE(empty->actionButton()->text(), LibraryPage::tr("Import Recordings…"));
    QCOMPARE(countText(window), MainWindow::tr("%Ln call(s)", nullptr, 0));
}

void TestMainWindow::importAddsARow()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed; it makes the recording to import");
    QTemporaryDir recordings;
    const QString wav = recordings.filePath(u"first-call.wav"_s);
    QProcess process;
    process.start(ffmpeg, {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                           u"sine=frequency=440:duration=3"_s, u"-ac"_s, u"2"_s, u"-ar"_s, u"8000"_s, wav});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);

    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"import.coachdb"_s, 0)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.libraryPage()->view(), LibraryPage::View::EmptyLibrary);

    ImportController *import = window.importController();
    QSignalSpy finished(import, &ImportController::finished);
    QSignalSpy running(import, &ImportController::runningChanged);
    window.importPaths({wav});
    QVERIFY(import->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(running.count(), 2);
    QVERIFY(!import->isRunning());

    QVERIFY(import->lastSummary().has_value());
    QCOMPARE(import->lastSummary()->imported, 1);
    QCOMPARE(import->lastSummary()->failed, 0);
    QCOMPARE(model(window)->rowCount(), 1);
    QCOMPARE(window.libraryPage()->view(), LibraryPage::View::Calls);
    const coach::Call *call = model(window)->callAt(0);
    QCOMPARE(call->recordingPath, QFileInfo(wav).absoluteFilePath());
    QCOMPARE(model(window)->index(0, CallTableModel::Channels).data().toString(), u"Stereo"_s);
    QCOMPARE(model(window)->index(0, CallTableModel::Duration).data().toString(), u"0:03"_s);
    QCOMPARE(countText(window), MainWindow::tr("%Ln call(s)", nullptr, 1));

    auto *summary = window.findChild<ImportSummaryDialog *>();
    QVERIFY(summary);
    QTRY_VERIFY(summary->isVisible());
    QCOMPARE(summary->findChild<QLabel *>(u"summarySentence"_s)->text(),
             ImportSummaryDialog::sentence(*import->lastSummary()));
    summary->close();

    // The same recording again is a duplicate, not a second row.
    window.importPaths({wav});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    QCOMPARE(import->lastSummary()->duplicates, 1);
    QCOMPARE(import->lastSummary()->imported, 0);
    QCOMPARE(model(window)->rowCount(), 1);
    window.findChild<ImportSummaryDialog *>()->close();

    // A folder dropped on the window is imported, the file already known and the new one alike.
    const QString second = recordings.filePath(u"more/second-call.wav"_s);
    QVERIFY(QDir().mkpath(QFileInfo(second).absolutePath()));
    process.start(ffmpeg, {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                           u"sine=frequency=660:duration=2"_s, u"-ac"_s, u"1"_s, u"-ar"_s, u"8000"_s, second});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(recordings.path())});
    const QPoint inside = window.rect().center();
    QDragEnterEvent enter(inside, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(inside), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 60000);
    QCOMPARE(import->lastSummary()->imported, 1);
    QCOMPARE(import->lastSummary()->duplicates, 1);
    QCOMPARE(model(window)->rowCount(), 2);

    // Text is not a recording: the window refuses it rather than importing nothing.
    QMimeData text;
    text.setText(u"hello"_s);
    QDragEnterEvent refused(inside, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

// A window-modal QProgressDialog, once shown, handles events inside setValue();
// the import's end (which closes the dialog) can run there, in the middle of a
// progress update. That crashed the first start of `coachbench --demo` now and then.
void TestMainWindow::importEndingWhileTheProgressDialogUpdates()
{
    const QString ffmpeg = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (ffmpeg.isEmpty())
        QSKIP("ffmpeg is not installed; it makes the recordings to import");
    QTemporaryDir recordings;
    QProcess process;
    for (int i = 0; i < 3; ++i) {
        process.start(ffmpeg, {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                               u"sine=frequency=%1:duration=1"_s.arg(300 + 100 * i), u"-ar"_s, u"8000"_s,
                               recordings.filePath(u"call-%1.wav"_s.arg(i))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    MainWindow window;
    QVERIFY(window.openLibrary(makeLibrary(u"import-race.coachdb"_s, 0)).has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ImportController *import = window.importController();
    QSignalSpy finished(import, &ImportController::finished);
    int reports = 0;
    bool lastReport = false;
    // Runs at the start of each progress update, before the dialog is touched.
    connect(import, &ImportController::progressChanged, this, [&](qint64 done, qint64 total, const QString &) {
        if (total <= 0)
            return;
        // Past the dialog's minimum duration, so this update shows it.
        if (++reports == 2)
            QThread::msleep(500);
        // Let the worker finish: its end is then queued behind this update.
        if (done == total) {
            lastReport = true;
            QThreadPool::globalInstance()->waitForDone(60000);
        }
    }, Qt::DirectConnection);
    window.importPaths({recordings.path()});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QVERIFY(lastReport);
    QVERIFY(reports >= 3);
    QCOMPARE(import->lastSummary()->imported, 3);
    QTRY_VERIFY(!window.findChild<QProgressDialog *>(u"importProgress"_s)
                || !window.findChild<QProgressDialog *>(u"importProgress"_s)->isVisible());
    QCOMPARE(model(window)->rowCount(), 3);
}

void TestMainWindow::unreadableLibraryIsRefused()
{
    const QString good = makeLibrary(u"good.coachdb"_s, 2);
    const QString corrupt = m_dir.filePath(u"corrupt.coachdb"_s);
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    MainWindow window;
    QVERIFY(window.openLibrary(good).has_value());
    const auto opened = window.openLibrary(corrupt);
    QVERIFY(!opened.has_value());
    QVERIFY(!opened.error().message().isEmpty());
    // The library that was open stays open and usable.
    QCOMPARE(window.libraryPath(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(model(window)->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
