// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/AudioFilterChain.h"

#include "media/FfmpegSupport.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

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

    const QByteArray sourceArguments = "time_base=1/" + QByteArray::number(input.sampleRate)
        + ":sample_rate=" + QByteArray::number(input.sampleRate) + ":sample_fmt=" + formatName
        + ":channel_layout=" + input.channelLayout;
    auto built = AudioFilterGraph::create(sourceArguments, chainDescription(input, settings));
    if (!built)
        return failed(built.error() == AVERROR(ENOMEM) ? tr("out of memory")
                                                       : ffmpeg::errorText(built.error()));
    std::unique_ptr<AudioFilterChain> chain(new AudioFilterChain);
    chain->m_graph = std::move(*built);
    chain->m_input = input;
    chain->m_name = name;
    return chain;
}

Result<void> AudioFilterChain::push(AVFrame *frame)
{
    if (const int error = m_graph->push(frame); error < 0)
        return fail(ErrorCode::Corrupt,
            tr("%1 cannot be played further: the audio filters refuse the decoded audio (%2).")
                .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(error)));
    return {};
}

Result<AudioFilterChain::Pulled> AudioFilterChain::pull(AVFrame *out)
{
    const auto pulled = m_graph->pull(out);
    if (pulled)
        return *pulled;
    return fail(ErrorCode::Corrupt,
        tr("%1 cannot be played further: the audio filters failed (%2).")
            .arg(QDir::toNativeSeparators(m_name), ffmpeg::errorText(pulled.error())));
}

} // namespace coach
