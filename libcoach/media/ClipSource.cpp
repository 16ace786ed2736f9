// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipSource.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/ClipFilterGraph.h"
#include "media/FfmpegSupport.h"
#include "media/FrameDecoder.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/mathematics.h>
#include <libavutil/samplefmt.h>
}

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Compressed codecs need audio before the target to settle (MP3's bit
// reservoir, Opus's 80 ms pre-roll, AAC's overlap); it is decoded and dropped.
constexpr qint64 kPrerollMs = 200;
// Containers round their stated length; an end this close to it is the end.
constexpr qint64 kEndToleranceMs = 20;

// The libavfilter text that turns the decoded channels into the clip's.
QByteArray channelMap(int sourceChannels, ClipChannels wanted, int agentChannel)
{
    if (sourceChannels == 1) {
        return wanted == ClipChannels::Stereo ? QByteArray("pan=stereo|c0=c0|c1=c0")
                                              : QByteArray("pan=mono|c0=c0");
    }
    const int agent = std::clamp(agentChannel, 0, 1);
    switch (wanted) {
    case ClipChannels::Stereo: return "pan=stereo|c0=c0|c1=c1";
    // The two voices sit on separate channels and rarely overlap, so summing
    // keeps each at its recorded level where averaging would halve both.
    case ClipChannels::Mono: return "pan=mono|c0=c0+c1";
    case ClipChannels::Agent: return "pan=mono|c0=c" + QByteArray::number(agent);
    case ClipChannels::Customer: return "pan=mono|c0=c" + QByteArray::number(1 - agent);
    }
    return {};
}

} // namespace

struct ClipSource::Private
{
    [[nodiscard]] Result<bool> nextFrame();
    [[nodiscard]] Result<void> seekTo(qint64 ms);

    ffmpeg::Input input;
    AVFormatContext *format = nullptr; // owned by `input`
    ffmpeg::CodecPtr decoder;
    FrameDecoder frames;
    ffmpeg::FramePtr frame;
    int streamIndex = -1;
    AVRational timeBase { 1, 1 };
    qint64 startTime = 0;
    bool needsPreroll = true;
    Facts facts;
};

ClipSource::ClipSource()
    : d(std::make_unique<Private>())
{
}

ClipSource::~ClipSource() = default;

const ClipSource::Facts &ClipSource::facts() const
{
    return d->facts;
}

Result<std::unique_ptr<ClipSource>> ClipSource::open(const QString &path)
{
    std::unique_ptr<ClipSource> source(new ClipSource);
    Private &p = *source->d;
    auto opened = ffmpeg::openInput(path);
    if (!opened)
        return std::unexpected(opened.error());
    p.input = std::move(*opened);
    p.format = p.input.format.get();
    auto found = ffmpeg::findAudioStream(p.input);
    if (!found)
        return std::unexpected(found.error());
    p.streamIndex = *found;
    for (unsigned i = 0; i < p.format->nb_streams; ++i) {
        if (int(i) != p.streamIndex)
            p.format->streams[i]->discard = AVDISCARD_ALL;
    }
    const AVStream *stream = p.format->streams[p.streamIndex];
    const AVCodecParameters *parameters = stream->codecpar;
    p.timeBase = stream->time_base;
    p.startTime = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    // Only PCM samples stand alone; every other decoder carries state from
    // packet to packet even where FFmpeg calls the codec "intra only".
    p.needsPreroll = !(parameters->codec_id >= AV_CODEC_ID_FIRST_AUDIO
        && parameters->codec_id < AV_CODEC_ID_ADPCM_IMA_QT);

    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        p.facts.durationMs = av_rescale_q(stream->duration, stream->time_base, AVRational { 1, 1000 });
    else if (p.format->duration != AV_NOPTS_VALUE)
        p.facts.durationMs = av_rescale(p.format->duration, 1000, AV_TIME_BASE);
    p.facts.channels = parameters->ch_layout.nb_channels;
    p.facts.sampleRate = parameters->sample_rate;
    // FFmpeg decodes Opus at 48 kHz whatever went in; the header keeps the
    // original rate, and a call recorded at 8 kHz should be cut at 8 kHz.
    if (parameters->codec_id == AV_CODEC_ID_OPUS && parameters->extradata_size >= 16
        && std::memcmp(parameters->extradata, "OpusHead", 8) == 0) {
        const quint32 original = qFromLittleEndian<quint32>(parameters->extradata + 12);
        if (original >= 8000 && original <= 48000)
            p.facts.sampleRate = int(original);
    }
    if (p.facts.durationMs <= 0 || p.facts.channels <= 0 || p.facts.sampleRate <= 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: its length, channels or sample rate cannot be read; the file may be damaged.")
                .arg(p.input.name));

    auto codec = ffmpeg::openDecoder(p.input, stream);
    if (!codec)
        return std::unexpected(codec.error());
    p.decoder = std::move(*codec);
    const bool framesOpened = p.frames.open(p.format, p.decoder.get(), p.streamIndex);
    p.frame.reset(av_frame_alloc());
    if (!framesOpened || !p.frame)
        return fail(ErrorCode::Io, tr("%1 cannot be read: out of memory.").arg(p.input.name));
    return source;
}

