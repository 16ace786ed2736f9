// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExerciseFixture.h"

#include "redact/PiiType.h"
#include "services/ExerciseBuilder.h"
#include "storage/ExerciseRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

namespace {

QString allText(const Exercise &e)
{
    QString text = e.title + u'\n' + e.instructions + u'\n';
    for (const ExcerptTurn &turn : e.excerpt)
        text += turn.speaker + u": "_s + turn.text + u'\n';
    return text;
}

} // namespace

class TestExerciseBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void redactsWithConsistentPseudonyms()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        const auto draft = builder.start(fixture.withTranscript, { 0, 36000 });
        QVERIFY2(draft, draft ? "" : qPrintable(draft.error().message()));
        const auto &segments = draft->redacted.segments;
        // Same structure and order as the call's segments in the range.
        QCOMPARE(segments.size(), 6);
        for (int i = 0; i < segments.size(); ++i) {
            const bool agent = i % 2 == 0;
            QCOMPARE(segments.at(i).role, agent ? SpeakerRole::Agent : SpeakerRole::Customer);
            QCOMPARE(segments.at(i).speaker, agent ? u"Rep"_s : u"Customer"_s);
            QCOMPARE(segments.at(i).startMs, ExerciseFixture::segments().at(i).startMs);
        }
        // The rep's own name and the customer's, wherever they occur, become the pseudonyms.
        QVERIFY2(segments.at(0).text.contains(u"this is Rep"_s), qPrintable(segments.at(0).text));
        QVERIFY2(segments.at(1).text.startsWith(u"Hi Rep"_s), qPrintable(segments.at(1).text));
        QVERIFY2(segments.at(1).text.contains(u"my name is Customer"_s), qPrintable(segments.at(1).text));
        QVERIFY2(segments.at(4).text.startsWith(u"Okay Customer"_s), qPrintable(segments.at(4).text));
        QVERIFY(segments.at(3).text.contains(piiPlaceholder(PiiType::CardNumber)));
        QVERIFY(segments.at(3).text.contains(piiPlaceholder(PiiType::Phone)));
        QVERIFY(segments.at(3).text.contains(piiPlaceholder(PiiType::Email)));
        // What is not personal data stays as spoken.
        QVERIFY(segments.at(4).text.contains(u"five to seven business days"_s));
        QCOMPARE(segments.at(5).text, u"That is not good enough."_s);
        // The original is there for corrections, in memory only.
        QCOMPARE(draft->source.segments.at(3).text, ExerciseFixture::segments().at(3).text);
    }

    void storedExerciseHoldsNoPii()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        const auto draft = builder.start(fixture.withTranscript, { 0, 36000 });
        QVERIFY(draft);
        ExerciseBuilder::Choices choices;
        choices.pattern = ExercisePattern::EmpathyBridge;
        choices.date = QDate(2026, 11, 30);
        const auto exercise = ExerciseBuilder::toExercise(*draft, choices);
        QVERIFY2(exercise, exercise ? "" : qPrintable(exercise.error().message()));
        // The rep's answer to the customer's longest turn (the upset one) is the one to rewrite.
        QCOMPARE(exercise->targetTurn, 2);
        QCOMPARE(exercise->title, u"Rewrite practice: Empathy bridge"_s);
        QCOMPARE(exercise->scheduledFor, QDate(2026, 11, 30));
        QCOMPARE(exercise->instructions, ExercisePatterns::defaultInstructions(ExercisePattern::EmpathyBridge));
        const auto id = builder.save(*exercise);
        QVERIFY(id);
        const auto stored = ExerciseRepository(*fixture.db).find(*id);
        QVERIFY(stored && stored->has_value());
        const QString text = allText(**stored);
        for (const QString &pii : ExerciseFixture::piiStrings())
            QVERIFY2(!text.contains(pii, Qt::CaseInsensitive), qPrintable(pii + u" in "_s + text));
        QCOMPARE((*stored)->excerpt.size(), 6);
        QVERIFY((*stored)->excerpt.at(5).text == u"That is not good enough."_s);
    }

    void correctionsAddAndRemoveAndRebuild()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);
        auto draft = builder.start(fixture.withTranscript, { 0, 36000 });
        QVERIFY(draft);
        // The trainer finds "one order" too telling and redacts it by hand.
        const QString second = draft->redacted.segments.at(1).text;
        const qsizetype at = second.indexOf(u"one order"_s);
        QVERIFY2(at >= 0, qPrintable(second));
        QVERIFY(ExerciseBuilder::addSpan(*draft, 1, at, at + 9, PiiType::Address));
        QVERIFY(!draft->redacted.segments.at(1).text.contains(u"one order"_s));
        QVERIFY(draft->redacted.segments.at(1).text.contains(piiPlaceholder(PiiType::Address)));
        const auto &secondSpans = draft->redacted.segments.at(1).spans;
        const auto added = std::find_if(secondSpans.cbegin(), secondSpans.cend(),
                                        [](const RedactedSpan &s) { return s.userAdded; });
        QVERIFY(added != secondSpans.cend());
        QCOMPARE(added->sourceStart, ExerciseFixture::segments().at(1).text.indexOf(u"one order"_s));
        QCOMPARE(added->sourceEnd, added->sourceStart + 9);

        // The phone number is kept as spoken (a false detection, say).
        const auto &spans = draft->redacted.segments.at(3).spans;
        const auto phone = std::find_if(spans.cbegin(), spans.cend(),
                                        [](const RedactedSpan &s) { return s.type == PiiType::Phone; });
        QVERIFY(phone != spans.cend());
        QVERIFY(ExerciseBuilder::removeSpan(*draft, 3, phone - spans.cbegin()));
        QVERIFY(draft->redacted.segments.at(3).text.contains(u"555-0143"_s));
        QVERIFY(!draft->redacted.segments.at(3).text.contains(u"4111"_s));

        ExerciseBuilder::Choices choices;
        choices.date = QDate(2026, 11, 30);
        const auto exercise = ExerciseBuilder::toExercise(*draft, choices);
        QVERIFY(exercise);
        QCOMPARE(exercise->corrections.size(), 2);
        const auto id = builder.save(*exercise);
        QVERIFY(id);
        const auto stored = ExerciseRepository(*fixture.db).find(*id);
        // Corrections are offsets, never text.
        for (const ExerciseCorrection &c : (*stored)->corrections)
            QVERIFY(c.type == u"address"_s || c.type == u"phone"_s);

        const auto rebuilt = builder.rebuild(**stored);
        QVERIFY2(rebuilt, rebuilt ? "" : qPrintable(rebuilt.error().message()));
        QCOMPARE(rebuilt->redacted.segments.at(1).text, draft->redacted.segments.at(1).text);
        QCOMPARE(rebuilt->redacted.segments.at(3).text, draft->redacted.segments.at(3).text);
    }

    void badInput()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        ExerciseBuilder builder(*fixture.db);

        const auto empty = builder.start(fixture.withTranscript, { 5000, 5000 });
        QVERIFY(!empty);
        QCOMPARE(empty.error().code(), ErrorCode::InvalidInput);
        QVERIFY(empty.error().message().contains(u"Nothing is selected"_s));

        const auto noTranscript = builder.start(fixture.withoutTranscript, { 0, 10000 });
        QVERIFY(!noTranscript);
        QCOMPARE(noTranscript.error().code(), ErrorCode::NotFound);
        QVERIFY(noTranscript.error().message().contains(u"no transcript"_s));
        QCOMPARE(builder.hasTranscript(fixture.withoutTranscript).value_or(true), false);
        QCOMPARE(builder.hasTranscript(fixture.withTranscript).value_or(false), true);

        const auto silence = builder.start(fixture.withTranscript, { 36500, 39000 });
        QVERIFY(!silence);
        QCOMPARE(silence.error().code(), ErrorCode::Empty);

        // Only the customer speaks between 40 s and 46 s.
        const auto customerOnly = builder.start(fixture.withTranscript, { 40000, 46000 });
        QVERIFY(customerOnly);
        QCOMPARE(ExerciseBuilder::suggestTargetTurn(customerOnly->redacted), -1);
        const auto noRep = ExerciseBuilder::toExercise(*customerOnly, {});
        QVERIFY(!noRep);
        QCOMPARE(noRep.error().code(), ErrorCode::InvalidInput);
        QVERIFY(noRep.error().message().contains(u"no rep turn"_s));

        const auto whole = builder.start(fixture.withTranscript, { 0, 36000 });
        ExerciseBuilder::Choices customerTurn;
        customerTurn.targetTurn = 1;
        const auto wrong = ExerciseBuilder::toExercise(*whole, customerTurn);
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message().contains(u"not the rep's"_s));
    }

    void attachTranscriptThenBuild()
    {
        QTemporaryDir dir;
        ExerciseFixture fixture(dir);
        const QString vtt = dir.filePath(u"call-2.vtt"_s);
        QFile file(vtt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Agent>Hello, how can I help?\n\n"
                   "00:00:04.000 --> 00:00:08.000\n<v Customer>My parcel never came.\n");
        file.close();
        ExerciseBuilder builder(*fixture.db);
        const auto attached = builder.attachTranscript(fixture.withoutTranscript, vtt);
        QVERIFY2(attached, attached ? "" : qPrintable(attached.error().message()));
        QCOMPARE(builder.hasTranscript(fixture.withoutTranscript).value_or(false), true);
        const auto draft = builder.start(fixture.withoutTranscript, { 0, 8000 });
        QVERIFY(draft);
        QCOMPARE(draft->redacted.segments.size(), 2);

        const auto missing = builder.attachTranscript(fixture.withoutTranscript, dir.filePath(u"nope.vtt"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().message().contains(u"nope.vtt"_s));
    }

    void nextMonday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("thursday") << QDate(2026, 11, 26) << QDate(2026, 11, 30);
        QTest::newRow("sunday") << QDate(2026, 11, 29) << QDate(2026, 11, 30);
        QTest::newRow("monday") << QDate(2026, 11, 30) << QDate(2026, 12, 7);
        QTest::newRow("year end") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
    }
    void nextMonday()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        QCOMPARE(ExerciseBuilder::nextMonday(today), expected);
    }
};

QTEST_GUILESS_MAIN(TestExerciseBuilder)
#include "TestExerciseBuilder.moc"
