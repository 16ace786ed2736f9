// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegSupport.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdarg>
#include <mutex>

extern "C" {
#include <libavutil/avutil.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
}

using namespace Qt::Literals::StringLiterals;

namespace coach::ffmpeg {

namespace {

// Only the translation context: these messages belong to no one class.
class FfmpegSupport final
{
    Q_DECLARE_TR_FUNCTIONS(FfmpegSupport)
};

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

QString errorText(int error)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return QString::fromUtf8(text);
}

void installLog()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(&forwardFfmpegLog); });
}

Result<Input> openInput(const QString &path)
{
    installLog();
    Input input;
    input.name = QDir::toNativeSeparators(path);
    const QString &name = input.name;

    // Cheap file-system checks first, so the common mistakes get a plain
    // message instead of an FFmpeg error string.
    if (path.isEmpty())
        return fail(ErrorCode::NotFound, FfmpegSupport::tr("No audio file was given."));
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return fail(ErrorCode::NotFound, FfmpegSupport::tr("%1 does not exist.").arg(name));
    if (fileInfo.isDir())
        return fail(ErrorCode::Io, FfmpegSupport::tr("%1 is a folder, not an audio file.").arg(name));
    // A FIFO or device would block or never end; only regular files are recordings.
    if (!fileInfo.isFile())
        return fail(ErrorCode::Io, FfmpegSupport::tr("%1 is not a regular file.").arg(name));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io,
                FfmpegSupport::tr("%1 cannot be read: %2.").arg(name, file.errorString()));
    }
    input.fileSize = fileInfo.size();
    if (input.fileSize == 0)
        return fail(ErrorCode::Empty, FfmpegSupport::tr("%1 cannot be used: the file is empty.").arg(name));

    const QByteArray url = "file:" + QFile::encodeName(path);

    AVIOContext *rawIo = nullptr;
    {
        OpenOptions options;
        const int error
            = avio_open2(&rawIo, url.constData(), AVIO_FLAG_READ, nullptr, &options.dict);
        if (error < 0)
            return fail(error == AVERROR(ENOENT) ? ErrorCode::NotFound : ErrorCode::Io,
                FfmpegSupport::tr("%1 cannot be opened: %2.").arg(name, errorText(error)));
    }
    input.io.reset(rawIo);

    // Probing separately from opening tells "not a format FFmpeg knows" apart
    // from "a known format whose header is broken"; it is the same probe
    // avformat_open_input() would run.
    const AVInputFormat *inputFormat = nullptr;
    if (const int error
        = av_probe_input_buffer2(input.io.get(), &inputFormat, url.constData(), nullptr, 0, 0);
        error < 0 || !inputFormat) {
        if (const QString stump = formatOfShortFile(path); !stump.isEmpty())
            return fail(ErrorCode::Corrupt,
                FfmpegSupport::tr("%1 starts like %2 but ends before its header does; the file is "
                                  "truncated.")
                    .arg(name, stump));
        return fail(ErrorCode::Unsupported,
            FfmpegSupport::tr("%1 is not in an audio format Coachbench can read (%2).")
                .arg(name, errorText(error < 0 ? error : AVERROR_INVALIDDATA)));
    }
    input.formatName = QString::fromUtf8(inputFormat->name);
    input.formatLongName
        = inputFormat->long_name ? QString::fromUtf8(inputFormat->long_name) : input.formatName;

    AVFormatContext *rawFormat = avformat_alloc_context();
    if (!rawFormat)
        return fail(ErrorCode::Io, FfmpegSupport::tr("%1 cannot be opened: out of memory.").arg(name));
    rawFormat->pb = input.io.get();
    {
        OpenOptions options;
        // On failure avformat_open_input() frees the context itself.
        const int error
            = avformat_open_input(&rawFormat, url.constData(), inputFormat, &options.dict);
        // The file was readable a moment ago, so even EIO here is the
        // demuxer's verdict on the content (the FLAC one uses it so).
        if (error < 0) {
            return fail(ErrorCode::Corrupt,
                FfmpegSupport::tr("%1 looks like %2 but cannot be read; it may be damaged or "
                                  "truncated (%3).")
                    .arg(name, input.formatLongName, errorText(error)));
        }
    }
    input.format.reset(rawFormat);

    if (const int error = avformat_find_stream_info(input.format.get(), nullptr); error < 0)
        return fail(ErrorCode::Corrupt,
            FfmpegSupport::tr("%1: the stream information cannot be read; the file may be "
                              "damaged (%2).")
                .arg(name, errorText(error)));
    return input;
}

Result<int> findAudioStream(const Input &input)
{
    const AVFormatContext *format = input.format.get();
    const int streamIndex
        = av_find_best_stream(input.format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    if (streamIndex >= 0)
        return streamIndex;
    // av_find_best_stream() passes over audio streams without a channel
    // count or rate; such a stream is broken, not absent.
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            return fail(ErrorCode::Corrupt,
                FfmpegSupport::tr("%1 has an audio stream whose channels or sample rate cannot be "
                                  "read; the file may be damaged.")
                    .arg(input.name));
    }
    return fail(ErrorCode::Unsupported,
        FfmpegSupport::tr("%1 contains no audio stream.").arg(input.name));
}

Result<CodecPtr> openDecoder(const Input &input, const AVStream *stream, AVDictionary **options)
{
    const QString &name = input.name;
    const AVCodecParameters *parameters = stream->codecpar;
    const QString codec = QString::fromUtf8(avcodec_get_name(parameters->codec_id));
    if (parameters->codec_id == AV_CODEC_ID_NONE)
        return fail(ErrorCode::Unsupported,
            FfmpegSupport::tr("%1 uses an audio codec FFmpeg does not know (codec tag 0x%2).")
                .arg(name, QString::number(parameters->codec_tag, 16)));
    const AVCodec *decoder = avcodec_find_decoder(parameters->codec_id);
    if (!decoder)
        return fail(ErrorCode::Unsupported,
            FfmpegSupport::tr("%1 uses the audio codec \"%2\", which this FFmpeg cannot decode.")
                .arg(name, codec));

    CodecPtr decoderContext(avcodec_alloc_context3(decoder));
    if (!decoderContext)
        return fail(ErrorCode::Io, FfmpegSupport::tr("%1 cannot be decoded: out of memory.").arg(name));
    if (const int error = avcodec_parameters_to_context(decoderContext.get(), parameters);
        error < 0)
        return fail(ErrorCode::Corrupt,
            FfmpegSupport::tr("%1: the %2 decoder cannot be set up (%3).")
                .arg(name, codec, errorText(error)));
    // Audio decoders gain little from threads, and callers already run
    // several files in parallel.
    decoderContext->thread_count = 1;
    decoderContext->pkt_timebase = stream->time_base;
    if (const int error = avcodec_open2(decoderContext.get(), decoder, options); error < 0)
        return fail(ErrorCode::Corrupt,
            FfmpegSupport::tr("%1: the %2 decoder refuses this stream; the file may be damaged (%3).")
                .arg(name, codec, errorText(error)));
    return decoderContext;
}

} // namespace coach::ffmpeg
