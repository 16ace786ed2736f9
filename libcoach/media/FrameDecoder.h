// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/FfmpegSupport.h"

namespace coach {

/*
 * The demux-and-decode loop that AudioRenderer (playback) and ClipSource
 * (clip export) share: reads packets of one stream, feeds the decoder, flushes
 * it at the end of the file and skips damaged stretches as ffmpeg does. It
 * reports FFmpeg's error codes rather than messages, so each owner keeps its
 * own wording. Internal to libcoach/media; owned by one thread.
 */
class FrameDecoder final
{
public:
    struct Failure
    {
        int error = 0;        // the AVERROR
        bool reading = false; // the demuxer failed rather than the decoder
    };

    // `format` and `decoder` stay owned by the caller and must outlive this.
    // False when the packet cannot be allocated.
    [[nodiscard]] bool open(AVFormatContext *format, AVCodecContext *decoder, int streamIndex);

    // Decodes the next frame with samples into `frame`; false at the end of the recording.
    [[nodiscard]] std::expected<bool, Failure> next(AVFrame *frame);

    // After a seek: the file's end and the decoder's flush lie ahead again.
    void restart();

private:
    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_decoder = nullptr;
    ffmpeg::PacketPtr m_packet;
    int m_streamIndex = -1;
    bool m_demuxEnded = false;
    bool m_flushed = false;
    int m_consecutiveErrors = 0;
};

} // namespace coach
