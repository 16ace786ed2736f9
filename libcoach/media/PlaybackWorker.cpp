// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/PlaybackWorker.h"

#include "core/Logging.h"
#include "media/AudioRenderer.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QDir>
#include <QIODevice>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

constexpr int kBytesPerFrame = 2 * AudioRenderer::outputChannels();
// The sink is topped up this often; with kSinkBufferMs of audio queued, a
// late tick under load still finds data waiting.
constexpr int kFeedIntervalMs = 10;
// What sits in the sink decides how late a change of speed, solo or volume
// is heard; pause and seek act on the sink directly and are immediate.
constexpr int kSinkBufferMs = 100;
constexpr int kBlockMs = 20;
// Loop ends and skipped silences are joined by a crossfade this long: long
// enough to hide the step in the waveform, too short to hear as a fade.
constexpr int kCrossfadeMs = 5;
// A jump lands with a fade-in this long, so the first sample does not click.
constexpr int kFadeInMs = 3;
// The window's playhead does not need more than about 40 updates a second.
constexpr int kPositionIntervalMs = 25;
// A silence shorter than this is not worth a jump.
constexpr qint64 kMinSkipMs = 50;

int outputRateFor(const QAudioDevice &device)
{
    QAudioFormat format;
    format.setChannelCount(AudioRenderer::outputChannels());
    format.setSampleFormat(QAudioFormat::Int16);
    format.setSampleRate(48000);
    if (device.isNull() || device.isFormatSupported(format))
        return 48000;
    const int preferred = device.preferredFormat().sampleRate();
    return preferred >= 8000 ? preferred : 48000;
}

// Raised-cosine weight of the incoming side, 0 → 1 over `count` frames.
double fadeWeight(int index, int count)
{
    return 0.5 - 0.5 * std::cos(M_PI * (index + 0.5) / count);
}

} // namespace

PlaybackWorker::PlaybackWorker(QObject *parent)
    : QObject(parent)
    , m_feedTimer(new QTimer(this))
{
    m_feedTimer->setTimerType(Qt::PreciseTimer);
    m_feedTimer->setInterval(kFeedIntervalMs);
    connect(m_feedTimer, &QTimer::timeout, this, &PlaybackWorker::feed);
}

PlaybackWorker::~PlaybackWorker()
{
    stopOutput();
}

void PlaybackWorker::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlaybackWorker::fail(const QString &message)
{
    qCWarning(lcMedia).noquote() << message;
    stopOutput();
    m_renderer.reset();
    setState(State::Failed);
    Q_EMIT errorOccurred(message);
}

void PlaybackWorker::open(const QString &path, qint64 startMs)
{
    close();
    m_name = QDir::toNativeSeparators(path);
    setState(State::Loading);
    const int rate = outputRateFor(QMediaDevices::defaultAudioOutput());
    auto renderer = AudioRenderer::open(path, rate);
    if (!renderer) {
        fail(renderer.error().message());
        return;
    }
    m_renderer = std::move(*renderer);
    m_renderer->setTempo(m_rate);
    m_renderer->setSoloChannel(m_soloChannel);
    Q_EMIT durationChanged(m_renderer->durationMs());
    setState(State::Paused);
    seek(startMs);
}

void PlaybackWorker::close()
{
    stopOutput();
    m_sink.reset();
    const bool hadRecording = m_renderer != nullptr;
    m_renderer.reset();
    m_atEnd = false;
    m_endOfData = false;
    m_position = 0;
    m_lastEmitted = -1;
    setState(State::Empty);
    if (hadRecording) {
        Q_EMIT durationChanged(0);
        Q_EMIT positionChanged(0);
    }
}

