// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFixture.h"
#include "services/AnnotationImporter.h"
#include "services/HighlightCandidates.h"

#include <QDir>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * HighlightCandidates on HighlightFixture's library: which calls qualify, the
 * documented score, the suggested region and pattern, and the week read in
 * the team's time zone.
 */
class TestHighlightCandidates final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rankedBestFirstByTheDocumentedScore();
    void regionAndPatternComeFromTheBestAnnotation();
    void aMomentBecomesThirtySeconds();
    void onlyTheTeamsCallsOfThatWeek();
    void theWeekIsReadInTheZone();
    void confirmingRaisesACall();
    void emptyWeekAndBadInput();
    void demoAnnotationsNameKnownTags();

private:
    [[nodiscard]] QList<HighlightCandidate> candidates(TeamId team, IsoWeek week, const QByteArray &zone = "UTC");

    HighlightFixture m_fx;
};

void TestHighlightCandidates::init()
{
    m_fx = {};
    const QString failure = m_fx.open();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestHighlightCandidates::cleanup()
{
    m_fx = {};
}

QList<HighlightCandidate> TestHighlightCandidates::candidates(TeamId team, IsoWeek week, const QByteArray &zone)
{
    const auto found = HighlightCandidates(*m_fx.db).forWeek(team, week, QTimeZone(zone));
    if (!found)
        qWarning("%s", qPrintable(found.error().message()));
    return found.value_or(QList<HighlightCandidate>());
}

void TestHighlightCandidates::rankedBestFirstByTheDocumentedScore()
{
    const auto found = candidates(m_fx.billing, IsoWeek(2026, 48));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(0).call, m_fx.strong);
    QCOMPARE(found.at(1).call, m_fx.weak);
    QCOMPARE(found.at(2).call, m_fx.suggested);
    QCOMPARE(found.at(0).score, 9.5);
    QVERIFY(qAbs(found.at(1).score - (3.0 + 10.0 / 30.0 - 0.5 - 0.5)) < 1e-9);
    QCOMPARE(found.at(2).score, 1.0);

    const HighlightCandidate &strong = found.at(0);
    QCOMPARE(strong.effectiveConfirmed, 1);
    QCOMPARE(strong.effectiveSuggested, 0);
    QCOMPARE(strong.effectiveMs, 45'000);
    QCOMPARE(strong.patternCount, 2);
    QCOMPARE(strong.csat, std::optional<double>(5.0));
    QCOMPARE(strong.feltHeard, std::optional<double>(5.0));
    QCOMPARE(strong.rep, m_fx.maya);
    QCOMPARE(strong.repName, u"Maya Okafor"_s);
    QCOMPARE(strong.callStartedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
    QCOMPARE(strong.callDurationMs, 180'000);

    const HighlightCandidate &suggested = found.at(2);
    QCOMPARE(suggested.effectiveConfirmed, 0);
    QCOMPARE(suggested.effectiveSuggested, 1);
    QVERIFY(!suggested.feltHeard.has_value());
}

void TestHighlightCandidates::regionAndPatternComeFromTheBestAnnotation()
{
    const auto found = candidates(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(!found.isEmpty());
    const HighlightCandidate &strong = found.at(0);
    QCOMPARE(strong.region, (TimeRange{ 30'000, 75'000 }));
    QCOMPARE(strong.regionComment, u"Calms the customer, then fixes it"_s);
    // The empathy bridge overlaps the region; the pause button, later in the call, does not.
    QCOMPARE(strong.patternKey, u"pattern.empathy_bridge"_s);
    QCOMPARE(strong.patternLabel, u"Empathy bridge"_s);
    QCOMPARE(strong.patternTag, m_fx.tags.value(u"pattern.empathy_bridge"_s));
    QVERIFY(!found.at(1).patternTag.isValid());
    QVERIFY(found.at(1).patternLabel.isEmpty());
}

void TestHighlightCandidates::aMomentBecomesThirtySeconds()
{
    const auto found = candidates(m_fx.billing, IsoWeek(2026, 48));
    QCOMPARE(found.size(), 3);
    // A moment at 0:50 plays from 0:45 for 30 seconds.
    QCOMPARE(found.at(2).region, (TimeRange{ 45'000, 75'000 }));

    // Near the end, the region stops at the end of the call: a moment at 1:25 of a 1:30 call.
    AnnotationRepository annotations(*m_fx.db);
    auto marks = annotations.forCall(m_fx.otherTeam);
    QVERIFY(marks && marks->size() == 1);
    Annotation late = marks->first();
    late.startMs = late.endMs = 85'000;
    QVERIFY(annotations.update(late));
    const auto tech = candidates(m_fx.tech, IsoWeek(2026, 48));
    QCOMPARE(tech.size(), 1);
    QCOMPARE(tech.at(0).region, (TimeRange{ 80'000, 90'000 }));

    // A longer confirmed region wins over a moment.
    Annotation region = late;
    region.id = AnnotationId();
    region.startMs = 20'000;
    region.endMs = 32'000;
    QVERIFY(annotations.insert(region));
    const auto again = candidates(m_fx.tech, IsoWeek(2026, 48));
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).effectiveConfirmed, 2);
    QCOMPARE(again.at(0).region, (TimeRange{ 20'000, 32'000 }));
}

void TestHighlightCandidates::onlyTheTeamsCallsOfThatWeek()
{
    const auto tech = candidates(m_fx.tech, IsoWeek(2026, 48));
    QCOMPARE(tech.size(), 1);
    QCOMPARE(tech.at(0).call, m_fx.otherTeam);
    const auto next = candidates(m_fx.billing, IsoWeek(2026, 49));
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.at(0).call, m_fx.nextWeek);
    for (const HighlightCandidate &c : candidates(m_fx.billing, IsoWeek(2026, 48)))
        QVERIFY(c.call != m_fx.ineffective);
}

void TestHighlightCandidates::theWeekIsReadInTheZone()
{
    // Sunday noon UTC is Monday in Auckland (W48) and still Sunday in Los Angeles (W47).
    const auto nz = candidates(m_fx.billing, IsoWeek(2026, 48), "Pacific/Auckland");
    QCOMPARE(nz.size(), 4);
    QVERIFY(std::any_of(nz.cbegin(), nz.cend(), [this](const auto &c) { return c.call == m_fx.sundayNoon; }));
    const auto la48 = candidates(m_fx.billing, IsoWeek(2026, 48), "America/Los_Angeles");
    QCOMPARE(la48.size(), 3);
    const auto la47 = candidates(m_fx.billing, IsoWeek(2026, 47), "America/Los_Angeles");
    QCOMPARE(la47.size(), 1);
    QCOMPARE(la47.at(0).call, m_fx.sundayNoon);
    QCOMPARE(candidates(m_fx.billing, IsoWeek(2026, 47), "Pacific/Auckland").size(), 0);
}

void TestHighlightCandidates::confirmingRaisesACall()
{
    // Confirming the suggested moment and adding a pattern lifts Priya's call above the weak one.
    AnnotationRepository annotations(*m_fx.db);
    auto marks = annotations.forCall(m_fx.suggested);
    QVERIFY(marks && marks->size() == 1);
    Annotation a = marks->first();
    a.suggested = false;
    QVERIFY(annotations.update(a));
    Annotation pattern;
    pattern.call = m_fx.suggested;
    pattern.startMs = 48'000;
    pattern.endMs = 58'000;
    pattern.tag = m_fx.tags.value(u"pattern.paraphrase_confirm"_s);
    QVERIFY(annotations.insert(pattern));
    const auto found = candidates(m_fx.billing, IsoWeek(2026, 48));
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.at(1).call, m_fx.suggested);
    QCOMPARE(found.at(1).score, 3.0 + 1.5);
    QCOMPARE(found.at(1).patternKey, u"pattern.paraphrase_confirm"_s);
}

