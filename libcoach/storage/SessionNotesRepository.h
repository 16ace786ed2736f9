// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/ActionItem.h"
#include "schedule/CheckIn.h"
#include "schedule/HuddleEntry.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace coach {

class Database;

/*
 * What is kept about one meeting: well-being check-ins, action items, calls
 * to discuss and huddle entries. All private to the library. A meeting is
 * (session, occurrence), where occurrence is its original start (RECURRENCE-ID).
 */
class SessionNotesRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SessionNotesRepository)
public:
    explicit SessionNotesRepository(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<void> saveCheckIn(const CheckIn &checkIn);
    [[nodiscard]] Result<std::optional<CheckIn>> checkIn(SessionId session, const QDateTime &occurrence,
                                                         RepId rep) const;
    [[nodiscard]] Result<QList<CheckIn>> checkInsOf(RepId rep) const;

    [[nodiscard]] Result<ActionItemId> addActionItem(const ActionItem &item);
    [[nodiscard]] Result<void> setActionItemDone(ActionItemId id, bool done);
    // Raised at this meeting, plus still-open ones raised earlier in the series (marked carried).
    [[nodiscard]] Result<QList<ActionItem>> actionItemsFor(SessionId session, const QDateTime &occurrence) const;
    // Open items a rep owns, across every series, oldest first.
    [[nodiscard]] Result<QList<ActionItem>> openActionItemsOf(RepId rep) const;

    [[nodiscard]] Result<void> linkCall(SessionId session, const QDateTime &occurrence, CallId call);
    [[nodiscard]] Result<void> unlinkCall(SessionId session, const QDateTime &occurrence, CallId call);
    [[nodiscard]] Result<QList<CallId>> linkedCalls(SessionId session, const QDateTime &occurrence) const;

    [[nodiscard]] Result<void> saveHuddleEntry(const HuddleEntry &entry);
    [[nodiscard]] Result<QList<HuddleEntry>> huddleEntries(SessionId session, const QDateTime &occurrence) const;

private:
    const Database &m_db;
};

} // namespace coach
