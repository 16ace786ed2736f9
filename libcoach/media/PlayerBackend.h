// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/PlaybackEngine.h"
#include "model/TimeRange.h"

#include <QObject>
#include <QString>

namespace coach {

/*
 * What PlaybackEngine drives: the player the media module creates
 * (MediaBackend::createPlayer). Its signals are declared here, in libcoach,
 * so that the core connects to them without linking the module, and so that
 * one copy of this metaobject serves both. Every method is called on the
 * owner's thread; the implementation reports back through the signals.
 */
class PlayerBackend : public QObject
{
    Q_OBJECT
public:
    using State = PlaybackEngine::State;

    using QObject::QObject;

    virtual void open(const QString &path, qint64 startMs) = 0;
    virtual void close() = 0;
    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void togglePlayPause() = 0;
    virtual void seek(qint64 ms) = 0;
    virtual void setRate(double rate) = 0;
    virtual void setVolume(float volume) = 0;
    virtual void setMuted(bool muted) = 0;
    virtual void setSoloChannel(int channel) = 0;
    virtual void setLoop(const coach::TimeRange &range) = 0;
    virtual void setSkippedRanges(const coach::TimeRanges &ranges) = 0;
    virtual void setSkipSilence(bool enabled) = 0;

Q_SIGNALS:
    void stateChanged(coach::PlaybackEngine::State state);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void errorOccurred(const QString &message);
};

} // namespace coach
