// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SpeechDetector.h"

#include <algorithm>
#include <cmath>

namespace coach {

namespace {

// Keeps the floor above zero on digital silence; far below any threshold.
constexpr double kPowerEpsilon = 1e-13;
// The floor follows the energy over a few frames, not single frames: the
// minimum of 10 ms noise frames lies far below the noise's level, while over
// 50 ms it stays close to it, so a fixed margin above it means the same on a
// quiet and a noisy line.
constexpr double kSmoothSeconds = 0.05;

double fromDb(double db)
{
    return std::pow(10.0, db / 10.0);
}

} // namespace

SpeechDetector::SpeechDetector(int sampleRate, int blockFrames)
    : m_sampleRate(std::max(1, sampleRate))
{
    const int block = std::max(1, blockFrames);
    m_blocksPerFrame = std::max(1, int(std::lround(kFrameSeconds * m_sampleRate / block)));
    const double frameSeconds = double(m_blocksPerFrame) * block / m_sampleRate;
    m_lookAheadFrames = std::max(1, int(std::lround(kFloorWindowSeconds / 2 / frameSeconds)));
    m_smoothFrames = std::max(1, int(std::lround(kSmoothSeconds / frameSeconds)));
    m_hangoverSamples = qint64(std::llround(kHangoverSeconds * m_sampleRate));
    m_minimumSamples = qint64(std::llround(kMinimumSpeechSeconds * m_sampleRate));
    // Compared in linear power, not decibels: no logarithm per frame.
    m_marginFactor = fromDb(kMarginDb);
    m_absoluteThreshold = fromDb(kAbsoluteThresholdDb);
    m_maximumFloor = fromDb(kMaximumFloorDb);
    m_crosstalkFactor = fromDb(kCrosstalkDb);
    m_recentPower.assign(std::size_t(m_smoothFrames), 0.0);
    m_pending.resize(std::size_t(m_lookAheadFrames) + 1);
    m_minimum.resize(std::size_t(2 * m_lookAheadFrames) + 2);
}

void SpeechDetector::addBlock(float sumOfSquares, float othersSumOfSquares, int frames)
{
    m_frameSum += sumOfSquares;
    m_frameOthers += othersSumOfSquares;
    m_frameLength += frames;
    if (++m_frameBlocks == m_blocksPerFrame) {
        pushFrame(m_frameSum, m_frameOthers, m_frameLength);
        m_frameSum = 0;
        m_frameOthers = 0;
        m_frameLength = 0;
        m_frameBlocks = 0;
    }
}

void SpeechDetector::pushFrame(double sumOfSquares, double othersSumOfSquares, int length)
{
    if (length <= 0)
        return;
    const qint64 index = m_pushed++;
    const double power = sumOfSquares / length;
    double &slot = m_recentPower[std::size_t(index % m_smoothFrames)];
    m_recentSum += power - slot;
    slot = power;
    // Recomputed now and then: a running sum of doubles drifts over hours.
    if (index % 4096 == 0) {
        m_recentSum = 0;
        for (double p : m_recentPower)
            m_recentSum += p;
    }
    const qint64 smoothCount = std::min<qint64>(index + 1, m_smoothFrames);

    Frame &frame = m_pending[std::size_t(index % qint64(m_pending.size()))];
    frame.start = m_position;
    frame.length = length;
    frame.power = float(power);
    frame.others = float(othersSumOfSquares / length);
    frame.smoothed = float(std::max(m_recentSum, 0.0) / double(smoothCount) + kPowerEpsilon);
    m_position += length;

    const qint64 ring = qint64(m_minimum.size());
    while (m_minimumTail > m_minimumHead && m_minimum[std::size_t((m_minimumTail - 1) % ring)].second >= frame.smoothed)
        --m_minimumTail;
    m_minimum[std::size_t(m_minimumTail % ring)] = { index, frame.smoothed };
    ++m_minimumTail;

    // Frame `index - lookAhead` now has its whole window behind and ahead of it.
    if (index - m_decided >= m_lookAheadFrames)
        decideNext();
}

void SpeechDetector::decideNext()
{
    const qint64 ring = qint64(m_minimum.size());
    while (m_minimum[std::size_t(m_minimumHead % ring)].first < m_decided - m_lookAheadFrames)
        ++m_minimumHead;
    decide(m_pending[std::size_t(m_decided % qint64(m_pending.size()))],
           m_minimum[std::size_t(m_minimumHead % ring)].second);
    ++m_decided;
}

void SpeechDetector::decide(const Frame &frame, float floor)
{
    const double threshold = std::max(std::min(double(floor), m_maximumFloor) * m_marginFactor, m_absoluteThreshold);
    if (frame.power > threshold && frame.power > frame.others * m_crosstalkFactor) {
        if (!m_inRun) {
            m_inRun = true;
            m_runStart = frame.start;
        }
        m_runEnd = frame.start + frame.length;
    } else if (m_inRun) {
        closeRun();
    }
}

void SpeechDetector::closeRun()
{
    m_inRun = false;
    // Hangover: a pause shorter than a breath between words keeps the segment open.
    if (m_haveSegment && m_runStart - m_segmentEnd < m_hangoverSamples) {
        m_segmentEnd = m_runEnd;
        return;
    }
    emitSegment();
    m_haveSegment = true;
    m_segmentStart = m_runStart;
    m_segmentEnd = m_runEnd;
}

void SpeechDetector::emitSegment()
{
    if (m_haveSegment && m_segmentEnd - m_segmentStart >= m_minimumSamples)
        m_ranges.append({ toMs(m_segmentStart), toMs(m_segmentEnd) });
    m_haveSegment = false;
}

qint64 SpeechDetector::toMs(qint64 sample) const
{
    return (sample * 1000 + m_sampleRate / 2) / m_sampleRate;
}

TimeRanges SpeechDetector::finish()
{
    if (m_frameLength > 0) {
        pushFrame(m_frameSum, m_frameOthers, m_frameLength);
        m_frameSum = 0;
        m_frameOthers = 0;
        m_frameLength = 0;
        m_frameBlocks = 0;
    }
    // The last frames have only the past and what is left of the future.
    while (m_decided < m_pushed)
        decideNext();
    if (m_inRun)
        closeRun();
    emitSegment();
    return std::exchange(m_ranges, {});
}

} // namespace coach
