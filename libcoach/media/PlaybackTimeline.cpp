// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PlaybackTimeline.h"

#include <algorithm>
#include <cmath>

namespace coach {

void PlaybackTimeline::clear()
{
    m_stretches.clear();
    m_frames = 0;
}

void PlaybackTimeline::append(qint64 frames, double startMs, double endMs)
{
    m_stretches.push_back(Stretch { m_frames, frames, startMs, endMs });
    m_frames += frames;
}

std::optional<qint64> PlaybackTimeline::positionAt(qint64 playedFrames)
{
    while (m_stretches.size() > 1 && m_stretches[1].frame <= playedFrames)
        m_stretches.pop_front();
    if (m_stretches.empty())
        return std::nullopt;
    const Stretch &stretch = m_stretches.front();
    // Within a stretch the tempo is constant, so time runs linearly.
    const double within = std::clamp(
        double(playedFrames - stretch.frame) / double(std::max<qint64>(stretch.frames, 1)), 0.0, 1.0);
    return std::llround(stretch.startMs + within * (stretch.endMs - stretch.startMs));
}

} // namespace coach
