// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/*
 * What the clip tests read back from exported files, always through the
 * ffmpeg and ffprobe programs (never through libcoach, which wrote them):
 * decoded samples, stream facts, EBU R128 loudness as ffmpeg's ebur128 filter
 * measures it, and container tags.
 */
namespace coach::test {

struct Decoded
{
    QList<float> samples; // interleaved
    int sampleRate = 0;
    int channels = 0;
    [[nodiscard]] qint64 frames() const { return channels > 0 ? samples.size() / channels : 0; }
    [[nodiscard]] float at(qint64 frame, int channel) const { return samples.at(frame * channels + channel); }
};

struct Loudness
{
    double integratedLufs = 0;
    double truePeakDb = 0;
};

// Decodes the whole file with ffmpeg to float at its own rate and channels (from ffprobe).
[[nodiscard]] std::optional<Decoded> decode(const QString &path);
// ffprobe's sample_rate, channels and codec_name of the first audio stream.
[[nodiscard]] QMap<QString, QString> streamFacts(const QString &path);
// ffprobe's container tags, keys lower-cased.
[[nodiscard]] QMap<QString, QString> tags(const QString &path);
// `ffmpeg -af ebur128=peak=true`: the summary's I and true peak.
[[nodiscard]] std::optional<Loudness> loudness(const QString &path);

// RMS of frames [from, to) of one channel.
[[nodiscard]] double rms(const Decoded &audio, int channel, qint64 from, qint64 to);
// Power at `hz` (Goertzel) over frames [from, to) of one channel, normalised by length.
[[nodiscard]] double powerAt(const Decoded &audio, int channel, qint64 from, qint64 to, double hz);
// The lag (in frames, within ±maxLag) at which `clip` channel 0 best matches
// `source` channel 0 starting at `expectedStart`; 0 means exactly there.
[[nodiscard]] qint64 bestLag(const Decoded &clip, const Decoded &source, qint64 expectedStart, qint64 maxLag);

} // namespace coach::test
