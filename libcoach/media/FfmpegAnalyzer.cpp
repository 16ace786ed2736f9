// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/FfmpegAnalyzer.h"

#include "analysis/AnalysisBuilder.h"
#include "core/Logging.h"
#include "core/TaskControl.h"
#include "media/FfmpegSupport.h"

#include <QtEndian>

#include <array>
#include <cstring>
#include <optional>
#include <vector>

extern "C" {
#include <libavutil/samplefmt.h>
}

#ifdef COACH_HAVE_OPUS
#include <opus/opus.h>
#include <opus/opus_multistream.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// More channels than any call recorder writes; refuses absurd headers.
constexpr int kMaxChannels = 64;

// Reports progress by bytes read, at most once per thousandth.
class Progress final
{
public:
    Progress(const TaskControl *control, const ffmpeg::Input &input, const QString &path)
        : m_control(control)
        , m_input(input)
        , m_path(path)
    {
    }

    [[nodiscard]] bool cancelled() const { return m_control && m_control->isCancelled(); }
    void update()
    {
        if (!m_control || m_input.fileSize <= 0)
            return;
        const qint64 done = std::clamp<qint64>(avio_tell(m_input.io.get()), 0, m_input.fileSize);
        const qint64 step = done * 1000 / m_input.fileSize;
        if (step != m_lastStep) {
            m_lastStep = step;
            m_control->report(done, m_input.fileSize, m_path);
        }
    }

private:
    const TaskControl *m_control;
    const ffmpeg::Input &m_input;
    QString m_path;
    qint64 m_lastStep = -1;
};

// Copies `frames` frames from per-channel sample pointers `sources` (each
// `stride` bytes apart) into the builder, converting each with `load`.
// Interleaved and planar layouts differ only in the pointers and the stride.
template<typename Load>
void append(AnalysisBuilder &builder, std::array<const uint8_t *, kMaxChannels> sources,
            int sourceChannels, qsizetype stride, qsizetype frames, Load load)
{
    while (frames > 0) {
        const qsizetype count = std::min(frames, builder.room());
        for (int c = 0; c < builder.channelCount(); ++c) {
            float *out = builder.writePointer(c);
            if (c >= sourceChannels) {
                std::fill_n(out, count, 0.0f);
                continue;
            }
            const uint8_t *in = sources[std::size_t(c)];
            for (qsizetype i = 0; i < count; ++i)
                out[i] = load(in + i * stride);
            sources[std::size_t(c)] += count * stride;
        }
        builder.commit(count);
        frames -= count;
    }
}

template<typename Load>
void appendInterleaved(AnalysisBuilder &builder, const uint8_t *data, int channels, int sampleBytes,
                       qsizetype frames, Load load)
{
    std::array<const uint8_t *, kMaxChannels> sources {};
    for (int c = 0; c < channels && c < kMaxChannels; ++c)
        sources[std::size_t(c)] = data + c * sampleBytes;
    append(builder, sources, std::min(channels, kMaxChannels), qsizetype(channels) * sampleBytes,
           frames, load);
}

// G.711 expansion to 16-bit linear, as the standard (and FFmpeg) define it.
int muLawToLinear(uint8_t value)
{
    value = uint8_t(~value);
    int t = ((value & 0x0f) << 3) + 0x84;
    t <<= (value & 0x70) >> 4;
    return (value & 0x80) ? (0x84 - t) : (t - 0x84);
}

int aLawToLinear(uint8_t value)
{
    value ^= 0x55;
    int t = value & 0x0f;
    const int segment = (value & 0x70) >> 4;
    t = segment ? (t + t + 1 + 32) << (segment + 2) : (t + t + 1) << 3;
    return (value & 0x80) ? t : -t;
}

using G711Table = std::array<float, 256>;
template<int (*Expand)(uint8_t)>
const G711Table &g711Table()
{
    static const G711Table table = [] {
        G711Table t {};
        for (int i = 0; i < 256; ++i)
            t[std::size_t(i)] = float(Expand(uint8_t(i))) / 32768.0f;
        return t;
    }();
    return table;
}

