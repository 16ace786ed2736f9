// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioSinkPlayer.h"

#include "media/PlaybackWorker.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace coach {

// The owner's side: the thread and the worker on it.
struct AudioSinkPlayer::Private
{
    QThread thread;
    PlaybackWorker *worker = nullptr; // lives on `thread`, deleted when it finishes

    // Runs `call` on the worker's thread, in the order the slots were called.
    template<typename Call>
    void post(Call &&call)
    {
        QMetaObject::invokeMethod(
            worker, [w = worker, call = std::forward<Call>(call)] { call(w); }, Qt::QueuedConnection);
    }
};

AudioSinkPlayer::AudioSinkPlayer(QObject *parent)
    : PlayerBackend(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(u"coach-playback"_s);
    d->worker = new PlaybackWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);

    connect(d->worker, &PlaybackWorker::stateChanged, this, &PlayerBackend::stateChanged);
    connect(d->worker, &PlaybackWorker::positionChanged, this, &PlayerBackend::positionChanged);
    connect(d->worker, &PlaybackWorker::durationChanged, this, &PlayerBackend::durationChanged);
    connect(d->worker, &PlaybackWorker::errorOccurred, this, &PlayerBackend::errorOccurred);
    // Audio is fed every few milliseconds; a busy GUI must not starve it.
    d->thread.start(QThread::TimeCriticalPriority);
}

AudioSinkPlayer::~AudioSinkPlayer()
{
    // The worker closes the sink in its destructor, on its own thread.
    d->thread.quit();
    d->thread.wait();
}

void AudioSinkPlayer::open(const QString &path, qint64 startMs)
{
    d->post([path, startMs](PlaybackWorker *w) { w->open(path, startMs); });
}

void AudioSinkPlayer::close()
{
    d->post([](PlaybackWorker *w) { w->close(); });
}

void AudioSinkPlayer::play()
{
    d->post([](PlaybackWorker *w) { w->play(); });
}

void AudioSinkPlayer::pause()
{
    d->post([](PlaybackWorker *w) { w->pause(); });
}

void AudioSinkPlayer::togglePlayPause()
{
    // Decided on the worker, whose state is current; ours may be a moment old.
    d->post([](PlaybackWorker *w) { w->togglePlayPause(); });
}

void AudioSinkPlayer::seek(qint64 ms)
{
    d->post([ms](PlaybackWorker *w) { w->seek(ms); });
}

void AudioSinkPlayer::setRate(double rate)
{
    d->post([rate](PlaybackWorker *w) { w->setRate(rate); });
}

void AudioSinkPlayer::setVolume(float volume)
{
    d->post([volume](PlaybackWorker *w) { w->setVolume(volume); });
}

void AudioSinkPlayer::setMuted(bool muted)
{
    d->post([muted](PlaybackWorker *w) { w->setMuted(muted); });
}

void AudioSinkPlayer::setSoloChannel(int channel)
{
    d->post([channel](PlaybackWorker *w) { w->setSoloChannel(channel); });
}

void AudioSinkPlayer::setLoop(const coach::TimeRange &range)
{
    d->post([range](PlaybackWorker *w) { w->setLoop(range); });
}

void AudioSinkPlayer::setSkippedRanges(const coach::TimeRanges &ranges)
{
    d->post([ranges](PlaybackWorker *w) { w->setSkippedRanges(ranges); });
}

void AudioSinkPlayer::setSkipSilence(bool enabled)
{
    d->post([enabled](PlaybackWorker *w) { w->setSkipSilence(enabled); });
}

} // namespace coach
