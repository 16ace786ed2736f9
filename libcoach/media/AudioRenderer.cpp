// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioRenderer.h"

#include "core/Logging.h"
#include "media/AudioFilterChain.h"
#include "media/AudioProbe.h"
#include "media/FfmpegSupport.h"
#include "media/FrameDecoder.h"

#include <QDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <optional>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

using namespace Qt::Literals::StringLiterals;

namespace coach {

using ffmpeg::CodecPtr;
using ffmpeg::FramePtr;

namespace {

// Compressed codecs need some audio before the target to settle (MP3's bit
// reservoir, Opus's pre-roll); that audio is decoded and dropped.
constexpr qint64 kPrerollMs = 200;
constexpr int kBytesPerFrame = 2 * AudioRenderer::outputChannels();

// Output waiting to be read, with the recording time of its first frame.
struct Chunk
{
    QByteArray pcm;
    qsizetype offset = 0;
    double startMs = 0;
    double msPerFrame = 0;
};

} // namespace

struct AudioRenderer::Private
{
    [[nodiscard]] Result<void> openStream();
    [[nodiscard]] Result<bool> decodeFrame();
    [[nodiscard]] Result<void> pushDecoded();
    [[nodiscard]] Result<void> trimDecoded(int skip);
    [[nodiscard]] Result<void> drainChain();
    [[nodiscard]] Result<void> fill();
    void appendChunk();
    [[nodiscard]] double positionMs() const;

    QString path;
    QString name; // for messages
    int outputRate = 48000;
    qint64 durationMs = 0;
    double tempo = 1.0;
    int soloChannel = -1;

    ffmpeg::Input input;
    AVFormatContext *format = nullptr; // owned by `input`
    CodecPtr decoder;
    FrameDecoder frames;
    FramePtr decoded;
    FramePtr filtered;
    int streamIndex = -1;
    AVRational timeBase { 1, 1 };
    qint64 startTime = 0; // the stream's first timestamp is recording time 0
    bool needsPreroll = true;

    std::unique_ptr<AudioFilterChain> chain;
    bool chainStale = false; // tempo or solo changed: drain it, then build anew
    bool chainStarted = false;
    double chainStartMs = 0;     // recording time of the chain's first input
    double chainTempo = 1.0;
    qint64 chainOutFrames = 0;

    bool finished = false;
    // Recording time of the next decoded frame, counted in samples rather
    // than taken from timestamps, which some containers leave with gaps.
    qint64 nextSample = 0;
    int sampleRate = 0;
    std::optional<double> seekTargetMs;

    std::deque<Chunk> chunks;
    double endOfChunksMs = 0;
    std::optional<Error> pendingError;
};

Result<void> AudioRenderer::Private::openStream()
{
    auto opened = ffmpeg::openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    input = std::move(*opened);
    format = input.format.get();
    auto found = ffmpeg::findAudioStream(input);
    if (!found)
        return std::unexpected(found.error());
    streamIndex = *found;
    AVStream *stream = format->streams[streamIndex];
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (static_cast<int>(i) != streamIndex)
            format->streams[i]->discard = AVDISCARD_ALL;
    }
    timeBase = stream->time_base;
    startTime = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    // PCM samples stand alone, so a seek can land exactly on its target.
    // FFmpeg calls MP3 and Opus packets "intra only" too, yet their decoders
    // carry state from packet to packet, so only the PCM codec ids count.
    const AVCodecID codecId = stream->codecpar->codec_id;
    needsPreroll = !(codecId >= AV_CODEC_ID_FIRST_AUDIO && codecId < AV_CODEC_ID_ADPCM_IMA_QT);

    auto codec = ffmpeg::openDecoder(input, stream);
    if (!codec)
        return std::unexpected(codec.error());
    decoder = std::move(*codec);
    const bool framesOpened = frames.open(format, decoder.get(), streamIndex);
    decoded.reset(av_frame_alloc());
    filtered.reset(av_frame_alloc());
    if (!framesOpened || !decoded || !filtered)
        return fail(ErrorCode::Io, AudioRenderer::tr("%1 cannot be played: out of memory.").arg(name));
    return {};
}