constexpr float kS16Scale = 1.0f / 32768.0f;
constexpr float kS32Scale = 1.0f / 2147483648.0f;

// 16-bit interleaved mono or stereo, the common call recording: with the
// channel count known at compile time the compiler turns the
// deinterleave-and-scale into a few vector instructions per frame.
template<int Channels>
void appendS16(AnalysisBuilder &builder, const uint8_t *data, qsizetype frames)
{
    while (frames > 0) {
        const qsizetype count = std::min(frames, builder.room());
        float *out[Channels];
        for (int c = 0; c < Channels; ++c)
            out[c] = builder.writePointer(c);
        for (qsizetype i = 0; i < count; ++i) {
            for (int c = 0; c < Channels; ++c) {
                qint16 sample;
                std::memcpy(&sample, data + (i * Channels + c) * 2, 2);
                out[c][i] = float(qFromLittleEndian(sample)) * kS16Scale;
            }
        }
        builder.commit(count);
        data += count * Channels * 2;
        frames -= count;
    }
}

// Converts a block of PCM bytes of `codec` into the builder; false for a PCM
// variant read through the decoder instead.
bool appendPcm(AVCodecID codec, AnalysisBuilder &builder, const uint8_t *data, int channels,
               qsizetype frames)
{
    switch (codec) {
    case AV_CODEC_ID_PCM_S16LE:
        if (channels == 1 && builder.channelCount() == 1) {
            appendS16<1>(builder, data, frames);
            return true;
        }
        if (channels == 2 && builder.channelCount() == 2) {
            appendS16<2>(builder, data, frames);
            return true;
        }
        appendInterleaved(builder, data, channels, 2, frames,
                          [](const uint8_t *p) { return float(qFromLittleEndian<qint16>(p)) * kS16Scale; });
        return true;
    case AV_CODEC_ID_PCM_S16BE:
        appendInterleaved(builder, data, channels, 2, frames,
                          [](const uint8_t *p) { return float(qFromBigEndian<qint16>(p)) * kS16Scale; });
        return true;
    case AV_CODEC_ID_PCM_U8:
        appendInterleaved(builder, data, channels, 1, frames,
                          [](const uint8_t *p) { return float(int(*p) - 128) / 128.0f; });
        return true;
    case AV_CODEC_ID_PCM_MULAW: {
        const G711Table &table = g711Table<muLawToLinear>();
        appendInterleaved(builder, data, channels, 1, frames,
                          [&table](const uint8_t *p) { return table[*p]; });
        return true;
    }
    case AV_CODEC_ID_PCM_ALAW: {
        const G711Table &table = g711Table<aLawToLinear>();
        appendInterleaved(builder, data, channels, 1, frames,
                          [&table](const uint8_t *p) { return table[*p]; });
        return true;
    }
    case AV_CODEC_ID_PCM_S24LE:
        appendInterleaved(builder, data, channels, 3, frames, [](const uint8_t *p) {
            return float(qint32(quint32(p[0]) << 8 | quint32(p[1]) << 16 | quint32(p[2]) << 24)) * kS32Scale;
        });
        return true;
    case AV_CODEC_ID_PCM_S32LE:
        appendInterleaved(builder, data, channels, 4, frames,
                          [](const uint8_t *p) { return float(qFromLittleEndian<qint32>(p)) * kS32Scale; });
        return true;
    case AV_CODEC_ID_PCM_F32LE:
        appendInterleaved(builder, data, channels, 4, frames,
                          [](const uint8_t *p) { return qFromLittleEndian<float>(p); });
        return true;
    default:
        return false;
    }
}

int pcmSampleBytes(AVCodecID codec)
{
    switch (codec) {
    case AV_CODEC_ID_PCM_U8:
    case AV_CODEC_ID_PCM_MULAW:
    case AV_CODEC_ID_PCM_ALAW:
        return 1;
    case AV_CODEC_ID_PCM_S16LE:
    case AV_CODEC_ID_PCM_S16BE:
        return 2;
    case AV_CODEC_ID_PCM_S24LE:
        return 3;
    case AV_CODEC_ID_PCM_S32LE:
    case AV_CODEC_ID_PCM_F32LE:
        return 4;
    default:
        return 0;
    }
}

