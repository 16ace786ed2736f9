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
 * A libavfilter chain from one audio buffer source to one sink, described in
 * libavfilter's text syntax ("pan=mono|c0=c0,aresample=8000"). ClipSource maps
 * channels and rate with it; ClipLoudness limits peaks with `alimiter`.
 * Internal to libcoach/media; owned by one thread.
 */
class ClipFilterGraph final
{
    Q_DECLARE_TR_FUNCTIONS(ClipFilterGraph)
public:
    using Pulled = AudioFilterGraph::Pulled;

    ~ClipFilterGraph();
    ClipFilterGraph(const ClipFilterGraph &) = delete;
    ClipFilterGraph &operator=(const ClipFilterGraph &) = delete;

    // For frames like `first`; `name` is the file the audio belongs to, for messages.
    [[nodiscard]] static Result<std::unique_ptr<ClipFilterGraph>> create(
        const AVFrame *first, const QByteArray &description, const QString &name);
    // For interleaved float at `sampleRate` with `channels` (1 or 2).
    [[nodiscard]] static Result<std::unique_ptr<ClipFilterGraph>> createForFloat(
        int sampleRate, int channels, const QByteArray &description, const QString &name);

    // Takes a reference to the frame's data; nullptr ends the input.
    [[nodiscard]] Result<void> push(AVFrame *frame);
    // Fills `out` (unreferenced first).
    [[nodiscard]] Result<Pulled> pull(AVFrame *out);

private:
    ClipFilterGraph() = default;
    [[nodiscard]] static Result<std::unique_ptr<ClipFilterGraph>> build(const QByteArray &sourceArguments,
        const QByteArray &description, const QString &name);

    std::unique_ptr<AudioFilterGraph> m_graph;
    QString m_name;
};

} // namespace coach
