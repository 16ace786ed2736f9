// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogAnswer.h"
#include "LibraryFixture.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "import/ImportController.h"
#include "library/CallDetailsPane.h"
#include "library/CallTableModel.h"
#include "library/CallTableView.h"
#include "library/LibraryController.h"
#include "library/LibraryPage.h"
#include "library/TranscriptDropController.h"
#include "storage/TranscriptRepository.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

/*
 * Files dragged onto the Library's call table of a real window: a transcript
 * onto a row attaches to that call (the row lit up while the drag is over
 * it, a replacement asked for, a bad file named with its fault), while
 * recordings still fall through to the window's import. The drags are
 * QDragEnterEvent/QDragMoveEvent/QDropEvent sent to the table's viewport, as
 * the platform sends them.
 */
class TestLibraryDrop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dragLightsTheRowUnderTheCursor();
    void dropAttachesToThatCall();
    void replacingAsksFirst();
    void badFileSaysWhichAndWhy();
    void recordingsStillImport();
    void severalFilesAreNotATranscript();

private:
    [[nodiscard]] QString write(const QString &name, const QByteArray &bytes) const;
    // Sends one drag event at the centre of `row` (or at `at`, in viewport coordinates); returns whether it was taken.
    bool send(QEvent::Type type, const QStringList &paths, int row, QPoint at = {});
    [[nodiscard]] QList<coach::Segment> transcriptOf(coach::CallId call) const;
    [[nodiscard]] CallTableView *table() const { return m_window->libraryPage()->table(); }
    [[nodiscard]] coach::CallId callOnRow(int row) const
    {
        return m_window->libraryController()->model()->callAt(row)->id;
    }

    QTemporaryDir m_dir;
    QString m_library;
    std::unique_ptr<MainWindow> m_window;
    QString m_vtt;
    bool m_lastAnswer = false;
};

void TestLibraryDrop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoachbenchTests"_s);
    QCoreApplication::setApplicationName(u"TestLibraryDrop"_s);
    QVERIFY(m_dir.isValid());
    m_vtt = write(u"call-0001.vtt"_s, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Agent>Billing, how can I help?\n\n"
                                      "00:00:05.000 --> 00:00:08.000\n<v Customer>I was charged twice.\n");
}

void TestLibraryDrop::init()
{
    QSettings().clear();
    static int n = 0;
    m_library = m_dir.filePath(u"drop-%1.coachdb"_s.arg(++n));
    {
        auto db = coach::Database::open(m_library);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
        LibraryFixture::fill(**db, 4, m_dir.path());
    }
    m_window = std::make_unique<MainWindow>();
    const auto opened = m_window->openLibrary(m_library);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->libraryController()->model()->rowCount(), 4);
}

void TestLibraryDrop::cleanup()
{
    m_window.reset();
}

QString TestLibraryDrop::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    if (!coach::test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<coach::Segment> TestLibraryDrop::transcriptOf(coach::CallId call) const
{
    auto db = coach::Database::open(m_library);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().message()));
    const auto segments = coach::TranscriptRepository(**db).segments(call);
    if (!segments)
        qFatal("segments: %s", qPrintable(segments.error().message()));
    return *segments;
}

bool TestLibraryDrop::send(QEvent::Type type, const QStringList &paths, int row, QPoint at)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    if (row >= 0)
        at = table()->visualRect(table()->model()->index(row, CallTableModel::Rep)).center();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QWidget *viewport = table()->viewport();
    switch (type) {
    case QEvent::DragEnter: {
        QDragEnterEvent event(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
        m_lastAnswer = event.isAccepted();
        return m_lastAnswer;
    }
    case QEvent::DragMove: {
        QDragMoveEvent event(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
        // As the platform does: a move starts with the last answer, so a
        // target that only handles the enter keeps the drag.
        event.setAccepted(m_lastAnswer);
        QApplication::sendEvent(viewport, &event);
        m_lastAnswer = event.isAccepted();
        return m_lastAnswer;
    }
    case QEvent::DragLeave: {
        QDragLeaveEvent event;
        QApplication::sendEvent(viewport, &event);
        return true;
    }
    default: {
        QDropEvent event(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
        return event.isAccepted();
    }
    }
}

void TestLibraryDrop::dragLightsTheRowUnderTheCursor()
{
    QVERIFY(send(QEvent::DragEnter, {m_vtt}, 1));
    QCOMPARE(table()->dropRow(), 1);
    QVERIFY(send(QEvent::DragMove, {m_vtt}, 2));
    QCOMPARE(table()->dropRow(), 2);

    // The lit row is outlined in a dark shade of the highlight colour; the others are not.
    const QImage image = table()->viewport()->grab().toImage();
    const QRect row2 = table()->visualRect(table()->model()->index(2, CallTableModel::Rep));
    const QRect row0 = table()->visualRect(table()->model()->index(0, CallTableModel::Rep));
    const QRgb highlight = table()->palette().color(QPalette::Highlight).darker(160).rgb();
    QCOMPARE(image.pixel(row2.center().x(), row2.top() + 1), highlight);
    QVERIFY(image.pixel(row0.center().x(), row0.top() + 1) != highlight);

    // Below the last row there is no call to drop on.
    const int below = table()->visualRect(table()->model()->index(3, 0)).bottom() + 30;
    QVERIFY(!send(QEvent::DragMove, {m_vtt}, -1, QPoint(40, below)));
    QCOMPARE(table()->dropRow(), -1);
    QVERIFY(send(QEvent::DragMove, {m_vtt}, 0));
    QCOMPARE(table()->dropRow(), 0);
    send(QEvent::DragLeave, {}, -1);
    QCOMPARE(table()->dropRow(), -1);
}

void TestLibraryDrop::dropAttachesToThatCall()
{
    const coach::CallId call = callOnRow(2);
    QVERIFY(transcriptOf(call).isEmpty());
    QSignalSpy attached(m_window->libraryController(), &LibraryController::transcriptAttached);
    QVERIFY(send(QEvent::DragEnter, {m_vtt}, 2));
    QVERIFY(send(QEvent::DragMove, {m_vtt}, 2));
    QVERIFY(send(QEvent::Drop, {m_vtt}, 2));
    QCOMPARE(table()->dropRow(), -1);

    // No transcript yet: nothing to ask.
    QTRY_COMPARE(attached.size(), 1);
    QCOMPARE(attached.first().at(0).value<coach::CallId>(), call);
    const QList<coach::Segment> segments = transcriptOf(call);
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(1).text, u"I was charged twice."_s);
    for (int row : {0, 1, 3})
        QVERIFY(transcriptOf(callOnRow(row)).isEmpty());
    // The call is selected, its details show the transcript, the status bar says what happened.
    QCOMPARE(m_window->libraryPage()->detailsPane()->callId(), call);
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(u"call-0001.vtt"_s) && status.contains(u"2"_s), qPrintable(status));
}

