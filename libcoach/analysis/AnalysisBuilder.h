// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "analysis/SpeechDetector.h"

#include <vector>

namespace coach {

/*
 * Turns decoded audio, as it streams out of a decoder, into a
 * RecordingAnalysis: min/max per bin at every peak level and per-channel
 * speech activity, in one pass over each sample. The decoder writes float
 * samples (full scale ±1.0) straight into the builder's planar chunk buffer,
 * so each format needs one conversion and no intermediate copy:
 *
 *     while (frames left) {
 *         const qsizetype n = std::min(left, builder.room());
 *         for (int c = 0; c < channels; ++c)
 *             convert(source, c, n, builder.writePointer(c));
 *         builder.commit(n);
 *     }
 *     RecordingAnalysis analysis = builder.finish();
 *
 * Memory is the chunk plus the peaks (about 0.9 MB for two hours of 8 kHz
 * stereo), whatever the recording's length. Used on one thread.
 */
class AnalysisBuilder final
{
public:
    // Samples per channel buffered before they are analysed: whole bins,
    // and small enough to stay in the CPU's first-level caches.
    static constexpr qsizetype kChunkFrames = 4096;
    // Energy is summed per block; the speech detector builds frames from blocks.
    static constexpr int kBlockFrames = 64;

    AnalysisBuilder(int channels, int sampleRate);

    [[nodiscard]] int channelCount() const { return m_channels; }
    [[nodiscard]] int sampleRate() const { return m_sampleRate; }
    [[nodiscard]] qint64 frameCount() const { return m_frames + m_fill; }

    // Room left in the chunk, in frames; commit() makes room when it fills.
    [[nodiscard]] qsizetype room() const { return kChunkFrames - m_fill; }
    [[nodiscard]] float *writePointer(int channel)
    {
        return m_buffer.data() + channel * kChunkFrames + m_fill;
    }
    // Marks the next `frames` samples of every channel as written.
    void commit(qsizetype frames);

    // Analyses what is left and hands over the result; the builder is spent.
    [[nodiscard]] RecordingAnalysis finish();

    // How a sample in ±1.0 is stored in the peaks: ×127, rounded to nearest
    // (ties to even), clamped to ±127.
    [[nodiscard]] static qint8 quantize(float sample);

private:
    struct LevelState
    {
        qint8 min = 127;
        qint8 max = -127;
        int count = 0; // finer bins folded into this one so far
    };
    struct ChannelState
    {
        float binMin = 0;
        float binMax = 0;
        int binFill = 0; // samples in the current finest bin
        QList<QByteArray> levels;    // per level: (min, max) pairs
        QList<LevelState> partial;   // per coarser level: the bin being built
    };

    void analyseChunk(qsizetype frames);
    void addBin(ChannelState &channel, int level, qint8 min, qint8 max);

    int m_channels = 0;
    int m_sampleRate = 0;
    qint64 m_frames = 0; // analysed so far
    qsizetype m_fill = 0;
    std::vector<float> m_buffer;
    std::vector<float> m_energy; // per channel, the chunk's block energies
    std::vector<ChannelState> m_state;
    std::vector<SpeechDetector> m_speech;
};

} // namespace coach
