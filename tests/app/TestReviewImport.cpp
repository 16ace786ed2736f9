// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogAnswer.h"
#include "ReviewFixture.h"
#include "TestSupport.h"

#include "review/AnnotationModel.h"
#include "review/ReviewController.h"
#include "review/ReviewPage.h"
#include "review/TranscriptModel.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

/*
 * Files brought into the open call from the Review screen: annotations from
 * CSV or Audacity labels (Import… beside Export…, one undo step per file),
 * and a transcript dropped onto the page. Against a real library and a real
 * recording; nothing plays.
 */
class TestReviewImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importedCsvAppearsAtOnceAndUndoesInOneStep();
    void audacityLabelsImportThroughTheButton();
    void badFilesNameTheFileAndLine_data();
    void badFilesNameTheFileAndLine();
    void transcriptDroppedOnThePageReplacesAfterAsking();
    void otherFilesPassThePageBy();

private:
    void openController();
    [[nodiscard]] QString write(const QString &name, const QByteArray &bytes) const;
    [[nodiscard]] QList<coach::Annotation> stored() const;
    void drag(QEvent::Type type, const QStringList &paths, bool *accepted = nullptr);

    ReviewFixture m_fx;
    std::unique_ptr<ReviewController> m_controller;
};

void TestReviewImport::initTestCase()
{
    QVERIFY(m_fx.dir.isValid());
    const QString made = m_fx.makeRecording(u"call.wav"_s, 2);
    if (!made.isEmpty())
        QSKIP(qPrintable(made));
}

void TestReviewImport::init()
{
    coach::Call call = m_fx.toneCall(2);
    const QString opened = m_fx.openLibrary(u"import"_s, call);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = {{1000, 5000, u"Agent"_s, u"Thanks for calling."_s},
                           {6000, 9000, u"Customer"_s, u"I would like a refund."_s}};
    QVERIFY(coach::TranscriptRepository(*m_fx.db).store(m_fx.call, transcript));

    m_fx.showPage();
    QVERIFY(QTest::qWaitForWindowExposed(m_fx.page.get()));
}

void TestReviewImport::cleanup()
{
    m_controller.reset();
    m_fx.reset();
}

void TestReviewImport::openController()
{
    ReviewController::Options options;
    options.startMs = 0;
    options.autoPlay = false;
    options.analysisCacheDirectory = m_fx.dir.filePath(u"cache"_s);
    m_controller = std::make_unique<ReviewController>(*m_fx.db, m_fx.page.get(), m_fx.call, options);
    QVERIFY(m_controller->isLoaded());
}

QString TestReviewImport::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_fx.dir.filePath(name);
    if (!coach::test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<coach::Annotation> TestReviewImport::stored() const
{
    const auto all = coach::AnnotationRepository(*m_fx.db).forCall(m_fx.call);
    if (!all)
        qFatal("forCall: %s", qPrintable(all.error().message()));
    return *all;
}

void TestReviewImport::drag(QEvent::Type type, const QStringList &paths, bool *accepted)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPointF pos = QRectF(m_fx.page->rect()).center();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    bool ok = false;
    if (type == QEvent::DragEnter) {
        QDragEnterEvent event(pos.toPoint(), actions, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_fx.page.get(), &event);
        ok = event.isAccepted();
        QCOMPARE(ok ? event.dropAction() : Qt::CopyAction, Qt::CopyAction);
    } else if (type == QEvent::DragMove) {
        QDragMoveEvent event(pos.toPoint(), actions, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_fx.page.get(), &event);
        ok = event.isAccepted();
    } else {
        QDropEvent event(pos, actions, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_fx.page.get(), &event);
        ok = event.isAccepted();
        // Never a move: the user's file stays where it is.
        QCOMPARE(ok ? event.dropAction() : Qt::CopyAction, Qt::CopyAction);
    }
    if (accepted)
        *accepted = ok;
}

