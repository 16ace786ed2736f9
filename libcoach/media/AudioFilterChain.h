// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "media/AudioFilterGraph.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct AVFrame;

namespace coach {

/*
 * The one libavfilter graph behind AudioRenderer: channel solo (pan), the
 * output rate (aresample), speed with pitch kept (atempo) and interleaved s16
 * stereo (aformat). Built for one set of input parameters and one setting;
 * the renderer drains it and builds a new one when either changes. Internal
 * to libcoach/media, owned by one AudioRenderer on its thread.
 */
class AudioFilterChain final
{
    Q_DECLARE_TR_FUNCTIONS(AudioFilterChain)
public:
    // What the decoder delivers; the layout as av_channel_layout_describe() writes it.
    struct Input
    {
        int sampleRate = 0;
        int sampleFormat = -1; // AVSampleFormat
        int channels = 0;
        QByteArray channelLayout;
        friend bool operator==(const Input &, const Input &) = default;
    };
    struct Settings
    {
        int outputRate = 48000;
        double tempo = 1.0;
        int soloChannel = -1;
    };
    using Pulled = AudioFilterGraph::Pulled;

    ~AudioFilterChain();
    AudioFilterChain(const AudioFilterChain &) = delete;
    AudioFilterChain &operator=(const AudioFilterChain &) = delete;

    // The parameters of a decoded frame, with an unspecified layout replaced
    // by the default one for its channel count (pan needs named channels).
    [[nodiscard]] static Input inputOf(const AVFrame *frame);

    // `name` is the recording's file name, for messages.
    [[nodiscard]] static Result<std::unique_ptr<AudioFilterChain>> create(
        const Input &input, const Settings &settings, const QString &name);

    [[nodiscard]] const Input &input() const { return m_input; }
    // Takes a reference to the frame's data; nullptr marks the end of the input.
    [[nodiscard]] Result<void> push(AVFrame *frame);
    // Fills `out` (unreferenced first) with s16 interleaved stereo at the output rate.
    [[nodiscard]] Result<Pulled> pull(AVFrame *out);

private:
    AudioFilterChain() = default;

    std::unique_ptr<AudioFilterGraph> m_graph;
    Input m_input;
    QString m_name;
};

} // namespace coach
