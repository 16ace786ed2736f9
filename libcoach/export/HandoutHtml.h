// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Exercise.h"

#include <QCoreApplication>
#include <QString>

namespace coach {

/*
 * A Monday rewrite exercise as a one- or two-page handout: the anonymised
 * excerpt with the rep turn to rewrite marked, the pattern's reminder, the
 * task and ruled space to write. The same HTML opens in a browser and is what
 * PdfExporter lays out, so it keeps to the subset Qt's rich text renders
 * (tables, headings, <hr>, inline colours). Only the exercise's redacted
 * excerpt goes in; there is no path to the call's transcript from here.
 */
class HandoutHtml final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutHtml)
public:
    struct Options
    {
        // File name of the bleeped audio excerpt handed out beside it; empty: none.
        QString audioFileName;
        int writingLines = 8;
    };

    [[nodiscard]] static QString render(const Exercise &exercise, const Options &options);
    [[nodiscard]] static QString render(const Exercise &exercise) { return render(exercise, Options {}); }
    // Written under a temporary name and renamed; errors name `path`.
    [[nodiscard]] static Result<void> write(const Exercise &exercise, const QString &path, const Options &options);

    // The excerpt's text with its placeholders ("[card number]") marked up, escaped for HTML.
    [[nodiscard]] static QString markPlaceholders(const QString &text);
};

} // namespace coach
