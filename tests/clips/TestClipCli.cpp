// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipTestSupport.h"
#include "TestSupport.h"

#include "model/Annotation.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using coach::test::ProcessResult;

/*
 * `coach clip` and `coach export-clip` end to end through the real binary:
 * the clip they write, the captions, the tags from the library, the errors
 * for bad input, and Ctrl+C, which must leave no file behind.
 */
class TestClipCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void clipWritesTheRange();
    void clipWithCaptions();
    void clipRefuses_data();
    void clipRefuses();
    void interruptLeavesNoFile();
    void exportAnnotation();
    void exportCallRange();
    void exportRefuses();
    void exportBleepsPersonalData();
    void exportNoRedactKeepsAudio();

private:
    [[nodiscard]] ProcessResult coach(const QStringList &arguments) const;
    [[nodiscard]] QStringList outputFiles() const;
    QTemporaryDir m_home;
    QTemporaryDir m_fixtures;
    std::unique_ptr<QTemporaryDir> m_out;
    QString m_library;
    qint64 m_callId = 0;
    qint64 m_annotationId = 0;
    qint64 m_cardCallId = 0;
};

namespace {

QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") + "\nstdout: " + r.out
        + "\nstderr: " + r.err;
}

double seconds(const QString &path)
{
    const auto decoded = coach::test::decode(path);
    return decoded ? double(decoded->frames()) / decoded->sampleRate : -1;
}

} // namespace

