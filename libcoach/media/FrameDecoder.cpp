// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FrameDecoder.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/frame.h>
}

namespace coach {

namespace {

// A damaged stretch of a recording is skipped like ffmpeg skips it; only a
// long run of packets that all fail means the rest cannot be read.
constexpr int kMaxConsecutiveErrors = 500;

} // namespace

bool FrameDecoder::open(AVFormatContext *format, AVCodecContext *decoder, int streamIndex)
{
    m_format = format;
    m_decoder = decoder;
    m_streamIndex = streamIndex;
    m_packet.reset(av_packet_alloc());
    restart();
    return m_packet != nullptr;
}

void FrameDecoder::restart()
{
    m_demuxEnded = false;
    m_flushed = false;
    m_consecutiveErrors = 0;
}

std::expected<bool, FrameDecoder::Failure> FrameDecoder::next(AVFrame *frame)
{
    while (true) {
        const int received = avcodec_receive_frame(m_decoder, frame);
        if (received >= 0) {
            m_consecutiveErrors = 0;
            if (frame->nb_samples > 0)
                return true;
            av_frame_unref(frame);
            continue;
        }
        if (received == AVERROR_EOF)
            return false;
        if (received != AVERROR(EAGAIN)) {
            if (++m_consecutiveErrors > kMaxConsecutiveErrors)
                return std::unexpected(Failure { received, false });
            continue;
        }
        if (m_demuxEnded) {
            // Some decoders hold the last frames back until told the input ended.
            if (m_flushed)
                return false;
            m_flushed = true;
            avcodec_send_packet(m_decoder, nullptr);
            continue;
        }
        const int read = av_read_frame(m_format, m_packet.get());
        if (read == AVERROR_EOF) {
            m_demuxEnded = true;
            continue;
        }
        if (read < 0) {
            if (read == AVERROR(EIO) || ++m_consecutiveErrors > kMaxConsecutiveErrors)
                return std::unexpected(Failure { read, true });
            continue;
        }
        if (m_packet->stream_index == m_streamIndex) {
            const int sent = avcodec_send_packet(m_decoder, m_packet.get());
            if (sent < 0 && sent != AVERROR(EAGAIN) && ++m_consecutiveErrors > kMaxConsecutiveErrors) {
                av_packet_unref(m_packet.get());
                return std::unexpected(Failure { sent, false });
            }
        }
        av_packet_unref(m_packet.get());
    }
}

} // namespace coach
