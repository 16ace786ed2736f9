// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace coach;
using coach::test::ProcessResult;

/*
 * `coach highlight` end to end on the real binary: a library filled with
 * HighlightFixture, then set, list and candidates as a user types them, with
 * their documented JSON and exit codes (0 ok, 1 failure, 2 usage).
 */
class TestHighlightCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void candidatesJson();
    void candidatesText();
    void setJson();
    void setTwiceKeepsHistory();
    void setDefaultsTeamAndWeekFromTheCall();
    void listByRepAndText();
    void errors_data();
    void errors();
    void teamsListsZones();
    void teamsSetZoneRegroupsWeeks();
    void teamsSetZoneErrors_data();
    void teamsSetZoneErrors();

private:
    [[nodiscard]] ProcessResult coach(const QStringList &arguments) const;
    [[nodiscard]] QJsonDocument json(const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    HighlightFixture m_fx;
};

namespace {

QByteArray describe(const ProcessResult &r)
{
    return "exit " + QByteArray::number(r.exitCode) + (r.crashed ? " (crashed)" : "") + "\nstdout: " + r.out
            + "\nstderr: " + r.err;
}

} // namespace

void TestHighlightCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.coachdb"_s);
    auto db = Database::open(m_library);
    QVERIFY2(db, db ? "" : qPrintable(db.error().message()));
    m_fx = {};
    const QString failure = m_fx.fill(**db);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestHighlightCli::cleanup()
{
    m_dir.reset();
}

ProcessResult TestHighlightCli::coach(const QStringList &arguments) const
{
    // A fixed zone: the teams keep '' (the machine's), and the fixture's calls sit mid-week anyway.
    return test::run(QStringLiteral(COACH_CLI), QStringList{ u"--library"_s, m_library } + arguments,
                     { u"TZ=UTC"_s, u"HOME="_s + m_dir->path() });
}

QJsonDocument TestHighlightCli::json(const QStringList &arguments)
{
    const ProcessResult r = coach(arguments);
    if (r.exitCode != 0)
        qWarning("%s", describe(r).constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), r.out.constData());
    return document;
}

