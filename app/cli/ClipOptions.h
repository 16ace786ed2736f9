// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include "export/CaptionSidecar.h"
#include "media/ClipRequest.h"
#include "model/Segment.h"

#include <QHash>

#include <optional>

namespace coach::cli {

/*
 * The options `coach clip` and `coach export-clip` share (--out, --fade,
 * --loudness, --channels, --rate, --captions, --redact, tags), their parsing
 * into a ClipRequest, and the render itself: progress on a terminal, Ctrl+C
 * to cancel (no file is left), the captions beside the clip, one summary line.
 */
class ClipOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ClipOptions)
public:
    struct Captions
    {
        std::optional<CaptionSidecar::Format> format;
        QList<Segment> segments;
        QHash<QString, QString> speakerNames;
    };

    static void add(QCommandLineParser &parser);
    // Fills `request` from the options (all but the source and the range).
    [[nodiscard]] static Result<void> apply(const QCommandLineParser &parser, ClipRequest &request);
    [[nodiscard]] static Result<std::optional<CaptionSidecar::Format>> captionFormat(const QCommandLineParser &parser);
    // "83.5", "1:23.5", "1:02:03" → ms.
    [[nodiscard]] static Result<qint64> parseSeconds(const QString &option, const QString &text);

    // Renders and writes the captions; returns the exit status.
    static int render(const ClipRequest &request, const Captions &captions, Context &context);
};

} // namespace coach::cli
