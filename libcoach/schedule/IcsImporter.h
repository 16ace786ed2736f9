// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/IcsEvent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace coach {

/*
 * Reads an .ics file from any client with libical: VEVENTs with their
 * RECURRENCE-ID overrides, time zones from the file's VTIMEZONEs or libical's
 * builtin ones, every recurrence expanded by libical inside a bounded window.
 * Either the whole file reads or an error names the file, the event and the
 * cause (malformed content, unknown time zone, a rule that gives nothing, too
 * many meetings); it never writes anything. Stateless; safe on any thread.
 */
class IcsImporter final
{
    Q_DECLARE_TR_FUNCTIONS(IcsImporter)
public:
    struct Options
    {
        QDateTime from; // expansion window, UTC; invalid = a year back
        QDateTime to;   //                          invalid = two years ahead
        QString floatingZone; // IANA id for floating times and all-day dates; empty = the machine's
        qsizetype maxOccurrences = 100000; // across the file
    };

    // Files larger than this are refused rather than parsed.
    static constexpr qint64 MaxFileSize = 32 * 1024 * 1024;

    [[nodiscard]] static Result<QList<IcsEvent>> readFile(const QString &path, const Options &options);
    // `name` is how messages call the data (a file name).
    [[nodiscard]] static Result<QList<IcsEvent>> read(const QByteArray &data, const QString &name,
                                                      const Options &options);
};

} // namespace coach
