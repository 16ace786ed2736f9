// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ClipRedaction.h"

#include "services/ExerciseBuilder.h"

#include <algorithm>

namespace coach {

ClipRedactions ClipRedaction::bleeps(const RedactedExcerpt &excerpt, AgentChannel agentChannel)
{
    ClipRedactions out;
    const bool voicesKnown = agentChannel == AgentChannel::Left || agentChannel == AgentChannel::Right;
    for (const BleepSpan &bleep : excerpt.bleeps) {
        RedactionChannel channel = RedactionChannel::Both;
        if (voicesKnown && bleep.role == SpeakerRole::Agent)
            channel = RedactionChannel::Agent;
        else if (voicesKnown && bleep.role == SpeakerRole::Customer)
            channel = RedactionChannel::Customer;
        out.append({ bleep.startMs, bleep.endMs, channel });
    }
    return out;
}

Result<ClipRedaction::Outcome> ClipRedaction::plan(CallId call, const TimeRange &range) const
{
    const ExerciseBuilder builder(m_db);
    const auto hasTranscript = builder.hasTranscript(call);
    if (!hasTranscript)
        return std::unexpected(hasTranscript.error());
    Outcome outcome;
    if (!*hasTranscript || range.length() <= 0)
        return outcome;
    // The exercise builder already gathers the segments, the known names and
    // the speakers' roles the way the redactor needs them.
    auto draft = builder.start(call, range);
    if (!draft) {
        if (draft.error().code() == ErrorCode::Empty)
            return outcome;
        return std::unexpected(draft.error());
    }
    outcome.bleeps = bleeps(draft->redacted, draft->call.agentChannel);
    for (const RedactedSegment &redacted : std::as_const(draft->redacted.segments)) {
        Segment segment = draft->source.segments.at(redacted.sourceIndex);
        segment.text = redacted.text;
        outcome.segments.append(segment);
    }
    return outcome;
}

Result<int> ClipRedaction::apply(StandupPack &pack) const
{
    int spans = 0;
    for (StandupClip &clip : pack.clips) {
        auto planned = plan(clip.call, clip.range);
        if (!planned)
            return std::unexpected(planned.error());
        clip.redactions = planned->bleeps;
        spans += int(planned->bleeps.size());
        // The planner renamed the speakers but kept the segments' times and order.
        for (Segment &segment : clip.segments) {
            const auto redacted = std::find_if(planned->segments.cbegin(), planned->segments.cend(),
                [&](const Segment &s) { return s.startMs == segment.startMs && s.endMs == segment.endMs; });
            if (redacted != planned->segments.cend())
                segment.text = redacted->text;
        }
    }
    return spans;
}

} // namespace coach
