// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/TranscriptAttacher.h"

#include "core/DurationFormat.h"
#include "storage/PeopleRepository.h"
#include "storage/Transaction.h"
#include "storage/TranscriptRepository.h"
#include "transcript/SpeakerRoles.h"
#include "transcript/TranscriptReader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace coach {

namespace {
// Transcription services round cue times; a first cue this close to the end
// of the recording still belongs to it.
constexpr qint64 EndToleranceMs = 1000;
} // namespace

bool TranscriptAttacher::isTranscriptName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix();
    const QStringList extensions = TranscriptReader::companionExtensions();
    return std::any_of(extensions.cbegin(), extensions.cend(), [&suffix](const QString &extension) {
        return suffix.compare(extension, Qt::CaseInsensitive) == 0;
    });
}

Result<Transcript> TranscriptAttacher::read(const QString &path)
{
    auto transcript = TranscriptReader::read(path);
    if (!transcript)
        return transcript;
    if (transcript->segments.isEmpty())
        return fail(ErrorCode::Empty,
                    tr("%1: the transcript has no timed lines").arg(QDir::toNativeSeparators(path)));
    if (transcript->sourcePath.isEmpty())
        transcript->sourcePath = path;
    return transcript;
}

Result<QHash<QString, SpeakerRole>> TranscriptAttacher::attach(const Call &call, const Transcript &transcript) const
{
    const QString file = QDir::toNativeSeparators(transcript.sourcePath);
    if (transcript.segments.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the transcript has no timed lines").arg(file));
    const qint64 firstStart = std::min_element(transcript.segments.cbegin(), transcript.segments.cend(),
                                               [](const Segment &a, const Segment &b) {
                                                   return a.startMs < b.startMs;
                                               })->startMs;
    if (call.audio.durationMs > 0 && firstStart > call.audio.durationMs + EndToleranceMs)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: its first line starts at %2, after the recording ends (%3); it is probably the "
                       "transcript of another call")
                            .arg(file, formatDuration(firstStart), formatDuration(call.audio.durationMs)));

    const auto reps = PeopleRepository(m_db).reps();
    if (!reps)
        return std::unexpected(reps.error());
    QStringList repNames;
    for (const Rep &rep : *reps)
        repNames.append(rep.name);
    const auto roles = SpeakerRoles(repNames, call.agentChannel).assign(transcript);

    TranscriptRepository transcripts(m_db);
    Transaction transaction(m_db);
    if (auto stored = transcripts.store(call.id, transcript); !stored)
        return std::unexpected(stored.error());
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == SpeakerRole::Unknown)
            continue;
        if (auto set = transcripts.setSpeakerRole(call.id, it.key(), it.value()); !set)
            return std::unexpected(set.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return roles;
}

} // namespace coach
