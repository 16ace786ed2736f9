// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipEncoder.h"

#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/FfmpegSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
#include <libavutil/samplefmt.h>
}

namespace coach {

namespace {

struct OutputFreer
{
    void operator()(AVFormatContext *format) const
    {
        if (format->pb)
            avio_closep(&format->pb);
        avformat_free_context(format);
    }
};
using OutputPtr = std::unique_ptr<AVFormatContext, OutputFreer>;

struct DictFreer
{
    void operator()(AVDictionary **dict) const { av_dict_free(dict); }
};

// The encoder's own format if it takes float, else 16-bit: the source is at
// most 16-bit telephone audio, and FLAC in 32-bit would only be larger.
AVSampleFormat pickSampleFormat(const AVCodec *encoder)
{
    constexpr AVSampleFormat preferred[] = { AV_SAMPLE_FMT_FLTP, AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_S16,
        AV_SAMPLE_FMT_S16P, AV_SAMPLE_FMT_S32P, AV_SAMPLE_FMT_S32 };
    if (!encoder->sample_fmts)
        return AV_SAMPLE_FMT_S16;
    for (const AVSampleFormat wanted : preferred) {
        for (const AVSampleFormat *f = encoder->sample_fmts; *f != AV_SAMPLE_FMT_NONE; ++f) {
            if (*f == wanted)
                return wanted;
        }
    }
    return encoder->sample_fmts[0];
}

template<typename T>
T quantise(float sample)
{
    constexpr double full = double(std::numeric_limits<T>::max());
    const double scaled = std::clamp(double(sample), -1.0, 1.0) * full;
    return T(std::lrint(scaled));
}

// Writes frames [first, first + n) of `audio` into `frame` in its format.
void fill(AVFrame *frame, const ClipAudio &audio, qint64 first, int n)
{
    const int channels = audio.channels;
    const float *in = audio.samples.data() + first * channels;
    const auto format = static_cast<AVSampleFormat>(frame->format);
    const bool planar = av_sample_fmt_is_planar(format);
    for (int c = 0; c < channels; ++c) {
        for (int i = 0; i < n; ++i) {
            const float s = in[qint64(i) * channels + c];
            const qint64 at = planar ? i : qint64(i) * channels + c;
            uint8_t *plane = frame->extended_data[planar ? c : 0];
            switch (av_get_packed_sample_fmt(format)) {
            case AV_SAMPLE_FMT_FLT: reinterpret_cast<float *>(plane)[at] = s; break;
            case AV_SAMPLE_FMT_S16: reinterpret_cast<int16_t *>(plane)[at] = quantise<int16_t>(s); break;
            case AV_SAMPLE_FMT_S32: reinterpret_cast<int32_t *>(plane)[at] = quantise<int32_t>(s); break;
            default: break;
            }
        }
    }
}

} // namespace

Result<qint64> ClipEncoder::write(const ClipAudio &audio, const Target &target, TaskControl &control)
{
    ffmpeg::installLog();
    const QString shown = QDir::toNativeSeparators(target.shownPath);
    const auto writeFailed = [&](int error) {
        if (error == AVERROR(ENOSPC) || error == AVERROR(EDQUOT) || error == AVERROR(EFBIG))
            return fail(ErrorCode::DiskFull,
                tr("%1 cannot be written: there is no space left on the disk (%2).").arg(shown, ffmpeg::errorText(error)));
        return fail(ErrorCode::Io, tr("%1 cannot be written: %2.").arg(shown, ffmpeg::errorText(error)));
    };
    const auto setupFailed = [&](const QString &cause) {
        return fail(ErrorCode::Unsupported, tr("%1 cannot be encoded: %2.").arg(shown, cause));
    };

    const QByteArray encoderName = target.format.encoderName();
    const AVCodec *encoder = avcodec_find_encoder_by_name(encoderName.constData());
    if (!encoder)
        return setupFailed(tr("this FFmpeg has no %1 encoder").arg(QString::fromLatin1(encoderName)));

    AVFormatContext *rawOutput = nullptr;
    const QByteArray muxer = target.format.muxerName(target.shownPath);
    if (const int error = avformat_alloc_output_context2(&rawOutput, nullptr, muxer.constData(), nullptr);
        error < 0 || !rawOutput)
        return setupFailed(ffmpeg::errorText(error));
    const OutputPtr output(rawOutput);

    ffmpeg::CodecPtr codec(avcodec_alloc_context3(encoder));
    if (!codec)
        return setupFailed(tr("out of memory"));
    codec->sample_rate = audio.sampleRate;
    av_channel_layout_default(&codec->ch_layout, audio.channels);
    codec->sample_fmt = pickSampleFormat(encoder);
    codec->bit_rate = target.format.bitRateFor(audio.sampleRate, audio.channels);
    codec->time_base = AVRational { 1, audio.sampleRate };
    codec->thread_count = 1;
    if (output->oformat->flags & AVFMT_GLOBALHEADER)
        codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    // libopus keeps its default "audio" mode: "voip" would favour speech but
    // overshoots peaks by up to 1.5 dB (measured on limited speech), past the
    // true-peak ceiling, and costs twice the time; "audio" stays within 0.5 dB.
    if (const int error = avcodec_open2(codec.get(), encoder, nullptr); error < 0)
        return setupFailed(tr("the %1 encoder refuses %2 Hz, %3 channel(s) (%4)")
                               .arg(QString::fromLatin1(encoderName))
                               .arg(audio.sampleRate)
                               .arg(audio.channels)
                               .arg(ffmpeg::errorText(error)));

    AVStream *stream = avformat_new_stream(output.get(), nullptr);
    if (!stream)
        return setupFailed(tr("out of memory"));
    stream->time_base = codec->time_base;
    if (const int error = avcodec_parameters_from_context(stream->codecpar, codec.get()); error < 0)
        return setupFailed(ffmpeg::errorText(error));

    const ClipMetadata &tags = target.metadata;
    const auto tag = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            av_dict_set(&output->metadata, key, value.toUtf8().constData(), 0);
    };
    tag("title", tags.title);
    tag("artist", tags.artist);
    tag("date", tags.date);
    tag("comment", tags.comment);

