// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

/*
 * Measurements on interleaved signed 16-bit stereo, as the renderer writes it
 * and as parec records the null sink's monitor: one channel as samples in
 * [-1, 1], its frequency (zero crossings) and the power at one frequency
 * (Goertzel), and the gaps and steps a bad join would leave.
 */
namespace coach::test {

using Samples = std::vector<double>;

// Channel `channel` (0 or 1) of s16 stereo, frames [from, to) (to < 0: all).
[[nodiscard]] Samples channelOf(const QByteArray &pcm, int channel, qint64 from = 0, qint64 to = -1);

// The frequency from rising zero crossings, interpolated between samples; 0 when fewer than two.
[[nodiscard]] double zeroCrossingFrequency(const Samples &samples, int rate);

// Mean power at `frequency` (Goertzel); a full-scale sine there gives about 0.5.
[[nodiscard]] double powerAt(const Samples &samples, int rate, double frequency);

[[nodiscard]] double rms(const Samples &samples);

// The first and one past the last sample whose magnitude reaches `threshold`; {0, 0} if none.
[[nodiscard]] std::pair<qint64, qint64> loudSpan(const Samples &samples, double threshold);

// The longest run of samples below `threshold` in magnitude within [from, to).
[[nodiscard]] qint64 longestQuietRun(const Samples &samples, double threshold, qint64 from, qint64 to);

// The largest difference between neighbouring samples within [from, to).
[[nodiscard]] double largestStep(const Samples &samples, qint64 from, qint64 to);

[[nodiscard]] double decibels(double powerRatio);

} // namespace coach::test
