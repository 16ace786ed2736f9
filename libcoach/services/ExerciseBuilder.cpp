// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ExerciseBuilder.h"

#include "services/ClipRedaction.h"
#include "services/TranscriptAttacher.h"

#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/ExerciseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RedactionTermRepository.h"
#include "storage/TranscriptRepository.h"
#include "transcript/SpeakerRoles.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Labels a transcript gives instead of a name ("Agent", "spk_0", "Speaker 2");
// only the others can be someone's name.
bool isGenericLabel(const QString &label)
{
    static const QRegularExpression generic(
            u"^\\s*(agent|rep|representative|customer|caller|client|speaker|spk|channel|ch|operator|user)?"
            "[\\s_-]*\\d*\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
    return generic.match(label).hasMatch();
}

// A customer reference is a name only when it reads like one ("Ana Lima"), not an account code.
bool looksLikeName(const QString &text)
{
    static const QRegularExpression name(u"^\\p{L}[\\p{L}'’.-]*(\\s+\\p{L}[\\p{L}'’.-]*)+$"_s);
    return name.match(text.trimmed()).hasMatch();
}

// The trainer's own lists: names always to redact, terms never to.
Result<void> redactionLists(const Database &db, PiiDetector::Options &options)
{
    const RedactionTermRepository terms(db);
    auto always = terms.terms(RedactionTermRepository::Kind::AlwaysRedact);
    if (!always)
        return std::unexpected(always.error());
    options.extraNames.append(*always);
    auto never = terms.terms(RedactionTermRepository::Kind::NeverRedact);
    if (!never)
        return std::unexpected(never.error());
    options.neverRedact.append(*never);
    return {};
}

QString libraryName(const Database &db)
{
    return QDir::toNativeSeparators(db.path());
}

} // namespace

Result<bool> ExerciseBuilder::hasTranscript(CallId call) const
{
    const auto found = CallRepository(m_db).find(call);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("%1: call %2 is not in the library").arg(libraryName(m_db)).arg(call.value()));
    return (*found)->hasTranscript;
}

Result<void> ExerciseBuilder::attachTranscript(CallId callId, const QString &path)
{
    // Read first: a bad file must not cost the call the transcript it has.
    const auto transcript = TranscriptAttacher::read(path);
    if (!transcript)
        return std::unexpected(transcript.error());
    const auto found = CallRepository(m_db).find(callId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("%1: call %2 is not in the library").arg(libraryName(m_db)).arg(callId.value()));
    const auto roles = TranscriptAttacher(m_db).attach(**found, *transcript);
    if (!roles)
        return std::unexpected(roles.error());
    return {};
}

Result<PiiDetector::Options> ExerciseBuilder::knownNames(const Call &call, QString *customerName) const
{
    PiiDetector::Options names;
    const auto reps = PeopleRepository(m_db).reps();
    if (!reps)
        return std::unexpected(reps.error());
    for (const Rep &rep : *reps)
        names.knownNames.append(rep.name);
    const auto roles = TranscriptRepository(m_db).speakerRoles(call.id);
    if (!roles)
        return std::unexpected(roles.error());
    for (auto it = roles->cbegin(); it != roles->cend(); ++it) {
        if (isGenericLabel(it.key()))
            continue;
        names.knownNames.append(it.key());
        if (it.value() == SpeakerRole::Customer && customerName->isEmpty())
            *customerName = it.key();
    }
    if (looksLikeName(call.customerRef)) {
        names.knownNames.append(call.customerRef.trimmed());
        if (customerName->isEmpty())
            *customerName = call.customerRef.trimmed();
    }
    names.knownNames.removeDuplicates();
    if (auto lists = redactionLists(m_db, names); !lists)
        return std::unexpected(lists.error());
    return names;
}

