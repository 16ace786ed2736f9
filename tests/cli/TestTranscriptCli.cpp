// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::test::ProcessResult;

/*
 * `coach transcript` and `coach attach` end to end, on the real binary with
 * a library in a temporary folder: the JSON cues in file order, the readable
 * listing, exit codes (0 ok, 1 failure, 2 usage), and an attached
 * transcript's segments and speaker roles as the library stores them.
 */
class TestTranscriptCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transcriptJson_data();
    void transcriptJson();
    void transcriptText();
    void transcriptRefuses_data();
    void transcriptRefuses();
    void attachReplacesTranscript();
    void attachRefuses_data();
    void attachRefuses();

private:
    [[nodiscard]] ProcessResult coach(const QStringList &arguments) const;
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_library;
    QString m_callId;
};

namespace {

QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") + "\nstdout: " + r.out
            + "\nstderr: " + r.err;
}

const QByteArray kSrt = "1\n00:00:01,000 --> 00:00:02,500\nAgent: Thanks for calling.\n\n"
                        "2\n00:00:02,000 --> 00:00:01,500\nCustomer: <i>Hi</i>, my refund is late.\n";

} // namespace

void TestTranscriptCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(COACH_CLI)), COACH_CLI);
    m_library = path(u"library.coachdb"_s);
    QVERIFY(coach::test::writeFile(path(u"call.srt"_s), kSrt));
    QVERIFY(coach::test::writeFile(path(u"whisper.json"_s),
            R"({"segments": [{"start": 0.5, "end": 1.25, "text": " Dana speaking.", "speaker": "SPEAKER_00"},
                             {"start": 1.5, "end": 2.0, "text": " Hello.", "speaker": "SPEAKER_01"}]})"));
    QVERIFY(coach::test::writeFile(path(u"amazon.json"_s),
            R"({"status": "COMPLETED", "results": {"items": [
                {"start_time": "0.1", "end_time": "0.4", "channel_label": "ch_0", "alternatives": [{"content": "Hello"}], "type": "pronunciation"},
                {"alternatives": [{"content": "."}], "type": "punctuation"},
                {"start_time": "0.5", "end_time": "0.9", "channel_label": "ch_1", "alternatives": [{"content": "Hi"}], "type": "pronunciation"}]}})"));
    QVERIFY(coach::test::writeFile(path(u"notes.txt"_s), "nothing timed here\n"));
    QVERIFY(coach::test::writeFile(path(u"broken.srt"_s), "1\n00:00:aa --> soon\n"));
}

ProcessResult TestTranscriptCli::coach(const QStringList &arguments) const
{
    // A private home, so the default library of whoever runs the tests is never touched.
    const QStringList environment{ u"HOME="_s + m_dir.path(), u"XDG_DATA_HOME="_s + path(u"data"_s),
                                   u"XDG_CONFIG_HOME="_s + path(u"config"_s), u"LANG=C"_s, u"LC_ALL=C"_s,
                                   u"LANGUAGE="_s };
    return coach::test::run(QStringLiteral(COACH_CLI), QStringList{ u"--library"_s, m_library } + arguments,
                            environment, 60'000);
}

void TestTranscriptCli::transcriptJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // start–end [speaker] text per cue
    QTest::newRow("srt, overlapping times kept in file order")
            << u"call.srt"_s << u"1000–2500 [Agent] Thanks for calling.|2000–1500 [Customer] Hi, my refund is late."_s;
    QTest::newRow("whisper") << u"whisper.json"_s << u"500–1250 [SPEAKER_00] Dana speaking.|1500–2000 [SPEAKER_01] Hello."_s;
    QTest::newRow("amazon") << u"amazon.json"_s << u"100–400 [ch_0] Hello.|500–900 [ch_1] Hi"_s;
}

void TestTranscriptCli::transcriptJson()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const ProcessResult r = coach({ u"transcript"_s, path(file), u"--json"_s });
    QVERIFY2(r.exitCode == 0 && !r.crashed, describe(r).constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isArray(), r.out.constData());
    QStringList cues;
    for (const QJsonValue &cue : document.array()) {
        QCOMPARE(cue.toObject().keys(), (QStringList{ u"end_ms"_s, u"speaker"_s, u"start_ms"_s, u"text"_s }));
        cues << u"%1–%2 [%3] %4"_s.arg(cue[u"start_ms"_s].toInteger()).arg(cue[u"end_ms"_s].toInteger())
                        .arg(cue[u"speaker"_s].toString(), cue[u"text"_s].toString());
    }
    QCOMPARE(cues.join(u'|'), expected);
    // No library is needed to read a file.
    QVERIFY(!QFileInfo::exists(m_library));
}

void TestTranscriptCli::transcriptText()
{
    const ProcessResult r = coach({ u"transcript"_s, path(u"call.srt"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"srt"_s), r.out.constData());
    QVERIFY2(out.contains(u"0:00:01.000 --> 0:00:02.500  Agent: Thanks for calling."_s), r.out.constData());
    QVERIFY2(out.contains(u"Customer: Hi, my refund is late."_s), r.out.constData());
}

void TestTranscriptCli::transcriptRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown kind") << QStringList{ u"transcript"_s, u"notes.txt"_s } << 1 << u"notes.txt"_s;
    QTest::newRow("broken SRT") << QStringList{ u"transcript"_s, u"broken.srt"_s } << 1 << u"broken.srt:2"_s;
    QTest::newRow("missing file") << QStringList{ u"transcript"_s, u"none.srt"_s } << 1 << u"none.srt"_s;
    QTest::newRow("no file") << QStringList{ u"transcript"_s } << 2 << u"transcript"_s;
    QTest::newRow("two files") << QStringList{ u"transcript"_s, u"call.srt"_s, u"call.srt"_s } << 2 << u"transcript"_s;
}

