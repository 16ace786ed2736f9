// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "export/StandupPack.h"
#include "media/ClipRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace coach {

class TaskControl;

/*
 * Writes a standup pack: one clip per StandupClip (faded, loudness-normalised,
 * bleeped where asked), WebVTT captions beside each clip that has a
 * transcript, an M3U playlist, and the cue sheet as HTML and, when the caller
 * gives a PdfWriter, as PDF.
 *
 * Everything is written into a hidden temporary folder beside the destination
 * and moved under the final name only when complete (a folder is renamed, a
 * zip is renamed by libzip), so a failure, a full disk or a cancel never
 * leaves half a pack under the final name. An existing pack there is replaced
 * only with `replaceExisting`, and only after the new one is complete.
 *
 * Clips render on up to `parallelClips` threads at once (each clip is one
 * decoder and one encoder, mostly on one core); progress counts milliseconds
 * of audio rendered plus a share for the files after them, reported from
 * those threads one at a time. Call from any thread but the GUI's.
 *
 * The PDF writer is a callback because PDF needs QtGui (fonts) and libcoach
 * links no GUI module: the GUI passes PdfExporter, the CLI decides for itself.
 */
class StandupPackBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(StandupPackBuilder)
public:
    using PdfWriter = std::function<Result<void>(const QString &html, const QString &pdfPath, const QString &title)>;

    struct Options
    {
        QString destination; // a folder, or a file ending in .zip
        QString format = QStringLiteral("opus"); // the clips' extension: wav, flac, opus, ogg, mp3, m4a
        ClipChannels channels = ClipChannels::Mono;
        double fadeSeconds = 0.3;
        std::optional<double> loudnessLufs = -16.0;
        RedactionFill redactionFill = RedactionFill::Tone;
        int parallelClips = 2;
        bool replaceExisting = false;
        PdfWriter pdfWriter; // empty: HTML cue sheet only
    };

    struct Outcome
    {
        QString path;      // the folder or zip written
        QStringList files; // inside it, in the order written
        qint64 totalMs = 0;
        bool withPdf = false;
    };

    [[nodiscard]] static Result<Outcome> build(const StandupPack &pack, const Options &options, TaskControl &control);

    [[nodiscard]] static bool isZip(const QString &destination);
    // "standup-falcon-2026-W48": what a dialog proposes as the folder or zip name.
    [[nodiscard]] static QString suggestedName(const StandupPack &pack);
};

} // namespace coach
