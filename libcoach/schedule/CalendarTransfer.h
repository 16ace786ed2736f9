// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/IcsImporter.h"
#include "schedule/ScheduleIds.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace coach {

class Database;

/*
 * The library's calendar in and out as .ics. Export writes every session, or
 * one series, through IcsExporter. Import reads a file with IcsImporter and
 * stores it either as busy time (for conflict checks) or as sessions; it is
 * all-or-nothing per file: every check runs first and the writes share one
 * transaction, so a failed import leaves the library exactly as it was.
 * Works on its Database's thread.
 */
class CalendarTransfer final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarTransfer)
public:
    enum class ImportMode { BusyTime, Sessions };

    struct ImportOptions
    {
        ImportMode mode = ImportMode::BusyTime;
        RepId busyOwner;      // whose busy time; invalid = the manager's
        QDateTime from;       // busy-time window; invalid = today
        QDateTime to;         //                  invalid = a year from `from`
        QString floatingZone; // for floating times; empty = the machine's
        bool allowPast = false;      // sessions: accept meetings that are over
        bool allowConflicts = false; // sessions: accept overlaps
    };

    struct ImportReport
    {
        int events = 0;
        int busyBlocks = 0;
        int sessionsAdded = 0;
        int sessionsUpdated = 0;
    };

    explicit CalendarTransfer(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<QByteArray> exportIcs(std::optional<SessionId> series = {}) const;
    // Written to a temporary file and renamed, so a failed export leaves no half file.
    [[nodiscard]] Result<int> exportToFile(const QString &path, std::optional<SessionId> series = {}) const;

    [[nodiscard]] Result<ImportReport> importFile(const QString &path, const ImportOptions &options);

private:
    [[nodiscard]] Result<ImportReport> importBusy(const QString &file, const QList<IcsEvent> &events,
                                                  const ImportOptions &options);
    [[nodiscard]] Result<ImportReport> importSessions(const QString &file, const QList<IcsEvent> &events,
                                                      const ImportOptions &options);

    const Database &m_db;
};

} // namespace coach
