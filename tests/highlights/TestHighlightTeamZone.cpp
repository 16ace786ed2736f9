// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFixture.h"

#include "core/TaskControl.h"
#include "services/HighlightCandidates.h"
#include "services/ImportService.h"
#include "services/ManifestReader.h"
#include "storage/HighlightRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

/*
 * A team's time zone: storing it (and refusing a zone the system does not
 * know), the manifest's team_time_zone column through import, a call whose
 * ISO week changes with the zone, and the latest week with calls that the
 * Highlights section falls back to.
 */
class TestHighlightTeamZone final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setTeamTimeZoneStoresAndClears();
    void setTeamTimeZoneRefusesUnknownZoneAndTeam();
    void sundayEveningInLosAngelesIsNextWeekInAuckland();
    void manifestColumnAndAliases_data();
    void manifestColumnAndAliases();
    void manifestReportsBadAndConflictingZones();
    void importSetsTheTeamZone();
    void latestWeekWithCalls();

private:
    [[nodiscard]] QString zoneOf(TeamId team) const;

    HighlightFixture m_fx;
};

void TestHighlightTeamZone::init()
{
    m_fx = {};
    const QString failure = m_fx.open();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestHighlightTeamZone::cleanup()
{
    m_fx = {};
}

QString TestHighlightTeamZone::zoneOf(TeamId team) const
{
    const auto teams = PeopleRepository(*m_fx.db).teams();
    if (!teams)
        return u"<error: "_s + teams.error().message() + u'>';
    for (const Team &t : *teams) {
        if (t.id == team)
            return t.timeZone;
    }
    return u"<no team>"_s;
}

void TestHighlightTeamZone::setTeamTimeZoneStoresAndClears()
{
    PeopleRepository people(*m_fx.db);
    QCOMPARE(zoneOf(m_fx.billing), QString());
    QVERIFY(people.setTeamTimeZone(m_fx.billing, u"Pacific/Auckland"_s));
    QCOMPARE(zoneOf(m_fx.billing), u"Pacific/Auckland"_s);
    QCOMPARE(zoneOf(m_fx.tech), QString()); // only that team
    // Surrounding blanks are the CSV's or the shell's, not the zone's.
    QVERIFY(people.setTeamTimeZone(m_fx.billing, u"  Europe/Berlin "_s));
    QCOMPARE(zoneOf(m_fx.billing), u"Europe/Berlin"_s);
    // '' is the machine's zone, and so is a null string.
    QVERIFY(people.setTeamTimeZone(m_fx.billing, QString()));
    QCOMPARE(zoneOf(m_fx.billing), QString());
}

void TestHighlightTeamZone::setTeamTimeZoneRefusesUnknownZoneAndTeam()
{
    PeopleRepository people(*m_fx.db);
    QVERIFY(people.setTeamTimeZone(m_fx.billing, u"America/Chicago"_s));
    const auto unknown = people.setTeamTimeZone(m_fx.billing, u"Mars/Olympus_Mons"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), ErrorCode::InvalidInput);
    QVERIFY2(unknown.error().message().contains(u"Mars/Olympus_Mons"_s), qPrintable(unknown.error().message()));
    QVERIFY2(unknown.error().message().contains(QDir::toNativeSeparators(m_fx.db->path())),
             qPrintable(unknown.error().message()));
    QCOMPARE(zoneOf(m_fx.billing), u"America/Chicago"_s); // unchanged

    const auto noTeam = people.setTeamTimeZone(TeamId(9999), u"Europe/Berlin"_s);
    QVERIFY(!noTeam);
    QCOMPARE(noTeam.error().code(), ErrorCode::NotFound);
    QVERIFY2(noTeam.error().message().contains(u"9999"_s), qPrintable(noTeam.error().message()));
}

