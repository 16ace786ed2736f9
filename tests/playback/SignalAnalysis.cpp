// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalAnalysis.h"

#include <algorithm>
#include <cmath>

namespace coach::test {

Samples channelOf(const QByteArray &pcm, int channel, qint64 from, qint64 to)
{
    const auto *data = reinterpret_cast<const qint16 *>(pcm.constData());
    const qint64 frames = pcm.size() / 4;
    to = to < 0 ? frames : std::min(to, frames);
    from = std::clamp<qint64>(from, 0, to);
    Samples samples;
    samples.reserve(size_t(to - from));
    for (qint64 i = from; i < to; ++i)
        samples.push_back(data[2 * i + channel] / 32768.0);
    return samples;
}

double zeroCrossingFrequency(const Samples &samples, int rate)
{
    double first = -1;
    double last = -1;
    qint64 crossings = 0;
    for (size_t i = 1; i < samples.size(); ++i) {
        if (samples[i - 1] < 0 && samples[i] >= 0) {
            const double at = double(i - 1) + samples[i - 1] / (samples[i - 1] - samples[i]);
            if (first < 0)
                first = at;
            last = at;
            ++crossings;
        }
    }
    if (crossings < 2 || last <= first)
        return 0;
    return double(crossings - 1) * rate / (last - first);
}

double powerAt(const Samples &samples, int rate, double frequency)
{
    if (samples.empty())
        return 0;
    const double coefficient = 2 * std::cos(2 * M_PI * frequency / rate);
    double s1 = 0;
    double s2 = 0;
    for (const double x : samples) {
        const double s0 = x + coefficient * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    const double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    const double n = double(samples.size());
    return 2 * power / (n * n);
}

double rms(const Samples &samples)
{
    if (samples.empty())
        return 0;
    double sum = 0;
    for (const double x : samples)
        sum += x * x;
    return std::sqrt(sum / double(samples.size()));
}

std::pair<qint64, qint64> loudSpan(const Samples &samples, double threshold)
{
    qint64 first = -1;
    qint64 last = -1;
    for (size_t i = 0; i < samples.size(); ++i) {
        if (std::abs(samples[i]) >= threshold) {
            if (first < 0)
                first = qint64(i);
            last = qint64(i);
        }
    }
    return first < 0 ? std::pair<qint64, qint64> { 0, 0 } : std::pair { first, last + 1 };
}

qint64 longestQuietRun(const Samples &samples, double threshold, qint64 from, qint64 to)
{
    qint64 longest = 0;
    qint64 run = 0;
    to = std::min<qint64>(to, qint64(samples.size()));
    for (qint64 i = std::max<qint64>(from, 0); i < to; ++i) {
        run = std::abs(samples[size_t(i)]) < threshold ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

double largestStep(const Samples &samples, qint64 from, qint64 to)
{
    double largest = 0;
    to = std::min<qint64>(to, qint64(samples.size()));
    for (qint64 i = std::max<qint64>(from, 1); i < to; ++i)
        largest = std::max(largest, std::abs(samples[size_t(i)] - samples[size_t(i - 1)]));
    return largest;
}

double decibels(double powerRatio)
{
    return 10 * std::log10(std::max(powerRatio, 1e-30));
}

} // namespace coach::test
