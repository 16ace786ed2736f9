// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupPackPlanner.h"

#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/TagRepository.h"
#include "storage/TranscriptRepository.h"

#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

const QString effectiveKey = u"off_script.effective"_s;

} // namespace

Result<QList<Team>> StandupPackPlanner::teams() const
{
    return PeopleRepository(m_db).teams();
}

Result<Team> StandupPackPlanner::team(const QString &reference) const
{
    const auto all = teams();
    if (!all)
        return std::unexpected(all.error());
    bool isNumber = false;
    const qint64 number = reference.toLongLong(&isNumber);
    for (const Team &t : *all) {
        if (t.name.compare(reference.trimmed(), Qt::CaseInsensitive) == 0 || (isNumber && t.id.value() == number))
            return t;
    }
    QStringList names;
    for (const Team &t : *all)
        names.append(t.name);
    return fail(ErrorCode::NotFound, tr("%1: no team “%2” (teams: %3)")
                                             .arg(QDir::toNativeSeparators(m_db.path()), reference,
                                                  names.isEmpty() ? tr("none yet") : names.join(u", "_s)));
}

TimeRange StandupPackPlanner::tipRange(qint64 startMs, qint64 endMs, qint64 recordingDurationMs)
{
    const qint64 limit = recordingDurationMs > 0 ? recordingDurationMs : std::numeric_limits<qint64>::max();
    if (endMs > startMs)
        return { std::clamp<qint64>(startMs, 0, limit), std::clamp<qint64>(endMs, 0, limit) };
    const qint64 from = std::clamp<qint64>(startMs - momentLeadMs, 0, limit);
    return { from, std::clamp<qint64>(startMs + momentTailMs, from, limit) };
}

Result<void> StandupPackPlanner::fillTranscript(StandupClip &clip, const QString &agentName) const
{
    TranscriptRepository transcripts(m_db);
    const auto segments = transcripts.segments(clip.call);
    if (!segments)
        return std::unexpected(segments.error());
    const auto roles = transcripts.speakerRoles(clip.call);
    if (!roles)
        return std::unexpected(roles.error());
    clip.segments.clear();
    for (Segment segment : *segments) {
        if (segment.endMs <= clip.range.startMs || segment.startMs >= clip.range.endMs)
            continue;
        switch (roles->value(segment.speaker, SpeakerRole::Unknown)) {
        case SpeakerRole::Agent:
            segment.speaker = agentName.isEmpty() ? tr("Rep") : agentName;
            break;
        case SpeakerRole::Customer:
            segment.speaker = tr("Customer");
            break;
        case SpeakerRole::Unknown:
            // An unassigned label may be anyone's name; the rep's own is safe to show.
            if (segment.speaker.compare(agentName, Qt::CaseInsensitive) != 0)
                segment.speaker = tr("Speaker");
            break;
        }
        clip.segments.append(segment);
    }
    return {};
}

Result<std::optional<StandupClip>> StandupPackPlanner::highlight(const Team &team, IsoWeek week) const
{
    const auto found = HighlightRepository(m_db).current(team.id, week);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::optional<StandupClip>();
    const Highlight &h = **found;
    const auto call = CallRepository(m_db).find(h.call);
    if (!call)
        return std::unexpected(call.error());
    if (!call->has_value())
        return fail(ErrorCode::NotFound, tr("The highlight of %1 names call %2, which is not in the library")
                                                 .arg(week.toString())
                                                 .arg(h.call.value()));
    StandupClip clip;
    clip.kind = StandupClipKind::Highlight;
    clip.call = h.call;
    clip.recordingPath = (*call)->recordingPath;
    clip.recordingDurationMs = (*call)->audio.durationMs;
    clip.agentChannel = (*call)->agentChannel;
    clip.range = h.region.value_or(TimeRange{ 0, clip.recordingDurationMs });
    clip.range = tipRange(clip.range.startMs, clip.range.endMs, clip.recordingDurationMs);
    clip.repName = h.repName;
    clip.patternLabel = h.patternLabel;
    clip.listenFor = h.reason;
    clip.callStartedAt = h.callStartedAt;
    if (auto filled = fillTranscript(clip, clip.repName); !filled)
        return std::unexpected(filled.error());
    return std::optional<StandupClip>(clip);
}

