// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using coach::test::ProcessResult;

/*
 * `coach annotate`, `coach annotations` and `coach search` end to end, through
 * QProcess on the real binary and a library in a temporary folder: exit codes
 * (0 ok, 1 failure, 2 usage), the documented JSON, files written and read.
 */
class TestAnnotationCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void annotateThenListJson();
    void annotateRefuses_data();
    void annotateRefuses();
    void exportOneCallAndEveryCall();
    void importAudacityLabelsTwice();
    void importCsvIntoAnotherCall();
    void search();
    void searchHostileTextSucceeds_data();
    void searchHostileTextSucceeds();

private:
    [[nodiscard]] ProcessResult coach(const QStringList &arguments) const;
    [[nodiscard]] QJsonArray annotationsJson(const QString &call);

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_library;
    QString m_first;  // call ids, as the CLI takes them
    QString m_second;
};

namespace {

QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") + "\nstdout: " + r.out
            + "\nstderr: " + r.err;
}

} // namespace

void TestAnnotationCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(COACH_CLI)), COACH_CLI);
}

void TestAnnotationCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    m_library = m_work->filePath(u"library.coachdb"_s);
    auto db = coach::Database::open(m_library);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    coach::CallRepository calls(**db);
    // 150 s and 135 s long: room for marks at 83.2–95 s.
    const auto first = calls.insert(coach::test::sampleCall(6));
    const auto second = calls.insert(coach::test::sampleCall(5));
    QVERIFY(first && second);
    m_first = QString::number(first->value());
    m_second = QString::number(second->value());
    coach::TranscriptRepository transcripts(**db);
    coach::Transcript transcript;
    transcript.format = u"webvtt"_s;
    transcript.segments = { { 1000, 3000, u"Agent"_s, u"Thanks for calling, how can I help?"_s },
                            { 4000, 8000, u"Customer"_s, u"I want a refund for the double charge."_s },
                            { 9000, 12000, u"Agent"_s, u"I can refund that today."_s } };
    QVERIFY(transcripts.store(*first, transcript));
    transcript.segments = { { 500, 2000, u"Customer"_s, u"Where is my refund?"_s } };
    QVERIFY(transcripts.store(*second, transcript));
}

void TestAnnotationCli::cleanup()
{
    m_work.reset();
}

