// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioProbe.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdarg>
#include <memory>
#include <mutex>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
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

struct AvioCloser
{
    void operator()(AVIOContext *io) const { avio_closep(&io); }
};
struct FormatCloser
{
    void operator()(AVFormatContext *format) const { avformat_close_input(&format); }
};
struct CodecFreer
{
    void operator()(AVCodecContext *codec) const { avcodec_free_context(&codec); }
};
struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
// Options for opening a recording. The "file:" prefix on the URL stops a
// name like "concat:a|b" or "http:…" from being taken as a protocol, and the
// whitelist keeps a crafted playlist from making FFmpeg open anything but
// local files.
struct OpenOptions
{
    OpenOptions() { av_dict_set(&dict, "protocol_whitelist", "file", 0); }
    ~OpenOptions() { av_dict_free(&dict); }
    OpenOptions(const OpenOptions &) = delete;
    OpenOptions &operator=(const OpenOptions &) = delete;

    AVDictionary *dict = nullptr;
};

using AvioPtr = std::unique_ptr<AVIOContext, AvioCloser>;
using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;

QString avErrorText(int error)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return QString::fromUtf8(text);
}

// FFmpeg writes to stderr by default; a desktop app has no terminal and the
// CLI's output must stay clean, so its chatter goes to coach.media instead.
void forwardFfmpegLog(void *context, int level, const char *format, va_list args)
{
    if (level > av_log_get_level() || !lcMedia().isDebugEnabled())
        return;
    // FFmpeg uses this to know whether a line continues the previous one;
    // per thread because probes run in parallel.
    thread_local int printPrefix = 1;
    char line[1024] = {};
    av_log_format_line2(context, level, format, args, line, sizeof line, &printPrefix);
    const QString text = QString::fromUtf8(line).trimmed();
    if (!text.isEmpty())
        qCDebug(lcMedia).noquote() << "ffmpeg:" << text;
}

void installFfmpegLog()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(&forwardFfmpegLog); });
}

// FFmpeg's probes refuse to judge a few dozen bytes (the WAV probe wants more
// than 32), so a recording cut off inside its header reads as "unknown
// format". Probing the same bytes padded with zeros tells such a stump apart
// from a file that is not audio at all. Returns the format's long name, or
// an empty string when the bytes do not look like any format either.
QString formatOfShortFile(const QString &path)
{
    constexpr qint64 kShortFile = 2048; // FFmpeg's first probe reads this much
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() >= kShortFile)
        return {};
    QByteArray buffer = file.read(kShortFile);
    buffer.append(kShortFile + AVPROBE_PADDING_SIZE - buffer.size(), '\0');
    AVProbeData probeData = {};
    probeData.filename = "";
    probeData.buf = reinterpret_cast<unsigned char *>(buffer.data());
    probeData.buf_size = static_cast<int>(kShortFile);
    int score = 0;
    const AVInputFormat *format = av_probe_input_format3(&probeData, 1, &score);
    // A weak match on mostly zeros says nothing; only a clear signature counts.
    if (!format || score <= AVPROBE_SCORE_RETRY)
        return {};
    return QString::fromUtf8(format->long_name ? format->long_name : format->name);
}

} // namespace

