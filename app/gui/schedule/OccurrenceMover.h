// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/Conflict.h"
#include "schedule/Occurrence.h"
#include "schedule/Session.h"

#include <QCoreApplication>

namespace coach {
class Database;
}

/*
 * Moving a meeting to another slot, as the week view asks: one meeting of a
 * series becomes a RECURRENCE-ID override (ScheduleService::moveOccurrence);
 * a single meeting, or a whole series, has its start shifted (and a weekly
 * rule's weekday with it). conflicts() says what stands in the way at the
 * new slot without saving; move() then saves, letting through only the
 * conflicts the caller accepted plus those the series already had elsewhere.
 * Borrows the Database; lives on its thread.
 */
class OccurrenceMover final
{
    Q_DECLARE_TR_FUNCTIONS(OccurrenceMover)
public:
    enum class Scope { Meeting, Series };

    explicit OccurrenceMover(const coach::Database &db)
        : m_db(db)
    {
    }

    // The conflicts the moved meeting (or series) would have at `startUtc`.
    [[nodiscard]] coach::Result<QList<coach::Conflict>> conflicts(const coach::Occurrence &meeting,
                                                                  const QDateTime &startUtc, Scope scope) const;
    [[nodiscard]] coach::Result<coach::Session> move(const coach::Occurrence &meeting, const QDateTime &startUtc,
                                                     Scope scope, bool allowConflicts);

private:
    // The session as it would be after the move, and whether that is a one-meeting override.
    [[nodiscard]] coach::Result<coach::Session> moved(const coach::Occurrence &meeting, const QDateTime &startUtc,
                                                      Scope scope) const;

    const coach::Database &m_db;
};
