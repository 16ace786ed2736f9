// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IsoWeek.h"
#include "model/HighlightCandidate.h"
#include "model/TimeRange.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

/*
 * How the Highlights section words weeks, regions and a candidate's evidence,
 * shared by the cards, the history table and the editor so they agree.
 * Stateless; dates in the system locale.
 */
class HighlightFormat final
{
    Q_DECLARE_TR_FUNCTIONS(HighlightFormat)
public:
    // "Week 48, 2026 · 23 Nov – 29 Nov"
    [[nodiscard]] static QString weekTitle(coach::IsoWeek week);
    // "0:30–1:15", or "Whole call"
    [[nodiscard]] static QString region(const std::optional<coach::TimeRange> &region);
    // "1 confirmed effective moment · 2 pattern tags · CSAT 5 · felt heard 5":
    // why a candidate is listed, without its score, which only orders the list.
    [[nodiscard]] static QString evidence(const coach::HighlightCandidate &candidate);
    // "Pacific/Auckland · UTC+13:00" for a team zone that is not the machine's;
    // empty for '' or the machine's own zone.
    [[nodiscard]] static QString zoneNote(const QString &ianaId);
    // "Pacific/Auckland (UTC+13:00)", the machine's zone for ''.
    [[nodiscard]] static QString zoneName(const QString &ianaId);
};