// A decoder's native-endian sample; memcpy compiles to one load.
template<typename T>
T loadAs(const uint8_t *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    return value;
}

// A decoded frame in whatever sample format the decoder chose; false for a
// format we do not read (then the caller reports it).
bool appendFrame(AnalysisBuilder &builder, const AVFrame *frame)
{
    const int channels = std::min(frame->ch_layout.nb_channels, kMaxChannels);
    const auto format = AVSampleFormat(frame->format);
    const int sampleBytes = av_get_bytes_per_sample(format);
    if (sampleBytes <= 0 || channels <= 0)
        return false;
    std::array<const uint8_t *, kMaxChannels> sources {};
    qsizetype stride = sampleBytes;
    if (av_sample_fmt_is_planar(format)) {
        for (int c = 0; c < channels; ++c)
            sources[std::size_t(c)] = frame->extended_data[c];
    } else {
        for (int c = 0; c < channels; ++c)
            sources[std::size_t(c)] = frame->extended_data[0] + c * sampleBytes;
        stride = qsizetype(sampleBytes) * frame->ch_layout.nb_channels;
    }
    const qsizetype frames = frame->nb_samples;
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_FLT:
        append(builder, sources, channels, stride, frames, [](const uint8_t *p) { return loadAs<float>(p); });
        return true;
    case AV_SAMPLE_FMT_S16:
        append(builder, sources, channels, stride, frames,
               [](const uint8_t *p) { return float(loadAs<int16_t>(p)) * kS16Scale; });
        return true;
    case AV_SAMPLE_FMT_S32:
        append(builder, sources, channels, stride, frames,
               [](const uint8_t *p) { return float(loadAs<int32_t>(p)) * kS32Scale; });
        return true;
    case AV_SAMPLE_FMT_U8:
        append(builder, sources, channels, stride, frames,
               [](const uint8_t *p) { return float(int(*p) - 128) / 128.0f; });
        return true;
    case AV_SAMPLE_FMT_DBL:
        append(builder, sources, channels, stride, frames,
               [](const uint8_t *p) { return float(loadAs<double>(p)); });
        return true;
    default:
        return false;
    }
}


Error cancelledError(const ffmpeg::Input &input)
{
    return Error(ErrorCode::Cancelled, FfmpegAnalyzer::tr("The analysis of %1 was cancelled.").arg(input.name));
}

Result<RecordingAnalysis> finishAnalysis(AnalysisBuilder &builder, const ffmpeg::Input &input, int lastError)
{
    if (builder.frameCount() == 0)
        return fail(ErrorCode::Corrupt,
                    FfmpegAnalyzer::tr("%1 contains no audio that can be decoded; the file may be damaged or "
                                          "truncated (%2).")
                        .arg(input.name, ffmpeg::errorText(lastError)));
    return builder.finish();
}

// WAV and other PCM: the packets are the samples, so no decoder runs and
// every byte is touched once, by the conversion into the builder.
Result<RecordingAnalysis> analysePcm(ffmpeg::Input &input, const AVStream *stream, Progress &progress)
{
    const AVCodecParameters *parameters = stream->codecpar;
    const int channels = parameters->ch_layout.nb_channels;
    const int frameBytes = channels * pcmSampleBytes(parameters->codec_id);
    AnalysisBuilder builder(channels, parameters->sample_rate);
    const ffmpeg::PacketPtr packet(av_packet_alloc());
    if (!packet)
        return fail(ErrorCode::Io, FfmpegAnalyzer::tr("%1 cannot be analysed: out of memory.").arg(input.name));
    // A packet that ends inside a frame leaves its bytes here for the next one.
    QByteArray carry;
    int lastError = AVERROR_EOF;
    while (true) {
        if (progress.cancelled())
            return std::unexpected(cancelledError(input));
        if (const int error = av_read_frame(input.format.get(), packet.get()); error < 0) {
            lastError = error;
            break;
        }
        if (packet->stream_index == stream->index) {
            const auto *data = reinterpret_cast<const uint8_t *>(packet->data);
            qsizetype size = packet->size;
            if (!carry.isEmpty()) {
                carry.append(reinterpret_cast<const char *>(data), size);
                data = reinterpret_cast<const uint8_t *>(carry.constData());
                size = carry.size();
            }
            const qsizetype frames = size / frameBytes;
            appendPcm(parameters->codec_id, builder, data, channels, frames);
            QByteArray rest(reinterpret_cast<const char *>(data) + frames * frameBytes, size - frames * frameBytes);
            carry = std::move(rest);
        }
        av_packet_unref(packet.get());
        progress.update();
    }
    return finishAnalysis(builder, input, lastError);
}