bool PlaybackWorker::ensureSink()
{
    if (m_sink)
        return true;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        const QString message = tr("%1 cannot be played: there is no audio output device. Check "
                                   "that a sound card or headset is connected and that the sound "
                                   "server (PulseAudio or PipeWire) is running.")
                                    .arg(m_name);
        qCWarning(lcMedia).noquote() << message;
        // The recording itself is fine: the waveform and transcript stay usable.
        Q_EMIT errorOccurred(message);
        return false;
    }
    QAudioFormat format;
    format.setSampleRate(m_renderer->outputRate());
    format.setChannelCount(AudioRenderer::outputChannels());
    format.setSampleFormat(QAudioFormat::Int16);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_deviceName = device.description();
    m_sink->setBufferSize(qsizetype(format.bytesForDuration(kSinkBufferMs * 1000)));
    applyVolume();
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State) {
        // Handled once the sink has returned: it must not be deleted in its own signal.
        QMetaObject::invokeMethod(this, &PlaybackWorker::checkSink, Qt::QueuedConnection);
    });
    qCDebug(lcMedia).noquote() << "audio output" << device.description() << format.sampleRate()
                               << "Hz";
    return true;
}

void PlaybackWorker::checkSink()
{
    if (!m_sink)
        return;
    const QAudio::Error error = m_sink->error();
    if (error != QAudio::OpenError && error != QAudio::IOError && error != QAudio::FatalError)
        return;
    const QString message
        = tr("%1 stopped playing: the audio output \"%2\" failed.").arg(m_name, m_deviceName);
    qCWarning(lcMedia).noquote() << message;
    stopOutput();
    m_sink.reset();
    if (m_state == State::Playing)
        setState(State::Paused);
    Q_EMIT errorOccurred(message);
}

void PlaybackWorker::startOutput()
{
    m_timeline.clear();
    m_carry.clear();
    m_output = m_sink->start();
    if (!m_output) {
        const QString message
            = tr("%1 cannot be played: the audio output device refused to start.").arg(m_name);
        m_sink.reset();
        setState(State::Paused);
        Q_EMIT errorOccurred(message);
        return;
    }
    // Prime the sink at once rather than on the first tick.
    feed();
    m_feedTimer->start();
}

void PlaybackWorker::stopOutput()
{
    m_feedTimer->stop();
    if (m_sink && m_sink->state() != QAudio::StoppedState)
        m_sink->stop();
    m_output = nullptr;
    m_timeline.clear();
    m_carry.clear();
}

void PlaybackWorker::play()
{
    if (!m_renderer || m_state == State::Playing)
        return;
    if (m_atEnd)
        seek(m_loop.length() > 0 ? loopStart() : 0);
    if (!ensureSink())
        return;
    if (m_sink->state() == QAudio::SuspendedState) {
        m_sink->resume();
        m_feedTimer->start();
    } else {
        startOutput();
        if (!m_output)
            return;
    }
    setState(State::Playing);
}

void PlaybackWorker::pause()
{
    if (m_state != State::Playing)
        return;
    updatePosition(true);
    // Suspending keeps what is queued, so a resume continues without a seek.
    m_sink->suspend();
    m_feedTimer->stop();
    setState(State::Paused);
    updatePosition(true);
}

void PlaybackWorker::togglePlayPause()
{
    if (m_state == State::Playing)
        pause();
    else
        play();
}

void PlaybackWorker::seek(qint64 ms)
{
    if (!m_renderer)
        return;
    ms = std::clamp<qint64>(ms, 0, m_renderer->durationMs());
    ms = skipTarget(ms);
    if (auto sought = m_renderer->seek(ms); !sought) {
        fail(sought.error().message());
        return;
    }
    m_atEnd = false;
    m_endOfData = false;
    m_position = ms;
    m_fadeInLeft = m_renderer->outputRate() * kFadeInMs / 1000;
    // What is queued in the sink belongs to the old position.
    const bool playing = m_state == State::Playing;
    stopOutput();
    if (playing)
        startOutput();
    m_lastEmitted = -1;
    Q_EMIT positionChanged(ms);
    m_lastEmitted = ms;
    m_sinceEmit.start();
}

void PlaybackWorker::setRate(double rate)
{
    m_rate = std::clamp(rate, 0.5, 2.0);
    if (m_renderer)
        m_renderer->setTempo(m_rate);
}

void PlaybackWorker::setVolume(float volume)
{
    m_volume = std::clamp(volume, 0.0F, 1.0F);
    applyVolume();
}

void PlaybackWorker::setMuted(bool muted)
{
    m_muted = muted;
    applyVolume();
}

void PlaybackWorker::applyVolume()
{
    if (m_sink)
        m_sink->setVolume(m_muted ? 0.0 : double(m_volume));
}