ProcessResult TestAnnotationCli::coach(const QStringList &arguments) const
{
    // A private home, so the default library and settings of whoever runs the tests are never touched.
    const QStringList environment{ u"HOME="_s + m_home.path(), u"XDG_DATA_HOME="_s + m_home.filePath(u"data"_s),
                                   u"XDG_CONFIG_HOME="_s + m_home.filePath(u"config"_s), u"LANG=C.UTF-8"_s,
                                   u"LC_ALL=C.UTF-8"_s, u"LANGUAGE="_s };
    return coach::test::run(QStringLiteral(COACH_CLI), QStringList{ u"--library"_s, m_library } + arguments,
                            environment, 60'000);
}

QJsonArray TestAnnotationCli::annotationsJson(const QString &call)
{
    const ProcessResult r = coach({ u"annotations"_s, call, u"--json"_s });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (r.exitCode != 0 || error.error != QJsonParseError::NoError || !doc.isArray()) {
        qWarning("coach annotations --json: %s", describe(r).constData());
        return {};
    }
    return doc.array();
}

void TestAnnotationCli::annotateThenListJson()
{
    ProcessResult r = coach({ u"annotate"_s, m_first, u"--at"_s, u"83.2"_s, u"--to"_s, u"95"_s, u"--tag"_s,
                              u"empathy B"_s, u"--comment"_s, u"calmed them, “nicely”"_s, u"--author"_s, u"Dana"_s });
    QVERIFY2(r.exitCode == 0 && !r.crashed, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.out).contains(u"Empathy bridge"_s), describe(r).constData());
    r = coach({ u"annotate"_s, m_first, u"--at"_s, u"0:05"_s, u"--tag"_s, u"CHECKPOINT.GREETING"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    r = coach({ u"annotate"_s, m_first, u"--at"_s, u"1:00.5"_s, u"--comment"_s, u"no tag"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());

    const QJsonArray list = annotationsJson(m_first);
    QCOMPARE(list.size(), 3);
    QStringList documented{ u"id"_s, u"start_ms"_s, u"end_ms"_s, u"tag_key"_s, u"tag_label"_s, u"comment"_s,
                            u"author"_s, u"created_at"_s, u"updated_at"_s, u"status"_s };
    documented.sort();
    for (const QJsonValue &value : list) {
        QStringList keys = value.toObject().keys();
        keys.sort();
        QCOMPARE(keys, documented);
        QVERIFY(value[u"id"_s].toInteger() > 0);
        QVERIFY(value[u"created_at"_s].toString().endsWith(u'Z'));
        QCOMPARE(value[u"status"_s].toString(), u"confirmed"_s);
    }
    // In time order.
    QCOMPARE(list.at(0)[u"start_ms"_s].toInteger(), 5000);
    QCOMPARE(list.at(0)[u"end_ms"_s].toInteger(), 5000);
    QCOMPARE(list.at(0)[u"tag_key"_s].toString(), u"checkpoint.greeting"_s);
    QCOMPARE(list.at(1)[u"start_ms"_s].toInteger(), 60'500);
    QVERIFY(list.at(1)[u"tag_key"_s].isNull());
    QVERIFY(list.at(1)[u"tag_label"_s].isNull());
    QCOMPARE(list.at(2)[u"start_ms"_s].toInteger(), 83'200);
    QCOMPARE(list.at(2)[u"end_ms"_s].toInteger(), 95'000);
    QCOMPARE(list.at(2)[u"tag_label"_s].toString(), u"Empathy bridge"_s);
    QCOMPARE(list.at(2)[u"comment"_s].toString(), u"calmed them, “nicely”"_s);
    QCOMPARE(list.at(2)[u"author"_s].toString(), u"Dana"_s);

    QVERIFY(annotationsJson(m_second).isEmpty());
    r = coach({ u"annotations"_s, m_first });
    QVERIFY2(r.exitCode == 0 && QString::fromUtf8(r.out).contains(u"1:23–1:35"_s), describe(r).constData());
}

void TestAnnotationCli::annotateRefuses_data()
{
    QTest::addColumn<QStringList>("arguments"); // after "annotate CALL"
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    QTest::newRow("unknown tag") << QStringList{ u"--at"_s, u"1"_s, u"--tag"_s, u"nope"_s } << 1 << u"nope"_s;
    QTest::newRow("ambiguous tag") << QStringList{ u"--at"_s, u"1"_s, u"--tag"_s, u"boundary"_s } << 1
                                   << u"Boundary breach: promise"_s;
    QTest::newRow("no time") << QStringList{ u"--tag"_s, u"greeting"_s } << 2 << u"--at"_s;
    QTest::newRow("bad time") << QStringList{ u"--at"_s, u"soon"_s, u"--tag"_s, u"greeting"_s } << 2 << u"soon"_s;
    QTest::newRow("end before start") << QStringList{ u"--at"_s, u"9"_s, u"--to"_s, u"8"_s, u"--tag"_s, u"greeting"_s }
                                      << 2 << u"--to"_s;
    QTest::newRow("past the end") << QStringList{ u"--at"_s, u"9:00"_s, u"--tag"_s, u"greeting"_s } << 1 << u"2:30"_s;
    QTest::newRow("neither tag nor comment") << QStringList{ u"--at"_s, u"1"_s } << 2 << u"--tag"_s;
}

void TestAnnotationCli::annotateRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    const ProcessResult r = coach(QStringList{ u"annotate"_s, m_first } + arguments);
    QVERIFY2(!r.crashed && r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(stderrPart), describe(r).constData());
    QVERIFY(annotationsJson(m_first).isEmpty());
    const ProcessResult unknown = coach({ u"annotate"_s, u"9999"_s, u"--at"_s, u"1"_s, u"--tag"_s, u"greeting"_s });
    QVERIFY2(unknown.exitCode == 1 && unknown.err.contains("9999"), describe(unknown).constData());
}

void TestAnnotationCli::exportOneCallAndEveryCall()
{
    QVERIFY(coach({ u"annotate"_s, m_first, u"--at"_s, u"10"_s, u"--to"_s, u"20"_s, u"--tag"_s, u"greeting"_s }).exitCode == 0);
    QVERIFY(coach({ u"annotate"_s, m_first, u"--at"_s, u"30"_s, u"--tag"_s, u"yes, and"_s }).exitCode == 0);
    QVERIFY(coach({ u"annotate"_s, m_second, u"--at"_s, u"5"_s, u"--comment"_s, u"a, \"quoted\" note"_s }).exitCode == 0);

    const QString csv = m_work->filePath(u"all.csv"_s);
    ProcessResult r = coach({ u"annotations"_s, u"--export"_s, u"csv"_s, u"--out"_s, csv });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QList<QByteArray> lines = coach::test::readFile(csv).split('\n');
    QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
    QCOMPARE(lines.at(0), QByteArray("call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status\r"));
    QVERIFY2(lines.at(1).startsWith(QByteArray(m_first.toUtf8() + ",/recordings/call-0006.wav,10.000,20.000,checkpoint.greeting,")),
             lines.at(1).constData());
    QVERIFY2(lines.at(3).contains(",\"a, \"\"quoted\"\" note\","), lines.at(3).constData());

    const QString one = m_work->filePath(u"one.eaf"_s);
    r = coach({ u"annotations"_s, m_first, u"--export"_s, u"eaf"_s, u"--out"_s, one });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QXmlStreamReader xml(coach::test::readFile(one));
    int annotations = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"ALIGNABLE_ANNOTATION"_s)
            ++annotations;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(annotations, 2);

    // Every call's TextGrids: one file per call in a folder.
    const QString folder = m_work->filePath(u"grids"_s);
    r = coach({ u"annotations"_s, u"--export"_s, u"textgrid"_s, u"--out"_s, folder });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{ m_first + u"-call-0006.TextGrid"_s, m_second + u"-call-0005.TextGrid"_s }));

    r = coach({ u"annotations"_s, u"--export"_s, u"xlsx"_s, u"--out"_s, csv });
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    r = coach({ u"annotations"_s, u"--export"_s, u"csv"_s });
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    r = coach({ u"annotations"_s, m_first, u"--export"_s, u"csv"_s, u"--out"_s, m_work->filePath(u"no/dir/x.csv"_s) });
    QVERIFY2(r.exitCode == 1 && r.err.contains("x.csv"), describe(r).constData());
}

void TestAnnotationCli::importAudacityLabelsTwice()
{
    const QString labels = m_work->filePath(u"labels.txt"_s);
    QVERIFY(coach::test::writeFile(labels, "1.500000\t2.500000\tGreeting\n"
                                           "\\\t300.000000\t3400.000000\n"
                                           "10.000000\t10.000000\tEmpathy bridge | good save\n"
                                           "20.000000\t25.000000\tsomething Audacity users wrote\n"));
    ProcessResult r = coach({ u"annotations"_s, m_first, u"--import"_s, labels, u"--author"_s, u"Fox"_s });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Imported 3 annotation"), describe(r).constData());
    const QJsonArray list = annotationsJson(m_first);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[u"tag_key"_s].toString(), u"checkpoint.greeting"_s);
    QCOMPARE(list.at(0)[u"start_ms"_s].toInteger(), 1500);
    QCOMPARE(list.at(0)[u"author"_s].toString(), u"Fox"_s);
    QCOMPARE(list.at(1)[u"tag_key"_s].toString(), u"pattern.empathy_bridge"_s);
    QCOMPARE(list.at(1)[u"comment"_s].toString(), u"good save"_s);
    // Free text that names no tag becomes an untagged comment.
    QVERIFY(list.at(2)[u"tag_key"_s].isNull());
    QCOMPARE(list.at(2)[u"comment"_s].toString(), u"something Audacity users wrote"_s);

    r = coach({ u"annotations"_s, m_first, u"--import"_s, labels });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Imported 0 annotation") && r.out.contains("3 already there"),
             describe(r).constData());
    QCOMPARE(annotationsJson(m_first).size(), 3);

    QVERIFY(coach::test::writeFile(labels, "1\t2\tGreeting\nnot a time\t3\tx\n"));
    r = coach({ u"annotations"_s, m_second, u"--import"_s, labels });
    QVERIFY2(r.exitCode == 1 && r.err.contains("labels.txt: line 2"), describe(r).constData());
    QVERIFY(annotationsJson(m_second).isEmpty()); // nothing half-imported
}

