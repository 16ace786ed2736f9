// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using coach::test::ProcessResult;

/*
 * The `coach` tool end to end, through QProcess on the real binary and a
 * library in a temporary folder: what it prints, the JSON it documents, and
 * its exit codes (0 ok, 1 failure, 2 usage).
 */
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void importExitCodes_data();
    void importExitCodes();
    void listJsonShape();
    void listText();
    void listOptions_data();
    void listOptions();
    void showJsonHasTranscript();
    void showUnknownCallFails();
    void checkReportsMissingRecordings();
    void backupThenListCopy();
    void probeJson();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void newerLibraryIsRefusedUnchanged_data();
    void newerLibraryIsRefusedUnchanged();

private:
    [[nodiscard]] ProcessResult coach(const QStringList &arguments, const QString &library = {}) const;
    // Recordings live in good/, the unreadable one in broken/, so folders can be imported whole.
    [[nodiscard]] QString file(const QString &name) const
    {
        return m_files.filePath((name == u"bad.wav"_s ? u"broken/"_s : u"good/"_s) + name);
    }
    // Imports a.wav (with transcript), b.ogg and c.mp3 with the manifest.
    void importAll();
    [[nodiscard]] QJsonArray listJson(const QStringList &extra = {});

    QTemporaryDir m_files;
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_library;
};

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// Describes a run for failure messages.
QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") + "\nstdout: " + r.out
            + "\nstderr: " + r.err;
}

} // namespace

void TestCli::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(COACH_CLI)), COACH_CLI);
    QVERIFY(QDir(m_files.path()).mkpath(u"good"_s));
    QVERIFY(QDir(m_files.path()).mkpath(u"broken"_s));
    if (coach::test::findTool(u"ffmpeg"_s).isEmpty())
        QSKIP("ffmpeg is needed to make recordings");
    QString error = coach::test::makeTone(file(u"a.wav"_s), { u"-c:a"_s, u"pcm_s16le"_s }, 1.0, 1, 8000, 440);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = coach::test::makeTone(file(u"b.ogg"_s), { u"-c:a"_s, u"libvorbis"_s }, 3.0, 2, 22050, 550);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = coach::test::makeTone(file(u"c.mp3"_s), { u"-c:a"_s, u"libmp3lame"_s }, 2.0, 1, 16000, 660);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(coach::test::writeFile(file(u"a.vtt"_s), "WEBVTT\n\n00:00.000 --> 00:00.500\n<v Dana>Hello, Dana speaking.\n\n"
                                                     "00:00.500 --> 00:01.000\n<v Customer>Hi.\n"));
    QVERIFY(coach::test::writeFile(file(u"bad.wav"_s), "not audio\n"));
    QVERIFY(coach::test::writeFile(m_files.filePath(u"manifest.csv"_s),
            "file,rep,team,started_at,queue,customer_ref,csat,felt_heard,fcr,repeat_contact,handle_time,agent_channel\n"
            "a.wav,Dana Scully,Billing,2026-11-24T09:30:00Z,Refunds,C-100,4.5,4,yes,no,330,left\n"
            "b.ogg,Fox Mulder,Tech,2026-11-25T10:00:00Z,Outage,,2,,,,,\n"));
}

void TestCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_library = m_work->filePath(u"library.coachdb"_s);
}

void TestCli::cleanup()
{
    m_work.reset();
}

ProcessResult TestCli::coach(const QStringList &arguments, const QString &library) const
{
    // A private home, so the default library and settings of whoever runs the tests are never touched.
    const QStringList environment{ u"HOME="_s + m_home.path(), u"XDG_DATA_HOME="_s + m_home.filePath(u"data"_s),
                                   u"XDG_CONFIG_HOME="_s + m_home.filePath(u"config"_s), u"LANG=C"_s,
                                   u"LC_ALL=C"_s, u"LANGUAGE="_s };
    QStringList args;
    if (!library.isNull() || !m_library.isEmpty())
        args << u"--library"_s << (library.isNull() ? m_library : library);
    return coach::test::run(QStringLiteral(COACH_CLI), args + arguments, environment, 60'000);
}

void TestCli::importAll()
{
    const ProcessResult r = coach({ u"import"_s, file(u"a.wav"_s), file(u"b.ogg"_s), file(u"c.mp3"_s),
                                    u"--manifest"_s, m_files.filePath(u"manifest.csv"_s) });
    QVERIFY2(r.exitCode == 0 && !r.crashed, describe(r).constData());
}

QJsonArray TestCli::listJson(const QStringList &extra)
{
    const ProcessResult r = coach(QStringList{ u"list"_s, u"--json"_s } + extra);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("coach list --json: %s", describe(r).constData());
        return {};
    }
    return doc.array();
}

