// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace coach {

/*
 * A recording's waveform overview: for each channel, the minimum and maximum
 * sample of every bin of N samples, at several bin sizes (levels), so a view
 * draws any zoom from the level nearest its samples-per-pixel. Samples are
 * scaled to signed 8 bits (−127…127), which is finer than a pixel column.
 * A plain value, cheap to copy (implicitly shared byte arrays).
 */
class Peaks final
{
public:
    // Bin sizes of the levels, finest first; each level is 4× coarser.
    static constexpr int kBaseSamplesPerBin = 256;
    static constexpr int kLevelCount = 4;

    struct Level
    {
        int samplesPerBin = 0;
        qsizetype binCount = 0;
        // Per channel: binCount pairs of (min, max), interleaved.
        QList<QByteArray> channels;
    };

    Peaks() = default;
    Peaks(int channels, int sampleRate, qint64 frames, QList<Level> levels);

    [[nodiscard]] bool isEmpty() const { return m_levels.isEmpty(); }
    [[nodiscard]] int channelCount() const { return m_channels; }
    [[nodiscard]] int sampleRate() const { return m_sampleRate; }
    [[nodiscard]] qint64 frameCount() const { return m_frames; }
    [[nodiscard]] qint64 durationMs() const;

    [[nodiscard]] int levelCount() const { return int(m_levels.size()); }
    [[nodiscard]] const Level &level(int index) const { return m_levels.at(index); }
    // The coarsest level whose bins are no wider than `samplesPerPixel`.
    [[nodiscard]] int levelFor(double samplesPerPixel) const;

    // Min and max of channel `channel` over bin `bin` of level `level`.
    [[nodiscard]] qint8 min(int level, int channel, qsizetype bin) const;
    [[nodiscard]] qint8 max(int level, int channel, qsizetype bin) const;

private:
    int m_channels = 0;
    int m_sampleRate = 0;
    qint64 m_frames = 0;
    QList<Level> m_levels;
};

} // namespace coach
