// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/SpeechDetector.h"

#include <algorithm>
#include <cmath>

namespace coach {

namespace {

// Keeps log10 finite on digital silence; far below any threshold.
constexpr double kPowerEpsilon = 1e-13;
// The floor follows the energy over a few frames, not single frames: the
// minimum of 10 ms noise frames lies far below the noise's level, while over
// 50 ms it stays close to it, so a fixed margin above it means the same on a
// quiet and a noisy line.
constexpr double kSmoothSeconds = 0.05;

float toDb(double power)
{
    return float(10.0 * std::log10(power + kPowerEpsilon));
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
}

void SpeechDetector::addBlock(float sumOfSquares, int frames)
{
    m_frameSum += sumOfSquares;
    m_frameLength += frames;
    if (++m_frameBlocks == m_blocksPerFrame) {
        pushFrame(m_frameSum, m_frameLength);
        m_frameSum = 0;
        m_frameLength = 0;
        m_frameBlocks = 0;
    }
}

void SpeechDetector::pushFrame(double sumOfSquares, int length)
{
    if (length <= 0)
        return;
    const double power = sumOfSquares / length;
    m_recentPower.push_back(power);
    m_recentSum += power;
    if (qsizetype(m_recentPower.size()) > m_smoothFrames) {
        m_recentSum -= m_recentPower.front();
        m_recentPower.pop_front();
    }
    // Recomputed now and then: a running sum of doubles drifts over hours.
    if (m_pushed % 4096 == 0) {
        m_recentSum = 0;
        for (double p : m_recentPower)
            m_recentSum += p;
    }

    Frame frame;
    frame.start = m_position;
    frame.length = length;
    frame.energyDb = toDb(power);
    frame.smoothedDb = toDb(m_recentSum / double(m_recentPower.size()));
    m_position += length;

    const qint64 index = m_pushed++;
    while (!m_minimum.empty() && m_minimum.back().second >= frame.smoothedDb)
        m_minimum.pop_back();
    m_minimum.emplace_back(index, frame.smoothedDb);
    m_pending.push_back(frame);

    // Frame `index - lookAhead` now has its whole window behind and ahead of it.
    if (index - m_decided >= m_lookAheadFrames) {
        while (m_minimum.front().first < m_decided - m_lookAheadFrames)
            m_minimum.pop_front();
        decide(m_pending.front(), m_minimum.front().second);
        m_pending.pop_front();
        ++m_decided;
    }
}

void SpeechDetector::decide(const Frame &frame, float floorDb)
{
    const double threshold = std::max(double(floorDb) + kMarginDb, kAbsoluteThresholdDb);
    if (frame.energyDb > threshold) {
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
        pushFrame(m_frameSum, m_frameLength);
        m_frameSum = 0;
        m_frameLength = 0;
        m_frameBlocks = 0;
    }
    // The last frames have only the past and what is left of the future.
    while (!m_pending.empty()) {
        while (m_minimum.front().first < m_decided - m_lookAheadFrames)
            m_minimum.pop_front();
        decide(m_pending.front(), m_minimum.front().second);
        m_pending.pop_front();
        ++m_decided;
    }
    if (m_inRun)
        closeRun();
    emitSegment();
    return std::exchange(m_ranges, {});
}

} // namespace coach
