// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/PlayerBackend.h"

#include <memory>

namespace coach {

/*
 * The media module's player: Qt Multimedia's QAudioSink fed by our own
 * processing (AudioRenderer): speed with pitch kept, channel solo, skipping
 * silences, looping a region seamlessly. Decoding and the sink live on the
 * player's own thread; the owner (PlaybackEngine, on the GUI thread) calls
 * the methods and sees only position and state through signals, so a slow
 * disk never freezes a window.
 */
class AudioSinkPlayer final : public PlayerBackend
{
    Q_OBJECT
public:
    explicit AudioSinkPlayer(QObject *parent = nullptr);
    ~AudioSinkPlayer() override;

    void open(const QString &path, qint64 startMs) override;
    void close() override;
    void play() override;
    void pause() override;
    void togglePlayPause() override;
    void seek(qint64 ms) override;
    void setRate(double rate) override;
    void setVolume(float volume) override;
    void setMuted(bool muted) override;
    void setSoloChannel(int channel) override;
    void setLoop(const coach::TimeRange &range) override;
    void setSkippedRanges(const coach::TimeRanges &ranges) override;
    void setSkipSilence(bool enabled) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coach