Result<void> ClipSource::Private::seekTo(qint64 ms)
{
    const qint64 timestamp = av_rescale_q(ms, AVRational { 1, 1000 }, timeBase) + startTime;
    int error = av_seek_frame(format, streamIndex, timestamp, AVSEEK_FLAG_BACKWARD);
    if (error < 0) {
        // Some demuxers seek only by the global clock.
        const qint64 global = av_rescale(ms, AV_TIME_BASE, 1000);
        error = avformat_seek_file(format, -1, INT64_MIN, global, global, 0);
    }
    if (error < 0)
        return fail(ErrorCode::Unsupported,
            ClipSource::tr("%1: cannot jump to %2 s in this file (%3).")
                .arg(input.name, QString::number(ms / 1000.0, 'f', 1), ffmpeg::errorText(error)));
    avcodec_flush_buffers(decoder.get());
    return {};
}

// Decodes the next frame into `frame`; false at the end of the recording.
Result<bool> ClipSource::Private::nextFrame()
{
    const auto decoded = frames.next(frame.get());
    if (decoded)
        return *decoded;
    const FrameDecoder::Failure failure = decoded.error();
    if (failure.reading)
        return fail(ErrorCode::Io,
            ClipSource::tr("%1 cannot be read: %2.").arg(input.name, ffmpeg::errorText(failure.error)));
    return fail(ErrorCode::Corrupt,
        ClipSource::tr("%1 cannot be decoded: %2.").arg(input.name, ffmpeg::errorText(failure.error)));
}

