// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"
#include "model/Call.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

/*
 * A small library for the highlight tests, written through libcoach's
 * repositories the way import and review would. Calls of 2026-W48 start
 * mid-week at mid-day UTC, so they stay in W48 in every zone; `sundayNoon`
 * is the one call whose week depends on the zone it is read in.
 *
 *   billing      Maya Okafor, Priya Nair        tech         Daniel Reyes
 *   strong       Maya, Tue 24 Nov 10:00, 3:00, CSAT 5, felt heard 5:
 *                effective [0:30, 1:15] confirmed; empathy bridge [0:35, 1:00]; pause button [1:40, 1:50]
 *   weak         Maya, Thu 26 Nov 09:00, 3:20, CSAT 2, felt heard 2: effective [0:10, 0:20] confirmed
 *   suggested    Priya, Wed 25 Nov 14:00, 2:00, CSAT 3: effective moment at 0:50, suggested
 *   ineffective  Priya, Tue 24 Nov 11:00: only off-script — ineffective
 *   otherTeam    Daniel, Tue 24 Nov 12:00: effective, but Tech Support
 *   nextWeek     Maya, Mon 30 Nov 12:00 (W49): effective
 *   sundayNoon   Priya, Sun 22 Nov 12:00 UTC: effective; W48 in Auckland, W47 in Los Angeles
 *
 * Scores (see HighlightCandidates.h): strong 3 + 1.5 + 3 + 1 + 1 = 9.5,
 * weak 3 + 1/3 − 0.5 − 0.5 ≈ 2.333, suggested 1 + 0 + 0 = 1.
 */
struct HighlightFixture
{
    coach::TeamId billing;
    coach::TeamId tech;
    coach::RepId maya;
    coach::RepId priya;
    coach::RepId daniel;
    coach::CallId strong;
    coach::CallId weak;
    coach::CallId suggested;
    coach::CallId ineffective;
    coach::CallId otherTeam;
    coach::CallId nextWeek;
    coach::CallId sundayNoon;
    QHash<QString, coach::TagId> tags;
    // Set by open(); the library lives in `dir` and goes with it.
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<coach::Database> db;

    // A new library in a temporary folder, filled; an empty string on success, else what failed.
    QString open()
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return QStringLiteral("temporary folder: ") + dir->errorString();
        auto opened = coach::Database::open(dir->filePath(QStringLiteral("library.coachdb")));
        if (!opened)
            return opened.error().message();
        db = std::move(*opened);
        return fill(*db);
    }

    // Fills `db`; an empty string on success, else what failed.
    QString fill(const coach::Database &db)
    {
        using namespace coach;
        PeopleRepository people(db);
        const auto b = people.ensureTeam(QStringLiteral("Billing"));
        const auto t = people.ensureTeam(QStringLiteral("Tech Support"));
        if (!b || !t)
            return QStringLiteral("teams");
        billing = *b;
        tech = *t;
        const auto m = people.ensureRep(QStringLiteral("Maya Okafor"), billing);
        const auto p = people.ensureRep(QStringLiteral("Priya Nair"), billing);
        const auto d = people.ensureRep(QStringLiteral("Daniel Reyes"), tech);
        if (!m || !p || !d)
            return QStringLiteral("reps");
        maya = *m;
        priya = *p;
        daniel = *d;
        const auto all = TagRepository(db).all();
        if (!all)
            return all.error().message();
        for (const Tag &tag : *all)
            tags.insert(tag.key, tag.id);

        QString failure;
        int n = 0;
        const auto call = [&](RepId rep, QDateTime startedAt, qint64 durationMs, std::optional<double> csat,
                              std::optional<double> feltHeard) {
            Call c;
            c.recordingPath = QStringLiteral("/recordings/highlight-%1.opus").arg(++n);
            c.fingerprint = QStringLiteral("highlight-fp-%1").arg(n);
            c.audio.durationMs = durationMs;
            c.audio.channels = 2;
            c.audio.sampleRate = 16000;
            c.audio.codec = QStringLiteral("opus");
            c.startedAt = startedAt;
            c.importedAt = QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC);
            c.repId = rep;
            c.csat = csat;
            c.feltHeard = feltHeard;
            const auto id = CallRepository(db).insert(c);
            if (!id) {
                failure = id.error().message();
                return CallId();
            }
            return *id;
        };
        const auto mark = [&](CallId c, qint64 start, qint64 end, const QString &tagKey, bool isSuggested = false,
                              const QString &comment = {}) {
            Annotation a;
            a.call = c;
            a.startMs = start;
            a.endMs = end;
            a.tag = tags.value(tagKey);
            a.comment = comment;
            a.author = QStringLiteral("Sam Lee");
            a.suggested = isSuggested;
            if (const auto id = AnnotationRepository(db).insert(a); !id)
                failure = id.error().message();
        };
        const auto at = [](int day, int hour) { return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC); };
        const QString effective = QStringLiteral("off_script.effective");

        strong = call(maya, at(24, 10), 180'000, 5.0, 5.0);
        mark(strong, 30'000, 75'000, effective, false, QStringLiteral("Calms the customer, then fixes it"));
        mark(strong, 35'000, 60'000, QStringLiteral("pattern.empathy_bridge"));
        mark(strong, 100'000, 110'000, QStringLiteral("pattern.pause_button"));
        weak = call(maya, at(26, 9), 200'000, 2.0, 2.0);
        mark(weak, 10'000, 20'000, effective);
        suggested = call(priya, at(25, 14), 120'000, 3.0, std::nullopt);
        mark(suggested, 50'000, 50'000, effective, true);
        ineffective = call(priya, at(24, 11), 90'000, 4.0, 4.0);
        mark(ineffective, 5'000, 15'000, QStringLiteral("off_script.ineffective"));
        otherTeam = call(daniel, at(24, 12), 90'000, 5.0, 5.0);
        mark(otherTeam, 5'000, 15'000, effective);
        nextWeek = call(maya, at(30, 12), 90'000, 5.0, 5.0);
        mark(nextWeek, 5'000, 15'000, effective);
        sundayNoon = call(priya, at(22, 12), 90'000, 4.0, 4.0);
        mark(sundayNoon, 5'000, 15'000, effective);
        return failure;
    }
};