#ifdef COACH_HAVE_OPUS
struct OpusDecoderFreer
{
    void operator()(OpusDecoder *decoder) const { opus_decoder_destroy(decoder); }
    void operator()(OpusMSDecoder *decoder) const { opus_multistream_decoder_destroy(decoder); }
};

// What the Ogg Opus identification header (RFC 7845, 5.1) says.
struct OpusHeader
{
    int channels = 0;
    int inputRate = 0;
    int gain = 0; // Q7.8 dB
    int family = 0;
    int streams = 0;
    int coupled = 0;
    std::array<unsigned char, 255> mapping {};
};

std::optional<OpusHeader> parseOpusHeader(const AVCodecParameters *parameters)
{
    const uint8_t *p = parameters->extradata;
    const int size = parameters->extradata_size;
    if (!p || size < 19 || std::memcmp(p, "OpusHead", 8) != 0 || (p[8] & 0xf0) != 0)
        return std::nullopt;
    OpusHeader header;
    header.channels = p[9];
    header.inputRate = int(qFromLittleEndian<quint32>(p + 12));
    header.gain = qFromLittleEndian<qint16>(p + 16);
    const int family = p[18];
    header.family = family;
    if (header.channels < 1 || header.channels > kMaxChannels)
        return std::nullopt;
    if (family == 0) {
        if (header.channels > 2)
            return std::nullopt;
        header.streams = 1;
        header.coupled = header.channels - 1;
        header.mapping[0] = 0;
        header.mapping[1] = 1;
        return header;
    }
    if (size < 21 + header.channels)
        return std::nullopt;
    header.streams = p[19];
    header.coupled = p[20];
    std::copy_n(p + 21, header.channels, header.mapping.begin());
    return header;
}

// The rate libopus should decode at: the encoder's input rate, rounded up to
// one libopus supports. A telephone call decodes at 8 kHz instead of 48 kHz,
// which skips most of the work and the resampling.
int opusDecodeRate(int inputRate)
{
    for (int rate : { 8000, 12000, 16000, 24000 }) {
        if (inputRate > 0 && inputRate <= rate)
            return rate;
    }
    return 48000;
}

