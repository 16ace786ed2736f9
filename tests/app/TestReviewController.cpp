// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "review/AnnotationEditor.h"
#include "review/AnnotationListView.h"
#include "review/AnnotationModel.h"
#include "review/ReviewController.h"
#include "review/ReviewPage.h"
#include "review/SearchBar.h"
#include "review/SearchHitModel.h"
#include "review/TranscriptModel.h"
#include "review/WaveformWidget.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PlaybackStateRepository.h"
#include "storage/TagRepository.h"
#include "storage/TranscriptRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;

/*
 * The review screen against a real library and a real recording (a stereo
 * tone made with ffmpeg). Nothing here needs a sound card: the engine seeks
 * and reports positions while paused, which is all the annotation and search
 * logic depends on.
 */
class TestReviewController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tagKeyAtThePlayheadIsStoredAndUndoable();
    void markMomentOpensTheEditorAndEnterSaves();
    void editingAndMovingPersist();
    void deleteRemovesAndUndoRestores();
    void searchWithinTheCallJumpsToTheLine();
    void closingRemembersThePosition();
    void analysisFillsTheWaveform();
    void missingRecordingSaysWhy();
    void exportsTheCallsAnnotations_data();
    void exportsTheCallsAnnotations();

private:
    void openController(qint64 startMs = 3000);
    [[nodiscard]] QList<coach::Annotation> stored() const;
    [[nodiscard]] coach::TagId tagWithShortcut(const QString &key) const;

    QTemporaryDir m_dir;
    QString m_recording;
    std::unique_ptr<coach::Database> m_db;
    coach::CallId m_call;
    std::unique_ptr<ReviewPage> m_page;
    std::unique_ptr<ReviewController> m_controller;
};

void TestReviewController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_recording = m_dir.filePath(u"call.wav"_s);
    const QString made = coach::test::makeTone(m_recording, {u"-c:a"_s, u"pcm_s16le"_s}, 20.0, 2, 8000);
    if (!made.isEmpty())
        QSKIP(qPrintable(made));
}

void TestReviewController::init()
{
    static int n = 0;
    auto db = coach::Database::open(m_dir.filePath(u"library-%1.coachdb"_s.arg(++n)));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);

    coach::Call call;
    call.recordingPath = m_recording;
    call.fingerprint = u"fp-review-%1"_s.arg(n);
    call.audio.durationMs = 20'000;
    call.audio.channels = 2;
    call.audio.sampleRate = 8000;
    call.agentChannel = coach::AgentChannel::Left;
    call.audio.codec = u"pcm_s16le"_s;
    call.audio.codecName = u"PCM signed 16-bit little-endian"_s;
    call.audio.container = u"wav"_s;
    const auto id = coach::CallRepository(*m_db).insert(call);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    m_call = *id;

    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = {
        {1000, 5000, u"Agent"_s, u"Thanks for calling, this is Dana."_s},
        {6000, 9000, u"Customer"_s, u"I would like a refund for the second charge."_s},
        {9500, 14000, u"Agent"_s, u"I can see both charges on the account."_s},
    };
    const auto stored = coach::TranscriptRepository(*m_db).store(m_call, transcript);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message()));

    m_page = std::make_unique<ReviewPage>();
    m_page->resize(1200, 800);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestReviewController::cleanup()
{
    m_controller.reset();
    m_page.reset();
    m_db.reset();
}

void TestReviewController::openController(qint64 startMs)
{
    ReviewController::Options options;
    options.startMs = startMs;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_db, m_page.get(), m_call, options);
    QVERIFY(m_controller->isLoaded());
    QTRY_COMPARE(m_controller->engine()->state(), coach::PlaybackEngine::State::Paused);
    QTRY_COMPARE(m_controller->engine()->position(), startMs);
    QCOMPARE(m_controller->position(), startMs);
    m_page->waveform()->setFocus();
}

QList<coach::Annotation> TestReviewController::stored() const
{
    const auto all = coach::AnnotationRepository(*m_db).forCall(m_call);
    if (!all)
        qFatal("forCall: %s", qPrintable(all.error().message()));
    return *all;
}

coach::TagId TestReviewController::tagWithShortcut(const QString &key) const
{
    const auto shortcuts = coach::TagRepository(*m_db).shortcuts();
    if (!shortcuts)
        return {};
    return shortcuts->key(key);
}

