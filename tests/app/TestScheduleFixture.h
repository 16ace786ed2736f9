// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/ScheduleService.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

/*
 * A real library in a temporary folder with three reps of one team, and a
 * helper that plans sessions through ScheduleService, for the Schedule
 * section's tests. Times are local wall-clock times in a week a few weeks
 * ahead, so "in the past" never gets in the way.
 */
class TestScheduleFixture final
{
public:
    QTemporaryDir dir;
    std::unique_ptr<coach::Database> db;
    QList<coach::RepId> reps;

    bool open()
    {
        auto opened = coach::Database::open(dir.filePath(QStringLiteral("schedule.coachdb")));
        if (!opened)
            return false;
        db = std::move(*opened);
        coach::PeopleRepository people(*db);
        const auto team = people.ensureTeam(QStringLiteral("Billing"));
        if (!team)
            return false;
        for (const QString &name : {QStringLiteral("Dana Ortiz"), QStringLiteral("Sam Ortiz"), QStringLiteral("Alex Kim")}) {
            const auto rep = people.ensureRep(name, *team);
            if (!rep)
                return false;
            reps << *rep;
        }
        return true;
    }

    // The Monday `weeks` weeks from now.
    static QDate futureMonday(int weeks = 3)
    {
        const QDate day = QDate::currentDate().addDays(7 * weeks);
        return day.addDays(1 - day.dayOfWeek());
    }

    static QString zone()
    {
        return QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }

    coach::Session add(const QList<coach::RepId> &who, const QDateTime &localStart, int minutes = 30,
                       const QString &rrule = {}, coach::SessionKind kind = coach::SessionKind::OneOnOne)
    {
        coach::Session s;
        s.kind = kind;
        s.title = QStringLiteral("Session %1").arg(++m_count);
        s.participants = who;
        s.start = localStart.toUTC();
        s.durationMin = minutes;
        s.timeZone = zone();
        s.rrule = rrule;
        const auto saved = coach::ScheduleService(*db).addSession(s, {true, true});
        if (!saved)
            qFatal("addSession: %s", qPrintable(saved.error().message()));
        return *saved;
    }

private:
    int m_count = 0;
};