Result<StandupClip> StandupPackPlanner::tip(AnnotationId id) const
{
    const auto annotation = AnnotationRepository(m_db).find(id);
    if (!annotation)
        return std::unexpected(annotation.error());
    if (!annotation->has_value())
        return fail(ErrorCode::NotFound, tr("Annotation %1 is not in the library").arg(id.value()));
    const Annotation &a = **annotation;
    const auto call = CallRepository(m_db).find(a.call);
    if (!call)
        return std::unexpected(call.error());
    if (!call->has_value())
        return fail(ErrorCode::NotFound, tr("Annotation %1 names call %2, which is not in the library")
                                                 .arg(id.value())
                                                 .arg(a.call.value()));
    return tipClip(**call, a);
}

Result<StandupClip> StandupPackPlanner::tipClip(const Call &call, const Annotation &annotation) const
{
    StandupClip clip;
    clip.kind = StandupClipKind::Tip;
    clip.call = call.id;
    clip.annotation = annotation.id;
    clip.recordingPath = call.recordingPath;
    clip.recordingDurationMs = call.audio.durationMs;
    clip.agentChannel = call.agentChannel;
    clip.range = tipRange(annotation.startMs, annotation.endMs, call.audio.durationMs);
    clip.repName = call.repName;
    clip.patternLabel = annotation.tagLabel;
    clip.listenFor = annotation.comment;
    clip.callStartedAt = call.startedAt;
    if (auto filled = fillTranscript(clip, call.repName); !filled)
        return std::unexpected(filled.error());
    return clip;
}

Result<QList<StandupClip>> StandupPackPlanner::tipCandidates(const Team &team, IsoWeek week) const
{
    const auto zone = IsoWeek::zoneFor(team.timeZone);
    if (!zone)
        return std::unexpected(zone.error());
    const auto tags = TagRepository(m_db).all();
    if (!tags)
        return std::unexpected(tags.error());
    QSet<qint64> tipTags;
    for (const Tag &tag : *tags) {
        if (tag.kind == TagKind::Pattern || tag.key == effectiveKey)
            tipTags.insert(tag.id.value());
    }

    // CallQuery's dates are the machine's; a day either side covers any team zone,
    // and the week test below is exact.
    CallQuery query;
    query.team = team.id;
    query.from = week.monday().addDays(-1);
    query.to = week.sunday().addDays(1);
    query.sort = CallQuery::Sort::StartedAt;
    query.descending = false;
    CallRepository calls(m_db);
    const auto count = calls.count(query);
    if (!count)
        return std::unexpected(count.error());
    const auto found = calls.list(query, 0, *count);
    if (!found)
        return std::unexpected(found.error());

    AnnotationRepository annotations(m_db);
    QList<StandupClip> out;
    for (const Call &call : *found) {
        if (!call.startedAt.isValid() || !week.contains(call.startedAt, *zone))
            continue;
        const auto marks = annotations.forCall(call.id);
        if (!marks)
            return std::unexpected(marks.error());
        for (const Annotation &a : *marks) {
            if (a.suggested || !tipTags.contains(a.tag.value()))
                continue;
            auto clip = tipClip(call, a);
            if (!clip)
                return std::unexpected(clip.error());
            out.append(*clip);
        }
    }
    return out;
}

Result<StandupPack> StandupPackPlanner::plan(const Team &team, IsoWeek week, const QList<AnnotationId> &tips,
                                             bool withHighlight) const
{
    StandupPack pack;
    pack.teamName = team.name;
    pack.isoWeek = week.toString();
    if (withHighlight) {
        const auto h = highlight(team, week);
        if (!h)
            return std::unexpected(h.error());
        if (h->has_value())
            pack.clips.append(**h);
    }
    QSet<qint64> seen;
    for (const AnnotationId id : tips) {
        if (seen.contains(id.value()))
            continue;
        seen.insert(id.value());
        const auto clip = tip(id);
        if (!clip)
            return std::unexpected(clip.error());
        pack.clips.append(*clip);
    }
    if (pack.clips.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1, %2: no highlight is chosen and no tip was named, so the pack would be empty")
                            .arg(team.name, week.toString()));
    return pack;
}

} // namespace coach