void TestReviewController::tagKeyAtThePlayheadIsStoredAndUndoable()
{
    openController(3000);
    const coach::TagId empathy = tagWithShortcut(u"E"_s);
    QVERIFY(empathy.isValid());

    QTest::keyClick(m_page->waveform(), Qt::Key_E);
    QList<coach::Annotation> annotations = stored();
    QCOMPARE(annotations.size(), 1);
    const coach::Annotation first = annotations.first();
    QCOMPARE(first.startMs, 3000);
    QCOMPARE(first.endMs, 3000);
    QCOMPARE(first.tag, empathy);
    QCOMPARE(m_page->annotationList()->currentAnnotation(), first.id);

    QUndoStack *undo = m_controller->undoStack();
    undo->undo();
    QVERIFY(stored().isEmpty());
    QCOMPARE(m_controller->annotationModel()->rowCount(), 0);
    undo->redo();
    annotations = stored();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().id, first.id); // the same row, not a new one
    QCOMPARE(m_controller->annotationModel()->rowCount(), 1);

    // A checkpoint's digit over a selection tags the region.
    m_page->waveform()->setSelection({4000, 7000});
    emit m_page->waveform()->selectionChanged({4000, 7000});
    QTest::keyClick(m_page->waveform(), Qt::Key_1);
    annotations = stored();
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(1).startMs, 4000);
    QCOMPARE(annotations.at(1).endMs, 7000);
    QCOMPARE(annotations.at(1).tagKey, u"checkpoint.greeting"_s);
}

void TestReviewController::markMomentOpensTheEditorAndEnterSaves()
{
    openController(5000);
    AnnotationEditor *editor = m_page->editor();
    QTest::keyClick(m_page->waveform(), Qt::Key_M);
    QVERIFY(editor->isVisible());
    QTRY_VERIFY(editor->commentEdit()->hasFocus());
    // Typing letters that are tag shortcuts (E, P, C…) and Space must not tag or play.
    QTest::keyClicks(editor->commentEdit(), u"Perfect paraphrase, calm pace"_s);
    QVERIFY(stored().isEmpty());
    QCOMPARE(m_controller->engine()->state(), coach::PlaybackEngine::State::Paused);
    editor->tagBox()->setCurrentIndex(editor->tagBox()->findData(tagWithShortcut(u"P"_s).value()));
    QTest::keyClick(editor->commentEdit(), Qt::Key_Return);
    QVERIFY(!editor->isVisible());
    const QList<coach::Annotation> annotations = stored();
    QCOMPARE(annotations.size(), 1);
    QCOMPARE(annotations.first().startMs, 5000);
    QCOMPARE(annotations.first().comment, u"Perfect paraphrase, calm pace"_s);
    QCOMPARE(annotations.first().tagKey, u"pattern.paraphrase_confirm"_s);

    // Escape cancels without storing anything.
    QTest::keyClick(m_page->waveform(), Qt::Key_M);
    QTRY_VERIFY(editor->commentEdit()->hasFocus());
    QTest::keyClicks(editor->commentEdit(), u"never mind"_s);
    QTest::keyClick(editor->commentEdit(), Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(stored().size(), 1);
}

void TestReviewController::editingAndMovingPersist()
{
    openController(2000);
    QTest::keyClick(m_page->waveform(), Qt::Key_E);
    const coach::AnnotationId id = stored().first().id;

    // Enter on the selected row opens it in the editor.
    QTreeView *list = m_page->annotationList()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    AnnotationEditor *editor = m_page->editor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->annotationId(), id);
    editor->commentEdit()->setText(u"Bridged to the fix"_s);
    QTest::keyClick(editor->commentEdit(), Qt::Key_Return);
    QCOMPARE(stored().first().comment, u"Bridged to the fix"_s);
    m_controller->undoStack()->undo();
    QCOMPARE(stored().first().comment, QString());
    m_controller->undoStack()->redo();
    QCOMPARE(stored().first().comment, u"Bridged to the fix"_s);

    // Dragging its bar on the waveform moves it.
    emit m_page->waveform()->annotationMoveRequested(id, 8000);
    QCOMPARE(stored().first().startMs, 8000);
    QCOMPARE(stored().first().endMs, 8000);
    m_controller->undoStack()->undo();
    QCOMPARE(stored().first().startMs, 2000);
}