// Ogg Opus through libopus at the recording's own rate. Empty when the
// header is one libopus cannot be set up from; the caller then decodes
// through FFmpeg at 48 kHz.
std::optional<Result<RecordingAnalysis>> analyseOpus(ffmpeg::Input &input, const AVStream *stream,
                                                     Progress &progress)
{
    const std::optional<OpusHeader> header = parseOpusHeader(stream->codecpar);
    if (!header)
        return std::nullopt;
    const int rate = opusDecodeRate(header->inputRate);
    // Mono and stereo (mapping family 0) use the plain decoder: libopus
    // 1.3's multistream decoder recomputes its layout on every packet, and
    // on Debian's build that runs CPU detection (cpuid, a trap in a virtual
    // machine) twice per packet, a third of the decoding time.
    int error = OPUS_OK;
    std::unique_ptr<OpusDecoder, OpusDecoderFreer> single;
    std::unique_ptr<OpusMSDecoder, OpusDecoderFreer> multi;
    if (header->family == 0)
        single.reset(opus_decoder_create(rate, header->channels, &error));
    else
        multi.reset(opus_multistream_decoder_create(rate, header->channels, header->streams, header->coupled,
                                                    header->mapping.data(), &error));
    if ((!single && !multi) || error != OPUS_OK)
        return std::nullopt;
    if (header->gain != 0) {
        if (single)
            opus_decoder_ctl(single.get(), OPUS_SET_GAIN(header->gain));
        else
            opus_multistream_decoder_ctl(multi.get(), OPUS_SET_GAIN(header->gain));
    }

    const int channels = header->channels;
    AnalysisBuilder builder(channels, rate);
    const int maxFrames = rate * 120 / 1000; // the longest Opus packet
    std::vector<float> pcm(std::size_t(maxFrames) * std::size_t(channels));
    const ffmpeg::PacketPtr packet(av_packet_alloc());
    if (!packet)
        return fail(ErrorCode::Io, FfmpegAnalyzer::tr("%1 cannot be analysed: out of memory.").arg(input.name));
    qint64 skipStart = 0; // pre-skip still to drop, at the decode rate
    int lastError = AVERROR_EOF;
    while (true) {
        if (progress.cancelled())
            return std::unexpected(cancelledError(input));
        if (const int readError = av_read_frame(input.format.get(), packet.get()); readError < 0) {
            lastError = readError;
            break;
        }
        if (packet->stream_index == stream->index) {
            // The demuxer says, in 48 kHz samples, what to drop at the start
            // (pre-skip) and at the end (the last page's granule position).
            qint64 skipEnd = 0;
            size_t sideSize = 0;
            if (const uint8_t *side = av_packet_get_side_data(packet.get(), AV_PKT_DATA_SKIP_SAMPLES, &sideSize);
                side && sideSize >= 8) {
                skipStart += qint64(qFromLittleEndian<quint32>(side)) * rate / 48000;
                skipEnd = qint64(qFromLittleEndian<quint32>(side + 4)) * rate / 48000;
            }
            const int frames = single
                ? opus_decode_float(single.get(), packet->data, packet->size, pcm.data(), maxFrames, 0)
                : opus_multistream_decode_float(multi.get(), packet->data, packet->size, pcm.data(), maxFrames, 0);
            if (frames < 0) {
                // A damaged packet: skip it, like ffmpeg does.
                lastError = AVERROR_INVALIDDATA;
            } else {
                qint64 first = std::min<qint64>(skipStart, frames);
                skipStart -= first;
                const qint64 last = std::max<qint64>(first, frames - skipEnd);
                appendInterleaved(builder, reinterpret_cast<const uint8_t *>(pcm.data() + first * channels), channels,
                                  int(sizeof(float)), last - first, [](const uint8_t *p) { return loadAs<float>(p); });
            }
        }
        av_packet_unref(packet.get());
        progress.update();
    }
    return finishAnalysis(builder, input, lastError);
}
#endif

