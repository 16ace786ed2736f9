// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/PdfExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

void applyFont(QTextDocument &document, const PdfExporter::Options &options)
{
    QFont font = options.fontFamily.isEmpty() ? QFont() : QFont(options.fontFamily);
    if (options.fontFamily.isEmpty())
        font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(options.fontPointSize);
    document.setDefaultFont(font);
}

QFont footerFontFor(const QTextDocument &document)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.8));
    return font;
}

// Room kept at the foot of each page for "Title · Page 2 of 3".
qreal footerHeight(const QTextDocument &document, QPaintDevice &device, const PdfExporter::Options &options)
{
    return options.pageFooter ? QFontMetricsF(footerFontFor(document), &device).height() * 2.2 : 0.0;
}

} // namespace

Result<int> PdfExporter::writeHtml(const QString &html, const QString &path, const Options &options)
{
    QTextDocument document;
    applyFont(document, options);
    document.setHtml(html);
    if (!options.title.isEmpty())
        document.setMetaInformation(QTextDocument::DocumentTitle, options.title);
    Options rest = options;
    rest.fontFamily.clear(); // already applied before the HTML was parsed
    return writeDocument(document, path, rest);
}

int PdfExporter::pageCount(const QString &html, const Options &options)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(options.resolution);
    writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, options.marginsMm,
                                     QPageLayout::Millimeter));
    QTextDocument document;
    applyFont(document, options);
    document.setHtml(html);
    const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
    document.documentLayout()->setPaintDevice(&writer);
    document.setDocumentMargin(0);
    document.setPageSize(QSizeF(body.width(), body.height() - footerHeight(document, writer, options)));
    return std::max(1, document.pageCount());
}

Result<int> PdfExporter::writeDocument(QTextDocument &document, const QString &path, const Options &options)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(ErrorCode::Unsupported, tr("%1: cannot lay out the PDF without fonts (no GUI platform)").arg(file));
    if (!options.fontFamily.isEmpty())
        applyFont(document, options);

    // QSaveFile writes beside the destination and renames on commit, so an
    // existing PDF survives a failed export whole.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("%1: cannot write the PDF (%2)").arg(file, out.errorString()));

    int pages = 0;
    {
        QPdfWriter writer(&out);
        writer.setResolution(options.resolution);
        writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, options.marginsMm,
                                         QPageLayout::Millimeter));
        const QString title = options.title.isEmpty() ? document.metaInformation(QTextDocument::DocumentTitle)
                                                      : options.title;
        writer.setTitle(title);
        writer.setCreator(options.creator);

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Io, tr("%1: cannot start the PDF").arg(file));

        const QRectF body = writer.pageLayout().paintRectPixels(writer.resolution());
        const QFont footerFont = footerFontFor(document);
        const qreal footer = footerHeight(document, writer, options);

        // Lay out for the writer's resolution, so point sizes come out as printed sizes.
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(body.width(), body.height() - footer));
        const qreal pageHeight = document.pageSize().height();
        pages = std::max(1, document.pageCount());

        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !writer.newPage()) {
                painter.end();
                return fail(ErrorCode::Io, tr("%1: cannot add page %2 to the PDF").arg(file).arg(page + 1));
            }
            painter.save();
            const QRectF view(0, page * pageHeight, body.width(), pageHeight);
            painter.translate(0, -view.top());
            painter.setClipRect(view);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = view;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            if (options.pageFooter) {
                painter.save();
                painter.setFont(footerFont);
                painter.setPen(QColor(0x77, 0x77, 0x77));
                const QRectF footerRect(0, body.height() - footer * 0.55, body.width(), footer * 0.55);
                const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages);
                painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, number);
                if (!title.isEmpty()) {
                    const QFontMetricsF metrics(footerFont, &writer);
                    const qreal room = body.width() - metrics.horizontalAdvance(number) - metrics.height() * 2;
                    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom,
                                     metrics.elidedText(title, Qt::ElideRight, room));
                }
                painter.restore();
            }
        }
        if (!painter.end())
            return fail(ErrorCode::Io, tr("%1: cannot finish the PDF").arg(file));
    }
    if (!out.commit())
        return fail(ErrorCode::Io, tr("%1: cannot write the PDF (%2)").arg(file, out.errorString()));
    return pages;
}

} // namespace coach
