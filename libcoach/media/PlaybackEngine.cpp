// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PlaybackEngine.h"

#include "media/MediaBackend.h"
#include "media/MediaModule.h"
#include "media/PlayerBackend.h"

#include <optional>

namespace coach {

// The player once the module made it, the settings to hand it when it is
// made, and the last state it reported, so the getters answer at once.
struct PlaybackEngine::Private
{
    PlayerBackend *player = nullptr; // child
    State state = State::Empty;
    qint64 position = 0;
    qint64 duration = 0;
    QString errorString;

    double rate = 1.0;
    std::optional<float> volume;
    std::optional<bool> muted;
    int soloChannel = -1;
    TimeRange loop;
    TimeRanges skipped;
    bool skipSilence = false;
};

PlaybackEngine::PlaybackEngine(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

PlaybackEngine::~PlaybackEngine()
{
    // The player stops its thread in its destructor; it must go while `d` is alive.
    delete d->player;
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

bool PlaybackEngine::ensurePlayer()
{
    if (d->player)
        return true;
    const auto backend = MediaModule::backend();
    if (!backend) {
        // Reported from the event loop, as the player's own failures are.
        const QString message = backend.error().message();
        QMetaObject::invokeMethod(
            this,
            [this, message] {
                d->errorString = message;
                d->state = State::Failed;
                Q_EMIT stateChanged(State::Failed);
                Q_EMIT errorOccurred(message);
            },
            Qt::QueuedConnection);
        return false;
    }
    PlayerBackend *player = (*backend)->createPlayer(this);
    d->player = player;
    connect(player, &PlayerBackend::stateChanged, this, [this](State state) {
        d->state = state;
        Q_EMIT stateChanged(state);
    });
    connect(player, &PlayerBackend::positionChanged, this, [this](qint64 ms) {
        d->position = ms;
        Q_EMIT positionChanged(ms);
    });
    connect(player, &PlayerBackend::durationChanged, this, [this](qint64 ms) {
        d->duration = ms;
        Q_EMIT durationChanged(ms);
    });
    connect(player, &PlayerBackend::errorOccurred, this, [this](const QString &message) {
        d->errorString = message;
        Q_EMIT errorOccurred(message);
    });
    if (d->rate != 1.0)
        player->setRate(d->rate);
    if (d->volume)
        player->setVolume(*d->volume);
    if (d->muted)
        player->setMuted(*d->muted);
    if (d->soloChannel != -1)
        player->setSoloChannel(d->soloChannel);
    if (d->loop.length() > 0)
        player->setLoop(d->loop);
    if (!d->skipped.isEmpty())
        player->setSkippedRanges(d->skipped);
    if (d->skipSilence)
        player->setSkipSilence(true);
    return true;
}

void PlaybackEngine::open(const QString &path, qint64 startMs)
{
    d->errorString.clear();
    if (ensurePlayer())
        d->player->open(path, startMs);
}

// Before the first open() there is nothing to play, stop or seek in: the
// player the module makes starts empty, as the engine does here.
void PlaybackEngine::close()
{
    if (d->player)
        d->player->close();
}

void PlaybackEngine::play()
{
    if (d->player)
        d->player->play();
}

void PlaybackEngine::pause()
{
    if (d->player)
        d->player->pause();
}

void PlaybackEngine::togglePlayPause()
{
    if (d->player)
        d->player->togglePlayPause();
}

void PlaybackEngine::seek(qint64 ms)
{
    if (d->player)
        d->player->seek(ms);
}

void PlaybackEngine::setRate(double rate)
{
    d->rate = rate;
    if (d->player)
        d->player->setRate(rate);
}

void PlaybackEngine::setVolume(float volume)
{
    d->volume = volume;
    if (d->player)
        d->player->setVolume(volume);
}

void PlaybackEngine::setMuted(bool muted)
{
    d->muted = muted;
    if (d->player)
        d->player->setMuted(muted);
}

void PlaybackEngine::setSoloChannel(int channel)
{
    d->soloChannel = channel;
    if (d->player)
        d->player->setSoloChannel(channel);
}

void PlaybackEngine::setLoop(const coach::TimeRange &range)
{
    d->loop = range;
    if (d->player)
        d->player->setLoop(range);
}

void PlaybackEngine::setSkippedRanges(const coach::TimeRanges &ranges)
{
    d->skipped = ranges;
    if (d->player)
        d->player->setSkippedRanges(ranges);
}

void PlaybackEngine::setSkipSilence(bool enabled)
{
    d->skipSilence = enabled;
    if (d->player)
        d->player->setSkipSilence(enabled);
}

} // namespace coach
