// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/HandoutPdf.h"

#include "documents/PdfExporter.h"

namespace coach {

namespace {

PdfExporter::Options pdfOptions(const Exercise &exercise)
{
    PdfExporter::Options options;
    options.title = exercise.title;
    return options;
}

} // namespace

QString HandoutPdf::fittedHtml(const Exercise &exercise, const HandoutHtml::Options &options)
{
    const PdfExporter::Options pdf = pdfOptions(exercise);
    HandoutHtml::Options fitted = options;
    for (int lines = options.writingLines; lines >= MinimumWritingLines; --lines) {
        fitted.writingLines = lines;
        const QString html = HandoutHtml::render(exercise, fitted);
        if (PdfExporter::pageCount(html, pdf) == 1)
            return html;
    }
    // Two pages whatever we do: the second one may as well have room to write.
    return HandoutHtml::render(exercise, options);
}

Result<int> HandoutPdf::write(const Exercise &exercise, const QString &path, const HandoutHtml::Options &options)
{
    return PdfExporter::writeHtml(fittedHtml(exercise, options), path, pdfOptions(exercise));
}

} // namespace coach
