// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <memory>

namespace coach {

/*
 * Turns a recording into the PCM a sound card plays: FFmpeg decodes, one
 * libavfilter graph changes the tempo with pitch kept (`atempo`), solos a
 * channel (the other is silenced, both outputs carry the soloed one) and
 * converts to interleaved signed 16-bit stereo at outputRate(). Pull-based and
 * single-threaded: the playback engine's thread owns it; tests read from it
 * directly without a sound card.
 *
 *     auto r = AudioRenderer::open(path, 48000);
 *     r->setTempo(1.5);
 *     while (qint64 n = r->read(buffer, size)) …   // n bytes, 0 at the end
 */
class AudioRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(AudioRenderer)
public:
    ~AudioRenderer();

    [[nodiscard]] static Result<std::unique_ptr<AudioRenderer>> open(const QString &path, int outputRate);

    [[nodiscard]] int outputRate() const;
    [[nodiscard]] static constexpr int outputChannels() { return 2; }
    [[nodiscard]] qint64 durationMs() const;

    // 0.5 … 2.0; pitch is kept.
    void setTempo(double tempo);
    [[nodiscard]] double tempo() const;
    // -1: both channels; 0 or 1: only that channel is heard.
    void setSoloChannel(int channel);
    [[nodiscard]] int soloChannel() const;

    // Positions are in the recording's time, not the sped-up output's.
    [[nodiscard]] Result<void> seek(qint64 ms);
    [[nodiscard]] qint64 positionMs() const; // of the next byte read() returns
    // The bytes read() delivers before the recording reaches `ms` at the
    // current tempo: how a player cuts exactly at a loop's end or a silence.
    [[nodiscard]] qint64 bytesUntil(qint64 ms) const;

    // Fills up to `maxBytes` (whole frames); returns the bytes written, 0 at the
    // end of the recording, or an error when decoding fails midway.
    [[nodiscard]] Result<qint64> read(char *data, qint64 maxBytes);

private:
    AudioRenderer();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coach