void TestHighlightCli::candidatesJson()
{
    const QJsonArray array = json({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"billing"_s, u"--week"_s,
                                    u"2026-W48"_s, u"--json"_s })
                                     .array();
    QCOMPARE(array.size(), 3);
    const QJsonObject first = array.at(0).toObject();
    QCOMPARE(first.value(u"rank"_s).toInt(), 1);
    QCOMPARE(first.value(u"call_id"_s).toInteger(), m_fx.strong.value());
    QCOMPARE(first.value(u"rep"_s).toString(), u"Maya Okafor"_s);
    QCOMPARE(first.value(u"rep_id"_s).toInteger(), m_fx.maya.value());
    QCOMPARE(first.value(u"call_started_at"_s).toString(), u"2026-11-24T10:00:00Z"_s);
    QCOMPARE(first.value(u"duration_ms"_s).toInteger(), 180'000);
    QCOMPARE(first.value(u"start_ms"_s).toInteger(), 30'000);
    QCOMPARE(first.value(u"end_ms"_s).toInteger(), 75'000);
    QCOMPARE(first.value(u"comment"_s).toString(), u"Calms the customer, then fixes it"_s);
    QCOMPARE(first.value(u"pattern_key"_s).toString(), u"pattern.empathy_bridge"_s);
    QCOMPARE(first.value(u"pattern_label"_s).toString(), u"Empathy bridge"_s);
    QCOMPARE(first.value(u"effective_confirmed"_s).toInt(), 1);
    QCOMPARE(first.value(u"effective_suggested"_s).toInt(), 0);
    QCOMPARE(first.value(u"effective_ms"_s).toInteger(), 45'000);
    QCOMPARE(first.value(u"pattern_count"_s).toInt(), 2);
    QCOMPARE(first.value(u"csat"_s).toDouble(), 5.0);
    QCOMPARE(first.value(u"felt_heard"_s).toDouble(), 5.0);
    QCOMPARE(first.value(u"score"_s).toDouble(), 9.5);
    QCOMPARE(array.at(1).toObject().value(u"call_id"_s).toInteger(), m_fx.weak.value());
    QCOMPARE(array.at(1).toObject().value(u"score"_s).toDouble(), 2.333);
    const QJsonObject third = array.at(2).toObject();
    QCOMPARE(third.value(u"call_id"_s).toInteger(), m_fx.suggested.value());
    QVERIFY(third.value(u"felt_heard"_s).isNull());
    QVERIFY(third.value(u"pattern_key"_s).isNull());
    QCOMPARE(third.value(u"rank"_s).toInt(), 3);

    // Another week, another team: only their calls.
    QCOMPARE(json({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"Tech Support"_s, u"--week"_s, u"2026-W48"_s,
                    u"--json"_s })
                     .array()
                     .size(),
             1);
    QCOMPARE(json({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W40"_s,
                    u"--json"_s })
                     .array()
                     .size(),
             0);
}

void TestHighlightCli::candidatesText()
{
    const ProcessResult r = coach({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"Billing"_s, u"--week"_s,
                                    u"2026-W48"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"  1. call %1  Maya Okafor"_s.arg(m_fx.strong.value())), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(u"0:30–1:15"_s));
    QVERIFY(lines.at(0).contains(u"[Empathy bridge]"_s));
    const ProcessResult empty = coach({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"Billing"_s, u"--week"_s,
                                        u"2026-W40"_s });
    QCOMPARE(empty.exitCode, 0);
    QVERIFY(empty.out.contains("2026-W40"));
}

void TestHighlightCli::setJson()
{
    const QJsonObject h = json({ u"highlight"_s, u"set"_s, u"--team"_s, u"Billing"_s, u"--week"_s, u"2026-W48"_s,
                                 QString::number(m_fx.strong.value()), u"--from"_s, u"0:30"_s, u"--to"_s, u"75"_s,
                                 u"--reason"_s, u"Listen for the bridge from anger to the fix"_s, u"--pattern"_s,
                                 u"empathy bridge"_s, u"--by"_s, u"Sam Lee"_s, u"--json"_s })
                                  .object();
    QVERIFY(h.value(u"id"_s).toInteger() > 0);
    QCOMPARE(h.value(u"team"_s).toString(), u"Billing"_s);
    QCOMPARE(h.value(u"team_id"_s).toInteger(), m_fx.billing.value());
    QCOMPARE(h.value(u"week"_s).toString(), u"2026-W48"_s);
    QCOMPARE(h.value(u"week_start"_s).toString(), u"2026-11-23"_s);
    QCOMPARE(h.value(u"call_id"_s).toInteger(), m_fx.strong.value());
    QCOMPARE(h.value(u"rep"_s).toString(), u"Maya Okafor"_s);
    QCOMPARE(h.value(u"call_started_at"_s).toString(), u"2026-11-24T10:00:00Z"_s);
    QCOMPARE(h.value(u"start_ms"_s).toInteger(), 30'000);
    QCOMPARE(h.value(u"end_ms"_s).toInteger(), 75'000);
    QCOMPARE(h.value(u"reason"_s).toString(), u"Listen for the bridge from anger to the fix"_s);
    QCOMPARE(h.value(u"pattern_key"_s).toString(), u"pattern.empathy_bridge"_s);
    QCOMPARE(h.value(u"chosen_by"_s).toString(), u"Sam Lee"_s);
    QVERIFY(QDateTime::fromString(h.value(u"chosen_at"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(h.value(u"superseded_at"_s).isNull());
    QCOMPARE(h.value(u"current"_s).toBool(), true);
}

void TestHighlightCli::setTwiceKeepsHistory()
{
    const QString week = u"2026-W48"_s;
    ProcessResult r = coach({ u"highlight"_s, u"set"_s, u"--team"_s, u"Billing"_s, u"--week"_s, week,
                              QString::number(m_fx.weak.value()), u"--reason"_s, u"first"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("Billing 2026-W48"), describe(r).constData());
    r = coach({ u"highlight"_s, u"set"_s, u"--team"_s, u"Billing"_s, u"--week"_s, week,
                QString::number(m_fx.strong.value()), u"--reason"_s, u"second"_s });
    QVERIFY2(r.exitCode == 0, describe(r).constData());

    const QJsonArray current = json({ u"highlight"_s, u"list"_s, u"--team"_s, u"Billing"_s, u"--json"_s }).array();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).toObject().value(u"reason"_s).toString(), u"second"_s);
    QVERIFY(current.at(0).toObject().value(u"start_ms"_s).isNull()); // the whole call

    const QJsonArray history = json({ u"highlight"_s, u"list"_s, u"--team"_s, u"Billing"_s, u"--week"_s, week,
                                      u"--history"_s, u"--json"_s })
                                       .array();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).toObject().value(u"current"_s).toBool(), true);
    QCOMPARE(history.at(1).toObject().value(u"current"_s).toBool(), false);
    QCOMPARE(history.at(1).toObject().value(u"reason"_s).toString(), u"first"_s);
    QVERIFY(!history.at(1).toObject().value(u"superseded_at"_s).isNull());
}

void TestHighlightCli::setDefaultsTeamAndWeekFromTheCall()
{
    const QJsonObject h = json({ u"highlight"_s, u"set"_s, QString::number(m_fx.nextWeek.value()), u"--reason"_s,
                                 u"calm close"_s, u"--json"_s })
                                  .object();
    QCOMPARE(h.value(u"team"_s).toString(), u"Billing"_s);
    QCOMPARE(h.value(u"week"_s).toString(), u"2026-W49"_s);
}

void TestHighlightCli::listByRepAndText()
{
    QCOMPARE(coach({ u"highlight"_s, u"set"_s, QString::number(m_fx.strong.value()), u"--reason"_s, u"maya"_s })
                     .exitCode,
             0);
    QCOMPARE(coach({ u"highlight"_s, u"set"_s, QString::number(m_fx.otherTeam.value()), u"--reason"_s,
                     u"daniel"_s })
                     .exitCode,
             0);
    const QJsonArray maya = json({ u"highlight"_s, u"list"_s, u"--rep"_s, u"maya okafor"_s, u"--json"_s }).array();
    QCOMPARE(maya.size(), 1);
    QCOMPARE(maya.at(0).toObject().value(u"reason"_s).toString(), u"maya"_s);
    QCOMPARE(json({ u"highlight"_s, u"list"_s, u"--json"_s }).array().size(), 2);
    QCOMPARE(json({ u"highlight"_s, u"list"_s, u"--rep"_s, u"Priya Nair"_s, u"--json"_s }).array().size(), 0);

    const ProcessResult text = coach({ u"highlight"_s, u"list"_s });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("2026-W48  Billing"));
    QVERIFY(text.out.contains("2026-W48  Tech Support"));
    QVERIFY(text.out.contains("    daniel"));
}

void TestHighlightCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QString call = u"1"_s;
    QTest::newRow("no verb") << QStringList{ u"highlight"_s } << 2 << u"set, list or candidates"_s;
    QTest::newRow("unknown verb") << QStringList{ u"highlight"_s, u"pick"_s } << 2 << u"pick"_s;
    QTest::newRow("no reason") << QStringList{ u"highlight"_s, u"set"_s, call } << 2 << u"--reason"_s;
    QTest::newRow("no call") << QStringList{ u"highlight"_s, u"set"_s, u"--reason"_s, u"x"_s } << 2 << u"call"_s;
    QTest::newRow("week 53 of 2021") << QStringList{ u"highlight"_s, u"set"_s, call, u"--reason"_s, u"x"_s,
                                                     u"--week"_s, u"2021-W53"_s }
                                     << 2 << u"2021"_s;
    QTest::newRow("not a week") << QStringList{ u"highlight"_s, u"list"_s, u"--week"_s, u"next"_s } << 2 << u"next"_s;
    QTest::newRow("from without to") << QStringList{ u"highlight"_s, u"set"_s, call, u"--reason"_s, u"x"_s,
                                                     u"--from"_s, u"10"_s }
                                     << 2 << u"--to"_s;
    QTest::newRow("to before from") << QStringList{ u"highlight"_s, u"set"_s, call, u"--reason"_s, u"x"_s,
                                                    u"--from"_s, u"10"_s, u"--to"_s, u"5"_s }
                                    << 2 << u"--to"_s;
    QTest::newRow("past the end") << QStringList{ u"highlight"_s, u"set"_s, call, u"--reason"_s, u"x"_s,
                                                  u"--from"_s, u"10"_s, u"--to"_s, u"9:00"_s }
                                  << 1 << u"3:00"_s;
    QTest::newRow("unknown team") << QStringList{ u"highlight"_s, u"set"_s, call, u"--reason"_s, u"x"_s,
                                                  u"--team"_s, u"Sales"_s }
                                  << 1 << u"Sales"_s;
    QTest::newRow("unknown call") << QStringList{ u"highlight"_s, u"set"_s, u"999"_s, u"--reason"_s, u"x"_s } << 1
                                  << u"999"_s;
    QTest::newRow("candidates without team") << QStringList{ u"highlight"_s, u"candidates"_s } << 2 << u"--team"_s;
    QTest::newRow("unknown rep") << QStringList{ u"highlight"_s, u"list"_s, u"--rep"_s, u"Nobody"_s } << 1
                                 << u"Nobody"_s;
}

void TestHighlightCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const ProcessResult r = coach(arguments);
    QVERIFY2(r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), describe(r).constData());
    // Nothing was stored by a refused command.
    QCOMPARE(json({ u"highlight"_s, u"list"_s, u"--history"_s, u"--json"_s }).array().size(), 0);
}

void TestHighlightCli::teamsListsZones()
{
    const QJsonArray teams = json({ u"teams"_s, u"--json"_s }).array();
    QCOMPARE(teams.size(), 2);
    const QJsonObject billing = teams.at(0).toObject();
    QCOMPARE(billing.value(u"name"_s).toString(), u"Billing"_s);
    QCOMPARE(billing.value(u"id"_s).toInteger(), m_fx.billing.value());
    QVERIFY(billing.value(u"time_zone"_s).isNull());
    QCOMPARE(billing.value(u"effective_time_zone"_s).toString(), u"UTC"_s); // TZ=UTC
    QCOMPARE(teams.at(1).toObject().value(u"name"_s).toString(), u"Tech Support"_s);

    const ProcessResult text = coach({ u"teams"_s });
    QVERIFY2(text.exitCode == 0, describe(text).constData());
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"Billing"_s) && lines.at(0).contains(u"UTC"_s), qPrintable(lines.at(0)));
}