void TestHighlightCandidates::emptyWeekAndBadInput()
{
    QCOMPARE(candidates(m_fx.billing, IsoWeek(2026, 40)).size(), 0);
    HighlightCandidates service(*m_fx.db);
    const auto invalid = service.forWeek(m_fx.billing, IsoWeek(2021, 53), QTimeZone("UTC"));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code(), ErrorCode::InvalidInput);
    const auto unknownTeam = service.forWeek(TeamId(999), IsoWeek(2026, 48));
    QVERIFY(!unknownTeam);
    QCOMPARE(unknownTeam.error().code(), ErrorCode::NotFound);
    // The library's own zone ('' = the machine's) is used when none is given.
    const auto machine = service.forWeek(m_fx.billing, IsoWeek(2026, 48));
    QVERIFY(machine);
    QVERIFY(machine->size() >= 3);
}

void TestHighlightCandidates::demoAnnotationsNameKnownTags()
{
    // The demo's annotation files give Highlights its candidates; a tag the library lacks would void a file.
    const QDir demo(QStringLiteral(COACH_SOURCE_DIR) + u"/resources/demo"_s);
    const QStringList files = demo.entryList({ u"*.annotations.csv"_s }, QDir::Files);
    QVERIFY(files.size() >= 3);
    int effective = 0;
    for (const QString &name : files) {
        // What DemoLibrary::addAnnotations does with each file; a tag the library lacks refuses it whole.
        const auto read = AnnotationImporter(*m_fx.db).prepare(m_fx.ineffective, demo.filePath(name),
                                                            AnnotationFormat::Kind::Csv);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message()));
        QVERIFY(!read->annotations.isEmpty());
        for (const Annotation &a : read->annotations) {
            QVERIFY2(a.tag.isValid() && m_fx.tags.contains(a.tagKey), qPrintable(name + u": "_s + a.tagKey));
            QVERIFY(a.endMs > a.startMs);
            if (a.tagKey == HighlightCandidates::effectiveTagKey())
                ++effective;
        }
    }
    QVERIFY(effective >= 4);
}

QTEST_GUILESS_MAIN(TestHighlightCandidates)
#include "TestHighlightCandidates.moc"