void TestAnnotationCli::importCsvIntoAnotherCall()
{
    QVERIFY(coach({ u"annotate"_s, m_first, u"--at"_s, u"10"_s, u"--to"_s, u"20"_s, u"--tag"_s, u"greeting"_s,
                    u"--comment"_s, u"multi\nline, \"quoted\""_s, u"--author"_s, u"Dana"_s })
                    .exitCode == 0);
    const QString csv = m_work->filePath(u"first.csv"_s);
    QVERIFY(coach({ u"annotations"_s, m_first, u"--export"_s, u"csv"_s, u"--out"_s, csv }).exitCode == 0);
    const ProcessResult r = coach({ u"annotations"_s, m_second, u"--import"_s, csv });
    QVERIFY2(r.exitCode == 0 && r.out.contains("Imported 1 annotation"), describe(r).constData());
    const QJsonObject copy = annotationsJson(m_second).at(0).toObject();
    const QJsonObject original = annotationsJson(m_first).at(0).toObject();
    for (const auto *key : { "start_ms", "end_ms", "tag_key", "comment", "author", "created_at", "status" })
        QCOMPARE(copy[QLatin1StringView(key)], original[QLatin1StringView(key)]);

    // A CSV naming a tag the library lacks is refused whole.
    QVERIFY(coach::test::writeFile(csv, "start_s,tag_key\n1,checkpoint.greeting\n2,custom.unknown\n"));
    const ProcessResult refused = coach({ u"annotations"_s, m_second, u"--import"_s, csv });
    QVERIFY2(refused.exitCode == 1 && refused.err.contains("custom.unknown"), describe(refused).constData());
    QCOMPARE(annotationsJson(m_second).size(), 1);
}