void TestCli::importExitCodes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPart");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("good files") << QStringList{ u"a.wav"_s, u"b.ogg"_s } << 0 << u"Imported 2 call"_s << QString();
    QTest::newRow("a folder") << QStringList{ u"."_s } << 0 << u"Imported 3 call"_s << QString();
    QTest::newRow("one file fails") << QStringList{ u"a.wav"_s, u"bad.wav"_s } << 1 << u"Imported 1 call"_s
                                    << u"bad.wav"_s;
    QTest::newRow("a missing file") << QStringList{ u"a.wav"_s, u"gone.wav"_s } << 1 << u"1 failed"_s << u"gone.wav"_s;
}

void TestCli::importExitCodes()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutPart);
    QFETCH(QString, stderrPart);
    QStringList args{ u"import"_s };
    for (const QString &name : files)
        args << (name == u"."_s ? m_files.filePath(u"good"_s) : file(name));
    const ProcessResult r = coach(args);
    QVERIFY2(!r.crashed && r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(text(r.out).contains(stdoutPart), describe(r).constData());
    if (!stderrPart.isEmpty())
        QVERIFY2(text(r.err).contains(u"error: "_s) && text(r.err).contains(stderrPart), describe(r).constData());
    else
        QVERIFY2(!text(r.err).contains(u"error"_s), describe(r).constData());

    // Importing the same again: nothing new, all duplicates, same exit code.
    const ProcessResult again = coach(args);
    QCOMPARE(again.exitCode, exitCode);
    QVERIFY2(text(again.out).contains(u"Imported 0 call"_s), describe(again).constData());
}

