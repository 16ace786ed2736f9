// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Segment.h"

#include <QCoreApplication>

namespace coach {

/*
 * Reads a WebVTT file into segments, following the W3C parser: a BOM and
 * CRLF are accepted, NOTE/STYLE/REGION blocks and cue settings are skipped,
 * a `<v Name>` voice span gives the speaker, other markup is dropped.
 */
class WebVttReader final
{
    Q_DECLARE_TR_FUNCTIONS(WebVttReader)
public:
    [[nodiscard]] static Result<Transcript> read(const QString &path);
    [[nodiscard]] static Result<Transcript> parse(const QByteArray &data, const QString &path);
};

} // namespace coach
