// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "model/TimeRange.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace coach {

/*
 * A call that could be a week's highlight: it carries at least one
 * "off-script — effective" annotation. HighlightCandidates fills the evidence
 * and the score it ranks by; `region` and `patternTag` are a starting point
 * for the manager's choice, not a decision.
 */
struct HighlightCandidate
{
    CallId call;
    RepId rep;
    QString repName;
    QDateTime callStartedAt; // UTC
    qint64 callDurationMs = 0;

    // The span of the best effective off-script annotation (confirmed before
    // suggested, then the longest, then the earliest); a moment becomes the
    // 30 seconds from 5 seconds before it, kept inside the call.
    TimeRange region;
    QString regionComment;
    TagId patternTag; // the pattern tag overlapping `region` most; invalid: none
    QString patternKey;
    QString patternLabel;

    // The evidence the score is built from (see HighlightCandidates).
    int effectiveConfirmed = 0;
    int effectiveSuggested = 0;
    qint64 effectiveMs = 0; // total length of the effective off-script annotations
    int patternCount = 0;   // pattern-tagged annotations on the call
    std::optional<double> csat;
    std::optional<double> feltHeard;

    double score = 0.0;
};

} // namespace coach