void TestCli::listJsonShape()
{
    importAll();
    const QJsonArray calls = listJson();
    QCOMPARE(calls.size(), 3);
    const QStringList documented{ u"id"_s, u"file"_s, u"started_at"_s, u"duration_ms"_s, u"channels"_s,
                                  u"agent_channel"_s, u"sample_rate"_s, u"codec"_s, u"rep"_s, u"team"_s,
                                  u"queue"_s, u"customer_ref"_s, u"csat"_s, u"felt_heard"_s,
                                  u"first_contact_resolution"_s, u"repeat_contact"_s, u"handle_time_s"_s,
                                  u"has_transcript"_s };
    QHash<QString, QJsonObject> byFile;
    for (const QJsonValue &value : calls) {
        QVERIFY(value.isObject());
        const QJsonObject call = value.toObject();
        QStringList keys = call.keys();
        QStringList sortedDocumented = documented;
        keys.sort();
        sortedDocumented.sort();
        QCOMPARE(keys, sortedDocumented);
        QVERIFY(call[u"id"_s].isDouble() && call[u"id"_s].toInteger() > 0);
        QVERIFY(QFileInfo(call[u"file"_s].toString()).isAbsolute());
        QVERIFY(call[u"duration_ms"_s].isDouble());
        QVERIFY(call[u"channels"_s].isDouble());
        QVERIFY(call[u"sample_rate"_s].isDouble());
        QVERIFY(call[u"codec"_s].isString());
        QVERIFY(call[u"has_transcript"_s].isBool());
        // Optional fields are a value or null, never absent or an empty string.
        for (const auto *key : { "started_at", "agent_channel", "rep", "team", "queue", "customer_ref" })
            QVERIFY2(call[QLatin1StringView(key)].isNull() || !call[QLatin1StringView(key)].toString().isEmpty(), key);
        for (const auto *key : { "csat", "felt_heard", "handle_time_s" })
            QVERIFY2(call[QLatin1StringView(key)].isNull() || call[QLatin1StringView(key)].isDouble(), key);
        for (const auto *key : { "first_contact_resolution", "repeat_contact" })
            QVERIFY2(call[QLatin1StringView(key)].isNull() || call[QLatin1StringView(key)].isBool(), key);
        byFile.insert(QFileInfo(call[u"file"_s].toString()).fileName(), call);
    }
    const QJsonObject a = byFile.value(u"a.wav"_s);
    QCOMPARE(a[u"file"_s].toString(), file(u"a.wav"_s));
    QCOMPARE(a[u"started_at"_s].toString(), u"2026-11-24T09:30:00Z"_s);
    QVERIFY2(qAbs(a[u"duration_ms"_s].toInteger() - 1000) <= 50, qPrintable(QString::number(a[u"duration_ms"_s].toInteger())));
    QCOMPARE(a[u"channels"_s].toInt(), 1);
    QCOMPARE(a[u"sample_rate"_s].toInt(), 8000);
    QCOMPARE(a[u"codec"_s].toString(), u"pcm_s16le"_s);
    QCOMPARE(a[u"agent_channel"_s].toString(), u"left"_s);
    QCOMPARE(a[u"rep"_s].toString(), u"Dana Scully"_s);
    QCOMPARE(a[u"team"_s].toString(), u"Billing"_s);
    QCOMPARE(a[u"queue"_s].toString(), u"Refunds"_s);
    QCOMPARE(a[u"customer_ref"_s].toString(), u"C-100"_s);
    QCOMPARE(a[u"csat"_s].toDouble(), 4.5);
    QCOMPARE(a[u"felt_heard"_s].toDouble(), 4.0);
    QCOMPARE(a[u"first_contact_resolution"_s].toBool(), true);
    QCOMPARE(a[u"repeat_contact"_s].toBool(), false);
    QVERIFY(a[u"repeat_contact"_s].isBool());
    QCOMPARE(a[u"handle_time_s"_s].toInteger(), 330);
    QCOMPARE(a[u"has_transcript"_s].toBool(), true);

    const QJsonObject b = byFile.value(u"b.ogg"_s);
    QCOMPARE(b[u"channels"_s].toInt(), 2);
    QVERIFY(b[u"customer_ref"_s].isNull());
    QVERIFY(b[u"felt_heard"_s].isNull());
    QVERIFY(b[u"agent_channel"_s].isNull());
    QCOMPARE(b[u"has_transcript"_s].toBool(), false);
    const QJsonObject c = byFile.value(u"c.mp3"_s);
    QVERIFY(c[u"rep"_s].isNull());
    QVERIFY(c[u"team"_s].isNull());
    QVERIFY(c[u"csat"_s].isNull());
    QVERIFY(c[u"started_at"_s].toString().endsWith(u'Z')); // from the file's time, still UTC

    // Newest first by default.
    QCOMPARE(QFileInfo(calls.at(1).toObject()[u"file"_s].toString()).fileName(), u"b.ogg"_s);
}