void TestHighlightTeamZone::sundayEveningInLosAngelesIsNextWeekInAuckland()
{
    // Sunday 29 Nov 2026, 23:30 in Los Angeles (PST, UTC−8) is Monday 07:30
    // UTC and Monday 20:30 in Auckland (NZDT, UTC+13): W48 in one, W49 in the other.
    const QDateTime lateSunday(QDate(2026, 11, 29), QTime(23, 30), QTimeZone("America/Los_Angeles"));
    QCOMPARE(lateSunday.toUTC(), QDateTime(QDate(2026, 11, 30), QTime(7, 30), Qt::UTC));
    Call c;
    c.recordingPath = u"/recordings/late-sunday.opus"_s;
    c.fingerprint = u"late-sunday"_s;
    c.audio.durationMs = 120'000;
    c.audio.channels = 2;
    c.audio.sampleRate = 16000;
    c.audio.codec = u"opus"_s;
    c.startedAt = lateSunday.toUTC();
    c.repId = m_fx.daniel;
    const auto call = CallRepository(*m_fx.db).insert(c);
    QVERIFY2(call, call ? "" : qPrintable(call.error().message()));
    Annotation a;
    a.call = *call;
    a.startMs = 10'000;
    a.endMs = 40'000;
    a.tag = m_fx.tags.value(HighlightCandidates::effectiveTagKey());
    QVERIFY(AnnotationRepository(*m_fx.db).insert(a));

    const auto callsOf = [&](IsoWeek week) {
        QList<CallId> ids;
        const auto found = HighlightCandidates(*m_fx.db).forWeek(m_fx.tech, week);
        if (!found)
            qWarning("%s", qPrintable(found.error().message()));
        for (const HighlightCandidate &candidate : found.value_or(QList<HighlightCandidate>()))
            ids << candidate.call;
        return ids;
    };
    PeopleRepository people(*m_fx.db);
    QVERIFY(people.setTeamTimeZone(m_fx.tech, u"America/Los_Angeles"_s));
    QVERIFY(callsOf(IsoWeek(2026, 48)).contains(*call));
    QVERIFY(!callsOf(IsoWeek(2026, 49)).contains(*call));

    QVERIFY(people.setTeamTimeZone(m_fx.tech, u"Pacific/Auckland"_s));
    QVERIFY(!callsOf(IsoWeek(2026, 48)).contains(*call));
    QVERIFY(callsOf(IsoWeek(2026, 49)).contains(*call));
    // The fixture's mid-week Tech Support call stays where it was.
    QCOMPARE(callsOf(IsoWeek(2026, 48)), QList<CallId>{ m_fx.otherTeam });
}

void TestHighlightTeamZone::manifestColumnAndAliases_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("team_time_zone") << u"team_time_zone"_s;
    QTest::newRow("Team Time Zone") << u"Team Time Zone"_s;
    QTest::newRow("team zone") << u"team zone"_s;
    QTest::newRow("TEAM-TZ") << u"TEAM-TZ"_s;
}

void TestHighlightTeamZone::manifestColumnAndAliases()
{
    QFETCH(QString, header);
    const QByteArray csv = "file,team," + header.toUtf8() + "\na.opus,Billing,Pacific/Auckland\nb.opus,Tech,\n";
    const auto manifest = ManifestReader::parse(csv, u"/exports/manifest.csv"_s);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->recognisedColumns, (QStringList{ u"file"_s, u"team"_s, u"team_time_zone"_s }));
    QVERIFY(manifest->unknownColumns.isEmpty());
    QVERIFY2(manifest->problems.isEmpty(), qPrintable(manifest->problems.join(u'\n')));
    QCOMPARE(manifest->rows.size(), 2);
    QCOMPARE(manifest->rows.at(0).teamTimeZone, u"Pacific/Auckland"_s);
    QCOMPARE(manifest->rows.at(1).teamTimeZone, QString());
}

