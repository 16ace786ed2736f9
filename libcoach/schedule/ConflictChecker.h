// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/BusyBlock.h"
#include "schedule/Conflict.h"
#include "schedule/Occurrence.h"
#include "schedule/Shift.h"
#include "schedule/WorkingHours.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace coach {

/*
 * Finds what stands in a meeting's way: another meeting of a shared
 * participant (or of the manager, who attends one-on-ones and huddles but not
 * buddy debriefs), busy time from another calendar, time off, or hours outside
 * a rep's shift or working week. Pure: give it the facts, ask about
 * candidates. A rep with no hours and no shifts is taken to be available.
 */
class ConflictChecker final
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChecker)
public:
    struct Facts
    {
        QList<Occurrence> existing;
        QList<BusyBlock> busy;
        QList<WorkingHours> hours;
        QList<Shift> shifts;
        QHash<qint64, QString> repNames;
    };

    explicit ConflictChecker(Facts facts)
        : m_facts(std::move(facts))
    {
    }

    [[nodiscard]] QList<Conflict> check(const Occurrence &candidate) const;
    [[nodiscard]] QList<Conflict> check(const QList<Occurrence> &candidates) const;

    [[nodiscard]] static bool managerAttends(SessionKind kind) { return kind != SessionKind::BuddyDebrief; }
    // Whether the rep is working for the whole of [start, end).
    [[nodiscard]] bool isWorking(RepId rep, const QDateTime &start, const QDateTime &end) const;

private:
    [[nodiscard]] QString repName(RepId rep) const;

    Facts m_facts;
};

} // namespace coach
