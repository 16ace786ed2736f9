// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "services/AnnotationImporter.h"
#include "services/TranscriptAttacher.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TranscriptRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * The two services the CLI and the GUI share for bringing files into a call:
 * TranscriptAttacher (`coach attach`, a transcript dropped on a call) and
 * AnnotationImporter (`coach annotations --import`, the Review screen's
 * Import…). Against a real library file; no recording is needed.
 */
class TestTranscriptAttacher final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recognisesTranscriptNames_data();
    void recognisesTranscriptNames();
    void attachStoresSegmentsAndRoles();
    void attachReplacesTheTranscript();
    void badFilesAreRefusedNamingTheFile_data();
    void badFilesAreRefusedNamingTheFile();
    void transcriptOfAnotherCallIsRefused();
    void importerResolvesTagsAndSkipsDuplicates();
    void importerRefusesUnknownTagNamingTheLine();

private:
    [[nodiscard]] QString write(const QString &name, const QByteArray &bytes) const;
    [[nodiscard]] QList<Segment> stored() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Call m_call;
};

QString TestTranscriptAttacher::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir->filePath(name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QList<Segment> TestTranscriptAttacher::stored() const
{
    const auto segments = TranscriptRepository(*m_db).segments(m_call.id);
    if (!segments)
        qFatal("segments: %s", qPrintable(segments.error().message()));
    return *segments;
}

void TestTranscriptAttacher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);

    PeopleRepository people(*m_db);
    const auto team = people.ensureTeam(u"Billing"_s);
    QVERIFY(team);
    const auto rep = people.ensureRep(u"Dana Ortiz"_s, *team);
    QVERIFY(rep);
    m_call = test::sampleCall(1);
    m_call.repId = *rep;
    m_call.audio.durationMs = 60'000;
    m_call.audio.channels = 1;
    m_call.agentChannel = AgentChannel::Unknown;
    const auto id = CallRepository(*m_db).insert(m_call);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    m_call.id = *id;
    m_call.repName = u"Dana Ortiz"_s;
}

void TestTranscriptAttacher::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTranscriptAttacher::recognisesTranscriptNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("transcript");
    QTest::newRow("WebVTT") << u"call.vtt"_s << true;
    QTest::newRow("SRT, upper case") << u"CALL.SRT"_s << true;
    QTest::newRow("Whisper or Amazon JSON") << u"call.json"_s << true;
    QTest::newRow("recording") << u"call.wav"_s << false;
    QTest::newRow("manifest") << u"calls.csv"_s << false;
    QTest::newRow("no extension") << u"vtt"_s << false;
}

void TestTranscriptAttacher::recognisesTranscriptNames()
{
    QFETCH(QString, name);
    QFETCH(bool, transcript);
    QCOMPARE(TranscriptAttacher::isTranscriptName(name), transcript);
}

void TestTranscriptAttacher::attachStoresSegmentsAndRoles()
{
    const QString path = write(u"call.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:04.000\n<v Dana Ortiz>Billing, Dana speaking.\n\n"
                                              "00:05.000 --> 00:09.500\n<v Caller>My card was charged twice.\n");
    const auto transcript = TranscriptAttacher::read(path);
    QVERIFY2(transcript, transcript ? "" : qPrintable(transcript.error().message()));
    const auto roles = TranscriptAttacher(*m_db).attach(m_call, *transcript);
    QVERIFY2(roles, roles ? "" : qPrintable(roles.error().message()));
    // The library's rep by name is the agent; "Caller" is the customer.
    QCOMPARE(roles->value(u"Dana Ortiz"_s), SpeakerRole::Agent);
    QCOMPARE(roles->value(u"Caller"_s), SpeakerRole::Customer);

    const QList<Segment> segments = stored();
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments.at(1).startMs, 5000);
    QCOMPARE(segments.at(1).endMs, 9500);
    QCOMPARE(segments.at(1).text, u"My card was charged twice."_s);
    const auto storedRoles = TranscriptRepository(*m_db).speakerRoles(m_call.id);
    QVERIFY(storedRoles);
    QCOMPARE(storedRoles->value(u"Caller"_s), SpeakerRole::Customer);
    const auto call = CallRepository(*m_db).find(m_call.id);
    QVERIFY(call && *call);
    QVERIFY((*call)->hasTranscript);
}

