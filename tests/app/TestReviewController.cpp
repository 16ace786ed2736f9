// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewFixture.h"
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

    ReviewFixture m_fx;
    std::unique_ptr<ReviewController> m_controller;
};

void TestReviewController::initTestCase()
{
    QVERIFY(m_fx.dir.isValid());
    const QString made = m_fx.makeRecording(u"call.wav"_s, 2);
    if (!made.isEmpty())
        QSKIP(qPrintable(made));
}

void TestReviewController::init()
{
    coach::Call call = m_fx.toneCall(2);
    const QString opened = m_fx.openLibrary(u"library"_s, call);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));

    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = {
        {1000, 5000, u"Agent"_s, u"Thanks for calling, this is Dana."_s},
        {6000, 9000, u"Customer"_s, u"I would like a refund for the second charge."_s},
        {9500, 14000, u"Agent"_s, u"I can see both charges on the account."_s},
    };
    const auto stored = coach::TranscriptRepository(*m_fx.db).store(m_fx.call, transcript);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message()));

    m_fx.showPage();
    QApplication::setActiveWindow(m_fx.page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_fx.page.get()));
}

void TestReviewController::cleanup()
{
    m_controller.reset();
    m_fx.reset();
}

void TestReviewController::openController(qint64 startMs)
{
    ReviewController::Options options;
    options.startMs = startMs;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_fx.dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_fx.db, m_fx.page.get(), m_fx.call, options);
    QVERIFY(m_controller->isLoaded());
    QTRY_COMPARE(m_controller->engine()->state(), coach::PlaybackEngine::State::Paused);
    QTRY_COMPARE(m_controller->engine()->position(), startMs);
    QCOMPARE(m_controller->position(), startMs);
    m_fx.page->waveform()->setFocus();
}

QList<coach::Annotation> TestReviewController::stored() const
{
    const auto all = coach::AnnotationRepository(*m_fx.db).forCall(m_fx.call);
    if (!all)
        qFatal("forCall: %s", qPrintable(all.error().message()));
    return *all;
}

coach::TagId TestReviewController::tagWithShortcut(const QString &key) const
{
    const auto shortcuts = coach::TagRepository(*m_fx.db).shortcuts();
    if (!shortcuts)
        return {};
    return shortcuts->key(key);
}

void TestReviewController::tagKeyAtThePlayheadIsStoredAndUndoable()
{
    openController(3000);
    const coach::TagId empathy = tagWithShortcut(u"E"_s);
    QVERIFY(empathy.isValid());

    QTest::keyClick(m_fx.page->waveform(), Qt::Key_E);
    QList<coach::Annotation> annotations = stored();
    QCOMPARE(annotations.size(), 1);
    const coach::Annotation first = annotations.first();
    QCOMPARE(first.startMs, 3000);
    QCOMPARE(first.endMs, 3000);
    QCOMPARE(first.tag, empathy);
    QCOMPARE(m_fx.page->annotationList()->currentAnnotation(), first.id);

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
    m_fx.page->waveform()->setSelection({4000, 7000});
    emit m_fx.page->waveform()->selectionChanged({4000, 7000});
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_1);
    annotations = stored();
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(1).startMs, 4000);
    QCOMPARE(annotations.at(1).endMs, 7000);
    QCOMPARE(annotations.at(1).tagKey, u"checkpoint.greeting"_s);
}

void TestReviewController::markMomentOpensTheEditorAndEnterSaves()
{
    openController(5000);
    AnnotationEditor *editor = m_fx.page->editor();
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_M);
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
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_M);
    QTRY_VERIFY(editor->commentEdit()->hasFocus());
    QTest::keyClicks(editor->commentEdit(), u"never mind"_s);
    QTest::keyClick(editor->commentEdit(), Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QCOMPARE(stored().size(), 1);
}

void TestReviewController::editingAndMovingPersist()
{
    openController(2000);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_E);
    const coach::AnnotationId id = stored().first().id;

    // Enter on the selected row opens it in the editor.
    QTreeView *list = m_fx.page->annotationList()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    AnnotationEditor *editor = m_fx.page->editor();
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
    emit m_fx.page->waveform()->annotationMoveRequested(id, 8000);
    QCOMPARE(stored().first().startMs, 8000);
    QCOMPARE(stored().first().endMs, 8000);
    m_controller->undoStack()->undo();
    QCOMPARE(stored().first().startMs, 2000);
}

void TestReviewController::deleteRemovesAndUndoRestores()
{
    openController(2000);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_E);
    m_controller->seek(9000);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_C);
    QCOMPARE(stored().size(), 2);
    const coach::Annotation second = stored().at(1);
    QCOMPARE(m_fx.page->annotationList()->currentAnnotation(), second.id);

    QTest::keyClick(m_fx.page->waveform(), Qt::Key_Delete);
    QCOMPARE(stored().size(), 1);
    m_controller->undoStack()->undo();
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored().at(1).id, second.id);

    // [ and ] walk the annotations.
    m_controller->seek(0);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_BracketRight);
    QCOMPARE(m_controller->position(), 2000);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_BracketRight);
    QCOMPARE(m_controller->position(), 9000);
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_BracketLeft);
    QCOMPARE(m_controller->position(), 2000);
}

void TestReviewController::searchWithinTheCallJumpsToTheLine()
{
    openController(0);
    SearchBar *search = m_fx.page->searchBar();
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
    QCOMPARE(coach::PlaybackStateRepository(*m_fx.db).position(m_fx.call).value_or(-1), 7000);
    QVERIFY(!m_fx.page->isCallOpen());

    // Reopened without a start, it resumes there.
    ReviewController::Options options;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_fx.dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_fx.db, m_fx.page.get(), m_fx.call, options);
    QTRY_COMPARE(m_controller->engine()->position(), 7000);
}

void TestReviewController::analysisFillsTheWaveform()
{
    openController(0);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isAnalysed(), 30000);
    QVERIFY(m_fx.page->waveform()->currentLevel() >= 0);
    QCOMPARE(m_fx.page->waveform()->lanes().size(), 2);
    QCOMPARE(m_fx.page->waveform()->lanes().at(0).label, u"Agent"_s);
    QCOMPARE(m_fx.page->waveform()->lanes().at(1).label, u"Customer"_s);
}

void TestReviewController::missingRecordingSaysWhy()
{
    QVERIFY(coach::CallRepository(*m_fx.db).setRecordingPath(m_fx.call, m_fx.dir.filePath(u"gone.wav"_s)));
    ReviewController::Options options;
    options.autoPlay = false;
    m_controller = std::make_unique<ReviewController>(*m_fx.db, m_fx.page.get(), m_fx.call, options);
    QVERIFY(m_controller->isLoaded());
    QVERIFY(m_fx.page->problem().contains(u"gone.wav"_s));
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
    QTest::keyClick(m_fx.page->waveform(), Qt::Key_C); // canned empathy, at the playhead
    QCOMPARE(stored().size(), 1);

    const QString path = m_fx.dir.filePath(u"export."_s + coach::AnnotationFormat::fileSuffix(kind));
    const auto written = m_controller->exportAnnotations(kind, path);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(expected), qPrintable(text.left(400)));

    // A folder that does not exist is an error naming the file, not a crash.
    const QString nowhere = m_fx.dir.filePath(u"missing/export.csv"_s);
    const auto failed = m_controller->exportAnnotations(kind, nowhere);
    QVERIFY(!failed);
    QVERIFY(failed.error().message().contains(u"export.csv"_s));
}

#include "TestReviewController.moc"
