// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <expected>
#include <memory>

struct AVFrame;
struct AVFilterContext;
struct AVFilterGraph;

namespace coach {

/*
 * The libavfilter plumbing that AudioFilterChain (playback) and
 * ClipFilterGraph (clip export) share: one abuffer source, the filters in
 * libavfilter's text syntax, one abuffersink, and pushing and pulling frames.
 * It reports FFmpeg's error codes rather than messages, so each owner keeps
 * its own wording and tr() context. Internal to libcoach/media; owned by one
 * thread.
 */
class AudioFilterGraph final
{
public:
    enum class Pulled { Frame, NeedsInput, Ended };

    ~AudioFilterGraph();
    AudioFilterGraph(const AudioFilterGraph &) = delete;
    AudioFilterGraph &operator=(const AudioFilterGraph &) = delete;

    // `sourceArguments` are abuffer's options ("time_base=…:sample_rate=…");
    // on failure the AVERROR, AVERROR(ENOMEM) where an allocation failed.
    [[nodiscard]] static std::expected<std::unique_ptr<AudioFilterGraph>, int> create(
        const QByteArray &sourceArguments, const QByteArray &description);

    // Takes a reference to the frame's data; nullptr ends the input. 0 or an AVERROR.
    [[nodiscard]] int push(AVFrame *frame);
    // Fills `out` (unreferenced first); on failure the AVERROR.
    [[nodiscard]] std::expected<Pulled, int> pull(AVFrame *out);

private:
    AudioFilterGraph() = default;

    struct GraphFreer
    {
        void operator()(AVFilterGraph *graph) const;
    };

    std::unique_ptr<AVFilterGraph, GraphFreer> m_graph;
    AVFilterContext *m_source = nullptr; // owned by m_graph
    AVFilterContext *m_sink = nullptr;   // owned by m_graph
};

} // namespace coach
