// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

// `coach schedule …` and `coach buddies …` end to end: the real binary on a real library.
class TestScheduleCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListExportImport();
    void badInputGivesClearMessages();
    void buddiesPropose();

private:
    Run coach(const QStringList &args);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

Run TestScheduleCli::coach(const QStringList &args)
{
    QProcess p;
    p.setProgram(QStringLiteral(COACH_CLI));
    p.setArguments(QStringList{ u"--library"_s, m_library } + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TZ"_s, u"Europe/London"_s);
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

void TestScheduleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.coachdb"_s);
    auto db = coach::Database::open(m_library);
    QVERIFY(db);
    coach::PeopleRepository people(**db);
    const auto team = people.ensureTeam(u"Billing"_s);
    QVERIFY(team);
    for (const QString &name : { u"Ana Díaz"_s, u"Ben Okafor"_s, u"Cleo Park"_s, u"Dev Shah"_s, u"Eve Lund"_s })
        QVERIFY(people.ensureRep(name, *team));
}

void TestScheduleCli::addListExportImport()
{
    Run r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ana Díaz"_s, u"--start"_s, u"2031-03-04T09:00"_s,
                    u"--tz"_s, u"Europe/London"_s, u"--rrule"_s, u"FREQ=WEEKLY;INTERVAL=2;COUNT=4"_s,
                    u"--location"_s, u"https://meet.example.org/ana"_s, u"--json"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonObject added = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(added.value(u"kind"_s).toString(), u"one_on_one"_s);
    QVERIFY(added.value(u"local_start"_s).toString().startsWith(u"2031-03-04T09:00:00"_s));
    r = coach({ u"schedule"_s, u"add"_s, u"--kind"_s, u"huddle"_s, u"--rep"_s, u"Ben Okafor"_s, u"--rep"_s,
                u"Cleo Park"_s, u"--start"_s, u"2031-03-06T10:00"_s, u"--duration"_s, u"10"_s, u"--tz"_s,
                u"Europe/London"_s, u"--rrule"_s, u"FREQ=WEEKLY;COUNT=3"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Added session 2"_s));

    r = coach({ u"schedule"_s, u"list"_s, u"--from"_s, u"2031-03-01"_s, u"--to"_s, u"2031-03-31"_s, u"--json"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 2 + 3 + 0); // Ana: 4 and 18 March (1 April is outside); huddle: 6, 13, 20 March
    QCOMPARE(list.at(0).toObject().value(u"start"_s).toString(), u"2031-03-04T09:00:00Z"_s);
    QCOMPARE(list.at(1).toObject().value(u"participants"_s).toArray().size(), 2);

    const QString out = m_dir->filePath(u"team.ics"_s);
    r = coach({ u"schedule"_s, u"export-ics"_s, u"--out"_s, out });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    r = coach({ u"schedule"_s, u"export-ics"_s, u"--series"_s, u"2"_s, u"--out"_s, m_dir->filePath(u"one.ics"_s) });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"1 event"_s));

    // The same file as busy time in a fresh library, then as sessions.
    m_library = m_dir->filePath(u"other.coachdb"_s);
    r = coach({ u"schedule"_s, u"import-ics"_s, out, u"--as-busy"_s, u"--from"_s, u"2031-03-01"_s, u"--to"_s,
                u"2031-03-31"_s, u"--json"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"busy_blocks"_s).toInt(), 5);
    r = coach({ u"schedule"_s, u"import-ics"_s, out, u"--as-sessions"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"2 session(s) added"_s));
    r = coach({ u"schedule"_s, u"list"_s, u"--from"_s, u"2031-03-01"_s, u"--to"_s, u"2031-03-31"_s, u"--json"_s });
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);
}

void TestScheduleCli::badInputGivesClearMessages()
{
    Run r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ana Díaz"_s, u"--start"_s, u"2031-03-04T09:00"_s,
                    u"--tz"_s, u"Europe/London"_s, u"--rrule"_s, u"FREQ=WEEKLY"_s });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"never ends"_s), qPrintable(r.err));
    r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ana Díaz"_s, u"--start"_s, u"2020-03-04T09:00"_s });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(u"past"_s));
    r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ana Díaz"_s, u"--start"_s, u"2031-03-04T09:00"_s, u"--tz"_s,
                u"Mars/Base"_s });
    QCOMPARE(r.status, 2);
    QVERIFY(r.err.contains(u"Mars/Base"_s));
    r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Nobody"_s, u"--start"_s, u"2031-03-04T09:00"_s });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(u"Nobody"_s));
    QVERIFY(coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ana Díaz"_s, u"--start"_s, u"2031-03-04T09:00"_s }).status
            == 0);
    r = coach({ u"schedule"_s, u"add"_s, u"--rep"_s, u"Ben Okafor"_s, u"--start"_s, u"2031-03-04T09:15"_s });
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"overlaps"_s), qPrintable(r.err));

    const QString broken = m_dir->filePath(u"broken.ics"_s);
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Nowhere/Land:20310301T090000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n");
    f.close();
    r = coach({ u"schedule"_s, u"import-ics"_s, broken });
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(u"broken.ics"_s));
    QVERIFY(r.err.contains(u"Nowhere/Land"_s));
    r = coach({ u"schedule"_s, u"frobnicate"_s });
    QCOMPARE(r.status, 2);
    r = coach({ u"schedule"_s, u"add"_s, u"--help"_s });
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(u"--rrule"_s));
}

void TestScheduleCli::buddiesPropose()
{
    Run r = coach({ u"buddies"_s, u"propose"_s, u"--month"_s, u"2031-12"_s, u"--json"_s, u"--save"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QJsonArray teams = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(teams.size(), 1);
    const QJsonObject billing = teams.at(0).toObject();
    QCOMPARE(billing.value(u"team"_s).toString(), u"Billing"_s);
    QCOMPARE(billing.value(u"pairs"_s).toArray().size(), 2);
    QCOMPARE(billing.value(u"unpaired"_s).toArray().size(), 1);
    r = coach({ u"buddies"_s, u"propose"_s, u"--month"_s, u"2032-01"_s, u"--team"_s, u"billing"_s, u"--trio"_s });
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"Billing, 2032-01:"_s));
    QCOMPARE(r.out.count(u" + "_s), 3); // a pair and a trio
    QCOMPARE(coach({ u"buddies"_s, u"propose"_s, u"--month"_s, u"December"_s }).status, 2);
}

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "TestScheduleCli.moc"