    {
        ffmpeg::OpenOptions options;
        const QByteArray url = "file:" + QFile::encodeName(target.path);
        if (const int error = avio_open2(&output->pb, url.constData(), AVIO_FLAG_WRITE, nullptr, &options.dict);
            error < 0)
            return fail(ErrorCode::Io,
                tr("%1 cannot be created: %2.").arg(shown, ffmpeg::errorText(error)));
        // The MP4 muxer reopens its output by name to move the index to the front.
        output->url = av_strdup(url.constData());
    }
    AVDictionary *muxerOptions = nullptr;
    const std::unique_ptr<AVDictionary *, DictFreer> muxerOptionsGuard(&muxerOptions);
    // The index at the front lets a browser or phone start playing at once.
    if (target.format.kind() == ClipFormat::Kind::Aac)
        av_dict_set(&muxerOptions, "movflags", "+faststart", 0);
    if (const int error = avformat_write_header(output.get(), &muxerOptions); error < 0)
        return writeFailed(error);

    const ffmpeg::FramePtr frame(av_frame_alloc());
    const ffmpeg::PacketPtr packet(av_packet_alloc());
    if (!frame || !packet)
        return setupFailed(tr("out of memory"));

    const auto drain = [&]() -> Result<void> {
        while (true) {
            const int received = avcodec_receive_packet(codec.get(), packet.get());
            if (received == AVERROR(EAGAIN) || received == AVERROR_EOF)
                return {};
            if (received < 0)
                return setupFailed(ffmpeg::errorText(received));
            av_packet_rescale_ts(packet.get(), codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            if (const int error = av_interleaved_write_frame(output.get(), packet.get()); error < 0)
                return writeFailed(error);
            if (output->pb->error < 0)
                return writeFailed(output->pb->error);
        }
    };

    const bool variable = codec->frame_size <= 0
        || (encoder->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE);
    const int chunk = variable ? 4096 : codec->frame_size;
    const qint64 frames = audio.frames();
    for (qint64 done = 0; done < frames;) {
        if (control.isCancelled())
            return fail(ErrorCode::Cancelled, tr("Writing %1 was cancelled.").arg(shown));
        const int n = int(std::min<qint64>(chunk, frames - done));
        av_frame_unref(frame.get());
        frame->format = codec->sample_fmt;
        frame->sample_rate = codec->sample_rate;
        frame->nb_samples = n;
        av_channel_layout_copy(&frame->ch_layout, &codec->ch_layout);
        if (av_frame_get_buffer(frame.get(), 0) < 0)
            return setupFailed(tr("out of memory"));
        fill(frame.get(), audio, done, n);
        frame->pts = done;
        if (const int error = avcodec_send_frame(codec.get(), frame.get()); error < 0)
            return setupFailed(ffmpeg::errorText(error));
        if (auto drained = drain(); !drained)
            return std::unexpected(drained.error());
        done += n;
        control.report(done, frames, tr("Encoding"));
    }
    if (const int error = avcodec_send_frame(codec.get(), nullptr); error < 0)
        return setupFailed(ffmpeg::errorText(error));
    if (auto drained = drain(); !drained)
        return std::unexpected(drained.error());
    if (const int error = av_write_trailer(output.get()); error < 0)
        return writeFailed(error);
    avio_flush(output->pb);
    if (output->pb->error < 0)
        return writeFailed(output->pb->error);
    if (const int error = avio_closep(&output->pb); error < 0)
        return writeFailed(error);
    return QFileInfo(target.path).size();
}

} // namespace coach
