// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/PlaybackEngine.h"
#include "media/PlaybackTimeline.h"
#include "model/TimeRange.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>

class QAudioSink;
class QIODevice;
class QTimer;

namespace coach {

class AudioRenderer;

/*
 * The half of PlaybackEngine that lives on its thread: owns the AudioRenderer
 * and the QAudioSink, pushes rendered audio into the sink every few
 * milliseconds, and maps the sink's processed time back to recording time.
 * Loops and skipped silences are cut by the renderer's own clock and joined
 * with a short crossfade, so there is neither a gap nor a click. Internal to
 * libcoach/media; every method runs on the worker thread.
 */
class PlaybackWorker final : public QObject
{
    Q_OBJECT
public:
    using State = PlaybackEngine::State;

    explicit PlaybackWorker(QObject *parent = nullptr);
    ~PlaybackWorker() override;

    void open(const QString &path, qint64 startMs);
    void close();
    void play();
    void pause();
    void togglePlayPause();
    void seek(qint64 ms);
    void setRate(double rate);
    void setVolume(float volume);
    void setMuted(bool muted);
    void setSoloChannel(int channel);
    void setLoop(const TimeRange &range);
    void setSkippedRanges(const TimeRanges &ranges);
    void setSkipSilence(bool enabled);

Q_SIGNALS:
    void stateChanged(coach::PlaybackEngine::State state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void errorOccurred(const QString &message);

private:
    void setState(State state);
    void fail(const QString &message);
    [[nodiscard]] bool ensureSink();
    void checkSink();
    void startOutput();
    void stopOutput();
    void feed();
    [[nodiscard]] qint64 renderBlock(qint64 maxBytes);
    [[nodiscard]] qint64 renderJump(qint64 targetMs);
    [[nodiscard]] qint64 readRenderer(char *data, qint64 maxBytes);
    [[nodiscard]] qint64 jumpTarget(qint64 positionMs, qint64 *boundaryMs) const;
    [[nodiscard]] qint64 skipTarget(qint64 ms) const;
    [[nodiscard]] qint64 loopStart() const;
    void updatePosition(bool force);
    void applyVolume();
    [[nodiscard]] qint64 processedFrames() const;

    std::unique_ptr<AudioRenderer> m_renderer;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice *m_output = nullptr; // owned by m_sink
    QTimer *m_feedTimer = nullptr;  // child
    QString m_name;                 // the recording, for messages
    QString m_deviceName;

    State m_state = State::Empty;
    double m_rate = 1.0;
    float m_volume = 1.0F;
    bool m_muted = false;
    int m_soloChannel = -1;
    TimeRange m_loop;
    TimeRanges m_skipped;
    bool m_skipSilence = false;

    PlaybackTimeline m_timeline; // of what was handed to the sink since it started
    QByteArray m_block;       // scratch for one block of output
    QByteArray m_carry;       // rendered but not yet taken by the sink
    int m_fadeInLeft = 0;     // frames of the fade-in after a seek still to apply
    bool m_endOfData = false;
    bool m_atEnd = false;     // played to the end; play() starts over
    qint64 m_position = 0;
    qint64 m_lastEmitted = -1;
    QElapsedTimer m_sinceEmit;
};

} // namespace coach