// Everything else goes through FFmpeg's decoder, read in its own sample
// format (no resampling, no format conversion pass).
Result<RecordingAnalysis> analyseDecoded(ffmpeg::Input &input, const AVStream *stream, Progress &progress)
{
    auto opened = ffmpeg::openDecoder(input, stream);
    if (!opened)
        return std::unexpected(opened.error());
    const ffmpeg::CodecPtr decoder = std::move(*opened);
    const ffmpeg::PacketPtr packet(av_packet_alloc());
    const ffmpeg::FramePtr frame(av_frame_alloc());
    if (!packet || !frame)
        return fail(ErrorCode::Io, FfmpegAnalyzer::tr("%1 cannot be analysed: out of memory.").arg(input.name));

    // Built at the first frame: the decoder knows the channels and rate
    // better than some containers do.
    std::optional<AnalysisBuilder> builder;
    int lastError = AVERROR_EOF;
    std::optional<Error> failure;
    const auto drain = [&] {
        while (!failure) {
            const int error = avcodec_receive_frame(decoder.get(), frame.get());
            if (error < 0) {
                if (error != AVERROR(EAGAIN) && error != AVERROR_EOF)
                    lastError = error;
                return;
            }
            if (!builder) {
                const int channels = frame->ch_layout.nb_channels;
                if (channels <= 0 || channels > kMaxChannels || frame->sample_rate <= 0) {
                    failure = Error(ErrorCode::Unsupported,
                                    FfmpegAnalyzer::tr("%1 has %2 channels at %3 Hz, which Coachbench cannot analyse.")
                                        .arg(input.name)
                                        .arg(channels)
                                        .arg(frame->sample_rate));
                    return;
                }
                builder.emplace(channels, frame->sample_rate);
            }
            if (!appendFrame(*builder, frame.get())) {
                failure = Error(ErrorCode::Unsupported,
                                FfmpegAnalyzer::tr("%1 decodes to samples in a format Coachbench cannot read (%2).")
                                    .arg(input.name, QString::fromUtf8(av_get_sample_fmt_name(AVSampleFormat(frame->format)))));
            }
            av_frame_unref(frame.get());
        }
    };
    while (!failure) {
        if (progress.cancelled())
            return std::unexpected(cancelledError(input));
        const int readError = av_read_frame(input.format.get(), packet.get());
        if (readError < 0) {
            if (readError != AVERROR_EOF)
                lastError = readError;
            // Flush: decoders hold back their last frames until told the stream ended.
            if (avcodec_send_packet(decoder.get(), nullptr) >= 0)
                drain();
            break;
        }
        if (packet->stream_index == stream->index) {
            const int sendError = avcodec_send_packet(decoder.get(), packet.get());
            if (sendError < 0 && sendError != AVERROR(EAGAIN))
                lastError = sendError; // a damaged packet: skip it, like ffmpeg does
            else
                drain();
        }
        av_packet_unref(packet.get());
        progress.update();
    }
    if (failure)
        return std::unexpected(*failure);
    if (!builder)
        return fail(ErrorCode::Corrupt,
                    FfmpegAnalyzer::tr("%1 contains no audio that can be decoded; the file may be damaged or "
                                          "truncated (%2).")
                        .arg(input.name, ffmpeg::errorText(lastError)));
    return finishAnalysis(*builder, input, lastError);
}

} // namespace

Result<RecordingAnalysis> FfmpegAnalyzer::analyze(const QString &path, const TaskControl *control)
{
    // The WAV demuxer's 4 KiB packets are kept: with larger ones (its
    // "max_size") FFmpeg's codec probe of 16-bit WAV scans far more data,
    // 0.15 s more per file, more than the packets save.
    auto input = ffmpeg::openInput(path);
    if (!input)
        return std::unexpected(input.error());
    const auto streamIndex = ffmpeg::findAudioStream(*input);
    if (!streamIndex)
        return std::unexpected(streamIndex.error());
    AVFormatContext *format = input->format.get();
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (int(i) != *streamIndex)
            format->streams[i]->discard = AVDISCARD_ALL;
    }
    const AVStream *stream = format->streams[*streamIndex];
    const AVCodecParameters *parameters = stream->codecpar;

    Progress progress(control, *input, path);
    if (control && control->isCancelled())
        return std::unexpected(cancelledError(*input));

    const int channels = parameters->ch_layout.nb_channels;
    const int sampleBytes = pcmSampleBytes(parameters->codec_id);
    if (sampleBytes > 0 && channels > 0 && channels <= kMaxChannels && parameters->sample_rate > 0
        && parameters->block_align == channels * sampleBytes) {
        qCDebug(lcMedia) << "analysing" << path << "as PCM";
        return analysePcm(*input, stream, progress);
    }
#ifdef COACH_HAVE_OPUS
    if (parameters->codec_id == AV_CODEC_ID_OPUS) {
        if (auto result = analyseOpus(*input, stream, progress)) {
            qCDebug(lcMedia) << "analysed" << path << "with libopus";
            return std::move(*result);
        }
        // Nothing was read yet when the header was refused; FFmpeg takes over.
    }
#endif
    return analyseDecoded(*input, stream, progress);
}

} // namespace coach