void TestReviewImport::importedCsvAppearsAtOnceAndUndoesInOneStep()
{
    openController();
    const QString csv = write(u"coaching.csv"_s,
                              "call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\r\n"
                              "7,x.wav,1.000,3.000,checkpoint.greeting,,,Dana,,confirmed\r\n"
                              "7,x.wav,6.5,6.5,,Empathy bridge,\"good save, \"\"warm\"\"\",,,\r\n"
                              "7,x.wav,12,15,,,just a note,,,\r\n");
    const auto imported = m_controller->importAnnotations(coach::AnnotationFormat::Kind::Csv, csv);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message()));
    QCOMPARE(imported->added, 3);
    QCOMPARE(imported->alreadyThere, 0);

    // In the database and on screen at once.
    QList<coach::Annotation> annotations = stored();
    QCOMPARE(annotations.size(), 3);
    QCOMPARE(annotations.at(0).tagKey, u"checkpoint.greeting"_s);
    QCOMPARE(annotations.at(0).author, u"Dana"_s);
    QCOMPARE(annotations.at(1).tagKey, u"pattern.empathy_bridge"_s);
    QCOMPARE(annotations.at(1).comment, u"good save, \"warm\""_s);
    QVERIFY(!annotations.at(2).tag.isValid());
    AnnotationModel *model = m_controller->annotationModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->annotation(1).id, annotations.at(1).id);
    QVERIFY(!model->annotation(0).tagColor.isEmpty()); // read back with its tag's colour

    // One step undoes the whole file, and redo brings back the same rows.
    QUndoStack *undo = m_controller->undoStack();
    QCOMPARE(undo->count(), 1);
    QVERIFY2(undo->undoText().contains(u"coaching.csv"_s), qPrintable(undo->undoText()));
    undo->undo();
    QVERIFY(stored().isEmpty());
    QCOMPARE(model->rowCount(), 0);
    undo->redo();
    QCOMPARE(stored().size(), 3);
    QCOMPARE(stored().at(2).id, annotations.at(2).id);
    QCOMPARE(model->rowCount(), 3);

    // The same file again adds nothing and no undo step.
    const auto again = m_controller->importAnnotations(coach::AnnotationFormat::Kind::Csv, csv);
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->alreadyThere, 3);
    QCOMPARE(undo->count(), 1);
    QCOMPARE(stored().size(), 3);
}

void TestReviewImport::audacityLabelsImportThroughTheButton()
{
    openController();
    // Import… sits beside Export… above the annotation list.
    QAction *importAction = m_fx.page->action(ReviewPage::Action::ImportAnnotations);
    QVERIFY(importAction && importAction->isEnabled());
    QToolButton *importButton = nullptr;
    QToolButton *exportButton = nullptr;
    for (QToolButton *button : m_fx.page->findChildren<QToolButton *>()) {
        if (button->defaultAction() == importAction)
            importButton = button;
        else if (button->defaultAction() == m_fx.page->action(ReviewPage::Action::ExportAnnotations))
            exportButton = button;
    }
    QVERIFY(importButton && exportButton);
    QVERIFY(importButton->isVisible());
    QCOMPARE(importButton->parentWidget(), exportButton->parentWidget());
    QCOMPARE(importButton->geometry().center().y(), exportButton->geometry().center().y());
    QVERIFY(importButton->geometry().right() < exportButton->geometry().left());

    const QString labels = write(u"labels.txt"_s, "1.500000\t2.500000\tGreeting\n"
                                                  "\\\t300.000000\t3400.000000\n"
                                                  "10.000000\t10.000000\tEmpathy bridge | good save\n");
    QSignalSpy status(m_controller.get(), &ReviewController::statusMessage);
    // The file dialog is Qt's own on this platform: pick the file in it.
    bool picked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QVERIFY(dialog->nameFilters().join(u' ').contains(u"*.txt"_s));
        QVERIFY(dialog->nameFilters().join(u' ').contains(u"*.csv"_s));
        dialog->selectFile(labels);
        picked = true;
        QMetaObject::invokeMethod(dialog, "accept");
    });
    importButton->click();
    QVERIFY(picked);
    QCOMPARE(status.size(), 1);
    QVERIFY2(status.first().at(0).toString().contains(u"labels.txt"_s), qPrintable(status.first().at(0).toString()));
    const QList<coach::Annotation> annotations = stored();
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(annotations.at(0).startMs, 1500);
    QCOMPARE(annotations.at(0).tagKey, u"checkpoint.greeting"_s);
    QCOMPARE(annotations.at(1).comment, u"good save"_s);
    QCOMPARE(m_controller->annotationModel()->rowCount(), 2);
}

void TestReviewImport::badFilesNameTheFileAndLine_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::newRow("label with no time") << u"bad.txt"_s << QByteArray("1\t2\tGreeting\nnot a time\t3\tx\n")
                                        << u"bad.txt: line 2"_s;
    QTest::newRow("tag the library lacks") << u"tags.csv"_s
                                           << QByteArray("start_s,tag_key\n1,checkpoint.greeting\n2,custom.unknown\n")
                                           << u"tags.csv: line 3"_s;
    QTest::newRow("CSV without times") << u"plain.csv"_s << QByteArray("when,what\n1,x\n") << u"plain.csv: line 1"_s;
}