// Decodes the next frame into `decoded`; false at the end of the recording.
Result<bool> AudioRenderer::Private::decodeFrame()
{
    const auto next = frames.next(decoded.get());
    if (next)
        return *next;
    const FrameDecoder::Failure failure = next.error();
    const QString at = QString::number(endOfChunksMs / 1000.0, 'f', 1);
    if (failure.reading)
        return fail(ErrorCode::Io,
            AudioRenderer::tr("%1 cannot be read further after %2 s: %3.")
                .arg(name, at, ffmpeg::errorText(failure.error)));
    return fail(ErrorCode::Corrupt,
        AudioRenderer::tr("%1 cannot be played further: the audio after %2 s is damaged (%3).")
            .arg(name, at, ffmpeg::errorText(failure.error)));
}

// Drops the first `skip` samples of `decoded`, so a seek starts on its exact sample.
Result<void> AudioRenderer::Private::trimDecoded(int skip)
{
    const FramePtr trimmed(av_frame_alloc());
    if (!trimmed)
        return fail(ErrorCode::Io, AudioRenderer::tr("%1 cannot be played: out of memory.").arg(name));
    trimmed->format = decoded->format;
    trimmed->sample_rate = decoded->sample_rate;
    trimmed->nb_samples = decoded->nb_samples - skip;
    if (av_channel_layout_copy(&trimmed->ch_layout, &decoded->ch_layout) < 0
        || av_frame_get_buffer(trimmed.get(), 0) < 0)
        return fail(ErrorCode::Io, AudioRenderer::tr("%1 cannot be played: out of memory.").arg(name));
    av_samples_copy(trimmed->extended_data, decoded->extended_data, 0, skip, trimmed->nb_samples,
        decoded->ch_layout.nb_channels, static_cast<AVSampleFormat>(decoded->format));
    av_frame_unref(decoded.get());
    av_frame_move_ref(decoded.get(), trimmed.get());
    return {};
}

// Ends the chain's input and keeps everything it still holds, so a change of
// speed or solo neither drops nor repeats audio.
Result<void> AudioRenderer::Private::drainChain()
{
    if (!chain)
        return {};
    if (chainStarted) {
        if (auto pushed = chain->push(nullptr); !pushed)
            return pushed;
        while (true) {
            auto pulled = chain->pull(filtered.get());
            if (!pulled)
                return std::unexpected(pulled.error());
            if (*pulled != AudioFilterChain::Pulled::Frame)
                break;
            appendChunk();
        }
    }
    chain.reset();
    chainStale = false;
    return {};
}

Result<void> AudioRenderer::Private::pushDecoded()
{
    const int rate = decoded->sample_rate;
    if (rate <= 0)
        return fail(ErrorCode::Corrupt,
            AudioRenderer::tr("%1: the decoder reports no sample rate; the file may be damaged.").arg(name));
    if (rate != sampleRate) {
        if (sampleRate > 0)
            nextSample = av_rescale(nextSample, rate, sampleRate);
        sampleRate = rate;
    }
    if (seekTargetMs) {
        const qint64 pts = decoded->best_effort_timestamp;
        const qint64 target = std::llround(*seekTargetMs * rate / 1000.0);
        nextSample = pts != AV_NOPTS_VALUE ? av_rescale_q(pts - startTime, timeBase, AVRational { 1, rate })
                                           : target;
        const qint64 skip = target - nextSample;
        if (skip >= decoded->nb_samples) {
            nextSample += decoded->nb_samples;
            av_frame_unref(decoded.get());
            return {};
        }
        seekTargetMs.reset();
        if (skip > 0) {
            if (auto trimmed = trimDecoded(static_cast<int>(skip)); !trimmed)
                return trimmed;
            nextSample += skip;
        }
        endOfChunksMs = nextSample * 1000.0 / rate;
    }

    const AudioFilterChain::Input input = AudioFilterChain::inputOf(decoded.get());
    if (chain && (chainStale || chain->input() != input)) {
        if (auto drained = drainChain(); !drained)
            return drained;
    }
    if (!chain) {
        const AudioFilterChain::Settings settings { outputRate, tempo, soloChannel };
        auto created = AudioFilterChain::create(input, settings, name);
        if (!created)
            return std::unexpected(created.error());
        chain = std::move(*created);
        chainStarted = false;
        chainTempo = tempo;
        chainOutFrames = 0;
    }
    if (!chainStarted) {
        chainStartMs = nextSample * 1000.0 / rate;
        chainStarted = true;
    }
    decoded->pts = nextSample;
    nextSample += decoded->nb_samples;
    auto pushed = chain->push(decoded.get());
    av_frame_unref(decoded.get());
    return pushed;
}