void TestLibraryDrop::replacingAsksFirst()
{
    const coach::CallId call = callOnRow(0);
    QVERIFY(send(QEvent::DragEnter, {m_vtt}, 0));
    QVERIFY(send(QEvent::Drop, {m_vtt}, 0));
    QTRY_COMPARE(transcriptOf(call).size(), 2);

    const QString other = write(u"other.srt"_s, "1\n00:00:02,000 --> 00:00:03,000\nAgent: Only this.\n");
    {
        DialogAnswer answer(u"Cancel"_s);
        QVERIFY(send(QEvent::DragEnter, {other}, 0));
        QVERIFY(send(QEvent::Drop, {other}, 0));
        QTRY_VERIFY(answer.answered());
        QVERIFY2(answer.text().contains(u"other.srt"_s), qPrintable(answer.text()));
        QCOMPARE(answer.title(), TranscriptDropController::tr("Replace Transcript?"));
    }
    QCOMPARE(transcriptOf(call).size(), 2);
    {
        DialogAnswer answer(u"Replace"_s);
        QVERIFY(send(QEvent::DragEnter, {other}, 0));
        QVERIFY(send(QEvent::Drop, {other}, 0));
        QTRY_VERIFY(answer.answered());
    }
    QTRY_COMPARE(transcriptOf(call).size(), 1);
    QCOMPARE(transcriptOf(call).first().text, u"Only this."_s);
}

void TestLibraryDrop::badFileSaysWhichAndWhy()
{
    const coach::CallId call = callOnRow(1);
    QVERIFY(send(QEvent::DragEnter, {m_vtt}, 1));
    QVERIFY(send(QEvent::Drop, {m_vtt}, 1));
    QTRY_COMPARE(transcriptOf(call).size(), 2);

    const QString broken = write(u"broken.srt"_s, "1\n00:00:aa --> soon\nHello\n");
    DialogAnswer answer(u"OK"_s);
    QVERIFY(send(QEvent::DragEnter, {broken}, 1));
    QVERIFY(send(QEvent::Drop, {broken}, 1));
    QTRY_VERIFY(answer.answered());
    QVERIFY2(answer.text().contains(u"broken.srt"_s), qPrintable(answer.text()));
    QVERIFY2(answer.text().contains(u"broken.srt:2"_s), qPrintable(answer.text())); // the line at fault
    QCOMPARE(transcriptOf(call).size(), 2); // nothing stored is lost
}

void TestLibraryDrop::recordingsStillImport()
{
    const QString wav = m_dir.filePath(u"dropped-call.wav"_s);
    const QString made = coach::test::makeTone(wav, {u"-c:a"_s, u"pcm_s16le"_s}, 2.0, 2, 8000);
    if (!made.isEmpty())
        QSKIP(qPrintable(made));
    ImportController *import = m_window->importController();
    QSignalSpy finished(import, &ImportController::finished);
    // The table lets it pass and the window takes it.
    QVERIFY(send(QEvent::DragEnter, {wav}, 1));
    QCOMPARE(table()->dropRow(), -1);
    QVERIFY(send(QEvent::DragMove, {wav}, 1));
    QVERIFY(send(QEvent::Drop, {wav}, 1));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(import->lastSummary().has_value());
    QCOMPARE(import->lastSummary()->imported, 1);
    QTRY_COMPARE(m_window->libraryController()->model()->rowCount(), 5);
    QVERIFY(transcriptOf(callOnRow(1)).isEmpty());
}

void TestLibraryDrop::severalFilesAreNotATranscript()
{
    const QString second = write(u"second.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nB\n");
    QVERIFY(!send(QEvent::DragEnter, {m_vtt, second}, 1));
    QCOMPARE(table()->dropRow(), -1);
    const QString notes = write(u"notes.txt"_s, "not a transcript\n");
    QVERIFY(!send(QEvent::DragEnter, {notes}, 1));
}

QTEST_MAIN(TestLibraryDrop)
#include "TestLibraryDrop.moc"
