// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegProbe.h"

#include "core/Logging.h"
#include "media/FfmpegSupport.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A file whose first packets all fail to decode is refused, but damaged
// recordings often recover after a few bad frames (FLAC resyncs, MP3 skips a
// broken header), so give the decoder a fair number of tries before judging.
constexpr int kMaxAudioPackets = 500;
// Caps the work on a file that interleaves many non-audio packets.
constexpr int kMaxPackets = 5000;

} // namespace

Result<AudioInfo> FfmpegProbe::probe(const QString &path)
{
    auto input = ffmpeg::openInput(path);
    if (!input)
        return std::unexpected(input.error());
    const QString &name = input->name;
    AVFormatContext *format = input->format.get();

    const auto streamIndex = ffmpeg::findAudioStream(*input);
    if (!streamIndex)
        return std::unexpected(streamIndex.error());
    AVStream *stream = format->streams[*streamIndex];
    const AVCodecParameters *parameters = stream->codecpar;
    const QString codec = QString::fromUtf8(avcodec_get_name(parameters->codec_id));

    // Mirror what ffprobe reports as the format's duration, so the length we
    // store matches what users see in other tools.
    qint64 durationMs = 0;
    if (format->duration != AV_NOPTS_VALUE && format->duration > 0)
        durationMs = av_rescale(format->duration, 1000, AV_TIME_BASE);
    else if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0 && stream->time_base.num > 0
        && stream->time_base.den > 0)
        durationMs = av_rescale_q(stream->duration, stream->time_base, AVRational { 1, 1000 });
    if (durationMs <= 0)
        return fail(ErrorCode::Corrupt,
            tr("%1 has no usable length: FFmpeg reports it as zero or unknown, so the file "
               "may be damaged or truncated.")
                .arg(name));

    auto opened = ffmpeg::openDecoder(*input, stream);
    if (!opened)
        return std::unexpected(opened.error());
    const ffmpeg::CodecPtr decoderContext = std::move(*opened);
    const AVCodec *decoder = decoderContext->codec;
    const int streamIndexValue = *streamIndex;

    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (static_cast<int>(i) != streamIndexValue)
            format->streams[i]->discard = AVDISCARD_ALL;
    }

    const ffmpeg::PacketPtr packet(av_packet_alloc());
    const ffmpeg::FramePtr frame(av_frame_alloc());
    if (!packet || !frame)
        return fail(ErrorCode::Io, tr("%1 cannot be decoded: out of memory.").arg(name));

    // A decoder may need several packets before it returns audio (priming,
    // bad frames it skips), so read until one frame with samples comes out.
    int lastError = AVERROR_INVALIDDATA;
    bool decoded = false;
    const auto drain = [&] {
        while (true) {
            const int error = avcodec_receive_frame(decoderContext.get(), frame.get());
            if (error < 0) {
                if (error != AVERROR(EAGAIN) && error != AVERROR_EOF)
                    lastError = error;
                return;
            }
            const bool hasSamples = frame->nb_samples > 0;
            av_frame_unref(frame.get());
            if (hasSamples) {
                decoded = true;
                return;
            }
        }
    };
    int audioPackets = 0;
    for (int packets = 0; !decoded && audioPackets < kMaxAudioPackets && packets < kMaxPackets;
         ++packets) {
        const int readError = av_read_frame(format, packet.get());
        if (readError < 0) {
            if (readError != AVERROR_EOF)
                lastError = readError;
            // Flush: some decoders hold the first frame back until the end.
            if (avcodec_send_packet(decoderContext.get(), nullptr) >= 0)
                drain();
            break;
        }
        if (packet->stream_index == streamIndexValue) {
            ++audioPackets;
            const int sendError = avcodec_send_packet(decoderContext.get(), packet.get());
            if (sendError < 0 && sendError != AVERROR(EAGAIN))
                lastError = sendError; // a damaged packet: skip it, like ffmpeg does
            else
                drain();
        }
        av_packet_unref(packet.get());
    }
    if (!decoded)
        return fail(ErrorCode::Corrupt,
            tr("%1 contains no audio that can be decoded; the file may be damaged or "
               "truncated (%2).")
                .arg(name, ffmpeg::errorText(lastError)));

    // The decoder fills in what the container left open (e.g. raw AAC).
    const int channels = parameters->ch_layout.nb_channels > 0
        ? parameters->ch_layout.nb_channels
        : decoderContext->ch_layout.nb_channels;
    const int sampleRate
        = parameters->sample_rate > 0 ? parameters->sample_rate : decoderContext->sample_rate;
    if (channels <= 0 || sampleRate <= 0)
        return fail(ErrorCode::Corrupt,
            tr("%1 does not say how many channels or samples per second it has; the file "
               "may be damaged.")
                .arg(name));

    AudioInfo info;
    info.durationMs = durationMs;
    info.channels = channels;
    info.sampleRate = sampleRate;
    info.codec = codec;
    const AVCodecDescriptor *descriptor = avcodec_descriptor_get(parameters->codec_id);
    info.codecName = QString::fromUtf8(
        descriptor && descriptor->long_name ? descriptor->long_name : decoder->long_name);
    info.container = input->formatName;
    info.bitRate = format->bit_rate > 0 ? format->bit_rate : qMax<qint64>(parameters->bit_rate, 0);
    info.fileSize = input->fileSize;

    qCDebug(lcMedia).noquote() << "probed" << name << info.container << info.codec
                               << info.durationMs << "ms" << info.channels << "ch"
                               << info.sampleRate << "Hz";
    return info;
}

} // namespace coach