Result<PiiDetector::Options> ExerciseBuilder::libraryRedactionOptions() const
{
    PiiDetector::Options options;
    const auto reps = PeopleRepository(m_db).reps();
    if (!reps)
        return std::unexpected(reps.error());
    for (const Rep &rep : *reps)
        options.knownNames.append(rep.name);
    const CallRepository calls(m_db);
    const auto count = calls.count({});
    if (!count)
        return std::unexpected(count.error());
    const auto all = calls.list({}, 0, *count);
    if (!all)
        return std::unexpected(all.error());
    for (const Call &call : *all) {
        if (looksLikeName(call.customerRef))
            options.knownNames.append(call.customerRef.trimmed());
    }
    options.knownNames.removeDuplicates();
    if (auto lists = redactionLists(m_db, options); !lists)
        return std::unexpected(lists.error());
    return options;
}

Result<ExerciseBuilder::Draft> ExerciseBuilder::start(CallId callId, const TimeRange &range) const
{
    if (range.length() <= 0) {
        return fail(ErrorCode::InvalidInput,
                    tr("Nothing is selected: drag across the waveform or the transcript to choose the stretch "
                       "of call %1 the exercise is about").arg(callId.value()));
    }
    const auto found = CallRepository(m_db).find(callId);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("%1: call %2 is not in the library").arg(libraryName(m_db)).arg(callId.value()));
    const Call &call = **found;
    if (!call.hasTranscript) {
        return fail(ErrorCode::NotFound,
                    tr("Call %1 (%2) has no transcript: attach one to build an exercise from it")
                            .arg(call.id.value())
                            .arg(QDir::toNativeSeparators(call.recordingPath)));
    }

    TranscriptRepository transcripts(m_db);
    const auto segments = transcripts.segments(callId);
    if (!segments)
        return std::unexpected(segments.error());
    Draft draft;
    draft.call = call;
    draft.range = range;
    for (const Segment &segment : *segments) {
        if (segment.endMs > range.startMs && segment.startMs < range.endMs)
            draft.source.segments.append(segment);
    }
    if (draft.source.segments.isEmpty()) {
        return fail(ErrorCode::Empty, tr("Call %1: nobody speaks between %2 and %3 in its transcript; "
                                         "choose a stretch with speech")
                                              .arg(call.id.value())
                                              .arg(QLocale().toString(range.startMs / 1000.0, 'f', 1) + u" s"_s,
                                                   QLocale().toString(range.endMs / 1000.0, 'f', 1) + u" s"_s));
    }

    const auto stored = transcripts.speakerRoles(callId);
    if (!stored)
        return std::unexpected(stored.error());
    auto names = knownNames(call, &draft.source.customerName);
    if (!names)
        return std::unexpected(names.error());
    QStringList repNames;
    const auto reps = PeopleRepository(m_db).reps();
    if (!reps)
        return std::unexpected(reps.error());
    for (const Rep &rep : *reps)
        repNames.append(rep.name);
    SpeakerRoles roles(repNames, call.agentChannel);
    for (auto it = stored->cbegin(); it != stored->cend(); ++it) {
        if (it.value() != SpeakerRole::Unknown)
            roles.setRole(it.key(), it.value());
    }
    QStringList labels;
    for (const Segment &segment : std::as_const(draft.source.segments)) {
        if (!labels.contains(segment.speaker))
            labels.append(segment.speaker);
    }
    draft.source.roles = roles.assign(labels);
    draft.source.repName = call.repName;
    draft.names = *names;
    redactAgain(draft);
    return draft;
}

Result<ExerciseBuilder::Draft> ExerciseBuilder::rebuild(const Exercise &exercise) const
{
    if (!exercise.call.isValid()) {
        return fail(ErrorCode::NotFound, tr("%1: the call exercise %2 was made from has been removed from the library")
                                                 .arg(libraryName(m_db))
                                                 .arg(exercise.id.value()));
    }
    auto draft = start(exercise.call, exercise.range);
    if (!draft)
        return draft;
    for (const ExerciseCorrection &c : exercise.corrections) {
        const auto type = piiTypeFromKey(c.type);
        if (c.segment < 0 || c.segment >= draft->source.segments.size() || !type)
            continue; // the transcript was replaced since; the detector's view stands
        const PiiSpan span { *type, c.start, c.end, 1.0 };
        (c.added ? draft->corrections.added : draft->corrections.removed)[c.segment].append(span);
    }
    redactAgain(*draft);
    return draft;
}