void PlaybackWorker::setSoloChannel(int channel)
{
    m_soloChannel = channel < 0 ? -1 : channel;
    if (m_renderer)
        m_renderer->setSoloChannel(m_soloChannel);
}

void PlaybackWorker::setLoop(const TimeRange &range)
{
    m_loop = range.length() > 0 ? range : TimeRange {};
    if (!m_renderer || m_loop.length() <= 0)
        return;
    if (m_renderer->durationMs() > 0)
        m_loop.endMs = std::min(m_loop.endMs, m_renderer->durationMs());
    // A loop elsewhere than the playhead starts at its beginning.
    if (!m_loop.contains(m_position))
        seek(m_loop.startMs);
}

void PlaybackWorker::setSkippedRanges(const TimeRanges &ranges)
{
    m_skipped = ranges;
    std::sort(m_skipped.begin(), m_skipped.end(),
        [](const TimeRange &a, const TimeRange &b) { return a.startMs < b.startMs; });
}

void PlaybackWorker::setSkipSilence(bool enabled)
{
    m_skipSilence = enabled;
}

// Where playback goes from `ms` when that lies in a skipped silence.
qint64 PlaybackWorker::skipTarget(qint64 ms) const
{
    if (!m_skipSilence)
        return ms;
    for (const TimeRange &range : m_skipped) {
        if (range.length() >= kMinSkipMs && range.contains(ms))
            ms = range.endMs; // ranges may touch; keep going through them
    }
    return ms;
}

// A loop that starts in a silence starts after it, unless the silence fills the loop.
qint64 PlaybackWorker::loopStart() const
{
    const qint64 start = skipTarget(m_loop.startMs);
    return start < m_loop.endMs ? start : m_loop.startMs;
}

// The next place, at or after `positionMs`, where playback jumps; returns the
// target and writes the place to `boundaryMs`, or returns -1 when none is ahead.
qint64 PlaybackWorker::jumpTarget(qint64 positionMs, qint64 *boundaryMs) const
{
    const bool looping = m_loop.length() > 0;
    qint64 boundary = looping ? m_loop.endMs : -1;
    qint64 target = looping ? loopStart() : -1;
    if (m_skipSilence) {
        for (const TimeRange &range : m_skipped) {
            if (range.length() < kMinSkipMs || range.endMs <= positionMs)
                continue;
            if (boundary >= 0 && range.startMs >= boundary)
                break;
            const qint64 end = skipTarget(std::max(range.startMs, positionMs));
            boundary = std::max(range.startMs, positionMs);
            target = looping && end >= m_loop.endMs ? loopStart() : end;
            break;
        }
    }
    *boundaryMs = boundary;
    return boundary >= 0 ? target : -1;
}

qint64 PlaybackWorker::readRenderer(char *data, qint64 maxBytes)
{
    auto read = m_renderer->read(data, maxBytes);
    if (!read) {
        fail(read.error().message());
        return -1;
    }
    return *read;
}

// Fills m_block with up to `maxBytes`, cutting at a loop end or a silence.
qint64 PlaybackWorker::renderBlock(qint64 maxBytes)
{
    m_block.resize(maxBytes);
    const qint64 position = m_renderer->positionMs();
    qint64 boundary = -1;
    const qint64 target = jumpTarget(position, &boundary);
    if (target >= 0) {
        const qint64 untilBoundary = m_renderer->bytesUntil(boundary);
        if (untilBoundary == 0)
            return renderJump(target);
        maxBytes = std::min(maxBytes, untilBoundary);
    }
    const qint64 read = readRenderer(m_block.data(), maxBytes);
    if (read < 0)
        return -1;
    if (read == 0) {
        // A loop that reaches the end of the recording starts over from its beginning.
        if (m_loop.length() > 0)
            return renderJump(loopStart());
        return 0;
    }
    m_timeline.append(read / kBytesPerFrame, double(position), double(m_renderer->positionMs()));
    return read;
}

