// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "export/HandoutHtml.h"
#include "model/Exercise.h"

#include <QCoreApplication>

namespace coach {

/*
 * An exercise handout as PDF: HandoutHtml laid out by PdfExporter on A4. The
 * ruled writing space shrinks (down to a few lines) so a short excerpt's
 * handout stays on one sheet instead of spilling a lone line onto a second;
 * a long excerpt keeps the full space on its second page. Returns the pages written.
 */
class HandoutPdf final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutPdf)
public:
    static constexpr int MinimumWritingLines = 4;

    [[nodiscard]] static Result<int> write(const Exercise &exercise, const QString &path,
                                           const HandoutHtml::Options &options);
    // The HTML write() lays out: `options` with as many writing lines as fit on one page.
    [[nodiscard]] static QString fittedHtml(const Exercise &exercise, const HandoutHtml::Options &options);
};

} // namespace coach
