// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QString>

#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

/*
 * What every FFmpeg user in libcoach/media shares, so that the probe, the
 * analyser and the playback engine open recordings the same safe way and
 * report the same errors: owning pointers for FFmpeg's objects, the log
 * redirect, and the open sequence (plain file checks, "file:" URL, protocol
 * whitelist, separate probe). Internal to libcoach/media; stateless and
 * thread-safe.
 */
namespace coach::ffmpeg {

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

using AvioPtr = std::unique_ptr<AVIOContext, AvioCloser>;
using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;

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

// An opened recording. The members are declared so that the demuxer is
// closed before the I/O context it reads from.
struct Input
{
    AvioPtr io;
    FormatPtr format;
    QString name;           // the path as the user writes it, for messages
    QString formatName;     // FFmpeg's short name, e.g. "wav"
    QString formatLongName; // e.g. "WAV / WAVE (Waveform Audio)"
    qint64 fileSize = 0;
};

[[nodiscard]] QString errorText(int error);

// Sends FFmpeg's log to the coach.media category instead of stderr.
void installLog();

// Checks the file, probes and opens it, and reads the stream information;
// every failure names the file and the cause.
[[nodiscard]] Result<Input> openInput(const QString &path);

// The best audio stream's index, or why there is none.
[[nodiscard]] Result<int> findAudioStream(const Input &input);

// A decoder for `stream`, opened single-threaded with `options` (may be null).
[[nodiscard]] Result<CodecPtr> openDecoder(const Input &input, const AVStream *stream,
                                           AVDictionary **options = nullptr);

} // namespace coach::ffmpeg