void TestTranscriptAttacher::attachReplacesTheTranscript()
{
    const auto first = TranscriptAttacher::read(
            write(u"first.srt"_s, "1\n00:00:01,000 --> 00:00:02,000\nAgent: One.\n\n2\n00:00:03,000 --> 00:00:04,000\nCustomer: Two.\n"));
    QVERIFY(first);
    QVERIFY(TranscriptAttacher(*m_db).attach(m_call, *first));
    const auto second = TranscriptAttacher::read(
            write(u"second.json"_s, R"({"segments": [{"start": 10.0, "end": 12.5, "text": " Only line."}]})"));
    QVERIFY2(second, second ? "" : qPrintable(second.error().message()));
    QVERIFY(TranscriptAttacher(*m_db).attach(m_call, *second));
    const QList<Segment> segments = stored();
    QCOMPARE(segments.size(), 1);
    QCOMPARE(segments.first().startMs, 10'000);
    QCOMPARE(segments.first().text, u"Only line."_s);
}

void TestTranscriptAttacher::badFilesAreRefusedNamingTheFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("cause");
    QTest::newRow("broken SRT timing") << u"broken.srt"_s << QByteArray("1\n00:00:aa --> soon\nHello\n") << u"broken.srt:2"_s;
    QTest::newRow("empty file") << u"empty.vtt"_s << QByteArray() << u"empty"_s;
    QTest::newRow("WebVTT without cues") << u"header.vtt"_s << QByteArray("WEBVTT\n\nNOTE nothing yet\n")
                                         << u"no cues"_s;
    QTest::newRow("Whisper without segments") << u"silent.json"_s << QByteArray(R"({"text": "", "segments": []})")
                                              << u"silent.json"_s;
    QTest::newRow("JSON of something else") << u"other.json"_s << QByteArray(R"({"name": "not a transcript"})")
                                            << u"other.json"_s;
}

void TestTranscriptAttacher::badFilesAreRefusedNamingTheFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, cause);
    const auto good = TranscriptAttacher::read(write(u"good.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n"));
    QVERIFY(good);
    QVERIFY(TranscriptAttacher(*m_db).attach(m_call, *good));

    const auto bad = TranscriptAttacher::read(write(name, bytes));
    QVERIFY(!bad);
    QVERIFY2(bad.error().message().contains(name), qPrintable(bad.error().message()));
    QVERIFY2(bad.error().message().contains(cause), qPrintable(bad.error().message()));
    QCOMPARE(stored().size(), 1); // nothing stored is lost
}

void TestTranscriptAttacher::transcriptOfAnotherCallIsRefused()
{
    const auto good = TranscriptAttacher::read(write(u"good.vtt"_s, "WEBVTT\n\n00:01.000 --> 00:02.000\nHello.\n"));
    QVERIFY(good);
    QVERIFY(TranscriptAttacher(*m_db).attach(m_call, *good));
    // The call is a minute long; this transcript starts at two minutes.
    const auto late = TranscriptAttacher::read(write(u"late.vtt"_s, "WEBVTT\n\n02:00.000 --> 02:05.000\nHello.\n"));
    QVERIFY(late);
    const auto refused = TranscriptAttacher(*m_db).attach(m_call, *late);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(u"late.vtt"_s), qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(u"2:00"_s), qPrintable(refused.error().message()));
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().startMs, 1000);
}

void TestTranscriptAttacher::importerResolvesTagsAndSkipsDuplicates()
{
    const QString labels = write(u"labels.txt"_s, "1.5\t2.5\tGreeting\n"
                                                  "10\t10\tEmpathy bridge | good save\n"
                                                  "20\t25\tsomething a listener wrote\n");
    const AnnotationImporter importer(*m_db);
    const auto prepared = importer.prepare(m_call.id, labels, AnnotationImporter::kindForPath(labels), u"Fox"_s);
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message()));
    QCOMPARE(prepared->annotations.size(), 3);
    QCOMPARE(prepared->alreadyThere, 0);
    QCOMPARE(prepared->annotations.at(0).tagKey, u"checkpoint.greeting"_s);
    QVERIFY(prepared->annotations.at(0).tag.isValid());
    QCOMPARE(prepared->annotations.at(1).comment, u"good save"_s);
    QVERIFY(!prepared->annotations.at(2).tag.isValid());
    QCOMPARE(prepared->annotations.at(2).comment, u"something a listener wrote"_s);
    QCOMPARE(prepared->annotations.at(2).author, u"Fox"_s);
    // prepare() writes nothing.
    QVERIFY(AnnotationRepository(*m_db).forCall(m_call.id)->isEmpty());

    const auto ids = importer.store(prepared->annotations);
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message()));
    QCOMPARE(ids->size(), 3);
    QCOMPARE(AnnotationRepository(*m_db).forCall(m_call.id)->size(), 3);

    const auto again = importer.prepare(m_call.id, labels, AnnotationFormat::Kind::AudacityLabels);
    QVERIFY(again);
    QVERIFY(again->annotations.isEmpty());
    QCOMPARE(again->alreadyThere, 3);
}

void TestTranscriptAttacher::importerRefusesUnknownTagNamingTheLine()
{
    const QString csv = write(u"tags.csv"_s, "start_s,tag_key\n1,checkpoint.greeting\n2,custom.unknown\n");
    const auto refused = AnnotationImporter(*m_db).prepare(m_call.id, csv, AnnotationFormat::Kind::Csv);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(u"tags.csv: line 3"_s), qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(u"custom.unknown"_s), qPrintable(refused.error().message()));

    const QString bad = write(u"bad.txt"_s, "1\t2\tGreeting\nnot a time\t3\tx\n");
    const auto badTime = AnnotationImporter(*m_db).prepare(m_call.id, bad, AnnotationFormat::Kind::AudacityLabels);
    QVERIFY(!badTime);
    QVERIFY2(badTime.error().message().contains(u"bad.txt: line 2"_s), qPrintable(badTime.error().message()));
}

QTEST_GUILESS_MAIN(TestTranscriptAttacher)
#include "TestTranscriptAttacher.moc"
