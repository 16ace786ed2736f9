// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/IsoWeek.h"
#include "model/Highlight.h"
#include "model/HighlightCandidate.h"
#include "model/Rep.h"

#include <QList>
#include <QString>

#include <optional>

// What the Highlights section shows for one team in one ISO week: the current
// highlight, or the ranked candidates for the empty slot (kept in both cases,
// so a manager can change their mind). `error` says why a part could not be read.
struct TeamWeekSlot
{
    coach::Team team;
    coach::IsoWeek week;
    std::optional<coach::Highlight> highlight;
    QList<coach::HighlightCandidate> candidates;
    int historyCount = 0; // choices ever made for this week, the current one included
    QString error;
};
