// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipExportSources.h"

#include "review/AnnotationListView.h"
#include "review/AnnotationModel.h"
#include "review/ReviewController.h"
#include "review/ReviewPage.h"
#include "review/TranscriptModel.h"
#include "review/WaveformWidget.h"

#include "export/ClipDefaults.h"
#include "services/ClipRedaction.h"
#include "storage/CallRepository.h"
#include "storage/TranscriptRepository.h"

#include <algorithm>

ClipExportSource ClipExportSources::fromReview(const ReviewController &review, const ReviewPage &page)
{
    ClipExportSource source;
    source.call = review.call();
    const qint64 duration = source.call.audio.durationMs;
    const coach::TimeRange selection = page.waveform()->selection();
    const AnnotationModel *annotations = review.annotationModel();
    const int row = annotations->rowOf(page.annotationList()->currentAnnotation());
    if (selection.length() > 0) {
        source.range = selection;
    } else if (row >= 0) {
        source.annotation = annotations->annotation(row);
        source.range = coach::ClipDefaults::rangeFor(*source.annotation, duration);
    } else {
        const qint64 start = std::clamp<qint64>(review.position(), 0, std::max<qint64>(0, duration - 1000));
        source.range = { start, std::min(start + coach::ClipDefaults::kMomentClipMs, std::max(duration, start + 1000)) };
    }
    // An annotation that covers the selection still names what it shows.
    if (!source.annotation) {
        for (const coach::Annotation &annotation : annotations->annotations()) {
            if (!annotation.isMoment() && annotation.startMs <= source.range.startMs && annotation.endMs >= source.range.endMs) {
                source.annotation = annotation;
                break;
            }
        }
    }
    const TranscriptModel *transcript = review.transcriptModel();
    source.segments = transcript->segments();
    QHash<QString, coach::SpeakerRole> roles;
    for (const coach::Segment &segment : source.segments)
        roles.insert(segment.speaker, transcript->roleOf(segment.speaker));
    source.speakerNames = coach::ClipDefaults::speakerNames(roles, source.call);
    return source;
}

coach::Result<ClipExportSource> ClipExportSources::fromHighlight(const coach::Database &db,
                                                                 const coach::Highlight &highlight)
{
    auto call = coach::CallRepository(db).find(highlight.call);
    if (!call)
        return std::unexpected(call.error());
    if (!call->has_value())
        return coach::fail(coach::ErrorCode::NotFound,
            tr("The highlight's call (%1) is no longer in the library.").arg(highlight.call.value()));
    ClipExportSource source;
    source.call = **call;
    source.range = highlight.region.value_or(coach::TimeRange { 0, source.call.audio.durationMs });
    source.pattern = highlight.patternLabel.isEmpty() ? highlight.reason
        : highlight.reason.isEmpty()                  ? highlight.patternLabel
                                                      : highlight.patternLabel + u": " + highlight.reason;
    coach::TranscriptRepository transcripts(db);
    auto segments = transcripts.segments(highlight.call);
    if (!segments)
        return std::unexpected(segments.error());
    source.segments = *segments;
    if (auto roles = transcripts.speakerRoles(highlight.call))
        source.speakerNames = coach::ClipDefaults::speakerNames(*roles, source.call);
    return source;
}

coach::Result<void> ClipExportSources::addPersonalData(const coach::Database &db, ClipExportSource &source)
{
    // The whole call, so the count and the bleeps follow the range as it is edited.
    auto planned = coach::ClipRedaction(db).plan(source.call.id, { 0, std::max<qint64>(1, source.call.audio.durationMs) });
    if (!planned)
        return std::unexpected(planned.error());
    source.personalData = planned->bleeps;
    source.redactedSegments = planned->segments;
    return {};
}
