// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data in a standup pack: a call whose customer reads out a card
// number, packed with and without ClipRedaction, every file read back.
#include "ClipTestSupport.h"
#include "TestSupport.h"
#include "core/TaskControl.h"
#include "model/Call.h"
#include "services/ClipRedaction.h"
#include "services/ExerciseBuilder.h"
#include "services/StandupPackBuilder.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace coach;
using namespace Qt::Literals::StringLiterals;

class TestStandupPackRedaction final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void redactedByDefault();
    void keptAsRecordedWhenAsked();
    void clipRedactionOfACall();

private:
    [[nodiscard]] StandupPack pack() const;
    [[nodiscard]] Result<StandupPackBuilder::Outcome> build(const StandupPack &pack, const QString &name) const;
    [[nodiscard]] QString fileEnding(const StandupPackBuilder::Outcome &outcome, const QString &suffix) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Call m_call;
};

void TestStandupPackRedaction::initTestCase()
{
    if (test::findTool(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is needed to make and read the recording");
    // No speech: the agent is a 440 Hz sine on the left, the customer 660 Hz on the right.
    const QString wav = m_dir.filePath(u"card.wav"_s);
    const auto made = test::run(u"ffmpeg"_s,
        { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=f=440:r=8000:d=20"_s,
          u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=f=660:r=8000:d=20"_s, u"-filter_complex"_s,
          u"[0][1]amerge=inputs=2"_s, u"-c:a"_s, u"pcm_s16le"_s, wav });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString vtt = m_dir.filePath(u"card.vtt"_s);
    QVERIFY(test::writeFile(vtt,
        "WEBVTT\n\n00:00:02.000 --> 00:00:04.000\n<v Agent>Can I take the card number?\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Customer>Sure, my card number is 4111 1111 1111 1111.\n\n"
        "00:00:10.000 --> 00:00:12.000\n<v Agent>Thank you, that is all I need.\n"));

    auto db = Database::open(m_dir.filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    m_call = test::sampleCall(1);
    m_call.recordingPath = wav;
    m_call.audio.durationMs = 20'000;
    m_call.audio.channels = 2;
    m_call.agentChannel = AgentChannel::Left;
    const auto id = CallRepository(*m_db).insert(m_call);
    QVERIFY(id);
    m_call.id = *id;
    const auto attached = ExerciseBuilder(*m_db).attachTranscript(m_call.id, vtt);
    QVERIFY2(attached, attached ? "" : qPrintable(attached.error().message()));
}

StandupPack TestStandupPackRedaction::pack() const
{
    StandupClip clip;
    clip.kind = StandupClipKind::Highlight;
    clip.call = m_call.id;
    clip.recordingPath = m_call.recordingPath;
    clip.recordingDurationMs = m_call.audio.durationMs;
    clip.agentChannel = m_call.agentChannel;
    clip.range = { 1'000, 15'000 };
    clip.repName = u"Dana Ruiz"_s;
    clip.patternLabel = u"Paraphrase-and-confirm"_s;
    const auto segments = TranscriptRepository(*m_db).segments(m_call.id);
    if (segments)
        clip.segments = *segments;
    StandupPack pack;
    pack.teamName = u"Billing"_s;
    pack.isoWeek = u"2026-W48"_s;
    pack.clips = { clip };
    return pack;
}

Result<StandupPackBuilder::Outcome> TestStandupPackRedaction::build(const StandupPack &pack, const QString &name) const
{
    StandupPackBuilder::Options options;
    options.destination = m_dir.filePath(name);
    options.format = u"wav"_s;
    options.channels = ClipChannels::Stereo;
    options.fadeSeconds = 0;
    options.loudnessLufs.reset();
    TaskControl control;
    return StandupPackBuilder::build(pack, options, control);
}

QString TestStandupPackRedaction::fileEnding(const StandupPackBuilder::Outcome &outcome, const QString &suffix) const
{
    for (const QString &file : outcome.files) {
        if (file.endsWith(suffix))
            return QDir(outcome.path).filePath(file);
    }
    return {};
}

void TestStandupPackRedaction::redactedByDefault()
{
    StandupPack redacted = pack();
    const auto bleeped = ClipRedaction(*m_db).apply(redacted);
    QVERIFY2(bleeped, bleeped ? "" : qPrintable(bleeped.error().message()));
    QCOMPARE(*bleeped, 1);
    QCOMPARE(redacted.clips.first().redactions.size(), 1);
    QCOMPARE(redacted.clips.first().redactions.first(),
             (ClipRedactionSpan { 5'000, 9'000, RedactionChannel::Customer }));
    const auto outcome = build(redacted, u"redacted"_s);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));

    const auto clip = test::decode(fileEnding(*outcome, u".wav"_s));
    QVERIFY(clip);
    QCOMPARE(clip->channels, 2);
    // The cue is 4 s to 8 s of the clip (frames 32000 to 64000); ±10 ms is 80 frames.
    QVERIFY(test::powerAt(*clip, 1, 32'080, 63'920, 660) < 1e-6);
    QVERIFY(test::powerAt(*clip, 1, 32'080, 63'920, 1000) > 1e-4);
    QVERIFY(test::powerAt(*clip, 1, 24'000, 31'920, 660) > 1e-3);
    QVERIFY(test::powerAt(*clip, 0, 32'080, 63'920, 440) > 1e-3);
    QVERIFY(test::powerAt(*clip, 0, 32'080, 63'920, 1000) < 1e-6);

    const QByteArray captions = test::readFile(fileEnding(*outcome, u".vtt"_s));
    QVERIFY2(captions.contains("[card number]"), captions.constData());
    QVERIFY2(!captions.contains("4111") && !captions.contains("1111"), captions.constData());
    const QByteArray cueSheet = test::readFile(fileEnding(*outcome, u".html"_s));
    QVERIFY2(cueSheet.contains("[card number]"), cueSheet.constData());
    QVERIFY2(!cueSheet.contains("4111") && !cueSheet.contains("1111"), cueSheet.constData());
}

void TestStandupPackRedaction::keptAsRecordedWhenAsked()
{
    const auto outcome = build(pack(), u"as-recorded"_s);
    QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message()));
    const auto clip = test::decode(fileEnding(*outcome, u".wav"_s));
    QVERIFY(clip);
    QVERIFY(test::powerAt(*clip, 1, 32'080, 63'920, 660) > 1e-3);
    QVERIFY(test::powerAt(*clip, 1, 32'080, 63'920, 1000) < 1e-6);
    QVERIFY(test::readFile(fileEnding(*outcome, u".vtt"_s)).contains("4111 1111 1111 1111"));
}