void TestHighlightCli::teamsSetZoneRegroupsWeeks()
{
    const auto weekCalls = [this](const QString &week) {
        QList<qint64> ids;
        const QJsonArray array = json({ u"highlight"_s, u"candidates"_s, u"--team"_s, u"Billing"_s, u"--week"_s,
                                        week, u"--json"_s })
                                         .array();
        for (const QJsonValue &candidate : array)
            ids << candidate.toObject().value(u"call_id"_s).toInteger();
        return ids;
    };
    // Sunday 22 Nov, 12:00 UTC: W47 on this machine (TZ=UTC), Monday 01:00 of W48 in Auckland.
    QVERIFY(weekCalls(u"2026-W47"_s).contains(m_fx.sundayNoon.value()));
    QVERIFY(!weekCalls(u"2026-W48"_s).contains(m_fx.sundayNoon.value()));

    const ProcessResult set = coach({ u"teams"_s, u"set-zone"_s, u"billing"_s, u"Pacific/Auckland"_s });
    QVERIFY2(set.exitCode == 0, describe(set).constData());
    QVERIFY2(QString::fromUtf8(set.out).contains(u"Pacific/Auckland"_s), describe(set).constData());
    const QJsonArray teams = json({ u"teams"_s, u"--json"_s }).array();
    QCOMPARE(teams.at(0).toObject().value(u"time_zone"_s).toString(), u"Pacific/Auckland"_s);
    QCOMPARE(teams.at(0).toObject().value(u"effective_time_zone"_s).toString(), u"Pacific/Auckland"_s);
    QVERIFY(teams.at(1).toObject().value(u"time_zone"_s).isNull());
    QVERIFY(!weekCalls(u"2026-W47"_s).contains(m_fx.sundayNoon.value()));
    QVERIFY(weekCalls(u"2026-W48"_s).contains(m_fx.sundayNoon.value()));

    // "local" goes back to the machine's zone; a team may be named by id.
    const ProcessResult local = coach({ u"teams"_s, u"set-zone"_s, QString::number(m_fx.billing.value()), u"local"_s });
    QVERIFY2(local.exitCode == 0, describe(local).constData());
    QVERIFY(json({ u"teams"_s, u"--json"_s }).array().at(0).toObject().value(u"time_zone"_s).isNull());
    QVERIFY(weekCalls(u"2026-W47"_s).contains(m_fx.sundayNoon.value()));
}

void TestHighlightCli::teamsSetZoneErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown zone") << QStringList{ u"teams"_s, u"set-zone"_s, u"Billing"_s, u"Mars/Base"_s } << 1
                                  << u"Mars/Base"_s;
    QTest::newRow("unknown team") << QStringList{ u"teams"_s, u"set-zone"_s, u"Sales"_s, u"Europe/Berlin"_s } << 1
                                  << u"Sales"_s;
    QTest::newRow("no zone") << QStringList{ u"teams"_s, u"set-zone"_s, u"Billing"_s } << 2 << u"set-zone"_s;
    QTest::newRow("unknown verb") << QStringList{ u"teams"_s, u"rename"_s } << 2 << u"rename"_s;
}

void TestHighlightCli::teamsSetZoneErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const ProcessResult r = coach(arguments);
    QVERIFY2(r.exitCode == exitCode, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mentions), describe(r).constData());
    // Refused: no team's zone changed.
    const QJsonArray teams = json({ u"teams"_s, u"--json"_s }).array();
    for (const QJsonValue &team : teams)
        QVERIFY(team.toObject().value(u"time_zone"_s).isNull());
}

QTEST_GUILESS_MAIN(TestHighlightCli)
#include "TestHighlightCli.moc"
