// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/TranscriptRepository.h"
#include "storage/TranscriptSearch.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * Library-wide and per-call transcript search: whatever the user types never
 * becomes FTS5 syntax (so never an error), results are ranked and page
 * without overlap, matches are marked, case and accents are ignored.
 */
class TestTranscriptSearch final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostileInputNeverErrors_data();
    void hostileInputNeverErrors();
    void finds_data();
    void finds();
    void matchExpressionQuotesEverything_data();
    void matchExpressionQuotesEverything();
    void ranksTheBetterMatchFirst();
    void pagesDoNotOverlap();
    void snippetMarksTheMatches();
    void searchCallIsOneCallInTimeOrder();
    void limitsAreSane();

private:
    [[nodiscard]] int count(const QString &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<CallId> m_calls;
};

namespace {

Segment segment(qint64 start, const QString &speaker, const QString &text)
{
    return { start, start + 2000, speaker, text };
}

} // namespace

void TestTranscriptSearch::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"library.coachdb"_s));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_db = std::move(*db);
    auto calls = test::fillLibrary(*m_db, 4);
    QVERIFY(calls);
    m_calls = *calls;
    TranscriptRepository transcripts(*m_db);
    Transcript first;
    first.sourcePath = u"a.vtt"_s;
    first.format = u"webvtt"_s;
    first.segments = {
        segment(30'000, u"Agent"_s, u"I can see the refund on your account."_s),
        segment(2'000, u"Agent"_s, u"Thank you for calling, this is Élodie, how can I help?"_s),
        segment(10'000, u"Customer"_s, u"I want to cancel my subscription, I don't use it."_s),
        segment(20'000, u"Customer"_s, u"My name is Jürgen Müller and I was charged twice."_s),
        segment(40'000, u"Agent"_s, u"Refund refund refund."_s),
        segment(50'000, u"Customer"_s, u"C++ AND OR NOT NEAR(x) are words here 😀 ok"_s),
    };
    QVERIFY(transcripts.store(m_calls.at(0), first));
    Transcript second;
    second.sourcePath = u"b.vtt"_s;
    second.format = u"webvtt"_s;
    second.segments = {
        segment(1'000, u"Agent"_s, u"Your refunds were processed."_s),
        segment(5'000, u"Customer"_s, u"Why would I cancel my plan? My subscription is fine."_s),
        segment(9'000, u"Agent"_s, u"Das ist ein Problem mit dem Konto von Herrn MÜLLER."_s),
    };
    QVERIFY(transcripts.store(m_calls.at(1), second));
    // Thirty matches of one word, for paging.
    Transcript third;
    third.sourcePath = u"c.vtt"_s;
    third.format = u"webvtt"_s;
    for (int i = 0; i < 30; ++i)
        third.segments.append(segment(i * 3000, u"Agent"_s, u"line %1 mentions the invoice %2"_s.arg(i).arg(
                                                                    QString(u" and more"_s).repeated(i % 5))));
    QVERIFY(transcripts.store(m_calls.at(2), third));
}

void TestTranscriptSearch::cleanupTestCase()
{
    m_db.reset();
}

int TestTranscriptSearch::count(const QString &text) const
{
    const auto hits = TranscriptSearch(*m_db).search(text, 0, 1000);
    return hits ? int(hits->size()) : -1;
}

void TestTranscriptSearch::hostileInputNeverErrors_data()
{
    QTest::addColumn<QString>("text");
    for (const QString &text :
         { QString(), u"   "_s, u"\""_s, u"\"\""_s, u"\"\"\""_s, u"don't"_s, u"\"don't"_s, u"*"_s, u"**"_s, u"a*b"_s,
           u"*refund"_s, u"-refund"_s, u"refund -account"_s, u"NEAR("_s, u"NEAR(refund account)"_s, u"AND OR NOT"_s,
           u"AND"_s, u"refund AND"_s, u"OR refund"_s, u"NOT"_s, u"(refund"_s, u"refund)"_s, u"text:refund"_s,
           u"{text}: refund"_s, u"^refund"_s, u"refund +"_s, u"C++"_s, u"😀"_s, u"😀 refund"_s, u"\u0000refund"_s,
           u"\x01\x02\x03"_s, u"'; DROP TABLE segments; --"_s, u"%_\\"_s, u"refund\" OR \"account"_s,
           u"\"cancel my\"*\"sub\""_s, QString(2000, u'x'), QString(200, u'"'), u"a b c d e f g h i j k l m n o p q r s t u v w x y z"_s.repeated(3) }) {
        QTest::newRow(qPrintable(u"«"_s + text.left(40) + u"»"_s)) << text;
    }
}

void TestTranscriptSearch::hostileInputNeverErrors()
{
    QFETCH(QString, text);
    TranscriptSearch search(*m_db);
    const auto hits = search.search(text, 0, 50);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message()));
    const auto inCall = search.searchCall(m_calls.at(0), text);
    QVERIFY2(inCall, inCall ? "" : qPrintable(inCall.error().message()));
}

void TestTranscriptSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");
    QTest::newRow("word") << u"refund"_s << 2;
    QTest::newRow("word, other case") << u"REFUND"_s << 2;
    QTest::newRow("prefix") << u"refun*"_s << 3;
    QTest::newRow("two words, any order") << u"account refund"_s << 1;
    QTest::newRow("phrase") << u"\"cancel my subscription\""_s << 1;
    QTest::newRow("phrase out of order") << u"\"my cancel subscription\""_s << 0;
    QTest::newRow("words of the phrase") << u"cancel subscription"_s << 2;
    QTest::newRow("phrase prefix") << u"\"cancel my sub\"*"_s << 1;
    QTest::newRow("unclosed phrase") << u"\"cancel my subscription"_s << 1;
    QTest::newRow("apostrophe") << u"don't"_s << 1;
    QTest::newRow("accent and case folded") << u"müller"_s << 2;
    QTest::newRow("capital umlaut") << u"MÜLLER"_s << 2;
    QTest::newRow("accent removed") << u"muller"_s << 2;
    QTest::newRow("accented query, plain text") << u"elodie"_s << 1;
    QTest::newRow("operators are words") << u"AND OR NOT"_s << 1;
    QTest::newRow("NEAR( is a word") << u"NEAR("_s << 1;
    QTest::newRow("C++ is c") << u"C++ words"_s << 1;
    QTest::newRow("a minus is not NOT") << u"refund -account"_s << 1;
    QTest::newRow("emoji alone finds nothing") << u"😀"_s << 0;
    QTest::newRow("emoji is ignored beside a word") << u"😀 jürgen"_s << 1;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("only punctuation") << u"-- ** \"\""_s << 0;
    QTest::newRow("absent word") << u"chargeback"_s << 0;
}

void TestTranscriptSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    QCOMPARE(count(text), matches);
}

void TestTranscriptSearch::matchExpressionQuotesEverything_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << u"refund  account"_s << u"\"refund\" \"account\""_s;
    QTest::newRow("prefix") << u"refun*"_s << u"\"refun\"*"_s;
    QTest::newRow("phrase") << u"\"cancel my\" plan"_s << u"\"cancel my\" \"plan\""_s;
    QTest::newRow("phrase prefix") << u"\"cancel my sub\"*"_s << u"\"cancel my sub\"*"_s;
    QTest::newRow("operators") << u"AND NEAR("_s << u"\"AND\" \"NEAR(\""_s;
    QTest::newRow("no word") << u"- * \"\" 😀"_s << QString();
}

void TestTranscriptSearch::matchExpressionQuotesEverything()
{
    QFETCH(QString, text);
    QFETCH(QString, expression);
    QCOMPARE(TranscriptSearch::matchExpression(text), expression);
}

void TestTranscriptSearch::ranksTheBetterMatchFirst()
{
    const auto hits = TranscriptSearch(*m_db).search(u"refund"_s, 0, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 2);
    // "Refund refund refund." says it three times in three words.
    QCOMPARE(hits->at(0).startMs, 40'000);
    QCOMPARE(hits->at(0).call, m_calls.at(0));
    QVERIFY(hits->at(0).rank <= hits->at(1).rank);
}

void TestTranscriptSearch::pagesDoNotOverlap()
{
    TranscriptSearch search(*m_db);
    const auto all = search.search(u"invoice"_s, 0, 100);
    QVERIFY(all);
    QCOMPARE(all->size(), 30);
    QList<qint64> paged;
    for (int offset = 0; offset < 35; offset += 7) {
        const auto page = search.search(u"invoice"_s, offset, 7);
        QVERIFY(page);
        QVERIFY(page->size() <= 7);
        for (const SearchHit &hit : *page)
            paged.append(hit.startMs);
    }
    QCOMPARE(paged.size(), 30);
    QCOMPARE(QSet<qint64>(paged.begin(), paged.end()).size(), 30);
    QList<qint64> whole;
    for (const SearchHit &hit : *all)
        whole.append(hit.startMs);
    QCOMPARE(paged, whole); // the same order, page by page
    for (qsizetype i = 1; i < all->size(); ++i)
        QVERIFY(all->at(i - 1).rank <= all->at(i).rank);
}

void TestTranscriptSearch::snippetMarksTheMatches()
{
    const auto hits = TranscriptSearch(*m_db).search(u"jürgen muller"_s, 0, 10);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    const SearchHit &hit = hits->constFirst();
    QCOMPARE(hit.speaker, u"Customer"_s);
    QCOMPARE(hit.startMs, 20'000);
    QCOMPARE(hit.endMs, 22'000);
    QVERIFY2(hit.snippet.contains(u"\x02Jürgen\x03 \x02Müller\x03"_s), qPrintable(hit.snippet));
    QCOMPARE(QString(hit.snippet).remove(QChar(2)).remove(QChar(3)),
             u"My name is Jürgen Müller and I was charged twice."_s);
}

void TestTranscriptSearch::searchCallIsOneCallInTimeOrder()
{
    TranscriptSearch search(*m_db);
    const auto hits = search.searchCall(m_calls.at(0), u"refund*"_s);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message()));
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).startMs, 30'000);
    QCOMPARE(hits->at(1).startMs, 40'000);
    for (const SearchHit &hit : *hits)
        QCOMPARE(hit.call, m_calls.at(0));
    QCOMPARE(hits->at(0).snippet, u"I can see the \x02refund\x03 on your account."_s);
    QCOMPARE(search.searchCall(m_calls.at(1), u"refund*"_s)->size(), 1);
    QVERIFY(search.searchCall(m_calls.at(3), u"refund"_s)->isEmpty()); // no transcript
    QVERIFY(search.searchCall(CallId(9999), u"refund"_s)->isEmpty());
}

void TestTranscriptSearch::limitsAreSane()
{
    TranscriptSearch search(*m_db);
    QVERIFY(search.search(u"invoice"_s, 0, 0)->isEmpty());
    QVERIFY(search.search(u"invoice"_s, 0, -5)->isEmpty());
    QCOMPARE(search.search(u"invoice"_s, -3, 5)->size(), 5);
    QVERIFY(search.search(u"invoice"_s, 1000, 5)->isEmpty());
}

QTEST_GUILESS_MAIN(TestTranscriptSearch)
#include "TestTranscriptSearch.moc"
