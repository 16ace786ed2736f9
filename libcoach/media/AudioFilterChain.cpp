// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioFilterChain.h"

#include "media/FfmpegSupport.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

struct InOutFreer
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutFreer>;

// The filters between the decoder's buffer and the sink, as libavfilter text.
QByteArray chainDescription(const AudioFilterChain::Input &input,
    const AudioFilterChain::Settings &settings)
{
    QByteArray chain;
    const int solo = settings.soloChannel < input.channels ? settings.soloChannel : -1;
    if (solo >= 0) {
        // Both outputs carry the soloed channel at its own level, so the
        // listener hears one voice centred rather than in one ear.
        const QByteArray c = "c" + QByteArray::number(solo);
        chain += "pan=stereo|c0=" + c + "|c1=" + c + ',';
    } else if (input.channels == 1) {
        // aresample's own upmix lowers a mono centre by 3 dB; a phone call
        // should play at the level it was recorded.
        chain += "pan=stereo|c0=c0|c1=c0,";
    }
    chain += "aresample=" + QByteArray::number(settings.outputRate) + ',';
    // At 1.0 atempo still overlaps and adds windows; leaving it out keeps
    // normal-speed playback bit-exact with the decoder.
    if (settings.tempo != 1.0)
        chain += "atempo=" + QByteArray::number(settings.tempo, 'f', 6) + ',';
    chain += "aformat=sample_fmts=s16:sample_rates=" + QByteArray::number(settings.outputRate)
        + ":channel_layouts=stereo";
    return chain;
}

} // namespace

void AudioFilterChain::GraphFreer::operator()(AVFilterGraph *graph) const
{
    avfilter_graph_free(&graph);
}

AudioFilterChain::~AudioFilterChain() = default;

AudioFilterChain::Input AudioFilterChain::inputOf(const AVFrame *frame)
{
    Input input;
    input.sampleRate = frame->sample_rate;
    input.sampleFormat = frame->format;
    input.channels = frame->ch_layout.nb_channels;
    AVChannelLayout layout = {};
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, input.channels);
    else
        av_channel_layout_copy(&layout, &frame->ch_layout);
    char text[256] = {};
    av_channel_layout_describe(&layout, text, sizeof text);
    av_channel_layout_uninit(&layout);
    input.channelLayout = QByteArray(text);
    return input;
}

Result<std::unique_ptr<AudioFilterChain>> AudioFilterChain::create(
    const Input &input, const Settings &settings, const QString &name)
{
    const auto failed = [&](const QString &cause) {
        return fail(ErrorCode::Unsupported,
            tr("%1 cannot be played: the audio filters cannot be set up (%2).")
                .arg(QDir::toNativeSeparators(name), cause));
    };
    const char *formatName = av_get_sample_fmt_name(static_cast<AVSampleFormat>(input.sampleFormat));
    if (input.sampleRate <= 0 || input.channels <= 0 || !formatName)
        return failed(tr("the decoder reports no sample rate, channels or sample format"));

    std::unique_ptr<AudioFilterChain> chain(new AudioFilterChain);
    chain->m_input = input;
    chain->m_name = name;
    chain->m_graph.reset(avfilter_graph_alloc());
    if (!chain->m_graph)
        return failed(tr("out of memory"));
    // One voice of telephone audio does not need a thread pool.
    chain->m_graph->nb_threads = 1;

    const QByteArray sourceArguments = "time_base=1/" + QByteArray::number(input.sampleRate)
        + ":sample_rate=" + QByteArray::number(input.sampleRate) + ":sample_fmt=" + formatName
        + ":channel_layout=" + input.channelLayout;
    if (const int error = avfilter_graph_create_filter(&chain->m_source,
            avfilter_get_by_name("abuffer"), "in", sourceArguments.constData(), nullptr,
            chain->m_graph.get());
        error < 0)
        return failed(ffmpeg::errorText(error));
    if (const int error = avfilter_graph_create_filter(&chain->m_sink,
            avfilter_get_by_name("abuffersink"), "out", nullptr, nullptr, chain->m_graph.get());
        error < 0)
        return failed(ffmpeg::errorText(error));

    // parse_ptr names the ends from the inside: "in" is where our source's
    // output goes, "out" where our sink takes its input.
    InOutPtr outputs(avfilter_inout_alloc());
    InOutPtr inputs(avfilter_inout_alloc());
    if (!outputs || !inputs)
        return failed(tr("out of memory"));
    outputs->name = av_strdup("in");
    outputs->filter_ctx = chain->m_source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = chain->m_sink;
    AVFilterInOut *rawInputs = inputs.release();
    AVFilterInOut *rawOutputs = outputs.release();
    const QByteArray description = chainDescription(input, settings);
    const int parseError = avfilter_graph_parse_ptr(
        chain->m_graph.get(), description.constData(), &rawInputs, &rawOutputs, nullptr);
    inputs.reset(rawInputs);
    outputs.reset(rawOutputs);
    if (parseError < 0)
        return failed(ffmpeg::errorText(parseError));
    if (const int error = avfilter_graph_config(chain->m_graph.get(), nullptr); error < 0)
        return failed(ffmpeg::errorText(error));
    return chain;
}

Result<void> AudioFilterChain::push(AVFrame *frame)
{
    if (const int error = av_buffersrc_add_frame_flags(m_source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
        error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1 cannot be played further: the audio filters refuse the decoded audio (%2).")
                .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
    return {};
}

Result<AudioFilterChain::Pulled> AudioFilterChain::pull(AVFrame *out)
{
    av_frame_unref(out);
    const int error = av_buffersink_get_frame(m_sink, out);
    if (error >= 0)
        return Pulled::Frame;
    if (error == AVERROR(EAGAIN))
        return Pulled::NeedsInput;
    if (error == AVERROR_EOF)
        return Pulled::Ended;
    return fail(ErrorCode::Corrupt,
        tr("%1 cannot be played further: the audio filters failed (%2).")
            .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
}

} // namespace coach
