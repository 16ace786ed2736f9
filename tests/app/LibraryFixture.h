// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"

#include <QList>
#include <QString>
#include <QTest>

#include <memory>

/*
 * Fills a library file with made-up calls through libcoach's repositories, the
 * way an import would, and remembers what it wrote so a test can compute what
 * a filter should match. Every field is varied so each column has something to
 * sort by; about one call in ten has no CSAT.
 */
class LibraryFixture final
{
public:
    struct Person
    {
        QString rep;
        QString team;
    };

    static QList<Person> people()
    {
        return {
            {QStringLiteral("Dana Ortiz"), QStringLiteral("Billing")},
            {QStringLiteral("Sam Ortiz"), QStringLiteral("Returns")},
            {QStringLiteral("Alex Kim"), QStringLiteral("Billing")},
            {QStringLiteral("Priya Natarajan"), QStringLiteral("Tech Support")},
            {QStringLiteral("Jordan Blake"), QStringLiteral("Returns")},
            {QStringLiteral("Chris Moreau"), QStringLiteral("Tech Support")},
            {QStringLiteral("Maya Lindqvist"), QStringLiteral("Billing")},
        };
    }

    static QStringList queues()
    {
        return {QStringLiteral("Billing Disputes"), QStringLiteral("Cancellations"), QStringLiteral("Orders"),
                QStringLiteral("Technical")};
    }

    // Writes `count` calls; recordings live under `recordingDir` (they need not exist).
    static QList<coach::Call> fill(const coach::Database &db, int count, const QString &recordingDir)
    {
        coach::PeopleRepository peopleRepo(db);
        QList<coach::RepId> reps;
        for (const Person &person : people()) {
            const auto team = peopleRepo.ensureTeam(person.team);
            if (!team)
                qFatal("ensureTeam: %s", qPrintable(team.error().message()));
            const auto rep = peopleRepo.ensureRep(person.rep, *team);
            if (!rep)
                qFatal("ensureRep: %s", qPrintable(rep.error().message()));
            reps << *rep;
        }

        QList<coach::Call> written;
        coach::CallRepository calls(db);
        coach::Transaction transaction(db);
        const QDateTime base(QDate(2024, 3, 4), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const int who = (i * 5 + i / 7) % int(reps.size());
            coach::Call call;
            call.recordingPath = QStringLiteral("%1/call-%2.wav").arg(recordingDir).arg(i, 5, 10, QLatin1Char('0'));
            call.fingerprint = QStringLiteral("fp-%1").arg(i);
            call.audio.durationMs = 20'000 + qint64((i * 7919) % 3'700) * 1000 + i % 1000;
            call.audio.channels = i % 5 == 0 ? 1 : 2;
            call.audio.sampleRate = i % 3 == 0 ? 8000 : 16000;
            call.audio.codec = QStringLiteral("pcm_mulaw");
            call.audio.codecName = QStringLiteral("PCM mu-law / G.711 mu-law");
            call.audio.container = QStringLiteral("wav");
            call.agentChannel = call.audio.channels == 2 ? coach::AgentChannel::Left : coach::AgentChannel::Unknown;
            // Spread over months, out of insertion order, so a date sort has work to do.
            call.startedAt = base.addSecs(qint64((i * 104729) % 9'000'000));
            call.repId = reps.at(who);
            call.repName = people().at(who).rep;
            call.teamName = people().at(who).team;
            call.queue = queues().at((i / 3) % queues().size());
            call.customerRef = QStringLiteral("CUST-%1").arg(10000 + (i * 37) % 5000);
            if (i % 10 != 3)
                call.csat = 1 + (i * 13) % 5 + (i % 4 == 0 ? 0.5 : 0.0);
            call.feltHeard = 1 + (i * 7) % 5;
            call.firstContactResolution = i % 3 != 0;
            call.repeatContact = i % 6 == 0;
            call.handleTimeS = 60 + (i * 31) % 900;
            const auto id = calls.insert(call);
            if (!id)
                qFatal("insert: %s", qPrintable(id.error().message()));
            call.id = *id;
            written << call;
        }
        if (const auto committed = transaction.commit(); !committed)
            qFatal("commit: %s", qPrintable(committed.error().message()));
        return written;
    }
};
