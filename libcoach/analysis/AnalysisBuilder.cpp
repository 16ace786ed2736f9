// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisBuilder.h"

#include <algorithm>
#include <cmath>

namespace coach {

namespace {

constexpr int kBinFrames = Peaks::kBaseSamplesPerBin;
constexpr int kLevelFactor = 4;
static_assert(AnalysisBuilder::kChunkFrames % kBinFrames == 0);
static_assert(kBinFrames % AnalysisBuilder::kBlockFrames == 0);

struct BlockStats
{
    float min = 0;
    float max = 0;
    float sumOfSquares = 0;
};

// A full block, written as eight independent lanes so the compiler keeps
// them in vector registers: this loop is most of the analysis' CPU time.
BlockStats fullBlockStats(const float *samples)
{
    constexpr int kLanes = 8;
    static_assert(AnalysisBuilder::kBlockFrames % kLanes == 0);
    float low[kLanes];
    float high[kLanes];
    float sum[kLanes];
    for (int j = 0; j < kLanes; ++j) {
        low[j] = samples[j];
        high[j] = samples[j];
        sum[j] = samples[j] * samples[j];
    }
    for (int i = kLanes; i < AnalysisBuilder::kBlockFrames; i += kLanes) {
        for (int j = 0; j < kLanes; ++j) {
            const float v = samples[i + j];
            low[j] = v < low[j] ? v : low[j];
            high[j] = v > high[j] ? v : high[j];
            sum[j] += v * v;
        }
    }
    BlockStats stats { low[0], high[0], sum[0] };
    for (int j = 1; j < kLanes; ++j) {
        stats.min = std::min(stats.min, low[j]);
        stats.max = std::max(stats.max, high[j]);
        stats.sumOfSquares += sum[j];
    }
    return stats;
}

BlockStats partialBlockStats(const float *samples, qsizetype count)
{
    BlockStats stats { samples[0], samples[0], 0 };
    for (qsizetype i = 0; i < count; ++i) {
        stats.min = std::min(stats.min, samples[i]);
        stats.max = std::max(stats.max, samples[i]);
        stats.sumOfSquares += samples[i] * samples[i];
    }
    return stats;
}

} // namespace

AnalysisBuilder::AnalysisBuilder(int channels, int sampleRate)
    : m_channels(channels)
    , m_sampleRate(sampleRate)
    , m_buffer(std::size_t(std::max(channels, 0)) * kChunkFrames, 0.0f)
    , m_state(std::size_t(std::max(channels, 0)))
{
    m_speech.reserve(m_state.size());
    for (ChannelState &state : m_state) {
        state.levels.resize(Peaks::kLevelCount);
        state.partial.resize(Peaks::kLevelCount);
        m_speech.emplace_back(sampleRate, kBlockFrames);
    }
}

qint8 AnalysisBuilder::quantize(float sample)
{
    if (std::isnan(sample))
        return 0;
    return qint8(std::lrint(std::clamp(sample * 127.0f, -127.0f, 127.0f)));
}

void AnalysisBuilder::commit(qsizetype frames)
{
    Q_ASSERT(frames >= 0 && frames <= room());
    m_fill += frames;
    if (m_fill == kChunkFrames) {
        analyseChunk(m_fill);
        m_frames += m_fill;
        m_fill = 0;
    }
}

void AnalysisBuilder::analyseChunk(qsizetype frames)
{
    for (int c = 0; c < m_channels; ++c) {
        const float *samples = m_buffer.data() + c * kChunkFrames;
        ChannelState &state = m_state[std::size_t(c)];
        SpeechDetector &speech = m_speech[std::size_t(c)];
        for (qsizetype start = 0; start < frames; start += kBlockFrames) {
            const qsizetype count = std::min<qsizetype>(kBlockFrames, frames - start);
            const BlockStats stats = count == kBlockFrames
                ? fullBlockStats(samples + start)
                : partialBlockStats(samples + start, count);
            if (state.binFill == 0) {
                state.binMin = stats.min;
                state.binMax = stats.max;
            } else {
                state.binMin = std::min(state.binMin, stats.min);
                state.binMax = std::max(state.binMax, stats.max);
            }
            state.binFill += int(count);
            speech.addBlock(stats.sumOfSquares, int(count));
            if (state.binFill == kBinFrames) {
                addBin(state, 0, quantize(state.binMin), quantize(state.binMax));
                state.binFill = 0;
            }
        }
    }
}

// Each coarser level is built from the finer one as its bins complete, so
// all levels come out of the same pass.
void AnalysisBuilder::addBin(ChannelState &channel, int level, qint8 min, qint8 max)
{
    QByteArray &bins = channel.levels[level];
    bins.append(char(min));
    bins.append(char(max));
    if (level + 1 >= Peaks::kLevelCount)
        return;
    LevelState &coarser = channel.partial[level + 1];
    if (coarser.count == 0) {
        coarser.min = min;
        coarser.max = max;
    } else {
        coarser.min = std::min(coarser.min, min);
        coarser.max = std::max(coarser.max, max);
    }
    if (++coarser.count == kLevelFactor) {
        const LevelState done = std::exchange(coarser, {});
        addBin(channel, level + 1, done.min, done.max);
    }
}

RecordingAnalysis AnalysisBuilder::finish()
{
    if (m_fill > 0) {
        analyseChunk(m_fill);
        m_frames += m_fill;
        m_fill = 0;
    }
    RecordingAnalysis analysis;
    QList<Peaks::Level> levels(Peaks::kLevelCount);
    for (int level = 0; level < Peaks::kLevelCount; ++level) {
        levels[level].samplesPerBin = kBinFrames << (2 * level);
        levels[level].channels.reserve(m_channels);
    }
    for (int c = 0; c < m_channels; ++c) {
        ChannelState &state = m_state[std::size_t(c)];
        // The recording's last bins are short; they still get a bin each.
        if (state.binFill > 0)
            addBin(state, 0, quantize(state.binMin), quantize(state.binMax));
        for (int level = 1; level < Peaks::kLevelCount; ++level) {
            if (state.partial[level].count > 0) {
                const LevelState done = std::exchange(state.partial[level], {});
                addBin(state, level, done.min, done.max);
            }
        }
        for (int level = 0; level < Peaks::kLevelCount; ++level) {
            levels[level].binCount = state.levels[level].size() / 2;
            levels[level].channels.append(std::exchange(state.levels[level], {}));
        }
        analysis.speech.append(m_speech[std::size_t(c)].finish());
    }
    if (m_channels > 0)
        analysis.peaks = Peaks(m_channels, m_sampleRate, m_frames, std::move(levels));
    return analysis;
}

} // namespace coach
