// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace coach {

/*
 * Which stretch of the recording each frame handed to the audio sink stands
 * for, so that the sink's count of played frames turns back into recording
 * time across tempo changes, loops and skipped silences. Internal to
 * libcoach/media; owned by PlaybackWorker on the engine's thread.
 */
class PlaybackTimeline final
{
public:
    void clear();
    // The next `frames` handed to the sink play the recording from startMs to endMs.
    void append(qint64 frames, double startMs, double endMs);
    [[nodiscard]] qint64 framesAppended() const { return m_frames; }
    // The recording time heard once the sink has played `playedFrames`;
    // nullopt before anything was appended. Forgets stretches already played.
    [[nodiscard]] std::optional<qint64> positionAt(qint64 playedFrames);

private:
    struct Stretch
    {
        qint64 frame = 0; // index of its first frame among all appended
        qint64 frames = 0;
        double startMs = 0;
        double endMs = 0;
    };

    std::deque<Stretch> m_stretches;
    qint64 m_frames = 0;
};

} // namespace coach
