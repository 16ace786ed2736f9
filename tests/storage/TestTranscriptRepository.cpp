// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

Q_DECLARE_METATYPE(QList<coach::Segment>)

/*
 * A call's transcript: stored segments come back in order, storing again
 * replaces them, and the FTS5 index follows both.
 */
class TestTranscriptRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void storeAgainReplaces();
    void searchIndexFollowsReplacement();
    void transcriptsAreKeptApartPerCall();
    void endBeforeStartIsClamped();

private:
    [[nodiscard]] QList<qint64> match(const QString &expression) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    CallId m_call;
    CallId m_other;
};

namespace {

Transcript transcriptOf(const QList<Segment> &segments)
{
    return { u"/calls/a.vtt"_s, u"webvtt"_s, segments };
}

} // namespace

void TestTranscriptRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    CallRepository calls(*m_db);
    m_call = *calls.insert(test::sampleCall(1));
    m_other = *calls.insert(test::sampleCall(2));
    QVERIFY(m_call.isValid() && m_other.isValid());
}

void TestTranscriptRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestTranscriptRepository::match(const QString &expression) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT rowid FROM segments_fts WHERE segments_fts MATCH ? ORDER BY rowid"_s);
    q.addBindValue(expression);
    if (!q.exec())
        qWarning() << q.lastError().text();
    QList<qint64> rows;
    while (q.next())
        rows.append(q.value(0).toLongLong());
    return rows;
}

void TestTranscriptRepository::roundTrip_data()
{
    QTest::addColumn<QList<Segment>>("segments");
    QTest::newRow("one segment") << QList<Segment>{ { 0, 1500, u"Agent"_s, u"Thank you for calling."_s } };
    QTest::newRow("order kept, not sorted by time")
            << QList<Segment>{ { 5000, 6000, u"Customer"_s, u"second by time"_s },
                               { 1000, 2000, u"Agent"_s, u"first by time"_s },
                               { 1000, 2000, u"Agent"_s, u"same time again"_s } };
    QTest::newRow("no speaker, empty text, unicode")
            << QList<Segment>{ { 0, 0, QString(), QString() },
                               { 10, 20, u"Zoë"_s, u"¿Qué tal? — “quoted” 日本語"_s } };
    QTest::newRow("long call") << [] {
        QList<Segment> many;
        for (int i = 0; i < 500; ++i)
            many.append({ i * 1000LL, i * 1000LL + 900, i % 2 ? u"Customer"_s : u"Agent"_s,
                          u"line %1"_s.arg(i) });
        return many;
    }();
    QTest::newRow("no segments") << QList<Segment>{};
}

void TestTranscriptRepository::roundTrip()
{
    QFETCH(QList<Segment>, segments);
    TranscriptRepository transcripts(*m_db);
    const auto id = transcripts.store(m_call, transcriptOf(segments));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message()));
    QVERIFY(id->isValid());
    const auto back = transcripts.segments(m_call);
    QVERIFY(back);
    QCOMPARE(back->size(), segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        QCOMPARE(back->at(i).startMs, segments.at(i).startMs);
        QCOMPARE(back->at(i).endMs, segments.at(i).endMs);
        QCOMPARE(back->at(i).speaker, segments.at(i).speaker);
        QCOMPARE(back->at(i).text, segments.at(i).text);
    }
    // The call now says it has a transcript, even an empty one.
    QVERIFY((*CallRepository(*m_db).find(m_call))->hasTranscript);
    QVERIFY(!(*CallRepository(*m_db).find(m_other))->hasTranscript);
}

void TestTranscriptRepository::storeAgainReplaces()
{
    TranscriptRepository transcripts(*m_db);
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 0, 1, u"A"_s, u"one"_s }, { 1, 2, u"B"_s, u"two"_s } })));
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 7, 8, u"C"_s, u"three"_s } })));
    const auto back = transcripts.segments(m_call);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->constFirst().text, u"three"_s);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM transcripts"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM segments"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM transcript_speakers"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestTranscriptRepository::searchIndexFollowsReplacement()
{
    TranscriptRepository transcripts(*m_db);
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 0, 1000, u"Agent"_s, u"Your refund is on its way"_s },
                                                     { 1000, 2000, u"Customer"_s, u"Great, thanks"_s } })));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id FROM segments WHERE text LIKE 'Your refund%'"_s) && q.next());
    const qint64 refundRow = q.value(0).toLongLong();
    QCOMPARE(match(u"refund"_s), QList<qint64>{ refundRow });
    QCOMPARE(match(u"REFUND"_s), QList<qint64>{ refundRow });
    QCOMPARE(match(u"overdraft"_s), QList<qint64>{});

    QVERIFY(transcripts.store(m_call, transcriptOf({ { 0, 1000, u"Agent"_s, u"The overdraft fee is waived"_s } })));
    QCOMPARE(match(u"refund"_s), QList<qint64>{});
    QCOMPARE(match(u"thanks"_s), QList<qint64>{});
    QCOMPARE(match(u"overdraft"_s).size(), 1);
    // Diacritics are folded, as the tokenizer is configured.
    QVERIFY(transcripts.store(m_other, transcriptOf({ { 0, 1000, u"Agent"_s, u"Le café est prêt"_s } })));
    QCOMPARE(match(u"cafe"_s).size(), 1);

    const auto problems = m_db->checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"; "_s)));
}

void TestTranscriptRepository::transcriptsAreKeptApartPerCall()
{
    TranscriptRepository transcripts(*m_db);
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 0, 1, u"A"_s, u"mine"_s } })));
    QVERIFY(transcripts.store(m_other, transcriptOf({ { 0, 1, u"B"_s, u"theirs"_s } })));
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 0, 1, u"A"_s, u"mine again"_s } })));
    QCOMPARE(transcripts.segments(m_other)->constFirst().text, u"theirs"_s);
    QCOMPARE(transcripts.segments(m_call)->constFirst().text, u"mine again"_s);
    QCOMPARE(match(u"theirs"_s).size(), 1);
    QVERIFY(transcripts.segments(CallId(9999))->isEmpty());
}

void TestTranscriptRepository::endBeforeStartIsClamped()
{
    // Transcripts from the wild have cues that end before they start; the
    // schema refuses end < start, so the repository stores a zero-length segment.
    TranscriptRepository transcripts(*m_db);
    QVERIFY(transcripts.store(m_call, transcriptOf({ { 5000, 4000, u"A"_s, u"backwards"_s } })));
    const auto back = transcripts.segments(m_call);
    QVERIFY(back);
    QCOMPARE(back->size(), 1);
    QCOMPARE(back->constFirst().startMs, 5000);
    QCOMPARE(back->constFirst().endMs, 5000);
}

QTEST_GUILESS_MAIN(TestTranscriptRepository)
#include "TestTranscriptRepository.moc"
