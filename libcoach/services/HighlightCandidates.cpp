// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/HighlightCandidates.h"

#include "model/Annotation.h"
#include "storage/AnnotationRepository.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/HighlightRepository.h"
#include "storage/PeopleRepository.h"

#include <QDir>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

constexpr qint64 kMomentLeadMs = 5'000;
constexpr qint64 kMomentSpanMs = 30'000;

// Weights of the score documented in the header.
constexpr double kConfirmedWeight = 3.0;
constexpr double kSuggestedWeight = 1.0;
constexpr double kLengthCapSeconds = 60.0;
constexpr double kLengthUnitSeconds = 30.0;
constexpr double kPatternWeight = 1.5;
constexpr int kPatternCap = 3;

bool isPattern(const Annotation &a)
{
    return a.tagKey.startsWith(u"pattern."_s);
}

// Confirmed before suggested, then longer, then earlier: the annotation a
// manager most likely wants to play.
bool betterRegion(const Annotation &a, const Annotation &b)
{
    if (a.suggested != b.suggested)
        return !a.suggested;
    if (a.endMs - a.startMs != b.endMs - b.startMs)
        return a.endMs - a.startMs > b.endMs - b.startMs;
    return a.startMs < b.startMs;
}

TimeRange regionOf(const Annotation &a, qint64 callDurationMs)
{
    if (!a.isMoment())
        return { a.startMs, a.endMs };
    const qint64 limit = callDurationMs > 0 ? callDurationMs : a.startMs + kMomentSpanMs;
    const qint64 start = std::max<qint64>(0, a.startMs - kMomentLeadMs);
    return { start, std::max(std::min(start + kMomentSpanMs, limit), start + 1) };
}

qint64 overlap(const TimeRange &r, const Annotation &a)
{
    // A moment inside the region counts as a one-millisecond overlap, so a
    // pattern marked as a moment can still name the region.
    if (a.isMoment())
        return r.contains(a.startMs) ? 1 : 0;
    return std::max<qint64>(0, std::min(r.endMs, a.endMs) - std::max(r.startMs, a.startMs));
}

double outcomeTerm(const std::optional<double> &value)
{
    return value ? (*value - 3.0) / 2.0 : 0.0;
}

} // namespace

QString HighlightCandidates::effectiveTagKey()
{
    return u"off_script.effective"_s;
}

Result<QList<HighlightCandidate>> HighlightCandidates::forWeek(TeamId team, IsoWeek week) const
{
    auto teams = PeopleRepository(m_db).teams();
    if (!teams)
        return std::unexpected(teams.error());
    const auto found = std::find_if(teams->cbegin(), teams->cend(), [team](const Team &t) { return t.id == team; });
    if (found == teams->cend())
        return fail(ErrorCode::NotFound,
                    tr("%1: team %2 is not in the library").arg(QDir::toNativeSeparators(m_db.path())).arg(team.value()));
    auto zone = IsoWeek::zoneFor(found->timeZone);
    if (!zone)
        return fail(zone.error().code(), tr("%1: team “%2”: %3")
                                                 .arg(QDir::toNativeSeparators(m_db.path()), found->name,
                                                      zone.error().message()));
    return forWeek(team, week, *zone);
}

Result<QList<HighlightCandidate>> HighlightCandidates::forWeek(TeamId team, IsoWeek week, const QTimeZone &zone) const
{
    if (!week.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("%1-W%2 is not an ISO week").arg(week.year()).arg(week.week()));
    auto calls = HighlightRepository(m_db).callsWithTag(team, week.start(zone), week.end(zone), effectiveTagKey());
    if (!calls)
        return std::unexpected(calls.error());

    const CallRepository callRepository(m_db);
    const AnnotationRepository annotationRepository(m_db);
    QList<HighlightCandidate> result;
    for (const CallId id : std::as_const(*calls)) {
        auto call = callRepository.find(id);
        if (!call)
            return std::unexpected(call.error());
        if (!call->has_value())
            continue; // deleted since the query; nothing to rank
        auto annotations = annotationRepository.forCall(id);
        if (!annotations)
            return std::unexpected(annotations.error());

        HighlightCandidate candidate;
        candidate.call = id;
        candidate.rep = (*call)->repId;
        candidate.repName = (*call)->repName;
        candidate.callStartedAt = (*call)->startedAt;
        candidate.callDurationMs = (*call)->audio.durationMs;
        candidate.csat = (*call)->csat;
        candidate.feltHeard = (*call)->feltHeard;

        const Annotation *best = nullptr;
        for (const Annotation &a : std::as_const(*annotations)) {
            if (a.tagKey == effectiveTagKey()) {
                (a.suggested ? candidate.effectiveSuggested : candidate.effectiveConfirmed) += 1;
                candidate.effectiveMs += a.endMs - a.startMs;
                if (!best || betterRegion(a, *best))
                    best = &a;
            } else if (isPattern(a)) {
                ++candidate.patternCount;
            }
        }
        if (!best)
            continue;
        candidate.region = regionOf(*best, candidate.callDurationMs);
        candidate.regionComment = best->comment;

        qint64 bestOverlap = 0;
        for (const Annotation &a : std::as_const(*annotations)) {
            if (!isPattern(a))
                continue;
            const qint64 shared = overlap(candidate.region, a);
            if (shared > bestOverlap) {
                bestOverlap = shared;
                candidate.patternTag = a.tag;
                candidate.patternKey = a.tagKey;
                candidate.patternLabel = a.tagLabel;
            }
        }

        const double seconds = std::min(candidate.effectiveMs / 1000.0, kLengthCapSeconds);
        candidate.score = kConfirmedWeight * candidate.effectiveConfirmed
                + kSuggestedWeight * candidate.effectiveSuggested + seconds / kLengthUnitSeconds
                + kPatternWeight * std::min(candidate.patternCount, kPatternCap) + outcomeTerm(candidate.csat)
                + outcomeTerm(candidate.feltHeard);
        result.append(candidate);
    }
    std::stable_sort(result.begin(), result.end(), [](const HighlightCandidate &a, const HighlightCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.callStartedAt != b.callStartedAt)
            return a.callStartedAt < b.callStartedAt;
        return a.call < b.call;
    });
    return result;
}

} // namespace coach
