// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipFilterGraph.h"

#include "media/FfmpegSupport.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <QDir>

namespace coach {

namespace {

struct InOutFreer
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutFreer>;

QByteArray layoutName(const AVChannelLayout &source)
{
    AVChannelLayout layout = {};
    // pan names channels; an unnamed layout gets the default one for its count.
    if (source.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, source.nb_channels);
    else
        av_channel_layout_copy(&layout, &source);
    char text[256] = {};
    av_channel_layout_describe(&layout, text, sizeof text);
    av_channel_layout_uninit(&layout);
    return QByteArray(text);
}

} // namespace

void ClipFilterGraph::GraphFreer::operator()(AVFilterGraph *graph) const
{
    avfilter_graph_free(&graph);
}

ClipFilterGraph::~ClipFilterGraph() = default;

Result<std::unique_ptr<ClipFilterGraph>> ClipFilterGraph::create(
    const AVFrame *first, const QByteArray &description, const QString &name)
{
    const char *formatName = av_get_sample_fmt_name(static_cast<AVSampleFormat>(first->format));
    if (first->sample_rate <= 0 || first->ch_layout.nb_channels <= 0 || !formatName)
        return fail(ErrorCode::Corrupt,
            tr("%1: the decoder reports no sample rate, channels or sample format; the file may be "
               "damaged.")
                .arg(QDir::toNativeSeparators(name)));
    const QByteArray arguments = "time_base=1/" + QByteArray::number(first->sample_rate)
        + ":sample_rate=" + QByteArray::number(first->sample_rate) + ":sample_fmt=" + formatName
        + ":channel_layout=" + layoutName(first->ch_layout);
    return build(arguments, description, name);
}

Result<std::unique_ptr<ClipFilterGraph>> ClipFilterGraph::createForFloat(
    int sampleRate, int channels, const QByteArray &description, const QString &name)
{
    const QByteArray arguments = "time_base=1/" + QByteArray::number(sampleRate)
        + ":sample_rate=" + QByteArray::number(sampleRate)
        + ":sample_fmt=flt:channel_layout=" + (channels == 1 ? "mono" : "stereo");
    return build(arguments, description, name);
}

Result<std::unique_ptr<ClipFilterGraph>> ClipFilterGraph::build(
    const QByteArray &sourceArguments, const QByteArray &description, const QString &name)
{
    const auto failed = [&](const QString &cause) {
        return fail(ErrorCode::Unsupported,
            tr("%1: the audio filters for the clip cannot be set up (%2).")
                .arg(QDir::toNativeSeparators(name), cause));
    };
    std::unique_ptr<ClipFilterGraph> graph(new ClipFilterGraph);
    graph->m_name = name;
    graph->m_graph.reset(avfilter_graph_alloc());
    if (!graph->m_graph)
        return failed(tr("out of memory"));
    // Thirty seconds of speech: threads would cost more than they save.
    graph->m_graph->nb_threads = 1;
    if (const int error = avfilter_graph_create_filter(&graph->m_source, avfilter_get_by_name("abuffer"),
            "in", sourceArguments.constData(), nullptr, graph->m_graph.get());
        error < 0)
        return failed(ffmpeg::errorText(error));
    if (const int error = avfilter_graph_create_filter(&graph->m_sink,
            avfilter_get_by_name("abuffersink"), "out", nullptr, nullptr, graph->m_graph.get());
        error < 0)
        return failed(ffmpeg::errorText(error));

    InOutPtr outputs(avfilter_inout_alloc());
    InOutPtr inputs(avfilter_inout_alloc());
    if (!outputs || !inputs)
        return failed(tr("out of memory"));
    outputs->name = av_strdup("in");
    outputs->filter_ctx = graph->m_source;
    inputs->name = av_strdup("out");
    inputs->filter_ctx = graph->m_sink;
    AVFilterInOut *rawInputs = inputs.release();
    AVFilterInOut *rawOutputs = outputs.release();
    const int parseError = avfilter_graph_parse_ptr(
        graph->m_graph.get(), description.constData(), &rawInputs, &rawOutputs, nullptr);
    inputs.reset(rawInputs);
    outputs.reset(rawOutputs);
    if (parseError < 0)
        return failed(ffmpeg::errorText(parseError));
    if (const int error = avfilter_graph_config(graph->m_graph.get(), nullptr); error < 0)
        return failed(ffmpeg::errorText(error));
    return graph;
}

Result<void> ClipFilterGraph::push(AVFrame *frame)
{
    if (const int error = av_buffersrc_add_frame_flags(m_source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
        error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: the audio filters refuse the decoded audio (%2).")
                .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
    return {};
}

Result<ClipFilterGraph::Pulled> ClipFilterGraph::pull(AVFrame *out)
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
        tr("%1: the audio filters failed (%2).").arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
}

} // namespace coach
