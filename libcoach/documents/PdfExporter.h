// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace coach {

/*
 * Printable documents (exercise handouts, standup cue sheets) as PDF, through
 * QTextDocument and QPdfWriter: no browser, no external tool. The HTML is Qt's
 * rich-text subset (tables, lists, headings, inline CSS for colour, weight,
 * background and borders on table cells; no flexbox, no floats).
 *
 * The file is written beside the destination under a temporary name and
 * renamed over it when complete, so a failed export never leaves a half PDF
 * where the previous one was. Every error names the destination file.
 *
 * Needs a QGuiApplication (fonts); the offscreen platform is enough, so the
 * CLI can export when started with QT_QPA_PLATFORM=offscreen. Any thread may
 * call it with its own documents; no shared state.
 */
class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    struct Options {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        // Millimetres; generous enough for ring binders and hole punches.
        QMarginsF marginsMm { 20.0, 18.0, 20.0, 18.0 };
        // Empty: the platform's general sans-serif font.
        QString fontFamily;
        qreal fontPointSize = 10.5;
        // The PDF's Title and Creator metadata; the title also heads the footer.
        QString title;
        QString creator = QStringLiteral("Coachbench");
        // "Title · Page 2 of 3" at the foot of every page, in grey.
        bool pageFooter = true;
        // Dots per inch of the PDF's coordinate system; text stays vector at any value.
        int resolution = 300;
    };

    // Lay out `html` and write it to `path`. Returns the number of pages written.
    [[nodiscard]] static Result<int> writeHtml(const QString &html, const QString &path,
                                               const Options &options);
    [[nodiscard]] static Result<int> writeHtml(const QString &html, const QString &path)
    {
        return writeHtml(html, path, Options {});
    }

    // How many pages writeHtml() would write, without writing anything; for
    // fitting a document to a page count (a handout's writing space).
    [[nodiscard]] static int pageCount(const QString &html, const Options &options);

    // A document the caller built (with its own resources or cursor edits). Its page
    // size is changed to fit the page; its default font is set from `options` only
    // when `options.fontFamily` is not empty.
    [[nodiscard]] static Result<int> writeDocument(QTextDocument &document, const QString &path,
                                                   const Options &options);
};

} // namespace coach
