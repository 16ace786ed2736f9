// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/MeetingNotes.h"

#include <QCoreApplication>

namespace coach {
class Database;
}

/*
 * Reads a meeting's notes from the library and writes back what changed:
 * the notes repository's writes share one transaction, and a status change
 * goes through ScheduleService afterwards (it holds its own). Borrows the
 * Database; lives on its thread.
 */
class MeetingNotesStore final
{
    Q_DECLARE_TR_FUNCTIONS(MeetingNotesStore)
public:
    explicit MeetingNotesStore(const coach::Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] coach::Result<MeetingNotes> load(const coach::Occurrence &meeting) const;
    // Writes the differences between `before` (as load() gave it) and `after`.
    [[nodiscard]] coach::Result<void> save(const MeetingNotes &before, const MeetingNotes &after);

private:
    const coach::Database &m_db;
};
