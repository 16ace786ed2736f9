// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/TimeRange.h"

#include <QObject>
#include <QString>

#include <memory>

namespace coach {

class PlayerBackend;

/*
 * Plays a recording through Qt Multimedia's QAudioSink with our own
 * processing: speed with pitch kept, channel solo, skipping silences, looping
 * a region seamlessly. Decoding and the sink live on their own thread; the
 * owner (GUI thread) calls the slots and sees only position and state through
 * signals, so a slow disk never freezes a window.
 *
 * The player itself is in the media module (FFmpeg, Qt Multimedia), which is
 * loaded by the first open(), so a window that never plays never loads it.
 * Settings made before then are kept and handed over. When the module cannot
 * be loaded, the engine goes to Failed and errorOccurred() names its path.
 */
class PlaybackEngine final : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Paused, Playing, Failed };
    Q_ENUM(State)

    explicit PlaybackEngine(QObject *parent = nullptr);
    ~PlaybackEngine() override;

    [[nodiscard]] State state() const;
    [[nodiscard]] qint64 position() const; // ms, in the recording's time
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] QString errorString() const;

public Q_SLOTS:
    // Loads a recording, paused at `startMs` (resume where the user left off).
    void open(const QString &path, qint64 startMs = 0);
    void close();
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void setRate(double rate);      // 0.5 … 2.0, pitch kept
    void setVolume(float volume);   // 0 … 1, linear
    void setMuted(bool muted);
    void setSoloChannel(int channel); // -1 both, 0 left, 1 right
    void setLoop(const coach::TimeRange &range); // an empty range ends the loop
    // Silences to jump over while skipping is on (from RecordingAnalysis::silences()).
    void setSkippedRanges(const coach::TimeRanges &ranges);
    void setSkipSilence(bool enabled);

Q_SIGNALS:
    void stateChanged(coach::PlaybackEngine::State state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    // A message for the window: the file and why it cannot be played.
    void errorOccurred(const QString &message);

private:
    [[nodiscard]] bool ensurePlayer();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace coach
