// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"
#include "TestSupport.h"

#include "exercises/ExerciseBuilderDialog.h"
#include "exercises/ExerciseHistoryModel.h"
#include "exercises/ExercisesPage.h"
#include "exercises/RedactionListDialog.h"
#include "redact/PiiType.h"
#include "storage/ExerciseRepository.h"
#include "storage/RedactionTermRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

namespace {

// Selects `text` in the excerpt view; false when it is not there.
bool select(QTextEdit *view, const QString &text)
{
    QTextCursor found = view->document()->find(text);
    if (found.isNull())
        return false;
    view->setTextCursor(found);
    return true;
}

// The tooltip of the character at the start of `text` in the view.
QString tooltipAt(QTextEdit *view, const QString &text)
{
    QTextCursor found = view->document()->find(text);
    if (found.isNull())
        return {};
    QTextCursor at(view->document());
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat().toolTip();
}

} // namespace

class TestExerciseGui final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void builderShowsRedactedExcerpt()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilderDialog dialog(*fixture.db, fixture.withTranscript, { 0, 36000 });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const QString text = dialog.excerptText();
        QVERIFY2(text.startsWith(u"Rep: Thank you for calling "_s), qPrintable(text));
        QVERIFY(text.contains(u"\nCustomer: Hi Rep"_s));
        for (const QString &pii : ExerciseFixture::piiStrings())
            QVERIFY2(!text.contains(pii, Qt::CaseInsensitive), qPrintable(pii));
        // Each detection is highlighted, with its type and confidence in a tooltip.
        const QString tip = tooltipAt(dialog.excerptView(), piiPlaceholder(PiiType::CardNumber));
        QVERIFY2(tip.startsWith(piiTypeName(PiiType::CardNumber)) && tip.contains(u"confidence"_s), qPrintable(tip));

        auto *turn = dialog.findChild<QComboBox *>(u"exerciseTurn"_s);
        QVERIFY(turn);
        QCOMPARE(turn->count(), 3); // the rep's three turns
        QCOMPARE(turn->currentData().toInt(), 2);
        auto *date = dialog.findChild<QDateEdit *>(u"exerciseDate"_s);
        QCOMPARE(date->date(), ExerciseBuilder::nextMonday(QDate::currentDate()));
    }

    void builderCorrectsSavesAndExports()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilderDialog dialog(*fixture.db, fixture.withTranscript, { 0, 36000 });
        QSignalSpy saved(&dialog, &ExerciseBuilderDialog::exerciseSaved);

        // A missed span: select it and redact it.
        QVERIFY(select(dialog.excerptView(), u"one order"_s));
        QVERIFY(dialog.redactSelection(PiiType::Address));
        QVERIFY(!dialog.excerptText().contains(u"one order"_s));
        QVERIFY(tooltipAt(dialog.excerptView(), piiPlaceholder(PiiType::Address)).contains(u"by you"_s));

        // A false one: the cursor on it, Keep as Spoken.
        QTextCursor phone = dialog.excerptView()->document()->find(piiPlaceholder(PiiType::Phone));
        QVERIFY(!phone.isNull());
        phone.setPosition(phone.selectionStart() + 1);
        dialog.excerptView()->setTextCursor(phone);
        QVERIFY(dialog.findChild<QPushButton *>(u"exerciseKeep"_s)->isEnabled());
        QVERIFY(dialog.keepSpanAtCursor());
        QVERIFY(dialog.excerptText().contains(u"555-0143"_s));

        // A selection across two turns is refused with a reason.
        QTextCursor across(dialog.excerptView()->document());
        across.setPosition(5);
        across.setPosition(dialog.excerptView()->document()->findBlockByNumber(1).position() + 5, QTextCursor::KeepAnchor);
        dialog.excerptView()->setTextCursor(across);
        QVERIFY(!dialog.redactSelection(PiiType::PersonName));
        QVERIFY(dialog.problem().contains(u"one turn"_s));

        dialog.setPattern(ExercisePattern::LayeredQuestioning);
        dialog.setDate(QDate(2026, 12, 7));
        dialog.setTargetTurn(4);
        const auto id = dialog.save();
        QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
        QCOMPARE(saved.count(), 1);
        const auto stored = ExerciseRepository(*fixture.db).find(*id);
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->pattern, ExercisePattern::LayeredQuestioning);
        QCOMPARE((*stored)->scheduledFor, QDate(2026, 12, 7));
        QCOMPARE((*stored)->targetTurn, 4);
        QCOMPARE((*stored)->instructions, ExercisePatterns::defaultInstructions(ExercisePattern::LayeredQuestioning));
        QCOMPARE((*stored)->corrections.size(), 2);

        const QString pdf = dir.filePath(u"handout.pdf"_s);
        const auto exported = dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Pdf, pdf);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message()));
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Markdown, dir.filePath(u"h.md"_s)));
        QVERIFY(dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Html, dir.filePath(u"h.html"_s)));
        const auto after = ExerciseRepository(*fixture.db).find(*id);
        QCOMPARE((*after)->status, ExerciseStatus::Ready);
        QCOMPARE((*after)->handoutPath, QFileInfo(dir.filePath(u"h.html"_s)).absoluteFilePath());
        QCOMPARE(ExerciseRepository(*fixture.db).history()->size(), 1); // saved again, not twice

        const QString unwritable = dir.filePath(u"gone/handout.pdf"_s);
        const auto failed = dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Pdf, unwritable);
        QVERIFY(!failed);
        QVERIFY(failed.error().message().contains(QDir::toNativeSeparators(unwritable)));

        // Reopened, the stored exercise comes back with its corrections.
        ExerciseBuilderDialog edit(*fixture.db, **after);
        QVERIFY(edit.problem().isEmpty());
        QVERIFY(!edit.excerptText().contains(u"one order"_s));
        QVERIFY(edit.excerptText().contains(u"555-0143"_s));
        QCOMPARE(edit.findChild<QComboBox *>(u"exerciseTurn"_s)->currentData().toInt(), 4);
    }

    void builderBadInput()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilderDialog dialog(*fixture.db, fixture.withoutTranscript, { 0, 20000 });
        QVERIFY(dialog.problem().contains(u"no transcript"_s));
        auto *attach = dialog.findChild<QPushButton *>(u"exerciseAttachTranscript"_s);
        QVERIFY(attach && attach->isVisibleTo(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(u"exerciseSave"_s)->isEnabled());

        const QString vtt = dir.filePath(u"call-2.vtt"_s);
        QFile file(vtt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Agent>Hello, how can I help?\n\n"
                   "00:00:04.000 --> 00:00:08.000\n<v Customer>My parcel never came.\n");
        file.close();
        QVERIFY(dialog.attachTranscript(vtt));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!attach->isVisibleTo(&dialog));
        QVERIFY(dialog.excerptText().contains(u"My parcel never came."_s));

        // Only the customer speaks: no rep turn to rewrite.
        ExerciseBuilderDialog customerOnly(*fixture.db, fixture.withTranscript, { 40000, 46000 });
        QVERIFY(!customerOnly.findChild<QPushButton *>(u"exerciseSave"_s)->isEnabled());
        const auto refused = customerOnly.save();
        QVERIFY(!refused);
        QVERIFY(refused.error().message().contains(u"no rep turn"_s));

        ExercisesPage page;
        page.setDatabase(fixture.db.get());
        page.newExercise(fixture.withTranscript, { 1000, 1000 });
        QVERIFY(page.lastError().contains(u"Nothing is selected"_s));
    }

    void handoutWithBleepedAudio()
    {
        if (test::findTool(u"ffmpeg"_s).isEmpty())
            QSKIP("ffmpeg is needed to make the recording");
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        // The fixture's call points at call-1.wav; make it a 40-second stereo recording.
        const QString made = test::makeTone(dir.filePath(u"call-1.wav"_s), { u"-c:a"_s, u"pcm_s16le"_s }, 40.0, 2);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        ExerciseBuilderDialog dialog(*fixture.db, fixture.withTranscript, { 0, 36000 });
        QVERIFY(!dialog.draft()->redacted.bleeps.isEmpty());
        dialog.setIncludeAudio(true);
        const QString pdf = dir.filePath(u"monday.pdf"_s);
        const auto exported = dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Pdf, pdf);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message()));
        const QString audio = dialog.audioPathFor(pdf);
        QCOMPARE(QFileInfo(audio).completeBaseName(), u"monday"_s);
        QVERIFY(QFile::exists(audio));
        const auto duration = test::ffprobeDurationMs(audio);
        QVERIFY(duration);
        QVERIFY2(qAbs(*duration - 36000) < 300, qPrintable(QString::number(*duration)));
        if (const QString pdftotext = test::findTool(u"pdftotext"_s); !pdftotext.isEmpty()) {
            const auto text = test::run(pdftotext, { pdf, u"-"_s });
            QVERIFY(QString::fromUtf8(text.out).contains(QFileInfo(audio).fileName()));
        }

        // A recording that is gone: a clear message naming it, and no handout claiming audio.
        QVERIFY(QFile::remove(dir.filePath(u"call-1.wav"_s)));
        const QString second = dir.filePath(u"second.pdf"_s);
        const auto failed = dialog.exportHandout(ExerciseBuilderDialog::HandoutFormat::Pdf, second);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message().contains(u"call-1.wav"_s), qPrintable(failed.error().message()));
        QVERIFY(!QFile::exists(second));
    }

    void titleFollowsPatternUntilEdited()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilderDialog dialog(*fixture.db, fixture.withTranscript, { 0, 36000 });
        QLineEdit *title = dialog.titleEdit();
        QVERIFY(title);
        QCOMPARE(title->text(), ExerciseBuilder::defaultTitle(ExercisePattern::ParaphraseAndConfirm));
        dialog.setPattern(ExercisePattern::EmpathyBridge);
        QCOMPARE(title->text(), ExerciseBuilder::defaultTitle(ExercisePattern::EmpathyBridge));
        QCOMPARE(title->text(), u"Rewrite practice: "_s + ExercisePatterns::name(ExercisePattern::EmpathyBridge));

        // Typed by the trainer: it stays through pattern changes and is saved as typed.
        title->selectAll();
        QTest::keyClicks(title, u"Fee disputes, week 1"_s);
        dialog.setPattern(ExercisePattern::YesAnd);
        QCOMPARE(title->text(), u"Fee disputes, week 1"_s);
        const auto id = dialog.save();
        QVERIFY(id);
        const auto stored = ExerciseRepository(*fixture.db).find(*id);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->title, u"Fee disputes, week 1"_s);

        // Reopened, the typed title is still the trainer's; emptied, the default follows again.
        ExerciseBuilderDialog again(*fixture.db, **stored);
        QCOMPARE(again.titleEdit()->text(), u"Fee disputes, week 1"_s);
        again.setPattern(ExercisePattern::EmpathyBridge);
        QCOMPARE(again.titleEdit()->text(), u"Fee disputes, week 1"_s);
        again.titleEdit()->selectAll();
        QTest::keyClick(again.titleEdit(), Qt::Key_Delete);
        again.setPattern(ExercisePattern::PauseButton);
        QCOMPARE(again.titleEdit()->text(), ExerciseBuilder::defaultTitle(ExercisePattern::PauseButton));
    }

    void redactionListSavedAtOnceAndApplied()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        RedactionTermRepository terms(*fixture.db);
        QVERIFY(terms.setTerms(RedactionTermRepository::Kind::NeverRedact, { u"Acme"_s }));

        RedactionListDialog list(*fixture.db);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QCOMPARE(list.neverEdit()->toPlainText(), u"Acme"_s);
        QTest::keyClicks(list.alwaysEdit(), u"Business"_s);
        QTest::keyClick(list.alwaysEdit(), Qt::Key_Return);
        QTest::keyClicks(list.alwaysEdit(), u"Zebulon"_s);
        // Saved without pressing anything.
        QTRY_COMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact),
                     (QStringList{ u"Business"_s, u"Zebulon"_s }));
        QVERIFY(list.problem().isEmpty());
        // Removing a line removes the name; closing right after a keystroke still saves it.
        list.alwaysEdit()->setPlainText(u"Business"_s);
        list.close();
        QCOMPARE(*terms.terms(RedactionTermRepository::Kind::AlwaysRedact), QStringList{ u"Business"_s });

        ExerciseBuilderDialog dialog(*fixture.db, fixture.withTranscript, { 0, 36000 });
        QVERIFY(dialog.findChild<QPushButton *>(u"exerciseRedactionList"_s));
        QVERIFY2(!dialog.excerptText().contains(u"business"_s, Qt::CaseInsensitive), qPrintable(dialog.excerptText()));
        QVERIFY(dialog.excerptText().contains(u"calling Acme"_s));

        ExercisesPage page;
        page.setDatabase(fixture.db.get());
        QVERIFY(page.findChild<QPushButton *>(u"exerciseRedactionList"_s));
    }

    void typeColoursDiffer()
    {
        QSet<QRgb> colours;
        for (PiiType type : allPiiTypes)
            colours.insert(ExerciseBuilderDialog::colorFor(type).rgb());
        QCOMPARE(colours.size(), qsizetype(std::size(allPiiTypes)));
    }

    void exercisesSection()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        const auto draft = builder.start(fixture.withTranscript, { 0, 36000 });
        QVERIFY(draft);
        const QList<std::pair<ExercisePattern, QDate>> plan {
            { ExercisePattern::YesAnd, QDate(2026, 11, 16) },
            { ExercisePattern::EmpathyBridge, QDate(2026, 11, 23) },
            { ExercisePattern::YesAnd, QDate(2026, 11, 30) },
        };
        for (const auto &[pattern, date] : plan) {
            ExerciseBuilder::Choices choices;
            choices.pattern = pattern;
            choices.date = date;
            QVERIFY(builder.save(*ExerciseBuilder::toExercise(*draft, choices)));
        }

        ExercisesPage page;
        page.resize(1200, 700);
        page.setDatabase(fixture.db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.historyModel()->rowCount(), 3);
        QCOMPARE(page.historyModel()->exerciseAt(0)->scheduledFor, QDate(2026, 11, 30));
        QCOMPARE(page.weekFilter()->count(), 4); // all weeks + three
        QVERIFY(page.preview()->toPlainText().contains(u"That is not good enough."_s));

        page.setPatternFilter(ExercisePattern::YesAnd);
        QCOMPARE(page.historyModel()->rowCount(), 2);
        page.setWeekFilter(QDate(2026, 11, 18)); // any day of the week picks it
        QCOMPARE(page.historyModel()->rowCount(), 1);
        QCOMPARE(page.historyModel()->exerciseAt(0)->scheduledFor, QDate(2026, 11, 16));
        page.setPatternFilter(ExercisePattern::EmpathyBridge);
        QCOMPARE(page.historyModel()->rowCount(), 0);
        page.setPatternFilter(std::nullopt);
        page.setWeekFilter({});
        QCOMPARE(page.historyModel()->rowCount(), 3);

        page.selectExercise(page.historyModel()->exerciseAt(1)->id);
        const ExerciseId chosen = page.currentExercise();
        QVERIFY(page.addRewrite({ {}, {}, fixture.repId, {}, u"I can hear this matters. Let me sort it out."_s, false, {} }));
        QVERIFY(page.addRewrite({ {}, {}, {}, {}, u"Let me take a moment to review the details."_s, false, {} }));
        QCOMPARE(page.currentExercise(), chosen);
        QCOMPARE(page.rewriteList()->topLevelItemCount(), 2);
        QCOMPARE(page.rewriteList()->topLevelItem(0)->text(1), u"Dana Scully"_s);
        QVERIFY(page.markBest(1));
        QCOMPARE(page.rewriteList()->topLevelItem(1)->text(0), u"\u2605"_s);
        QVERIFY(page.rewriteList()->topLevelItem(0)->text(0).isEmpty());
        const int row = page.historyModel()->rowOf(chosen);
        QCOMPARE(page.historyModel()->index(row, ExerciseHistoryModel::RewritesColumn).data().toInt(), 2);
        QCOMPARE(page.historyModel()->index(row, ExerciseHistoryModel::StatusColumn).data().toString(),
                 ExerciseHistoryModel::statusText(ExerciseStatus::Done));

        page.setDatabase(nullptr);
        QCOMPARE(page.historyModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestExerciseGui)
#include "TestExerciseGui.moc"