void TestReviewImport::badFilesNameTheFileAndLine()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    openController();
    const QString path = write(name, bytes);
    const auto refused = m_controller->importAnnotations(
            name.endsWith(u".csv"_s) ? coach::AnnotationFormat::Kind::Csv : coach::AnnotationFormat::Kind::AudacityLabels,
            path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(where), qPrintable(refused.error().message()));
    // Nothing half-imported, and no undo step for it.
    QVERIFY(stored().isEmpty());
    QCOMPARE(m_controller->annotationModel()->rowCount(), 0);
    QCOMPARE(m_controller->undoStack()->count(), 0);
}

void TestReviewImport::transcriptDroppedOnThePageReplacesAfterAsking()
{
    openController();
    QCOMPARE(m_controller->transcriptModel()->rowCount(), 2);
    QSignalSpy attached(m_controller.get(), &ReviewController::transcriptAttached);
    const QString vtt = write(u"better.vtt"_s, "WEBVTT\n\n00:00.500 --> 00:03.000\n<v Agent>Good morning.\n\n"
                                               "00:03.500 --> 00:06.000\n<v Customer>Hello.\n\n"
                                               "00:06.500 --> 00:09.000\n<v Agent>How can I help?\n");

    bool accepted = false;
    drag(QEvent::DragEnter, {vtt}, &accepted);
    QVERIFY(accepted);
    QVERIFY2(m_fx.page->dropHint().contains(u"better.vtt"_s), qPrintable(m_fx.page->dropHint()));
    drag(QEvent::DragMove, {vtt}, &accepted);
    QVERIFY(accepted);

    // The call has a transcript: the drop asks first, and Cancel keeps it.
    {
        DialogAnswer answer(u"Cancel"_s);
        drag(QEvent::Drop, {vtt}, &accepted);
        QVERIFY(accepted);
        QVERIFY(m_fx.page->dropHint().isEmpty());
        QTRY_VERIFY(answer.seen());
        QVERIFY2(answer.text().contains(u"better.vtt"_s), qPrintable(answer.text()));
        QVERIFY(answer.answered());
    }
    QCOMPARE(m_controller->transcriptModel()->rowCount(), 2);
    QCOMPARE(attached.size(), 0);
    {
        DialogAnswer answer(u"Replace"_s);
        drag(QEvent::DragEnter, {vtt});
        drag(QEvent::Drop, {vtt});
        QTRY_VERIFY(answer.answered());
    }
    QTRY_COMPARE(attached.size(), 1);
    QCOMPARE(attached.first().at(0).value<coach::CallId>(), m_fx.call);
    QVERIFY(attached.first().at(1).toString().contains(u"better.vtt"_s));
    QCOMPARE(m_controller->transcriptModel()->rowCount(), 3);
    QCOMPARE(m_controller->transcriptModel()->segments().first().text, u"Good morning."_s);
    QCOMPARE(coach::TranscriptRepository(*m_fx.db).segments(m_fx.call)->size(), 3);

    // A broken file says which and why, and changes nothing.
    const QString broken = write(u"broken.srt"_s, "1\n00:00:aa --> soon\nHello\n");
    {
        DialogAnswer answer(u"OK"_s);
        drag(QEvent::DragEnter, {broken});
        drag(QEvent::Drop, {broken});
        QTRY_VERIFY(answer.seen());
        QVERIFY2(answer.text().contains(u"broken.srt"_s), qPrintable(answer.text()));
        QVERIFY2(answer.text().contains(u"broken.srt:2"_s), qPrintable(answer.text())); // the line at fault
    }
    QCOMPARE(attached.size(), 1);
    QCOMPARE(m_controller->transcriptModel()->rowCount(), 3);
    QCOMPARE(coach::TranscriptRepository(*m_fx.db).segments(m_fx.call)->size(), 3);
}

void TestReviewImport::otherFilesPassThePageBy()
{
    openController();
    bool accepted = true;
    // A recording is for the main window to import; several transcripts are ambiguous.
    drag(QEvent::DragEnter, {m_fx.recording}, &accepted);
    QVERIFY(!accepted);
    QVERIFY(m_fx.page->dropHint().isEmpty());
    const QString a = write(u"a.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nA\n");
    const QString b = write(u"b.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nB\n");
    drag(QEvent::DragEnter, {a, b}, &accepted);
    QVERIFY(!accepted);
    // With no call open there is nothing to attach to.
    m_controller.reset();
    drag(QEvent::DragEnter, {a}, &accepted);
    QVERIFY(!accepted);
}

QTEST_MAIN(TestReviewImport)
#include "TestReviewImport.moc"