void AudioRenderer::Private::appendChunk()
{
    const int frames = filtered->nb_samples;
    Chunk chunk;
    chunk.pcm = QByteArray(reinterpret_cast<const char *>(filtered->data[0]), qsizetype(frames) * kBytesPerFrame);
    // atempo's output pts run in output time; recording time advances by
    // the tempo for each output frame.
    chunk.msPerFrame = 1000.0 * chainTempo / outputRate;
    chunk.startMs = chainStartMs + chainOutFrames * chunk.msPerFrame;
    chainOutFrames += frames;
    endOfChunksMs = chunk.startMs + frames * chunk.msPerFrame;
    av_frame_unref(filtered.get());
    if (frames > 0)
        chunks.push_back(std::move(chunk));
}

// Runs decoder and filters until some output is waiting or the recording ended.
Result<void> AudioRenderer::Private::fill()
{
    while (chunks.empty() && !finished) {
        if (chain) {
            auto pulled = chain->pull(filtered.get());
            if (!pulled)
                return std::unexpected(pulled.error());
            if (*pulled == AudioFilterChain::Pulled::Frame) {
                appendChunk();
                continue;
            }
            if (*pulled == AudioFilterChain::Pulled::Ended) {
                finished = true;
                continue;
            }
        }
        auto more = decodeFrame();
        if (!more)
            return std::unexpected(more.error());
        if (*more) {
            if (auto pushed = pushDecoded(); !pushed)
                return pushed;
        } else if (chain && chainStarted) {
            if (auto pushed = chain->push(nullptr); !pushed)
                return pushed;
        } else {
            finished = true;
        }
    }
    return {};
}

double AudioRenderer::Private::positionMs() const
{
    if (chunks.empty())
        return endOfChunksMs;
    const Chunk &chunk = chunks.front();
    return chunk.startMs + double(chunk.offset / kBytesPerFrame) * chunk.msPerFrame;
}

AudioRenderer::AudioRenderer()
    : d(std::make_unique<Private>())
{
}

AudioRenderer::~AudioRenderer() = default;

Result<std::unique_ptr<AudioRenderer>> AudioRenderer::open(const QString &path, int outputRate)
{
    // The probe gives the careful messages for missing, empty, foreign and
    // damaged files, and installs the FFmpeg log redirect.
    auto info = AudioProbe::probe(path);
    if (!info)
        return std::unexpected(info.error());
    if (outputRate < 8000 || outputRate > 384000)
        return fail(ErrorCode::InvalidInput,
            tr("%1 cannot be played at %2 samples per second.")
                .arg(QDir::toNativeSeparators(path), QString::number(outputRate)));

    std::unique_ptr<AudioRenderer> renderer(new AudioRenderer);
    renderer->d->path = path;
    renderer->d->name = QDir::toNativeSeparators(path);
    renderer->d->outputRate = outputRate;
    renderer->d->durationMs = info->durationMs;
    if (auto opened = renderer->d->openStream(); !opened)
        return std::unexpected(opened.error());
    qCDebug(lcMedia).noquote() << "renderer opened" << renderer->d->name << info->codec
                               << info->sampleRate << "Hz ->" << outputRate << "Hz";
    return renderer;
}

