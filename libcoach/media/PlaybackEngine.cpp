// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PlaybackEngine.h"

#include "media/PlaybackWorker.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace coach {

// The owner's side: the thread, and the last state the worker reported, so
// the getters answer at once without waiting on the worker.
struct PlaybackEngine::Private
{
    QThread thread;
    PlaybackWorker *worker = nullptr; // lives on `thread`, deleted when it finishes
    State state = State::Empty;
    qint64 position = 0;
    qint64 duration = 0;
    QString errorString;

    // Runs `call` on the worker's thread, in the order the slots were called.
    template<typename Call>
    void post(Call &&call)
    {
        QMetaObject::invokeMethod(
            worker, [w = worker, call = std::forward<Call>(call)] { call(w); }, Qt::QueuedConnection);
    }
};

PlaybackEngine::PlaybackEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->thread.setObjectName(u"coach-playback"_s);
    d->worker = new PlaybackWorker;
    d->worker->moveToThread(&d->thread);
    connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);

    connect(d->worker, &PlaybackWorker::stateChanged, this, [this](State state) {
        d->state = state;
        Q_EMIT stateChanged(state);
    });
    connect(d->worker, &PlaybackWorker::positionChanged, this, [this](qint64 ms) {
        d->position = ms;
        Q_EMIT positionChanged(ms);
    });
    connect(d->worker, &PlaybackWorker::durationChanged, this, [this](qint64 ms) {
        d->duration = ms;
        Q_EMIT durationChanged(ms);
    });
    connect(d->worker, &PlaybackWorker::errorOccurred, this, [this](const QString &message) {
        d->errorString = message;
        Q_EMIT errorOccurred(message);
    });
    // Audio is fed every few milliseconds; a busy GUI must not starve it.
    d->thread.start(QThread::TimeCriticalPriority);
}

PlaybackEngine::~PlaybackEngine()
{
    // The worker closes the sink in its destructor, on its own thread.
    d->thread.quit();
    d->thread.wait();
}

PlaybackEngine::State PlaybackEngine::state() const
{
    return d->state;
}

qint64 PlaybackEngine::position() const
{
    return d->position;
}

qint64 PlaybackEngine::duration() const
{
    return d->duration;
}

QString PlaybackEngine::errorString() const
{
    return d->errorString;
}

void PlaybackEngine::open(const QString &path, qint64 startMs)
{
    d->errorString.clear();
    d->post([path, startMs](PlaybackWorker *w) { w->open(path, startMs); });
}

void PlaybackEngine::close()
{
    d->post([](PlaybackWorker *w) { w->close(); });
}

void PlaybackEngine::play()
{
    d->post([](PlaybackWorker *w) { w->play(); });
}

void PlaybackEngine::pause()
{
    d->post([](PlaybackWorker *w) { w->pause(); });
}

void PlaybackEngine::togglePlayPause()
{
    // Decided on the worker, whose state is current; ours may be a moment old.
    d->post([](PlaybackWorker *w) { w->togglePlayPause(); });
}

void PlaybackEngine::seek(qint64 ms)
{
    d->post([ms](PlaybackWorker *w) { w->seek(ms); });
}

void PlaybackEngine::setRate(double rate)
{
    d->post([rate](PlaybackWorker *w) { w->setRate(rate); });
}

void PlaybackEngine::setVolume(float volume)
{
    d->post([volume](PlaybackWorker *w) { w->setVolume(volume); });
}

void PlaybackEngine::setMuted(bool muted)
{
    d->post([muted](PlaybackWorker *w) { w->setMuted(muted); });
}

void PlaybackEngine::setSoloChannel(int channel)
{
    d->post([channel](PlaybackWorker *w) { w->setSoloChannel(channel); });
}

void PlaybackEngine::setLoop(const coach::TimeRange &range)
{
    d->post([range](PlaybackWorker *w) { w->setLoop(range); });
}

void PlaybackEngine::setSkippedRanges(const coach::TimeRanges &ranges)
{
    d->post([ranges](PlaybackWorker *w) { w->setSkippedRanges(ranges); });
}

void PlaybackEngine::setSkipSilence(bool enabled)
{
    d->post([enabled](PlaybackWorker *w) { w->setSkipSilence(enabled); });
}

} // namespace coach