Result<AudioInfo> AudioProbe::probe(const QString &path)
{
    installFfmpegLog();
    const QString name = QDir::toNativeSeparators(path);

    // Cheap file-system checks first, so the common mistakes get a plain
    // message instead of an FFmpeg error string.
    if (path.isEmpty())
        return fail(ErrorCode::NotFound, tr("No audio file was given."));
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(name));
    if (fileInfo.isDir())
        return fail(ErrorCode::Io, tr("%1 is a folder, not an audio file.").arg(name));
    // A FIFO or device would block or never end; only regular files are recordings.
    if (!fileInfo.isFile())
        return fail(ErrorCode::Io, tr("%1 is not a regular file.").arg(name));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    }
    const qint64 fileSize = fileInfo.size();
    if (fileSize == 0)
        return fail(ErrorCode::Empty, tr("%1 cannot be used: the file is empty.").arg(name));

    const QByteArray url = "file:" + QFile::encodeName(path);

    AVIOContext *rawIo = nullptr;
    {
        OpenOptions options;
        const int error
            = avio_open2(&rawIo, url.constData(), AVIO_FLAG_READ, nullptr, &options.dict);
        if (error < 0)
            return fail(error == AVERROR(ENOENT) ? ErrorCode::NotFound : ErrorCode::Io,
                tr("%1 cannot be opened: %2.").arg(name, avErrorText(error)));
    }
    // Declared before the format context so that it is closed after it.
    const AvioPtr io(rawIo);

    // Probing separately from opening tells "not a format FFmpeg knows" apart
    // from "a known format whose header is broken"; it is the same probe
    // avformat_open_input() would run.
    const AVInputFormat *inputFormat = nullptr;
    if (const int error
        = av_probe_input_buffer2(io.get(), &inputFormat, url.constData(), nullptr, 0, 0);
        error < 0 || !inputFormat) {
        if (const QString stump = formatOfShortFile(path); !stump.isEmpty())
            return fail(ErrorCode::Corrupt,
                tr("%1 starts like %2 but ends before its header does; the file is truncated.")
                    .arg(name, stump));
        return fail(ErrorCode::Unsupported,
            tr("%1 is not in an audio format Coachbench can read (%2).")
                .arg(name, avErrorText(error < 0 ? error : AVERROR_INVALIDDATA)));
    }
    const QString formatName = QString::fromUtf8(inputFormat->name);
    const QString formatLongName
        = inputFormat->long_name ? QString::fromUtf8(inputFormat->long_name) : formatName;

    AVFormatContext *rawFormat = avformat_alloc_context();
    if (!rawFormat)
        return fail(ErrorCode::Io, tr("%1 cannot be opened: out of memory.").arg(name));
    rawFormat->pb = io.get();
    {
        OpenOptions options;
        // On failure avformat_open_input() frees the context itself.
        const int error
            = avformat_open_input(&rawFormat, url.constData(), inputFormat, &options.dict);
        // The file was readable a moment ago, so even EIO here is the
        // demuxer's verdict on the content (the FLAC one uses it so).
        if (error < 0) {
            return fail(ErrorCode::Corrupt,
                tr("%1 looks like %2 but cannot be read; it may be damaged or truncated (%3).")
                    .arg(name, formatLongName, avErrorText(error)));
        }
    }
    const FormatPtr format(rawFormat);

    if (const int error = avformat_find_stream_info(format.get(), nullptr); error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: the stream information cannot be read; the file may be damaged (%2).")
                .arg(name, avErrorText(error)));

    const int streamIndex
        = av_find_best_stream(format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (streamIndex < 0) {
        // av_find_best_stream() passes over audio streams without a channel
        // count or rate; such a stream is broken, not absent.
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            if (format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
                return fail(ErrorCode::Corrupt,
                    tr("%1 has an audio stream whose channels or sample rate cannot be read; the "
                       "file may be damaged.")
                        .arg(name));
        }
        return fail(ErrorCode::Unsupported, tr("%1 contains no audio stream.").arg(name));
    }
    AVStream *stream = format->streams[streamIndex];
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

    if (parameters->codec_id == AV_CODEC_ID_NONE)
        return fail(ErrorCode::Unsupported,
            tr("%1 uses an audio codec FFmpeg does not know (codec tag 0x%2).")
                .arg(name, QString::number(parameters->codec_tag, 16)));
    const AVCodec *decoder = avcodec_find_decoder(parameters->codec_id);
    if (!decoder)
        return fail(ErrorCode::Unsupported,
            tr("%1 uses the audio codec \"%2\", which this FFmpeg cannot decode.")
                .arg(name, codec));

    const CodecPtr decoderContext(avcodec_alloc_context3(decoder));
    if (!decoderContext)
        return fail(ErrorCode::Io, tr("%1 cannot be decoded: out of memory.").arg(name));
    if (const int error = avcodec_parameters_to_context(decoderContext.get(), parameters);
        error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: the %2 decoder cannot be set up (%3).").arg(name, codec, avErrorText(error)));
    // One frame does not need a thread pool, and import already probes in parallel.
    decoderContext->thread_count = 1;
    decoderContext->pkt_timebase = stream->time_base;
    if (const int error = avcodec_open2(decoderContext.get(), decoder, nullptr); error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: the %2 decoder refuses this stream; the file may be damaged (%3).")
                .arg(name, codec, avErrorText(error)));

    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (static_cast<int>(i) != streamIndex)
            format->streams[i]->discard = AVDISCARD_ALL;
    }

    const PacketPtr packet(av_packet_alloc());
    const FramePtr frame(av_frame_alloc());
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
        const int readError = av_read_frame(format.get(), packet.get());
        if (readError < 0) {
            if (readError != AVERROR_EOF)
                lastError = readError;
            // Flush: some decoders hold the first frame back until the end.
            if (avcodec_send_packet(decoderContext.get(), nullptr) >= 0)
                drain();
            break;
        }
        if (packet->stream_index == streamIndex) {
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
                .arg(name, avErrorText(lastError)));

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
    info.container = formatName;
    info.bitRate = format->bit_rate > 0 ? format->bit_rate : qMax<qint64>(parameters->bit_rate, 0);
    info.fileSize = fileSize;

    qCDebug(lcMedia).noquote() << "probed" << name << info.container << info.codec
                               << info.durationMs << "ms" << info.channels << "ch"
                               << info.sampleRate << "Hz";
    return info;
}

} // namespace coach
