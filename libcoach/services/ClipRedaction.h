// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "export/StandupPack.h"
#include "media/ClipRequest.h"
#include "model/Call.h"
#include "model/Id.h"
#include "model/Segment.h"
#include "model/TimeRange.h"
#include "redact/RedactedExcerpt.h"

#include <QCoreApplication>
#include <QList>

namespace coach {

class Database;

/*
 * The personal data to bleep in a clip of a call, so no export leaves the
 * building with a customer's card number or name in it. The transcript's
 * segments overlapping the clip go through ExcerptRedactor (with the library's
 * reps and the call's customer as known names, as for an exercise); each
 * detection becomes a bleep in the voice of whoever said it, and the segments
 * come back with the placeholders ("[card number]") in place of the data, for
 * captions and cue sheets.
 *
 * A call without a transcript, or a clip where nobody speaks, has nothing to
 * bleep: that is no error. Used on the thread that opened the Database.
 */
class ClipRedaction final
{
    Q_DECLARE_TR_FUNCTIONS(ClipRedaction)
public:
    struct Outcome
    {
        ClipRedactions bleeps; // recording time, per voice
        // The transcript's segments overlapping the clip, in order, speaker
        // labels as stored and the text redacted.
        QList<Segment> segments;
    };

    explicit ClipRedaction(const Database &db)
        : m_db(db)
    {
    }

    [[nodiscard]] Result<Outcome> plan(CallId call, const TimeRange &range) const;

    // Redacts every clip of a planned pack: its bleeps go into
    // StandupClip::redactions and its segments' text is replaced, so the
    // captions and the cue sheet show placeholders. Returns the spans bleeped.
    [[nodiscard]] Result<int> apply(StandupPack &pack) const;

    // The redactor's bleeps as clip redactions. Which channel a voice is on is
    // the exporter's business (ClipRequest::agentChannel); with the agent's
    // channel unknown, a bleep covers both, since the guess could be wrong.
    [[nodiscard]] static ClipRedactions bleeps(const RedactedExcerpt &excerpt, AgentChannel agentChannel);

private:
    const Database &m_db;
};

} // namespace coach