void TestStandupPackRedaction::clipRedactionOfACall()
{
    const auto planned = ClipRedaction(*m_db).plan(m_call.id, { 0, 20'000 });
    QVERIFY2(planned, planned ? "" : qPrintable(planned.error().message()));
    QCOMPARE(planned->segments.size(), 3);
    QCOMPARE(planned->segments.at(1).startMs, 5'000);
    QVERIFY(planned->segments.at(1).text.contains(u"[card number]"_s));
    QVERIFY(!planned->segments.at(1).text.contains(u"4111"_s));
    QCOMPARE(planned->segments.at(0).text, u"Can I take the card number?"_s);
    // Outside every cue there is nothing to bleep.
    const auto quiet = ClipRedaction(*m_db).plan(m_call.id, { 12'500, 20'000 });
    QVERIFY(quiet);
    QVERIFY(quiet->bleeps.isEmpty());
    // With the agent's channel unknown a bleep covers both voices.
    RedactedExcerpt excerpt;
    excerpt.bleeps = { { 1'000, 2'000, SpeakerRole::Customer, 0, true } };
    QCOMPARE(ClipRedaction::bleeps(excerpt, AgentChannel::Unknown).first().channel, RedactionChannel::Both);
    QCOMPARE(ClipRedaction::bleeps(excerpt, AgentChannel::Right).first().channel, RedactionChannel::Customer);
}

QTEST_GUILESS_MAIN(TestStandupPackRedaction)
#include "TestStandupPackRedaction.moc"