Result<ClipAudio> ClipSource::read(qint64 startMs, qint64 durationMs, ClipChannels channels,
                                   int agentChannel, int outputRate, TaskControl &control)
{
    Private &p = *d;
    const QString &name = p.input.name;
    const auto cancelled = [&] {
        return fail(ErrorCode::Cancelled, tr("Cutting the clip from %1 was cancelled.").arg(name));
    };

    qint64 fromMs = p.needsPreroll ? std::max<qint64>(0, startMs - kPrerollMs) : startMs;
    // From the very start nothing needs a seek, and some demuxers treat a
    // seek to 0 as a reason to re-read the header.
    if (fromMs > 0) {
        if (auto sought = p.seekTo(fromMs); !sought)
            return std::unexpected(sought.error());
    }

    ClipAudio audio;
    audio.sampleRate = outputRate;
    audio.channels = (channels == ClipChannels::Stereo) ? 2 : 1;
    const qint64 wantedFrames = std::llround(double(durationMs) * outputRate / 1000.0);
    audio.samples.reserve(size_t(wantedFrames * audio.channels));

    std::unique_ptr<ClipFilterGraph> graph;
    const ffmpeg::FramePtr filtered(av_frame_alloc());
    const ffmpeg::FramePtr part(av_frame_alloc());
    if (!filtered || !part)
        return fail(ErrorCode::Io, tr("%1 cannot be read: out of memory.").arg(name));

    const auto drain = [&]() -> Result<bool> {
        while (true) {
            auto pulled = graph->pull(filtered.get());
            if (!pulled)
                return std::unexpected(pulled.error());
            if (*pulled != ClipFilterGraph::Pulled::Frame)
                return *pulled == ClipFilterGraph::Pulled::Ended;
            const auto *data = reinterpret_cast<const float *>(filtered->data[0]);
            audio.samples.insert(audio.samples.end(), data,
                data + qsizetype(filtered->nb_samples) * audio.channels);
            av_frame_unref(filtered.get());
        }
    };

    // Recording time of the next decoded sample, in samples at the decoder's
    // rate; taken from the first frame's timestamp, then counted, because
    // some containers leave gaps in their timestamps.
    std::optional<qint64> position;
    int rate = 0;
    qint64 first = 0;
    qint64 end = 0;
    qint64 kept = 0;
    int overshoots = 0;
    bool reachedEnd = false;
    while (!reachedEnd) {
        if (control.isCancelled())
            return cancelled();
        auto more = p.nextFrame();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        AVFrame *frame = p.frame.get();
        if (!position) {
            rate = frame->sample_rate;
            first = std::llround(double(startMs) * rate / 1000.0);
            end = first + std::llround(double(durationMs) * rate / 1000.0);
            const qint64 pts = frame->best_effort_timestamp;
            position = pts != AV_NOPTS_VALUE
                ? av_rescale_q(pts - p.startTime, p.timeBase, AVRational { 1, rate })
                : av_rescale(fromMs, rate, 1000);
            qCDebug(lcMedia) << "clip: first frame after seek at sample" << *position << "wanted" << first;
            // A demuxer that seeks by estimate (VBR MP3, some Ogg files) can
            // land after the target; then it tries again from further back.
            if (*position > first && fromMs > 0 && overshoots < 3) {
                ++overshoots;
                fromMs = std::max<qint64>(0, fromMs - 5'000 * overshoots);
                if (auto sought = p.seekTo(fromMs); !sought)
                    return std::unexpected(sought.error());
                position.reset();
                av_frame_unref(frame);
                continue;
            }
        }
        const qint64 frameStart = *position;
        const qint64 frameEnd = frameStart + frame->nb_samples;
        *position = frameEnd;
        if (frameEnd <= first) {
            av_frame_unref(frame);
            continue;
        }
        const qint64 from = std::max(first, frameStart) - frameStart;
        const qint64 to = std::min(end, frameEnd) - frameStart;
        reachedEnd = frameEnd >= end;
        AVFrame *pushed = frame;
        if (from > 0 || to < frame->nb_samples) {
            av_frame_unref(part.get());
            part->format = frame->format;
            part->sample_rate = frame->sample_rate;
            part->nb_samples = int(to - from);
            if (av_channel_layout_copy(&part->ch_layout, &frame->ch_layout) < 0
                || av_frame_get_buffer(part.get(), 0) < 0)
                return fail(ErrorCode::Io, tr("%1 cannot be read: out of memory.").arg(name));
            av_samples_copy(part->extended_data, frame->extended_data, 0, int(from), part->nb_samples,
                frame->ch_layout.nb_channels, static_cast<AVSampleFormat>(frame->format));
            pushed = part.get();
        }
        if (!graph) {
            const QByteArray description = channelMap(frame->ch_layout.nb_channels, channels, agentChannel)
                + ",aresample=" + QByteArray::number(outputRate)
                + ",aformat=sample_fmts=flt:channel_layouts=" + (audio.channels == 1 ? "mono" : "stereo");
            auto created = ClipFilterGraph::create(pushed, description, name);
            if (!created)
                return std::unexpected(created.error());
            graph = std::move(*created);
        }
        pushed->pts = kept;
        kept += pushed->nb_samples;
        auto sent = graph->push(pushed);
        av_frame_unref(frame);
        if (!sent)
            return std::unexpected(sent.error());
        if (auto drained = drain(); !drained)
            return std::unexpected(drained.error());
        control.report(kept * 1000 / rate, durationMs, tr("Decoding"));
    }
    if (!graph || (end - first) - kept > qint64(kEndToleranceMs) * rate / 1000)
        return fail(ErrorCode::InvalidInput,
            tr("%1 ends at %2 s, before the clip's end at %3 s.")
                .arg(name, QString::number(double(rate > 0 ? (first + kept) * 1000 / rate : p.facts.durationMs) / 1000.0, 'f', 2),
                    QString::number(double(startMs + durationMs) / 1000.0, 'f', 2)));
    if (auto pushed = graph->push(nullptr); !pushed)
        return std::unexpected(pushed.error());
    if (auto drained = drain(); !drained)
        return std::unexpected(drained.error());
    // The resampler's rounding, or a recording that ends a few samples
    // early, leaves the count a little off; the clip is exactly as long as asked.
    audio.samples.resize(size_t(wantedFrames * audio.channels), 0.0f);
    return audio;
}

} // namespace coach
