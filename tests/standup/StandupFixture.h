// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IsoWeek.h"
#include "core/TaskControl.h"
#include "model/Highlight.h"
#include "services/ImportService.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"

#include <QDir>
#include <QHash>

/*
 * The demo library (resources/demo: voiced Opus calls with WebVTT transcripts
 * and a manifest) imported into a fresh database, plus what a manager would
 * add for a standup in 2026-W46 (9–15 Nov), in the machine's zone:
 *
 *   Billing:      Maya Okafor (02, Tue 10 Nov), Priya Nair (03, Thu 12 Nov)
 *   highlight     call 03, [0:20, 0:50], "She names the fee before the customer has to", pattern empathy bridge
 *   tips          02 [0:05, 0:35] paraphrase-and-confirm; 02 moment at 1:00 "Yes, And";
 *                 03 [1:00, 1:25] pause button; 03 [1:30, 1:50] off-script — effective
 *   not tips      02 [0:40, 0:50] canned empathy (an anti-pattern); 03 moment at 0:10 layered
 *                 questioning, suggested; call 05 (Maya, W47) empathy bridge; call 01 (Tech Support)
 */
struct StandupFixture
{
    coach::Team billing;
    coach::Team tech;
    coach::CallId maya;  // 02-website-in-stock
    coach::CallId priya; // 03-overdraft-fee-dispute
    coach::CallId mayaNextWeek;
    coach::CallId techCall;
    QList<coach::AnnotationId> tips; // the four tips above, in that order
    coach::IsoWeek week{ 2026, 46 };

    // An empty string on success, else what failed.
    QString fill(coach::Database &db)
    {
        using namespace coach;
        const QString demo = QStringLiteral(COACH_SOURCE_DIR "/resources/demo");
        TaskControl control;
        const auto imported = ImportService(db).run({ { demo }, demo + QStringLiteral("/manifest.csv") }, control);
        if (!imported)
            return imported.error().message();
        if (imported->imported != 6)
            return QStringLiteral("imported %1 calls, not 6").arg(imported->imported);

        const auto teams = PeopleRepository(db).teams();
        if (!teams)
            return teams.error().message();
        for (const Team &t : *teams) {
            if (t.name == QLatin1String("Billing"))
                billing = t;
            else if (t.name == QLatin1String("Tech Support"))
                tech = t;
        }
        CallQuery query;
        const auto calls = CallRepository(db).list(query, 0, 100);
        if (!calls)
            return calls.error().message();
        for (const Call &call : *calls) {
            const QString file = QFileInfo(call.recordingPath).fileName();
            if (file.startsWith(QLatin1String("02-")))
                maya = call.id;
            else if (file.startsWith(QLatin1String("03-")))
                priya = call.id;
            else if (file.startsWith(QLatin1String("05-")))
                mayaNextWeek = call.id;
            else if (file.startsWith(QLatin1String("01-")))
                techCall = call.id;
        }
        if (!billing.id.isValid() || !maya.isValid() || !priya.isValid())
            return QStringLiteral("the demo's teams or calls are not as expected");

        TagRepository tagRepository(db);
        AnnotationRepository annotations(db);
        const auto add = [&](CallId call, qint64 from, qint64 to, const QString &tagKey, const QString &comment,
                             bool suggested = false) -> Result<AnnotationId> {
            const auto tag = tagRepository.resolve(tagKey);
            if (!tag)
                return std::unexpected(tag.error());
            Annotation a;
            a.call = call;
            a.startMs = from;
            a.endMs = to;
            a.tag = tag->id;
            a.comment = comment;
            a.author = QStringLiteral("Sam Lead");
            a.suggested = suggested;
            return annotations.insert(a);
        };
        struct Mark
        {
            CallId call;
            qint64 from, to;
            QString tag, comment;
            bool suggested = false;
            bool tip = false;
        };
        const QList<Mark> marks{
            { maya, 5'000, 35'000, QStringLiteral("pattern.paraphrase_confirm"),
              QStringLiteral("Listen for how she repeats the order number back"), false, true },
            { maya, 60'000, 60'000, QStringLiteral("pattern.yes_and"), QStringLiteral("“Yes, and we can…”"), false, true },
            { priya, 60'000, 85'000, QStringLiteral("pattern.pause_button"), QStringLiteral("The pause before the offer"),
              false, true },
            { priya, 90'000, 110'000, QStringLiteral("off_script.effective"), QStringLiteral("Leaves the script to waive the fee"),
              false, true },
            { maya, 40'000, 50'000, QStringLiteral("anti.canned_empathy"), QStringLiteral("Canned"), false, false },
            { priya, 10'000, 10'000, QStringLiteral("pattern.layered_questioning"), QString(), true, false },
            { mayaNextWeek, 10'000, 30'000, QStringLiteral("pattern.empathy_bridge"), QString(), false, false },
            { techCall, 10'000, 30'000, QStringLiteral("pattern.empathy_bridge"), QString(), false, false },
        };
        for (const Mark &m : marks) {
            const auto id = add(m.call, m.from, m.to, m.tag, m.comment, m.suggested);
            if (!id)
                return id.error().message();
            if (m.tip)
                tips.append(*id);
        }

        const auto pattern = tagRepository.resolve(QStringLiteral("pattern.empathy_bridge"));
        if (!pattern)
            return pattern.error().message();
        Highlight h;
        h.team = billing.id;
        h.week = week;
        h.call = priya;
        h.region = TimeRange{ 20'000, 50'000 };
        h.reason = QStringLiteral("She names the fee before the customer has to");
        h.patternTag = pattern->id;
        h.chosenBy = QStringLiteral("Sam Lead");
        if (const auto set = HighlightRepository(db).set(h); !set)
            return set.error().message();
        return {};
    }
};
