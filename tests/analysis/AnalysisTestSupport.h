// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisBuilder.h"
#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QtEndian>

#include <cmath>

/*
 * Shared by the analysis tests: WAV files with exactly known samples (so the
 * expected peaks can be computed here, independently of the analyser) and
 * the reference peak computation itself.
 */
namespace coach::test {

// Interleaved 16-bit samples, `channels` per frame.
using Samples = QList<qint16>;

inline QByteArray wavBytes(const Samples &samples, int channels, int sampleRate)
{
    const auto dataBytes = quint32(samples.size() * 2);
    QByteArray out;
    const auto u32 = [&out](quint32 v) { char b[4]; qToLittleEndian(v, b); out.append(b, 4); };
    const auto u16 = [&out](quint16 v) { char b[2]; qToLittleEndian(v, b); out.append(b, 2); };
    out.append("RIFF", 4);
    u32(36 + dataBytes);
    out.append("WAVEfmt ", 8);
    u32(16);
    u16(1); // PCM
    u16(quint16(channels));
    u32(quint32(sampleRate));
    u32(quint32(sampleRate * channels * 2));
    u16(quint16(channels * 2));
    u16(16);
    out.append("data", 4);
    u32(dataBytes);
    for (qint16 s : samples)
        u16(quint16(s));
    return out;
}

inline bool writeWav(const QString &path, const Samples &samples, int channels, int sampleRate)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(wavBytes(samples, channels, sampleRate)) > 0;
}

// The documented quantisation, written out independently of the builder's.
inline qint8 referenceQuantize(qint16 sample)
{
    const double scaled = double(sample) * 127.0 / 32768.0;
    return qint8(std::max(-127.0, std::min(127.0, std::nearbyint(scaled))));
}

// Min/max of channel `channel` for every bin of `samplesPerBin` frames.
inline QByteArray referencePeaks(const Samples &samples, int channels, int channel, int samplesPerBin)
{
    const qsizetype frames = samples.size() / channels;
    QByteArray out;
    for (qsizetype start = 0; start < frames; start += samplesPerBin) {
        qint16 low = samples.at(start * channels + channel);
        qint16 high = low;
        for (qsizetype i = start; i < std::min<qsizetype>(frames, start + samplesPerBin); ++i) {
            low = std::min(low, samples.at(i * channels + channel));
            high = std::max(high, samples.at(i * channels + channel));
        }
        out.append(char(referenceQuantize(low)));
        out.append(char(referenceQuantize(high)));
    }
    return out;
}

// For QVERIFY2, which builds its message even when the check passes.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message().toLocal8Bit();
}

inline bool sameAnalysis(const RecordingAnalysis &a, const RecordingAnalysis &b)
{
    if (a.peaks.channelCount() != b.peaks.channelCount() || a.peaks.sampleRate() != b.peaks.sampleRate()
        || a.peaks.frameCount() != b.peaks.frameCount() || a.peaks.levelCount() != b.peaks.levelCount()
        || a.speech != b.speech)
        return false;
    for (int level = 0; level < a.peaks.levelCount(); ++level) {
        const Peaks::Level &x = a.peaks.level(level);
        const Peaks::Level &y = b.peaks.level(level);
        if (x.samplesPerBin != y.samplesPerBin || x.binCount != y.binCount || x.channels != y.channels)
            return false;
    }
    return true;
}

} // namespace coach::test
