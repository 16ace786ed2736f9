// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsExporter.h"
#include "schedule/ScheduleService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

namespace {

QDateTime local(int y, int m, int d, int h, int min, const char *zone)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(zone)).toUTC();
}

// Sessions covering what export must carry: zones with DST and a half-hour
// zone, UTC, RRULE with EXDATE and RDATE, moved and cancelled meetings.
QList<Session> sampleSessions()
{
    QList<Session> list;
    Session a;
    a.id = SessionId(1);
    a.kind = SessionKind::OneOnOne;
    a.title = u"Well-being one-on-one: Ana"_s;
    a.organiser = u"Morgan Lee"_s;
    a.organiserEmail = u"morgan@example.org"_s;
    a.participants = { RepId(1) };
    a.start = local(2027, 3, 2, 9, 0, "Europe/London");
    a.durationMin = 30;
    a.timeZone = u"Europe/London"_s;
    a.location = u"https://meet.example.org/ana"_s;
    a.rrule = u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=8"_s;
    a.exdates = { local(2027, 3, 16, 9, 0, "Europe/London") };
    a.rdates = { local(2027, 3, 5, 9, 0, "Europe/London") };
    a.overrides = { { local(2027, 3, 30, 9, 0, "Europe/London"), local(2027, 3, 31, 14, 0, "Europe/London"), 45,
                      std::nullopt, u"Room 2"_s, SessionStatus::Planned, 1 },
                    { local(2027, 4, 13, 9, 0, "Europe/London"), local(2027, 4, 13, 9, 0, "Europe/London"), 30,
                      std::nullopt, std::nullopt, SessionStatus::Cancelled, 2 } };
    a.agenda = u"How are the new queues going?"_s;
    a.notes = u"PRIVATE: mentioned trouble sleeping"_s;
    a.icalUid = u"series-a@coachbench"_s;
    a.sequence = 3;
    list.append(a);

    Session b;
    b.id = SessionId(2);
    b.kind = SessionKind::Huddle;
    b.title = u"Weekly huddle"_s;
    b.organiser = u"Morgan Lee"_s;
    b.participants = { RepId(1), RepId(2), RepId(3) };
    b.start = local(2027, 3, 26, 10, 0, "Asia/Kolkata");
    b.durationMin = 10;
    b.timeZone = u"Asia/Kolkata"_s;
    b.rrule = u"FREQ=WEEKLY;UNTIL=20270430T000000Z"_s;
    b.icalUid = u"huddle@coachbench"_s;
    list.append(b);

    Session c;
    c.id = SessionId(3);
    c.kind = SessionKind::BuddyDebrief;
    c.title = u"Buddy debrief"_s;
    c.participants = { RepId(2), RepId(3) };
    c.start = QDateTime(QDate(2027, 3, 28), QTime(16, 0), Qt::UTC);
    c.durationMin = 20;
    c.icalUid = u"debrief@coachbench"_s;
    c.status = SessionStatus::Held;
    list.append(c);

    Session d;
    d.id = SessionId(4);
    d.title = u"NY one-on-one"_s;
    d.participants = { RepId(3) };
    d.start = local(2027, 10, 26, 9, 0, "America/New_York");
    d.timeZone = u"America/New_York"_s;
    d.rrule = u"FREQ=WEEKLY;COUNT=3"_s;
    d.icalUid = u"ny@coachbench"_s;
    list.append(d);
    return list;
}

QHash<qint64, IcsContact> contacts()
{
    return { { 1, { u"Ana Díaz"_s, u"ana@example.org"_s } },
             { 2, { u"Ben Okafor"_s, {} } },
             { 3, { u"Chen, Li"_s, u"li@example.org"_s } } };
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

// Export is valid RFC 5545 for libical and for ical.js, and both expand it as Coachbench does.
class TestIcsExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void libicalAcceptsIt();
    void carriesIdentityAndNoPrivateNotes();
    void icalJsExpandsItAsWeDo();

private:
    QByteArray m_ics;
    QTemporaryDir m_dir;
};

void TestIcsExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ics = IcsExporter::write(sampleSessions(), contacts(),
                                  QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY2(ics, ics ? "" : qPrintable(ics.error().message()));
    m_ics = *ics;
    QFile f(m_dir.filePath(u"export.ics"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_ics);
}

void TestIcsExporter::libicalAcceptsIt()
{
    icalcomponent *root = icalparser_parse_string(m_ics.constData());
    QVERIFY(root);
    QCOMPARE(icalcomponent_isa(root), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_errors(root), 0);
    // libical's RFC 5545 restrictions (required properties, cardinalities); no iTIP METHOD,
    // since PUBLISH would forbid the ATTENDEEs a one-on-one needs.
    QVERIFY(icalrestriction_check(root));
    QCOMPARE(icalcomponent_count_errors(root), 0);
    QCOMPARE(icalcomponent_count_components(root, ICAL_VTIMEZONE_COMPONENT), 3);
    QCOMPARE(icalcomponent_count_components(root, ICAL_VEVENT_COMPONENT), 6);
    icalcomponent_free(root);
}

void TestIcsExporter::carriesIdentityAndNoPrivateNotes()
{
    const QString text = QString::fromUtf8(m_ics);
    QVERIFY(!text.contains(u"PRIVATE"_s));
    QVERIFY(!text.contains(u"sleeping"_s));
    QVERIFY(text.contains(u"DESCRIPTION:How are the new queues going?"_s));
    QVERIFY(text.contains(u"UID:series-a@coachbench"_s));
    QCOMPARE(text.count(u"UID:series-a@coachbench"_s), 3); // master + two overrides
    QVERIFY(text.contains(u"SEQUENCE:3"_s));
    QVERIFY(text.contains(u"DTSTAMP:20270101T120000Z"_s));
    QVERIFY(text.contains(u"TZID:Europe/London"_s));
    QVERIFY(text.contains(u"DTSTART;TZID=Asia/Kolkata:20270326T100000"_s));
    QVERIFY(text.contains(u"DTSTART:20270328T160000Z"_s));
    QVERIFY(text.contains(u"RECURRENCE-ID;TZID=Europe/London:20270330T090000"_s));
    QVERIFY(text.contains(u"EXDATE;TZID=Europe/London:20270316T090000"_s));
    QVERIFY(text.contains(u"mailto:morgan@example.org"_s));
    QVERIFY(text.contains(u"STATUS:CANCELLED"_s));
    QVERIFY(text.contains(u"X-COACHBENCH-STATUS:held"_s));
    // The same sessions give the same file: UIDs are stored, not generated on export.
    auto again = IcsExporter::write(sampleSessions(), contacts(), QDateTime(QDate(2027, 1, 1), QTime(12, 0), Qt::UTC));
    QVERIFY(again);
    QCOMPARE(*again, m_ics);
}

void TestIcsExporter::icalJsExpandsItAsWeDo()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        QSKIP("node is not installed");
    const QString prefix = QStringLiteral(COACH_BINARY_DIR) + u"/npm"_s;
    const QString modules = prefix + u"/node_modules"_s;
    if (!QFileInfo::exists(modules + u"/ical.js/package.json"_s)) {
        const QString npm = QStandardPaths::findExecutable(u"npm"_s);
        if (npm.isEmpty())
            QSKIP("npm is not installed, so ical.js cannot be fetched");
        QProcess install;
        install.start(npm, { u"install"_s, u"--prefix"_s, prefix, u"--no-audit"_s, u"--no-fund"_s, u"ical.js@2"_s });
        if (!install.waitForFinished(180000) || install.exitCode() != 0)
            QSKIP(qPrintable(u"npm could not install ical.js: "_s + QString::fromUtf8(install.readAllStandardError())));
    }
    QProcess run;
    run.start(node, { QStringLiteral(COACH_SOURCE_DIR) + u"/tests/schedule/validate-ics.cjs"_s, modules,
                      m_dir.filePath(u"export.ics"_s) });
    QVERIFY(run.waitForFinished(60000));
    const QByteArray out = run.readAllStandardOutput();
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QVERIFY2(result.value(u"ok"_s).toBool(), out.constData());

    const QJsonArray series = result.value(u"series"_s).toArray();
    const QList<Session> sessions = sampleSessions();
    QCOMPARE(series.size(), sessions.size());
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions.at(i);
        const QJsonObject js = series.at(i).toObject();
        QCOMPARE(js.value(u"uid"_s).toString(), s.icalUid);
        QCOMPARE(js.value(u"sequence"_s).toInt(), s.sequence);
        QVERIFY(js.value(u"hasDtstamp"_s).toBool());
        QCOMPARE(js.value(u"attendees"_s).toArray().size(), s.participants.size());
        auto ours = ScheduleService::expand(s, s.start.addYears(-1), s.start.addYears(2));
        QVERIFY(ours);
        const QJsonArray theirs = js.value(u"meetings"_s).toArray();
        QCOMPARE(theirs.size(), ours->size());
        for (qsizetype k = 0; k < ours->size(); ++k) {
            const QJsonObject m = theirs.at(k).toObject();
            QCOMPARE(m.value(u"occurrence"_s).toString(), iso(ours->at(k).occurrence));
            QCOMPARE(m.value(u"start"_s).toString(), iso(ours->at(k).start));
            QCOMPARE(m.value(u"end"_s).toString(), iso(ours->at(k).end));
            QCOMPARE(m.value(u"status"_s).toString() == u"CANCELLED"_s,
                     ours->at(k).status == SessionStatus::Cancelled);
        }
    }
}

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "TestIcsExporter.moc"