void TestCli::listText()
{
    importAll();
    const ProcessResult r = coach({ u"list"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QStringList lines = text(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains(u"ID"_s) && lines.at(0).contains(u"REP"_s));
    QVERIFY2(text(r.out).contains(u"Dana Scully"_s) && text(r.out).contains(u"Refunds"_s), r.out.constData());
    QVERIFY2(text(r.out).contains(u"0:01"_s), r.out.constData()); // a.wav's length
}

void TestCli::listOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expectedFiles"); // in order
    QTest::newRow("--limit 2") << QStringList{ u"--limit"_s, u"2"_s } << QStringList{ u"c.mp3"_s, u"b.ogg"_s };
    QTest::newRow("--limit 0") << QStringList{ u"--limit"_s, u"0"_s } << QStringList{};
    QTest::newRow("--offset 1 --limit 1") << QStringList{ u"--offset"_s, u"1"_s, u"--limit"_s, u"1"_s }
                                          << QStringList{ u"b.ogg"_s };
    QTest::newRow("--sort duration --ascending") << QStringList{ u"--sort"_s, u"duration"_s, u"--ascending"_s }
                                                 << QStringList{ u"a.wav"_s, u"c.mp3"_s, u"b.ogg"_s };
    QTest::newRow("--sort duration") << QStringList{ u"--sort"_s, u"duration"_s }
                                     << QStringList{ u"b.ogg"_s, u"c.mp3"_s, u"a.wav"_s };
    QTest::newRow("--sort DURATION (case)") << QStringList{ u"--sort"_s, u"DURATION"_s }
                                            << QStringList{ u"b.ogg"_s, u"c.mp3"_s, u"a.wav"_s };
    QTest::newRow("--sort rep --ascending") << QStringList{ u"--sort"_s, u"rep"_s, u"--ascending"_s }
                                            << QStringList{ u"c.mp3"_s, u"a.wav"_s, u"b.ogg"_s };
    QTest::newRow("--filter two words") << QStringList{ u"--filter"_s, u"dana refunds"_s } << QStringList{ u"a.wav"_s };
    QTest::newRow("--filter nothing") << QStringList{ u"--filter"_s, u"zzz"_s } << QStringList{};
    QTest::newRow("--team, other case") << QStringList{ u"--team"_s, u"tech"_s } << QStringList{ u"b.ogg"_s };
    QTest::newRow("--from --to one day") << QStringList{ u"--from"_s, u"2026-11-25"_s, u"--to"_s, u"2026-11-25"_s }
                                         << QStringList{ u"b.ogg"_s };
}

void TestCli::listOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expectedFiles);
    importAll();
    // c.mp3 has no manifest row: give it a start after the others so the order is known.
    {
        const QString name = u"touch"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_library);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE calls SET started_at = strftime('%s', '2026-12-01T00:00:00') "
                       "WHERE recording_path LIKE '%c.mp3'"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"touch"_s);
    const QJsonArray calls = listJson(options);
    QStringList files;
    for (const QJsonValue &call : calls)
        files << QFileInfo(call[u"file"_s].toString()).fileName();
    QCOMPARE(files, expectedFiles);
}

void TestCli::showJsonHasTranscript()
{
    importAll();
    const QJsonArray calls = listJson({ u"--filter"_s, u"a.wav"_s });
    QCOMPARE(calls.size(), 1);
    const QString id = QString::number(calls.at(0)[u"id"_s].toInteger());

    for (const QString &ref : { id, file(u"a.wav"_s) }) {
        const ProcessResult r = coach({ u"show"_s, ref, u"--json"_s });
        QVERIFY2(r.exitCode == 0, describe(r).constData());
        const QJsonObject call = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(QString::number(call[u"id"_s].toInteger()), id);
        QCOMPARE(call[u"file_exists"_s].toBool(), true);
        QVERIFY(!call[u"fingerprint"_s].toString().isEmpty());
        QVERIFY(call[u"tags"_s].isArray());
        const QJsonArray transcript = call[u"transcript"_s].toArray();
        QCOMPARE(transcript.size(), 2);
        QCOMPARE(transcript.at(0)[u"start_ms"_s].toInteger(), 0);
        QCOMPARE(transcript.at(0)[u"end_ms"_s].toInteger(), 500);
        QCOMPARE(transcript.at(0)[u"speaker"_s].toString(), u"Dana"_s);
        QCOMPARE(transcript.at(0)[u"text"_s].toString(), u"Hello, Dana speaking."_s);
        QCOMPARE(transcript.at(1)[u"speaker"_s].toString(), u"Customer"_s);
    }
    const ProcessResult plain = coach({ u"show"_s, id });
    QVERIFY2(plain.exitCode == 0, describe(plain).constData());
    QVERIFY2(text(plain.out).contains(u"Hello, Dana speaking."_s), plain.out.constData());
    QVERIFY2(text(plain.out).contains(u"Dana Scully"_s), plain.out.constData());
}