void ExerciseBuilder::redactAgain(Draft &draft)
{
    draft.redacted = ExcerptRedactor(draft.names).redact(draft.source, draft.corrections);
}

bool ExerciseBuilder::addSpan(Draft &draft, qsizetype segment, qsizetype start, qsizetype end, PiiType type)
{
    if (segment < 0 || segment >= draft.redacted.segments.size() || end <= start)
        return false;
    const RedactedSegment &redacted = draft.redacted.segments.at(segment);
    const qsizetype sourceIndex = redacted.sourceIndex >= 0 ? redacted.sourceIndex : segment;
    const qsizetype sourceStart = redacted.sourceOffset(start);
    // The end maps through the character before it, so a selection ending at a
    // placeholder's end covers the data it replaced.
    const qsizetype sourceEnd = redacted.sourceOffset(end);
    if (sourceEnd <= sourceStart)
        return false;
    auto &removed = draft.corrections.removed[sourceIndex];
    removed.removeIf([&](const PiiSpan &s) { return s.start < sourceEnd && s.end > sourceStart; });
    draft.corrections.added[sourceIndex].append({ type, sourceStart, sourceEnd, 1.0 });
    redactAgain(draft);
    return true;
}

bool ExerciseBuilder::removeSpan(Draft &draft, qsizetype segment, qsizetype span)
{
    if (segment < 0 || segment >= draft.redacted.segments.size())
        return false;
    const RedactedSegment &redacted = draft.redacted.segments.at(segment);
    if (span < 0 || span >= redacted.spans.size())
        return false;
    const RedactedSpan &s = redacted.spans.at(span);
    const qsizetype sourceIndex = redacted.sourceIndex >= 0 ? redacted.sourceIndex : segment;
    auto &added = draft.corrections.added[sourceIndex];
    const qsizetype before = added.size();
    added.removeIf([&](const PiiSpan &a) { return a.start < s.sourceEnd && a.end > s.sourceStart; });
    // A span the trainer added is simply taken back; a detection is overruled.
    if (added.size() == before || !s.userAdded)
        draft.corrections.removed[sourceIndex].append({ s.type, s.sourceStart, s.sourceEnd, s.confidence });
    redactAgain(draft);
    return true;
}

int ExerciseBuilder::suggestTargetTurn(const RedactedExcerpt &excerpt)
{
    int firstRep = -1;
    int best = -1;
    qsizetype longest = -1;
    for (int i = 0; i < excerpt.segments.size(); ++i) {
        const RedactedSegment &segment = excerpt.segments.at(i);
        if (segment.role == SpeakerRole::Agent) {
            if (firstRep < 0)
                firstRep = i;
            continue;
        }
        if (segment.role != SpeakerRole::Customer)
            continue;
        const auto answer = std::find_if(excerpt.segments.cbegin() + i + 1, excerpt.segments.cend(),
                                         [](const RedactedSegment &s) { return s.role == SpeakerRole::Agent; });
        if (answer != excerpt.segments.cend() && segment.text.size() > longest) {
            longest = segment.text.size();
            best = int(answer - excerpt.segments.cbegin());
        }
    }
    return best >= 0 ? best : firstRep;
}

QDate ExerciseBuilder::nextMonday(const QDate &today)
{
    return today.addDays(8 - today.dayOfWeek());
}

QString ExerciseBuilder::defaultTitle(ExercisePattern pattern)
{
    return tr("Rewrite practice: %1").arg(ExercisePatterns::name(pattern));
}