int AudioRenderer::outputRate() const
{
    return d->outputRate;
}

qint64 AudioRenderer::durationMs() const
{
    return d->durationMs;
}

void AudioRenderer::setTempo(double tempo)
{
    tempo = std::clamp(tempo, 0.5, 2.0);
    if (tempo == d->tempo)
        return;
    d->tempo = tempo;
    d->chainStale = true;
}

double AudioRenderer::tempo() const
{
    return d->tempo;
}

void AudioRenderer::setSoloChannel(int channel)
{
    channel = channel < 0 ? -1 : channel;
    if (channel == d->soloChannel)
        return;
    d->soloChannel = channel;
    d->chainStale = true;
}

int AudioRenderer::soloChannel() const
{
    return d->soloChannel;
}

Result<void> AudioRenderer::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, d->durationMs);
    const qint64 fromMs = d->needsPreroll ? std::max<qint64>(0, ms - kPrerollMs) : ms;
    const qint64 timestamp = av_rescale_q(fromMs, AVRational { 1, 1000 }, d->timeBase) + d->startTime;
    int error = av_seek_frame(d->format, d->streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
    if (error < 0) {
        // Some demuxers only seek by bytes or by the global clock.
        error = avformat_seek_file(d->format, -1, INT64_MIN,
            av_rescale(fromMs, AV_TIME_BASE, 1000), av_rescale(fromMs, AV_TIME_BASE, 1000), 0);
    }
    if (error < 0)
        return fail(ErrorCode::Unsupported,
            tr("%1: playback cannot jump to %2 s in this file (%3).")
                .arg(d->name, QString::number(ms / 1000.0, 'f', 1), ffmpeg::errorText(error)));
    avcodec_flush_buffers(d->decoder.get());
    d->chain.reset();
    d->chainStale = false;
    d->chainStarted = false;
    d->chunks.clear();
    d->frames.restart();
    d->finished = false;
    d->pendingError.reset();
    d->seekTargetMs = double(ms);
    d->endOfChunksMs = double(ms);
    return {};
}

qint64 AudioRenderer::positionMs() const
{
    return std::llround(d->positionMs());
}

qint64 AudioRenderer::bytesUntil(qint64 ms) const
{
    const double now = d->positionMs();
    if (ms <= now)
        return 0;
    const double msPerFrame
        = d->chunks.empty() ? 1000.0 * d->tempo / d->outputRate : d->chunks.front().msPerFrame;
    return qint64(std::ceil((ms - now) / msPerFrame - 1e-9)) * kBytesPerFrame;
}

Result<qint64> AudioRenderer::read(char *data, qint64 maxBytes)
{
    if (d->pendingError) {
        Error error = std::move(*d->pendingError);
        d->pendingError.reset();
        return std::unexpected(std::move(error));
    }
    maxBytes -= maxBytes % kBytesPerFrame;
    qint64 written = 0;
    while (written < maxBytes) {
        if (!d->chunks.empty()) {
            Chunk &chunk = d->chunks.front();
            const qint64 n = std::min<qint64>(maxBytes - written, chunk.pcm.size() - chunk.offset);
            std::memcpy(data + written, chunk.pcm.constData() + chunk.offset, size_t(n));
            written += n;
            chunk.offset += n;
            if (chunk.offset == chunk.pcm.size())
                d->chunks.pop_front();
            continue;
        }
        if (d->finished)
            break;
        if (auto filled = d->fill(); !filled) {
            // What was read is still good; the error comes with the next call.
            if (written == 0)
                return std::unexpected(filled.error());
            d->pendingError = filled.error();
            break;
        }
    }
    return written;
}

} // namespace coach