// Jumps to `targetMs`, joining what follows the cut and what follows the
// target with a crossfade; the result, in m_block, stands for the target.
qint64 PlaybackWorker::renderJump(qint64 targetMs)
{
    const qint64 fadeBytes = qint64(m_renderer->outputRate()) * kCrossfadeMs / 1000 * kBytesPerFrame;
    QByteArray tail(fadeBytes, '\0');
    if (readRenderer(tail.data(), fadeBytes) < 0)
        return -1;
    if (auto sought = m_renderer->seek(targetMs); !sought) {
        fail(sought.error().message());
        return -1;
    }
    m_block.resize(fadeBytes);
    std::memset(m_block.data(), 0, size_t(fadeBytes));
    const qint64 head = readRenderer(m_block.data(), fadeBytes);
    if (head < 0)
        return -1;
    if (head == 0)
        return 0;
    auto *out = reinterpret_cast<qint16 *>(m_block.data());
    const auto *from = reinterpret_cast<const qint16 *>(tail.constData());
    const int frames = int(head / kBytesPerFrame);
    for (int i = 0; i < frames; ++i) {
        const double w = fadeWeight(i, frames);
        for (int c = 0; c < AudioRenderer::outputChannels(); ++c) {
            const int k = i * AudioRenderer::outputChannels() + c;
            out[k] = qint16(std::lround(from[k] * (1.0 - w) + out[k] * w));
        }
    }
    m_timeline.append(frames, double(targetMs), double(m_renderer->positionMs()));
    qCDebug(lcMedia) << "jumped to" << targetMs << "ms";
    return head;
}

void PlaybackWorker::feed()
{
    if (!m_output || !m_renderer)
        return;
    qint64 room = m_sink->bytesFree();
    if (!m_carry.isEmpty()) {
        const qint64 written = m_output->write(m_carry);
        m_carry.remove(0, std::max<qint64>(written, 0));
        room -= std::max<qint64>(written, 0);
    }
    const qint64 blockBytes = qint64(m_renderer->outputRate()) * kBlockMs / 1000 * kBytesPerFrame;
    while (m_carry.isEmpty() && !m_endOfData && room >= kBytesPerFrame) {
        const qint64 n = renderBlock(std::min(room - room % kBytesPerFrame, blockBytes));
        if (n < 0)
            return; // failed; fail() has reported it
        if (n == 0) {
            m_endOfData = true;
            break;
        }
        if (m_fadeInLeft > 0) {
            auto *samples = reinterpret_cast<qint16 *>(m_block.data());
            const int total = m_renderer->outputRate() * kFadeInMs / 1000;
            const int frames = int(std::min<qint64>(n / kBytesPerFrame, m_fadeInLeft));
            for (int i = 0; i < frames; ++i) {
                const double w = fadeWeight(total - m_fadeInLeft + i, total);
                for (int c = 0; c < AudioRenderer::outputChannels(); ++c) {
                    qint16 &s = samples[i * AudioRenderer::outputChannels() + c];
                    s = qint16(std::lround(s * w));
                }
            }
            m_fadeInLeft -= frames;
        }
        const qint64 written = m_output->write(m_block.constData(), n);
        if (written < n)
            m_carry = m_block.mid(std::max<qint64>(written, 0), n - std::max<qint64>(written, 0));
        room -= n;
    }
    updatePosition(false);

    if (m_endOfData && m_carry.isEmpty() && processedFrames() >= m_timeline.framesAppended()) {
        // Played to the end: rest there, ready to start over.
        stopOutput();
        m_atEnd = true;
        setState(State::Paused);
        m_position = m_renderer->durationMs();
        m_lastEmitted = m_position;
        Q_EMIT positionChanged(m_position);
    }
}

qint64 PlaybackWorker::processedFrames() const
{
    if (!m_sink || !m_output)
        return 0;
    return m_sink->processedUSecs() * m_renderer->outputRate() / 1'000'000;
}

void PlaybackWorker::updatePosition(bool force)
{
    if (!m_renderer || !m_output)
        return;
    if (const auto position = m_timeline.positionAt(processedFrames()))
        m_position = *position;
    if (m_position == m_lastEmitted)
        return;
    if (!force && m_sinceEmit.isValid() && m_sinceEmit.elapsed() < kPositionIntervalMs)
        return;
    m_lastEmitted = m_position;
    m_sinceEmit.start();
    Q_EMIT positionChanged(m_position);
}

} // namespace coach