Result<Exercise> ExerciseBuilder::toExercise(const Draft &draft, const Choices &choices)
{
    const auto &segments = draft.redacted.segments;
    const bool anyRep = std::any_of(segments.cbegin(), segments.cend(),
                                    [](const RedactedSegment &s) { return s.role == SpeakerRole::Agent; });
    if (!anyRep) {
        return fail(ErrorCode::InvalidInput,
                    tr("Call %1: the excerpt has no rep turn to rewrite (only the customer speaks between %2 and "
                       "%3, or the rep's speaker is not known); widen the selection or set who the rep is")
                            .arg(draft.call.id.value())
                            .arg(QLocale().toString(draft.range.startMs / 1000.0, 'f', 1) + u" s"_s,
                                 QLocale().toString(draft.range.endMs / 1000.0, 'f', 1) + u" s"_s));
    }
    const int target = choices.targetTurn >= 0 ? choices.targetTurn : suggestTargetTurn(draft.redacted);
    if (target >= segments.size() || segments.at(target).role != SpeakerRole::Agent) {
        return fail(ErrorCode::InvalidInput,
                    tr("Turn %1 of the excerpt is not the rep's; choose one of the rep's turns to rewrite")
                            .arg(target + 1));
    }

    Exercise exercise;
    exercise.call = draft.call.id;
    exercise.range = draft.range;
    exercise.pattern = choices.pattern;
    exercise.scheduledFor = choices.date.isValid() ? choices.date : nextMonday(QDate::currentDate());
    exercise.instructions = choices.instructions.trimmed().isEmpty()
            ? ExercisePatterns::defaultInstructions(choices.pattern)
            : choices.instructions.trimmed();
    exercise.title = choices.title.trimmed().isEmpty() ? defaultTitle(choices.pattern) : choices.title.trimmed();
    exercise.targetTurn = target;
    for (const RedactedSegment &segment : segments)
        exercise.excerpt.append({ segment.startMs, segment.endMs, segment.role, segment.speaker, segment.text });
    const auto appendCorrections = [&](const QHash<qsizetype, QList<PiiSpan>> &spans, bool added) {
        QList<qsizetype> keys = spans.keys();
        std::sort(keys.begin(), keys.end());
        for (qsizetype segment : keys) {
            for (const PiiSpan &span : spans.value(segment))
                exercise.corrections.append({ segment, span.start, span.end, piiTypeKey(span.type), added });
        }
    };
    appendCorrections(draft.corrections.added, true);
    appendCorrections(draft.corrections.removed, false);
    return exercise;
}

Result<ClipRequest> ExerciseBuilder::clipRequest(const Draft &draft, const QString &outputPath)
{
    if (draft.call.recordingPath.isEmpty() || draft.redacted.segments.isEmpty()) {
        return fail(ErrorCode::NotFound, tr("%1: call %2 has no recording to cut the audio excerpt from")
                                                 .arg(QDir::toNativeSeparators(outputPath))
                                                 .arg(draft.call.id.value()));
    }
    ClipRequest request;
    request.sourcePath = draft.call.recordingPath;
    qint64 start = draft.redacted.segments.constFirst().startMs;
    qint64 end = draft.redacted.segments.constFirst().endMs;
    for (const RedactedSegment &segment : draft.redacted.segments) {
        start = std::min(start, segment.startMs);
        end = std::max(end, segment.endMs);
    }
    request.startMs = std::max<qint64>(0, start);
    request.durationMs = end - request.startMs;
    request.outputPath = outputPath;
    request.channels = ClipChannels::Stereo;
    request.agentChannel = draft.call.agentChannel == AgentChannel::Right ? 1 : 0;
    // Each bleep in the voice that said it, so the other voice goes on over it.
    request.redactions = ClipRedaction::bleeps(draft.redacted, draft.call.agentChannel);
    request.redactionFill = RedactionFill::Tone;
    request.metadata.title = tr("Rewrite exercise excerpt");
    request.metadata.comment = tr("Anonymised: personal data bleeped");
    return request;
}

Result<ExerciseId> ExerciseBuilder::save(const Exercise &exercise)
{
    ExerciseRepository repository(m_db);
    if (!exercise.id.isValid())
        return repository.insert(exercise);
    if (auto updated = repository.update(exercise); !updated)
        return std::unexpected(updated.error());
    return exercise.id;
}

} // namespace coach