void TestClipCli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(COACH_CLI)), COACH_CLI);
    if (coach::test::findTool(u"ffmpeg"_s).isEmpty() || coach::test::findTool(u"ffprobe"_s).isEmpty())
        QSKIP("ffmpeg and ffprobe are needed to make and check the recordings");
    const auto ffmpeg = [](const QStringList &arguments) {
        return coach::test::run(u"ffmpeg"_s, QStringList { u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s } + arguments);
    };
    auto r = ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"anoisesrc=c=pink:r=8000:a=0.3:s=3:d=90"_s, u"-ac"_s, u"2"_s,
                      u"-c:a"_s, u"pcm_s16le"_s, m_fixtures.filePath(u"call.wav"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Twelve minutes, for a clip long enough to interrupt.
    r = ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"anoisesrc=c=pink:r=8000:a=0.3:s=4:d=720"_s, u"-ac"_s, u"2"_s,
                 u"-c:a"_s, u"pcm_s16le"_s, m_fixtures.filePath(u"long.wav"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(coach::test::writeFile(m_fixtures.filePath(u"call.vtt"_s),
        "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\nThanks for calling.\n\n"
        "00:00:13.500 --> 00:00:20.000\n<v Customer>My refund never came.\n"));

    m_library = m_home.filePath(u"library.coachdb"_s);
    auto db = coach::Database::open(m_library);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    coach::PeopleRepository people(**db);
    const auto team = people.ensureTeam(u"Billing"_s);
    QVERIFY(team);
    const auto rep = people.ensureRep(u"Dana Ruiz"_s, *team);
    QVERIFY(rep);
    coach::Call call = coach::test::sampleCall(3);
    call.recordingPath = m_fixtures.filePath(u"call.wav"_s);
    call.audio.durationMs = 90'000;
    call.audio.channels = 2;
    call.agentChannel = coach::AgentChannel::Left;
    call.repId = *rep;
    call.startedAt = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
    const auto callId = coach::CallRepository(**db).insert(call);
    QVERIFY(callId);
    m_callId = callId->value();
    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = { { 30'000, 33'000, u"Agent"_s, u"I hear you."_s },
                            { 34'000, 36'000, u"Customer"_s, u"Thank you."_s } };
    QVERIFY(coach::TranscriptRepository(**db).store(*callId, transcript));
    coach::Annotation annotation;
    annotation.call = *callId;
    annotation.startMs = 29'000;
    annotation.endMs = 37'500;
    annotation.comment = u"Calm after the refund"_s;
    annotation.author = u"Fox"_s;
    const auto annotationId = coach::AnnotationRepository(**db).insert(annotation);
    QVERIFY2(annotationId, annotationId ? "" : qPrintable(annotationId.error().message()));
    m_annotationId = annotationId->value();

    // No speech: the agent is a 440 Hz sine on the left, the customer 660 Hz
    // on the right, so each voice can be measured alone in the clip.
    r = ffmpeg({ u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=f=440:r=8000:d=20"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                 u"sine=f=660:r=8000:d=20"_s, u"-filter_complex"_s, u"[0][1]amerge=inputs=2"_s, u"-c:a"_s,
                 u"pcm_s16le"_s, m_fixtures.filePath(u"card.wav"_s) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(coach::test::writeFile(m_fixtures.filePath(u"card.vtt"_s),
        "WEBVTT\n\n00:00:02.000 --> 00:00:04.000\n<v Agent>Can I take the card number?\n\n"
        "00:00:05.000 --> 00:00:09.000\n<v Customer>Sure, my card number is 4111 1111 1111 1111.\n\n"
        "00:00:10.000 --> 00:00:12.000\n<v Agent>Thank you, that is all I need.\n"));
    coach::Call cardCall = coach::test::sampleCall(4);
    cardCall.recordingPath = m_fixtures.filePath(u"card.wav"_s);
    cardCall.audio.durationMs = 20'000;
    cardCall.audio.channels = 2;
    cardCall.agentChannel = coach::AgentChannel::Left;
    cardCall.repId = *rep;
    cardCall.startedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC);
    const auto cardCallId = coach::CallRepository(**db).insert(cardCall);
    QVERIFY(cardCallId);
    m_cardCallId = cardCallId->value();
    const ProcessResult attached = coach({ u"attach"_s, QString::number(m_cardCallId),
                                           m_fixtures.filePath(u"card.vtt"_s) });
    QVERIFY2(attached.exitCode == 0, describe(attached).constData());
}

void TestClipCli::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

ProcessResult TestClipCli::coach(const QStringList &arguments) const
{
    const QStringList environment { u"HOME="_s + m_home.path(), u"XDG_DATA_HOME="_s + m_home.filePath(u"data"_s),
                                    u"XDG_CONFIG_HOME="_s + m_home.filePath(u"config"_s), u"LANG=C.UTF-8"_s,
                                    u"LC_ALL=C.UTF-8"_s, u"LANGUAGE="_s };
    return coach::test::run(QStringLiteral(COACH_CLI), QStringList { u"--library"_s, m_library } + arguments,
        environment, 120'000);
}

QStringList TestClipCli::outputFiles() const
{
    return QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

void TestClipCli::clipWritesTheRange()
{
    const QString out = m_out->filePath(u"tip.opus"_s);
    const ProcessResult r = coach({ u"clip"_s, m_fixtures.filePath(u"call.wav"_s), u"--start"_s, u"1:02.5"_s,
                                    u"--duration"_s, u"12"_s, u"--out"_s, out, u"--channels"_s, u"mono"_s,
                                    u"--title"_s, u"Tip 48"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QByteArray expected = "Wrote " + out.toUtf8() + ": 12.000 s, 8000 Hz, 1 channel(s), libopus, -16.";
    QVERIFY2(r.out.startsWith(expected), r.out.constData());
    QVERIFY(std::abs(seconds(out) - 12.0) <= 0.010);
    QCOMPARE(coach::test::streamFacts(out).value(u"channels"_s), u"1"_s);
    QCOMPARE(coach::test::tags(out).value(u"title"_s), u"Tip 48"_s);
    const auto loudness = coach::test::loudness(out);
    QVERIFY(loudness && std::abs(loudness->integratedLufs + 16.0) <= 1.0 && loudness->truePeakDb < -1.0);
    QCOMPARE(outputFiles(), QStringList { u"tip.opus"_s });
}

void TestClipCli::clipWithCaptions()
{
    const QString out = m_out->filePath(u"tip.wav"_s);
    // The transcript beside the recording is found without --transcript.
    const ProcessResult r = coach({ u"clip"_s, m_fixtures.filePath(u"call.wav"_s), u"--start"_s, u"11"_s,
                                    u"--duration"_s, u"5"_s, u"--out"_s, out, u"--captions"_s, u"srt"_s,
                                    u"--loudness"_s, u"none"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(coach::test::readFile(m_out->filePath(u"tip.srt"_s)),
        QByteArray("1\n00:00:00,000 --> 00:00:01,000\nThanks for calling.\n\n"
                   "2\n00:00:02,500 --> 00:00:05,000\nCustomer: My refund never came.\n"));
}

void TestClipCli::clipRefuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "clip"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString call = m_fixtures.filePath(u"call.wav"_s);
    QTest::newRow("past the end") << QStringList { call, u"--start"_s, u"88"_s, u"--duration"_s, u"30"_s } << 1
                                  << u"call.wav is only 90.00 s long"_s;
    QTest::newRow("zero length") << QStringList { call, u"--start"_s, u"5"_s, u"--duration"_s, u"0"_s } << 1
                                 << u"no length"_s;
    QTest::newRow("vanished") << QStringList { m_fixtures.filePath(u"gone.wav"_s), u"--start"_s, u"5"_s,
                                               u"--duration"_s, u"5"_s }
                              << 1 << u"gone.wav does not exist"_s;
    QTest::newRow("bad channels") << QStringList { call, u"--start"_s, u"5"_s, u"--duration"_s, u"5"_s,
                                                   u"--channels"_s, u"left"_s }
                                  << 1 << u"--channels"_s;
    QTest::newRow("bad loudness") << QStringList { call, u"--start"_s, u"5"_s, u"--duration"_s, u"5"_s,
                                                   u"--loudness"_s, u"loud"_s }
                                  << 1 << u"--loudness"_s;
    QTest::newRow("no transcript") << QStringList { m_fixtures.filePath(u"long.wav"_s), u"--start"_s, u"5"_s,
                                                    u"--duration"_s, u"5"_s, u"--captions"_s, u"vtt"_s }
                                   << 2 << u"--captions needs a transcript"_s;
    QTest::newRow("too long to hold") << QStringList { m_fixtures.filePath(u"long.wav"_s), u"--start"_s, u"0"_s,
                                                       u"--duration"_s, u"700"_s, u"--rate"_s, u"192000"_s }
                                      << 1 << u"at most 2 minutes"_s;
    QTest::newRow("no --out") << QStringList { call, u"--start"_s, u"5"_s, u"--duration"_s, u"5"_s } << 2
                              << u"--out"_s;
}

void TestClipCli::clipRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    if (QTest::currentDataTag() != QByteArray("no --out"))
        arguments << u"--out"_s << m_out->filePath(u"tip.wav"_s);
    const ProcessResult r = coach(QStringList { u"clip"_s } + arguments);
    QVERIFY2(r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
    QCOMPARE(outputFiles(), QStringList());
}

// Ctrl+C while the clip is being made: exit 130 and no file, not even a temporary one.
void TestClipCli::interruptLeavesNoFile()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home.path());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COACH_CLI),
        { u"clip"_s, m_fixtures.filePath(u"long.wav"_s), u"--start"_s, u"10"_s, u"--duration"_s, u"600"_s,
          u"--rate"_s, u"16000"_s, u"--channels"_s, u"agent"_s, u"--out"_s, m_out->filePath(u"long.opus"_s) });
    QVERIFY(process.waitForStarted());
    // The temporary file appears once the command is working, after it took over Ctrl+C.
    QElapsedTimer waited;
    waited.start();
    while (outputFiles().isEmpty() && process.state() == QProcess::Running && waited.elapsed() < 30'000)
        QTest::qWait(5);
    QVERIFY2(process.state() == QProcess::Running, "the clip was finished before it could be interrupted");
    QTest::qWait(100);
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(process.readAllStandardError().contains("cancelled"), "the error says the clip was cancelled");
    QCOMPARE(outputFiles(), QStringList());
}

void TestClipCli::exportAnnotation()
{
    const QString out = m_out->filePath(u"highlight.m4a"_s);
    const ProcessResult r = coach({ u"export-clip"_s, u"--annotation"_s, QString::number(m_annotationId), u"--out"_s,
                                    out, u"--captions"_s, u"vtt"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const auto probed = coach::test::ffprobeDurationMs(out);
    QVERIFY(probed && std::abs(*probed - 8'500) <= 10);
    const auto tags = coach::test::tags(out);
    QCOMPARE(tags.value(u"artist"_s), u"Dana Ruiz"_s);
    QCOMPARE(tags.value(u"comment"_s), u"Calm after the refund"_s);
    QVERIFY2(tags.value(u"date"_s).startsWith(u"2026-11-2"_s), qPrintable(tags.value(u"date"_s)));
    QCOMPARE(coach::test::readFile(m_out->filePath(u"highlight.vtt"_s)),
        QByteArray("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Agent>I hear you.\n\n"
                   "00:00:05.000 --> 00:00:07.000\n<v Customer>Thank you.\n"));
}

void TestClipCli::exportCallRange()
{
    const QString out = m_out->filePath(u"range.flac"_s);
    const ProcessResult r = coach({ u"export-clip"_s, QString::number(m_callId), u"--start"_s, u"40"_s,
                                    u"--duration"_s, u"7.25"_s, u"--out"_s, out, u"--loudness"_s, u"-20"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(std::abs(seconds(out) - 7.25) <= 0.010);
    const auto loudness = coach::test::loudness(out);
    QVERIFY(loudness && std::abs(loudness->integratedLufs + 20.0) <= 1.0);
}

void TestClipCli::exportRefuses()
{
    ProcessResult r = coach({ u"export-clip"_s, u"9999"_s, u"--start"_s, u"1"_s, u"--duration"_s, u"1"_s, u"--out"_s,
                              m_out->filePath(u"x.wav"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no call"), r.err.constData());
    r = coach({ u"export-clip"_s, u"--annotation"_s, u"9999"_s, u"--out"_s, m_out->filePath(u"x.wav"_s) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no annotation 9999"), r.err.constData());
    r = coach({ u"export-clip"_s, QString::number(m_callId), u"--out"_s, m_out->filePath(u"x.wav"_s) });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(outputFiles(), QStringList());
}

void TestClipCli::exportBleepsPersonalData()
{
    const QString out = m_out->filePath(u"card.wav"_s);
    const ProcessResult r = coach({ u"export-clip"_s, QString::number(m_cardCallId), u"--start"_s, u"1"_s,
                                    u"--duration"_s, u"14"_s, u"--out"_s, out, u"--loudness"_s, u"none"_s,
                                    u"--fade"_s, u"0"_s, u"--captions"_s, u"vtt"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("Bleeped 1 span of personal data"), describe(r).constData());
    const auto clip = coach::test::decode(out);
    QVERIFY(clip);
    QCOMPARE(clip->channels, 2);
    QCOMPARE(clip->sampleRate, 8000);
    // The customer's cue is 5 s to 9 s of the call: 4 s to 8 s of the clip,
    // frames 32000 to 64000; ±10 ms is 80 frames.
    QVERIFY(coach::test::powerAt(*clip, 1, 32'080, 63'920, 660) < 1e-6);
    QVERIFY(coach::test::powerAt(*clip, 1, 32'080, 63'920, 1000) > 1e-4);
    QVERIFY(coach::test::powerAt(*clip, 1, 24'000, 31'920, 660) > 1e-3);
    QVERIFY(coach::test::powerAt(*clip, 1, 64'080, 72'000, 660) > 1e-3);
    QVERIFY(coach::test::powerAt(*clip, 1, 24'000, 31'920, 1000) < 1e-6);
    // The agent's channel plays on as recorded, over the bleep too.
    QVERIFY(coach::test::powerAt(*clip, 0, 32'080, 63'920, 1000) < 1e-6);
    const double agentBefore = coach::test::rms(*clip, 0, 16'000, 31'000);
    QVERIFY(agentBefore > 0.05); // ffmpeg's sine is at 1/8 of full scale
    QVERIFY(std::abs(coach::test::rms(*clip, 0, 32'000, 64'000) - agentBefore) < 0.01 * agentBefore);

    const QByteArray captions = coach::test::readFile(m_out->filePath(u"card.vtt"_s));
    QVERIFY2(captions.contains("[card number]"), captions.constData());
    QVERIFY2(!captions.contains("4111") && !captions.contains("1111"), captions.constData());
}

void TestClipCli::exportNoRedactKeepsAudio()
{
    const QString out = m_out->filePath(u"card.wav"_s);
    const ProcessResult r = coach({ u"export-clip"_s, QString::number(m_cardCallId), u"--start"_s, u"1"_s,
                                    u"--duration"_s, u"14"_s, u"--out"_s, out, u"--loudness"_s, u"none"_s,
                                    u"--fade"_s, u"0"_s, u"--captions"_s, u"vtt"_s, u"--no-redact"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(!r.out.contains("Bleeped"));
    const auto clip = coach::test::decode(out);
    QVERIFY(clip);
    QVERIFY(coach::test::powerAt(*clip, 1, 32'080, 63'920, 660) > 1e-3);
    QVERIFY(coach::test::powerAt(*clip, 1, 32'080, 63'920, 1000) < 1e-6);
    QVERIFY(coach::test::readFile(m_out->filePath(u"card.vtt"_s)).contains("4111 1111 1111 1111"));
}

QTEST_GUILESS_MAIN(TestClipCli)
#include "TestClipCli.moc"
