// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/ClipFilterGraph.h"

#include "media/FfmpegSupport.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <QDir>

namespace coach {

namespace {

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
    auto built = AudioFilterGraph::create(sourceArguments, description);
    if (!built)
        return fail(ErrorCode::Unsupported,
            tr("%1: the audio filters for the clip cannot be set up (%2).")
                .arg(QDir::toNativeSeparators(name),
                    built.error() == AVERROR(ENOMEM) ? tr("out of memory")
                                                     : ffmpeg::errorText(built.error())));
    std::unique_ptr<ClipFilterGraph> graph(new ClipFilterGraph);
    graph->m_graph = std::move(*built);
    graph->m_name = name;
    return graph;
}

Result<void> ClipFilterGraph::push(AVFrame *frame)
{
    if (const int error = m_graph->push(frame); error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1: the audio filters refuse the decoded audio (%2).")
                .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
    return {};
}

Result<ClipFilterGraph::Pulled> ClipFilterGraph::pull(AVFrame *out)
{
    const auto pulled = m_graph->pull(out);
    if (pulled)
        return *pulled;
    return fail(ErrorCode::Corrupt,
        tr("%1: the audio filters failed (%2).")
            .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(pulled.error())));
}

} // namespace coach
