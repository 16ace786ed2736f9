// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "services/Manifest.h"

#include <QCoreApplication>

namespace coach {

/*
 * Reads a CSV manifest whose header row names the columns. Known columns
 * (file, rep, team, started_at, queue, customer_ref, csat, felt_heard, fcr,
 * repeat_contact, handle_time, agent_channel, team_time_zone) are matched case-
 * and punctuation-insensitively, with common aliases ("agent", "date", "AHT"…).
 * A missing file column is fatal; a bad value is a problem on that row only.
 * A team given two different zones keeps the first; the others are problems.
 */
class ManifestReader final
{
    Q_DECLARE_TR_FUNCTIONS(ManifestReader)
public:
    [[nodiscard]] static Result<Manifest> read(const QString &path);
    [[nodiscard]] static Result<Manifest> parse(const QByteArray &csv, const QString &path);
};

} // namespace coach