void TestAnnotationCli::search()
{
    ProcessResult r = coach({ u"search"_s, u"refund"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(hits.size(), 3);
    QStringList documented{ u"call_id"_s, u"start_ms"_s, u"end_ms"_s, u"speaker"_s, u"snippet"_s, u"rank"_s };
    documented.sort();
    for (const QJsonValue &hit : hits) {
        QStringList keys = hit.toObject().keys();
        keys.sort();
        QCOMPARE(keys, documented);
        QVERIFY2(hit[u"snippet"_s].toString().contains(u"\x02refund\x03"_s, Qt::CaseInsensitive),
                 qPrintable(hit[u"snippet"_s].toString()));
    }
    // Paging: two pages make the whole, without overlap.
    const QJsonArray page1 = QJsonDocument::fromJson(coach({ u"search"_s, u"refund"_s, u"--json"_s, u"--limit"_s, u"2"_s }).out).array();
    const QJsonArray page2 = QJsonDocument::fromJson(
            coach({ u"search"_s, u"refund"_s, u"--json"_s, u"--limit"_s, u"2"_s, u"--offset"_s, u"2"_s }).out).array();
    QCOMPARE(page1.size(), 2);
    QCOMPARE(page2.size(), 1);
    QCOMPARE(page1.at(0), hits.at(0));
    QCOMPARE(page1.at(1), hits.at(1));
    QCOMPARE(page2.at(0), hits.at(2));

    r = coach({ u"search"_s, u"refund"_s, u"--call"_s, m_first, u"--json"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonArray inCall = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(inCall.size(), 2);
    QCOMPARE(inCall.at(0)[u"start_ms"_s].toInteger(), 4000); // time order
    QCOMPARE(inCall.at(1)[u"start_ms"_s].toInteger(), 9000);

    r = coach({ u"search"_s, u"double"_s, u"charge"_s });
    QVERIFY2(r.exitCode == 0 && r.out.contains("[double] [charge]"), describe(r).constData());
    r = coach({ u"search"_s, u"nothinglikethis"_s });
    QVERIFY2(r.exitCode == 0 && r.out.contains("No matches"), describe(r).constData());
    r = coach({ u"search"_s });
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    r = coach({ u"search"_s, u"refund"_s, u"--limit"_s, u"-1"_s });
    QVERIFY2(r.exitCode == 2, describe(r).constData());
}

void TestAnnotationCli::searchHostileTextSucceeds_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << u"\""_s;
    QTest::newRow("operators") << u"AND OR NOT"_s;
    QTest::newRow("near") << u"NEAR(refund"_s;
    QTest::newRow("star") << u"*"_s;
    QTest::newRow("minus") << u"-refund"_s;
    QTest::newRow("emoji") << u"😀"_s;
}

void TestAnnotationCli::searchHostileTextSucceeds()
{
    QFETCH(QString, text);
    // "--" ends the options, so a text starting with "-" is searched, not parsed.
    const ProcessResult r = coach({ u"search"_s, u"--json"_s, u"--"_s, text });
    QVERIFY2(r.exitCode == 0 && !r.crashed, describe(r).constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isArray());
}

QTEST_GUILESS_MAIN(TestAnnotationCli)
#include "TestAnnotationCli.moc"
