// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/AnalysisBuilder.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#endif

namespace coach {

namespace {

constexpr int kBinFrames = Peaks::kBaseSamplesPerBin;
constexpr int kLevelFactor = 4;
static_assert(AnalysisBuilder::kChunkFrames % kBinFrames == 0);
static_assert(kBinFrames % AnalysisBuilder::kBlockFrames == 0);
static_assert(AnalysisBuilder::kBlockFrames % 8 == 0);

struct BlockStats
{
    float min = 0;
    float max = 0;
    float sumOfSquares = 0;
};

// A full block: most of the analysis' CPU time is this loop, so on x86 it
// is written with SSE (every x86-64 has it; compilers do not vectorise
// float min/max on their own without fast-math).
#if defined(__SSE2__) || defined(_M_X64)
BlockStats fullBlockStats(const float *samples)
{
    __m128 a = _mm_loadu_ps(samples);
    __m128 b = _mm_loadu_ps(samples + 4);
    __m128 lowA = a, lowB = b, highA = a, highB = b;
    __m128 sumA = _mm_mul_ps(a, a), sumB = _mm_mul_ps(b, b);
    for (int i = 8; i < AnalysisBuilder::kBlockFrames; i += 8) {
        a = _mm_loadu_ps(samples + i);
        b = _mm_loadu_ps(samples + i + 4);
        lowA = _mm_min_ps(lowA, a);
        lowB = _mm_min_ps(lowB, b);
        highA = _mm_max_ps(highA, a);
        highB = _mm_max_ps(highB, b);
        sumA = _mm_add_ps(sumA, _mm_mul_ps(a, a));
        sumB = _mm_add_ps(sumB, _mm_mul_ps(b, b));
    }
    alignas(16) float low[4];
    alignas(16) float high[4];
    alignas(16) float sum[4];
    _mm_store_ps(low, _mm_min_ps(lowA, lowB));
    _mm_store_ps(high, _mm_max_ps(highA, highB));
    _mm_store_ps(sum, _mm_add_ps(sumA, sumB));
    return { std::min(std::min(low[0], low[1]), std::min(low[2], low[3])),
             std::max(std::max(high[0], high[1]), std::max(high[2], high[3])), (sum[0] + sum[1]) + (sum[2] + sum[3]) };
}
#else
// Eight independent lanes, which compilers keep in vector registers where they can.
BlockStats fullBlockStats(const float *samples)
{
    constexpr int kLanes = 8;
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
#endif

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
    , m_energy(std::size_t(std::max(channels, 0)) * (kChunkFrames / kBlockFrames), 0.0f)
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
    const qsizetype blocks = (frames + kBlockFrames - 1) / kBlockFrames;
    for (int c = 0; c < m_channels; ++c) {
        const float *samples = m_buffer.data() + c * kChunkFrames;
        ChannelState &state = m_state[std::size_t(c)];
        float *energy = m_energy.data() + c * (kChunkFrames / kBlockFrames);
        for (qsizetype block = 0; block < blocks; ++block) {
            const qsizetype start = block * kBlockFrames;
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
            energy[block] = stats.sumOfSquares;
            if (state.binFill == kBinFrames) {
                addBin(state, 0, quantize(state.binMin), quantize(state.binMax));
                state.binFill = 0;
            }
        }
    }
    // Speech goes block by block across channels: each detector also sees
    // how loud the other channels are at the same moment.
    const qsizetype stride = kChunkFrames / kBlockFrames;
    for (qsizetype block = 0; block < blocks; ++block) {
        const int count = int(std::min<qsizetype>(kBlockFrames, frames - block * kBlockFrames));
        for (int c = 0; c < m_channels; ++c) {
            float others = 0;
            for (int o = 0; o < m_channels; ++o) {
                if (o != c)
                    others = std::max(others, m_energy[std::size_t(o * stride + block)]);
            }
            m_speech[std::size_t(c)].addBlock(m_energy[std::size_t(c * stride + block)], others, count);
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