void TestReviewController::deleteRemovesAndUndoRestores()
{
    openController(2000);
    QTest::keyClick(m_page->waveform(), Qt::Key_E);
    m_controller->seek(9000);
    QTest::keyClick(m_page->waveform(), Qt::Key_C);
    QCOMPARE(stored().size(), 2);
    const coach::Annotation second = stored().at(1);
    QCOMPARE(m_page->annotationList()->currentAnnotation(), second.id);

    QTest::keyClick(m_page->waveform(), Qt::Key_Delete);
    QCOMPARE(stored().size(), 1);
    m_controller->undoStack()->undo();
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored().at(1).id, second.id);

    // [ and ] walk the annotations.
    m_controller->seek(0);
    QTest::keyClick(m_page->waveform(), Qt::Key_BracketRight);
    QCOMPARE(m_controller->position(), 2000);
    QTest::keyClick(m_page->waveform(), Qt::Key_BracketRight);
    QCOMPARE(m_controller->position(), 9000);
    QTest::keyClick(m_page->waveform(), Qt::Key_BracketLeft);
    QCOMPARE(m_controller->position(), 2000);
}

void TestReviewController::searchWithinTheCallJumpsToTheLine()
{
    openController(0);
    SearchBar *search = m_page->searchBar();
    search->focusSearch();
    QTest::keyClicks(search->lineEdit(), u"refund"_s);
    QCOMPARE(m_controller->position(), 0); // typing "f", "u"… is not a shortcut here
    QTest::keyClick(search->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_controller->searchModel()->rowCount(), 1);
    QCOMPARE(m_controller->position(), 6000);
    QTRY_COMPARE(m_controller->engine()->position(), 6000);
}

void TestReviewController::closingRemembersThePosition()
{
    openController(0);
    m_controller->seek(7000);
    QTRY_COMPARE(m_controller->engine()->position(), 7000);
    m_controller.reset();
    QCOMPARE(coach::PlaybackStateRepository(*m_db).position(m_call).value_or(-1), 7000);
    QVERIFY(!m_page->isCallOpen());

    // Reopened without a start, it resumes there.
    ReviewController::Options options;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_db, m_page.get(), m_call, options);
    QTRY_COMPARE(m_controller->engine()->position(), 7000);
}

void TestReviewController::analysisFillsTheWaveform()
{
    openController(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isAnalysed(), 30000);
    QVERIFY(m_page->waveform()->currentLevel() >= 0);
    QCOMPARE(m_page->waveform()->lanes().size(), 2);
    QCOMPARE(m_page->waveform()->lanes().at(0).label, u"Agent"_s);
    QCOMPARE(m_page->waveform()->lanes().at(1).label, u"Customer"_s);
}

void TestReviewController::missingRecordingSaysWhy()
{
    QVERIFY(coach::CallRepository(*m_db).setRecordingPath(m_call, m_dir.filePath(u"gone.wav"_s)));
    ReviewController::Options options;
    options.autoPlay = false;
    m_controller = std::make_unique<ReviewController>(*m_db, m_page.get(), m_call, options);
    QVERIFY(m_controller->isLoaded());
    QVERIFY(m_page->problem().contains(u"gone.wav"_s));
    // The transcript and annotations still work.
    QCOMPARE(m_controller->transcriptModel()->rowCount(), 3);
}

QTEST_MAIN(TestReviewController)

void TestReviewController::exportsTheCallsAnnotations_data()
{
    QTest::addColumn<coach::AnnotationFormat::Kind>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CSV") << coach::AnnotationFormat::Kind::Csv << u"anti.canned_empathy"_s;
    QTest::newRow("Audacity labels") << coach::AnnotationFormat::Kind::AudacityLabels << u"3.000000\t3.000000\t"_s;
    QTest::newRow("ELAN") << coach::AnnotationFormat::Kind::Elan << u"<ANNOTATION_DOCUMENT"_s;
    QTest::newRow("Praat TextGrid") << coach::AnnotationFormat::Kind::PraatTextGrid << u"TextTier"_s;
}

void TestReviewController::exportsTheCallsAnnotations()
{
    QFETCH(coach::AnnotationFormat::Kind, kind);
    QFETCH(QString, expected);
    openController(3000);
    QTest::keyClick(m_page->waveform(), Qt::Key_C); // canned empathy, at the playhead
    QCOMPARE(stored().size(), 1);

    const QString path = m_dir.filePath(u"export."_s + coach::AnnotationFormat::fileSuffix(kind));
    const auto written = m_controller->exportAnnotations(kind, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));

    // A folder that does not exist is an error naming the file, not a crash.
    const QString nowhere = m_dir.filePath(u"missing/export.csv"_s);
    const auto failed = m_controller->exportAnnotations(kind, nowhere);
    QVERIFY(!failed);
    QVERIFY(failed.error().message().contains(u"export.csv"_s));
}

#include "TestReviewController.moc"