void TestHighlightTeamZone::manifestReportsBadAndConflictingZones()
{
    const QByteArray csv = "file,team,team_time_zone\n"
                           "a.opus,Billing,Europe/Berlin\n"
                           "b.opus,billing,America/New_York\n"
                           "c.opus,Tech,Atlantis/Lost\n"
                           "d.opus,,Europe/Paris\n"
                           "e.opus,Billing,Europe/Berlin\n";
    const auto manifest = ManifestReader::parse(csv, u"/exports/manifest.csv"_s);
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().message()));
    QCOMPARE(manifest->rows.size(), 5);
    // A team keeps the first zone it was given (names compare without case).
    QCOMPARE(manifest->rows.at(0).teamTimeZone, u"Europe/Berlin"_s);
    QCOMPARE(manifest->rows.at(1).teamTimeZone, u"Europe/Berlin"_s);
    QCOMPARE(manifest->rows.at(2).teamTimeZone, QString());
    QCOMPARE(manifest->rows.at(3).teamTimeZone, QString());
    QCOMPARE(manifest->rows.at(4).teamTimeZone, u"Europe/Berlin"_s);
    const QStringList &problems = manifest->problems;
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(u"line 3"_s) && problems.at(0).contains(u"America/New_York"_s)
                     && problems.at(0).contains(u"Europe/Berlin"_s),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(u"line 4"_s) && problems.at(1).contains(u"Atlantis/Lost"_s),
             qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(u"line 5"_s), qPrintable(problems.at(2)));
    for (const QString &problem : problems)
        QVERIFY2(problem.startsWith(QDir::toNativeSeparators(u"/exports/manifest.csv"_s)), qPrintable(problem));
}

void TestHighlightTeamZone::importSetsTheTeamZone()
{
    const QString demo = QStringLiteral(COACH_SOURCE_DIR "/resources/demo");
    const QString recording = demo + u"/01-replacement-part.opus"_s;
    if (!QFile::exists(recording))
        QSKIP("the demo recordings are not in the source tree");
    const QString manifestPath = m_fx.dir->filePath(u"manifest.csv"_s);
    QFile manifest(manifestPath);
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("file,rep,team,started_at,team_time_zone\n"
                   "01-replacement-part.opus,Ada Lovelace,Night Shift,2026-11-29T23:30:00-08:00,America/Los_Angeles\n");
    manifest.close();

    TaskControl control;
    const auto summary = ImportService(*m_fx.db).run({ { recording }, manifestPath }, control);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message()));
    QCOMPARE(summary->imported, 1);
    const auto teams = PeopleRepository(*m_fx.db).teams();
    QVERIFY(teams);
    const auto night = std::find_if(teams->cbegin(), teams->cend(),
                                    [](const Team &t) { return t.name == u"Night Shift"_s; });
    QVERIFY(night != teams->cend());
    QCOMPARE(night->timeZone, u"America/Los_Angeles"_s);
    // Teams the manifest does not give a zone keep theirs.
    QCOMPARE(zoneOf(m_fx.billing), QString());
}

void TestHighlightTeamZone::latestWeekWithCalls()
{
    const QTimeZone utc = QTimeZone::utc();
    const HighlightRepository repository(*m_fx.db);
    // The fixture's calls run from Sun 22 Nov (W47) to Mon 30 Nov (W49).
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 52), utc).value(), IsoWeek(2026, 49));
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 49), utc).value(), IsoWeek(2026, 49));
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 48), utc).value(), IsoWeek(2026, 48));
    // Sunday noon UTC is Monday in Auckland: with Billing there, W47 has no call any more.
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 47), utc).value(), IsoWeek(2026, 47));
    QVERIFY(PeopleRepository(*m_fx.db).setTeamTimeZone(m_fx.billing, u"Pacific/Auckland"_s));
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 47), utc).value(), IsoWeek());
    QCOMPARE(repository.latestWeekWithCalls(IsoWeek(2026, 46), utc).value(), IsoWeek());
    QVERIFY(!repository.latestWeekWithCalls(IsoWeek(), utc));
}

QTEST_GUILESS_MAIN(TestHighlightTeamZone)
#include "TestHighlightTeamZone.moc"
