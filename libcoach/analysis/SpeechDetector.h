// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/TimeRange.h"

#include <QList>

#include <utility>
#include <vector>

namespace coach {

/*
 * Energy voice-activity detection for one channel, fed block by block as the
 * recording decodes, with memory bounded by its look-ahead (a few seconds of
 * frame energies), not by the recording's length.
 *
 * A frame (about 10 ms) is speech when its energy stands a margin above the
 * channel's noise floor. The floor is the minimum of the smoothed energy over
 * a window centred on the frame, so it follows line noise that rises or falls
 * during a call and is right from the first second (a call often opens with
 * the greeting). Speech runs closer than the hangover (0.3 s) are joined, so
 * the gaps between words do not split a sentence; isolated bursts too short
 * to be a syllable are dropped. A frame far quieter than another channel at
 * the same moment is that channel leaking in, not speech. Owned by the analyser, one per channel, on
 * its thread.
 */
class SpeechDetector final
{
public:
    // Tuning, measured against the benchmark corpus (see tests/benchmarks/README.md).
    static constexpr double kFrameSeconds = 0.010;
    static constexpr double kHangoverSeconds = 0.30;
    static constexpr double kMinimumSpeechSeconds = 0.05;
    static constexpr double kFloorWindowSeconds = 3.0; // centred: ±1.5 s
    static constexpr double kMarginDb = 10.0;
    // Below this nothing counts as speech, however quiet the line: keeps the
    // dither of a digitally silent channel from becoming talk.
    static constexpr double kAbsoluteThresholdDb = -60.0;
    // Another channel leaking into this one (crosstalk, an echo of the
    // other side, typically 25–30 dB down) is not this channel's speech: a
    // frame this far below the loudest other channel does not count.
    static constexpr double kCrosstalkDb = -15.0;
    // No line is this noisy; a channel louder than this for seconds on end
    // (a monologue, a tone) is talking, not noise.
    static constexpr double kMaximumFloorDb = -35.0;

    // `blockFrames`: the size of the blocks addBlock() receives.
    SpeechDetector(int sampleRate, int blockFrames);

    // The sum of squares (full scale = 1.0) of the next `frames` samples,
    // and the largest such sum among the recording's other channels over
    // the same samples (0 for mono); every block but the last has
    // `blockFrames` samples.
    void addBlock(float sumOfSquares, float othersSumOfSquares, int frames);
    // Flushes the look-ahead; the speech ranges, sorted and disjoint.
    [[nodiscard]] TimeRanges finish();

private:
    struct Frame
    {
        qint64 start = 0; // first sample
        int length = 0;
        float power = 0;    // the frame's own mean square
        float others = 0;   // the loudest other channel's, over the same samples
        float smoothed = 0; // over the neighbourhood, for the floor
    };

    void pushFrame(double sumOfSquares, double othersSumOfSquares, int length);
    void decide(const Frame &frame, float floor);
    void decideNext();
    void closeRun();
    void emitSegment();
    [[nodiscard]] qint64 toMs(qint64 sample) const;

    int m_sampleRate = 0;
    int m_blocksPerFrame = 1;
    int m_lookAheadFrames = 0;
    int m_smoothFrames = 0;
    qint64 m_hangoverSamples = 0;
    qint64 m_minimumSamples = 0;
    double m_marginFactor = 1;
    double m_absoluteThreshold = 0;
    double m_maximumFloor = 0;
    double m_crosstalkFactor = 0;

    // The frame being filled from blocks.
    double m_frameSum = 0;
    double m_frameOthers = 0;
    int m_frameLength = 0;
    int m_frameBlocks = 0;
    qint64 m_position = 0;

    // Energy smoothing over the last m_smoothFrames frames (linear power),
    // a ring indexed by frame number.
    std::vector<double> m_recentPower;
    double m_recentSum = 0;

    // Frames waiting for their look-ahead (a ring indexed by frame number),
    // and the sliding minimum of the smoothed power over the window: a ring
    // of (frame number, smoothed power), increasing in both, between
    // m_minimumHead and m_minimumTail.
    std::vector<Frame> m_pending;
    std::vector<std::pair<qint64, float>> m_minimum;
    qint64 m_minimumHead = 0;
    qint64 m_minimumTail = 0;
    qint64 m_pushed = 0;
    qint64 m_decided = 0;

    // The speech run being built and the segment it may join.
    bool m_inRun = false;
    qint64 m_runStart = 0;
    qint64 m_runEnd = 0;
    bool m_haveSegment = false;
    qint64 m_segmentStart = 0;
    qint64 m_segmentEnd = 0;
    TimeRanges m_ranges;
};

} // namespace coach