void TestCli::showUnknownCallFails()
{
    importAll();
    ProcessResult r = coach({ u"show"_s, u"9999"_s });
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(text(r.err).contains(u"9999"_s), describe(r).constData());
    r = coach({ u"show"_s, u"9999"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 1 && r.out.isEmpty(), describe(r).constData());
    r = coach({ u"show"_s, file(u"bad.wav"_s) }); // a file, but not in the library
    QVERIFY2(r.exitCode == 1, describe(r).constData());
}

void TestCli::checkReportsMissingRecordings()
{
    QVERIFY(QFile::copy(file(u"b.ogg"_s), m_work->filePath(u"moving.ogg"_s)));
    ProcessResult r = coach({ u"import"_s, file(u"a.wav"_s), m_work->filePath(u"moving.ogg"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    r = coach({ u"check"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(text(r.out).contains(u"ok, 2 call"_s), describe(r).constData());
    QVERIFY2(r.err.isEmpty(), describe(r).constData());

    QVERIFY(QFile::remove(m_work->filePath(u"moving.ogg"_s)));
    r = coach({ u"check"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData()); // a missing recording is not damage
    QVERIFY2(text(r.err).contains(u"moving.ogg"_s) && text(r.out).contains(u"1 recording"_s), describe(r).constData());
}

void TestCli::backupThenListCopy()
{
    importAll();
    const QString dest = m_work->filePath(u"copy.coachdb"_s);
    ProcessResult r = coach({ u"backup"_s, dest });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(QFileInfo::exists(dest));
    const ProcessResult original = coach({ u"list"_s, u"--json"_s });
    const ProcessResult copy = coach({ u"list"_s, u"--json"_s }, dest);
    QVERIFY2(copy.exitCode == 0, describe(copy).constData());
    QCOMPARE(QJsonDocument::fromJson(copy.out), QJsonDocument::fromJson(original.out));
    QCOMPARE(QJsonDocument::fromJson(copy.out).array().size(), 3);

    r = coach({ u"backup"_s, m_library });
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    r = coach({ u"backup"_s, m_work->filePath(u"no/such/dir/x.coachdb"_s) });
    QVERIFY2(r.exitCode == 1 && text(r.err).contains(u"no/such/dir"_s), describe(r).constData());
}

void TestCli::probeJson()
{
    // No library is needed, nor created.
    ProcessResult r = coach({ u"probe"_s, file(u"b.ogg"_s), u"--json"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info[u"file"_s].toString(), file(u"b.ogg"_s));
    QCOMPARE(info[u"channels"_s].toInt(), 2);
    QCOMPARE(info[u"sample_rate"_s].toInt(), 22050);
    QCOMPARE(info[u"codec"_s].toString(), u"vorbis"_s);
    QCOMPARE(info[u"container"_s].toString(), u"ogg"_s);
    QVERIFY(qAbs(info[u"duration_ms"_s].toInteger() - 3000) <= 50);
    QCOMPARE(info[u"file_size"_s].toInteger(), QFileInfo(file(u"b.ogg"_s)).size());
    QVERIFY(!info[u"fingerprint"_s].toString().isEmpty());
    QVERIFY(!QFileInfo::exists(m_library));

    r = coach({ u"probe"_s, file(u"a.wav"_s) });
    QVERIFY2(r.exitCode == 0 && text(r.out).contains(u"8000 Hz"_s), describe(r).constData());
    r = coach({ u"probe"_s, file(u"bad.wav"_s), u"--json"_s });
    QVERIFY2(r.exitCode == 1 && text(r.err).contains(u"bad.wav"_s) && r.out.isEmpty(), describe(r).constData());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{ u"frobnicate"_s };
    QTest::newRow("unknown global option") << QStringList{ u"--frob"_s, u"list"_s };
    QTest::newRow("--library without a file") << QStringList{ u"--library"_s };
    QTest::newRow("unknown list option") << QStringList{ u"list"_s, u"--frob"_s };
    QTest::newRow("list --sort bogus") << QStringList{ u"list"_s, u"--sort"_s, u"bogus"_s };
    QTest::newRow("list --limit words") << QStringList{ u"list"_s, u"--limit"_s, u"ten"_s };
    QTest::newRow("list --offset negative") << QStringList{ u"list"_s, u"--offset"_s, u"-1"_s };
    QTest::newRow("list --from not a date") << QStringList{ u"list"_s, u"--from"_s, u"2026-13-01"_s };
    QTest::newRow("show without a call") << QStringList{ u"show"_s };
    QTest::newRow("show two calls") << QStringList{ u"show"_s, u"1"_s, u"2"_s };
    QTest::newRow("backup without a destination") << QStringList{ u"backup"_s };
    QTest::newRow("import without paths") << QStringList{ u"import"_s };
    QTest::newRow("import --manifest without a file") << QStringList{ u"import"_s, u"x.wav"_s, u"--manifest"_s };
    QTest::newRow("probe without a file") << QStringList{ u"probe"_s };
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    // `--library` is placed by coach() before the command; the no-file row needs it last.
    const bool bareLibrary = arguments == QStringList{ u"--library"_s };
    const ProcessResult r = bareLibrary
            ? coach::test::run(QStringLiteral(COACH_CLI), arguments, { u"HOME="_s + m_home.path(), u"LANG=C"_s })
            : coach(arguments);
    QVERIFY2(!r.crashed && r.exitCode == 2, describe(r).constData());
    QVERIFY2(!r.err.isEmpty(), describe(r).constData());
    QVERIFY2(r.out.isEmpty(), describe(r).constData());
    // A usage error opens nothing.
    QVERIFY(!QFileInfo::exists(m_library));
}

void TestCli::helpAndVersion()
{
    ProcessResult r = coach({ u"--help"_s });
    QVERIFY2(r.exitCode == 0 && text(r.out).contains(u"Usage: coach"_s), describe(r).constData());
    for (const auto *command : { "import", "list", "show", "check", "backup", "probe" })
        QVERIFY2(text(r.out).contains(QLatin1StringView(command)), command);
    r = coach({ u"list"_s, u"--help"_s });
    QVERIFY2(r.exitCode == 0 && text(r.out).contains(u"--ascending"_s), describe(r).constData());
    r = coach({ u"--version"_s });
    QVERIFY2(r.exitCode == 0 && text(r.out).startsWith(u"coach "_s), describe(r).constData());
}

void TestCli::newerLibraryIsRefusedUnchanged_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import") << QStringList{ u"import"_s, u"FILES/c.mp3"_s };
    QTest::newRow("list") << QStringList{ u"list"_s };
    QTest::newRow("list --json") << QStringList{ u"list"_s, u"--json"_s };
    QTest::newRow("show") << QStringList{ u"show"_s, u"1"_s };
    QTest::newRow("check") << QStringList{ u"check"_s };
    QTest::newRow("backup") << QStringList{ u"backup"_s, u"WORK/copy.coachdb"_s };
}

void TestCli::newerLibraryIsRefusedUnchanged()
{
    QFETCH(QStringList, arguments);
    ProcessResult r = coach({ u"import"_s, file(u"a.wav"_s) });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QString sqlite3 = coach::test::findTool(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 tool is needed");
    r = coach::test::run(sqlite3, { m_library, u"PRAGMA user_version = 999;"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QByteArray before = coach::test::sha256(m_library);

    for (QString &argument : arguments)
        argument.replace(u"FILES"_s, m_files.filePath(u"good"_s)).replace(u"WORK"_s, m_work->path());
    r = coach(arguments);
    QVERIFY2(!r.crashed && r.exitCode == 1, describe(r).constData());
    QVERIFY2(text(r.err).contains(u"newer version"_s), describe(r).constData());
    QVERIFY2(text(r.err).contains(m_library), describe(r).constData());
    QVERIFY2(r.out.isEmpty(), describe(r).constData());
    QCOMPARE(coach::test::sha256(m_library), before);
    QVERIFY(!QFileInfo::exists(m_work->filePath(u"copy.coachdb"_s)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
