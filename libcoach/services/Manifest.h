// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace coach {

// One row of a contact centre's call export, as it applies to a recording.
struct ManifestRow
{
    int line = 0; // 1-based line in the CSV, for messages
    QString file; // as written in the CSV: a file name or a path relative to the CSV
    QString rep;
    QString team;
    QString teamTimeZone; // IANA id the system knows; import sets it on the team
    QDateTime startedAt;
    QString queue;
    QString customerRef;
    AgentChannel agentChannel = AgentChannel::Unknown;
    std::optional<double> csat;
    std::optional<double> feltHeard;
    std::optional<bool> firstContactResolution;
    std::optional<bool> repeatContact;
    std::optional<qint64> handleTimeS;
};

/*
 * A parsed manifest. Rows are found by the recording's absolute path or, failing
 * that, its file name, so a manifest that lists bare names still matches a
 * folder imported recursively.
 */
struct Manifest
{
    QString path;
    QList<ManifestRow> rows;
    // The fields the header gave, in file order, by their README names:
    // file, rep, team, started_at, queue, customer_ref, csat, felt_heard, fcr,
    // repeat_contact, handle_time, agent_channel, team_time_zone.
    QStringList recognisedColumns;
    QStringList unknownColumns;    // reported, not fatal
    QStringList problems;       // one line per bad row or value, naming the line

    [[nodiscard]] const ManifestRow *rowFor(const QString &recordingPath) const;

    QHash<QString, qsizetype> byPath; // absolute path → index in rows
    QHash<QString, qsizetype> byName; // file name → index in rows
};

} // namespace coach
