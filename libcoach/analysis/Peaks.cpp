// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/Peaks.h"

namespace coach {

Peaks::Peaks(int channels, int sampleRate, qint64 frames, QList<Level> levels)
    : m_channels(channels)
    , m_sampleRate(sampleRate)
    , m_frames(frames)
    , m_levels(std::move(levels))
{
}

qint64 Peaks::durationMs() const
{
    return m_sampleRate > 0 ? m_frames * 1000 / m_sampleRate : 0;
}

int Peaks::levelFor(double samplesPerPixel) const
{
    int best = 0;
    for (int i = 0; i < levelCount(); ++i) {
        if (m_levels.at(i).samplesPerBin <= samplesPerPixel)
            best = i;
    }
    return best;
}

qint8 Peaks::min(int level, int channel, qsizetype bin) const
{
    return qint8(m_levels.at(level).channels.at(channel).at(2 * bin));
}

qint8 Peaks::max(int level, int channel, qsizetype bin) const
{
    return qint8(m_levels.at(level).channels.at(channel).at(2 * bin + 1));
}

} // namespace coach