void TestTranscriptCli::transcriptRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    if (arguments.size() > 1)
        arguments[1] = path(arguments[1]);
    const ProcessResult r = coach(arguments);
    QVERIFY2(!r.crashed && r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), describe(r).constData());
    QVERIFY(r.out.isEmpty());
}

void TestTranscriptCli::attachReplacesTranscript()
{
    if (coach::test::findTool(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is needed to make a recording");
    const QString recording = path(u"rec/call.wav"_s);
    QVERIFY(QDir(m_dir.path()).mkpath(u"rec"_s));
    const QString error = coach::test::makeTone(recording, { u"-c:a"_s, u"pcm_s16le"_s }, 1.0, 2, 8000, 440);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(coach::test::writeFile(path(u"rec/manifest.csv"_s), "file,rep,agent_channel\ncall.wav,Dana Scully,right\n"));
    QVERIFY(coach::test::writeFile(path(u"rec/call.srt"_s), "1\n00:00:00,000 --> 00:00:00,400\nDana: Billing, Dana speaking.\n\n"
                                                            "2\n00:00:00,500 --> 00:00:00,900\nBob: Hi.\n"));
    QVERIFY(coach::test::writeFile(path(u"rec/call.json"_s), R"({"segments": [{"start": 0, "end": 1, "text": "json"}]})"));
    ProcessResult r = coach({ u"import"_s, recording, u"--manifest"_s, path(u"rec/manifest.csv"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    r = coach({ u"list"_s, u"--json"_s });
    const QJsonArray calls = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(calls.size(), 1);
    m_callId = QString::number(calls.at(0)[u"id"_s].toInteger());

    // Import took call.srt over call.json and knew Dana as the manifest's rep,
    // which makes Bob, the other party, the customer.
    r = coach({ u"show"_s, m_callId, u"--json"_s });
    const QJsonArray imported = QJsonDocument::fromJson(r.out).object()[u"transcript"_s].toArray();
    QCOMPARE(imported.size(), 2);
    QCOMPARE(imported.at(0)[u"speaker"_s].toString(), u"Dana"_s);
    {
        auto db = coach::Database::open(m_library);
        QVERIFY(db);
        const auto roles = coach::TranscriptRepository(**db).speakerRoles(coach::CallId(m_callId.toLongLong()));
        QVERIFY(roles);
        QCOMPARE(roles->value(u"Dana"_s), coach::SpeakerRole::Agent);
        QCOMPARE(roles->value(u"Bob"_s), coach::SpeakerRole::Customer);
    }

    // By id, then by recording file; each attach replaces the one before.
    r = coach({ u"attach"_s, m_callId, path(u"whisper.json"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    r = coach({ u"attach"_s, recording, path(u"amazon.json"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"ch_1: agent"_s), r.out.constData());

    r = coach({ u"show"_s, m_callId, u"--json"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonArray transcript = QJsonDocument::fromJson(r.out).object()[u"transcript"_s].toArray();
    QCOMPARE(transcript.size(), 2);
    QCOMPARE(transcript.at(0)[u"text"_s].toString(), u"Hello."_s);

    // The agent is on the right channel (ch_1), so ch_0 is the customer.
    {
        auto db = coach::Database::open(m_library);
        QVERIFY(db);
        const auto roles = coach::TranscriptRepository(**db).speakerRoles(coach::CallId(m_callId.toLongLong()));
        QVERIFY(roles);
        QCOMPARE(roles->value(u"ch_1"_s), coach::SpeakerRole::Agent);
        QCOMPARE(roles->value(u"ch_0"_s), coach::SpeakerRole::Customer);
    }

    // A transcript that cannot be read leaves the attached one alone.
    r = coach({ u"attach"_s, m_callId, path(u"broken.srt"_s) });
    QCOMPARE(r.exitCode, 1);
    r = coach({ u"show"_s, m_callId, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"transcript"_s].toArray().size(), 2);

    // SRT speakers by label: "Agent" and "Customer".
    r = coach({ u"attach"_s, m_callId, path(u"call.srt"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Agent: agent"_s), r.out.constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Customer: customer"_s), r.out.constData());
}

void TestTranscriptCli::attachRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown call") << QStringList{ u"attach"_s, u"999"_s, u"call.srt"_s } << 1 << u"999"_s;
    QTest::newRow("unreadable transcript") << QStringList{ u"attach"_s, u"1"_s, u"notes.txt"_s } << 1 << u"notes.txt"_s;
    QTest::newRow("one argument") << QStringList{ u"attach"_s, u"1"_s } << 2 << u"one call"_s;
}

void TestTranscriptCli::attachRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    if (arguments.size() > 2)
        arguments[2] = path(arguments[2]);
    const ProcessResult r = coach(arguments);
    QVERIFY2(!r.crashed && r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), describe(r).constData());
}

QTEST_GUILESS_MAIN(TestTranscriptCli)
#include "TestTranscriptCli.moc"
