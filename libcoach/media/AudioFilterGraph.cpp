// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioFilterGraph.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/mem.h>
}

namespace coach {

namespace {

struct InOutFreer
{
    void operator()(AVFilterInOut *inOut) const { avfilter_inout_free(&inOut); }
};
using InOutPtr = std::unique_ptr<AVFilterInOut, InOutFreer>;

} // namespace

void AudioFilterGraph::GraphFreer::operator()(AVFilterGraph *graph) const
{
    avfilter_graph_free(&graph);
}

AudioFilterGraph::~AudioFilterGraph() = default;

std::expected<std::unique_ptr<AudioFilterGraph>, int> AudioFilterGraph::create(
    const QByteArray &sourceArguments, const QByteArray &description)
{
    std::unique_ptr<AudioFilterGraph> graph(new AudioFilterGraph);
    graph->m_graph.reset(avfilter_graph_alloc());
    if (!graph->m_graph)
        return std::unexpected(AVERROR(ENOMEM));
    // One voice of telephone audio, or thirty seconds of it for a clip: a
    // thread pool would cost more than it saves.
    graph->m_graph->nb_threads = 1;
    if (const int error = avfilter_graph_create_filter(&graph->m_source, avfilter_get_by_name("abuffer"),
            "in", sourceArguments.constData(), nullptr, graph->m_graph.get());
        error < 0)
        return std::unexpected(error);
    if (const int error = avfilter_graph_create_filter(&graph->m_sink,
            avfilter_get_by_name("abuffersink"), "out", nullptr, nullptr, graph->m_graph.get());
        error < 0)
        return std::unexpected(error);

    // parse_ptr names the ends from the inside: "in" is where our source's
    // output goes, "out" where our sink takes its input.
    InOutPtr outputs(avfilter_inout_alloc());
    InOutPtr inputs(avfilter_inout_alloc());
    if (!outputs || !inputs)
        return std::unexpected(AVERROR(ENOMEM));
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
        return std::unexpected(parseError);
    if (const int error = avfilter_graph_config(graph->m_graph.get(), nullptr); error < 0)
        return std::unexpected(error);
    return graph;
}

int AudioFilterGraph::push(AVFrame *frame)
{
    const int error = av_buffersrc_add_frame_flags(m_source, frame, AV_BUFFERSRC_FLAG_KEEP_REF);
    return error < 0 ? error : 0;
}

std::expected<AudioFilterGraph::Pulled, int> AudioFilterGraph::pull(AVFrame *out)
{
    av_frame_unref(out);
    const int error = av_buffersink_get_frame(m_sink, out);
    if (error >= 0)
        return Pulled::Frame;
    if (error == AVERROR(EAGAIN))
        return Pulled::NeedsInput;
    if (error == AVERROR_EOF)
        return Pulled::Ended;
    return std::unexpected(error);
}

} // namespace coach
