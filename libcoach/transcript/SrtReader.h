// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"

#include <QCoreApplication>

namespace coach {

/*
 * Reads a SubRip (.srt) file into segments. Real files are hand-edited and
 * exported by many tools, so the reader is lenient: index numbers may be
 * missing or wrong, times may use a comma or a dot (or no fraction) and one
 * digit of hours, blank lines between cues may be missing, and any of UTF-8
 * (with or without BOM), UTF-16/32 with BOM or Windows-1252 is accepted with
 * CRLF, CR or LF line ends. `<i>`/`<font>` tags and `{\an8}` codes are
 * dropped. A "Name:" prefix (after an optional "- " or ">> " dialogue mark)
 * gives the speaker; a cue in which several named speakers talk becomes one
 * segment per speaker with the cue's times. Times are kept as written, even
 * negative or overlapping. A block whose timing line is malformed is skipped,
 * as WebVTT skips bad cues; a file with no readable cue is an error.
 */
class SrtReader final
{
    Q_DECLARE_TR_FUNCTIONS(SrtReader)
public:
    [[nodiscard]] static Result<Transcript> read(const QString &path);
    [[nodiscard]] static Result<Transcript> parse(const QByteArray &data, const QString &path);
};

} // namespace coach
