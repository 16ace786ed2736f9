// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Exercise.h"

#include <QCoreApplication>
#include <QString>

namespace coach {

/*
 * The handout of a Monday rewrite exercise as Markdown (CommonMark), for a
 * team wiki or chat: the same content as HandoutHtml, with the turn to
 * rewrite in bold and a fenced block to write in. Only the redacted excerpt goes in.
 */
class HandoutMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(HandoutMarkdown)
public:
    struct Options
    {
        QString audioFileName; // the bleeped audio excerpt beside it; empty: none
    };

    [[nodiscard]] static QString render(const Exercise &exercise, const Options &options);
    [[nodiscard]] static QString render(const Exercise &exercise) { return render(exercise, Options {}); }
    // Written under a temporary name and renamed; errors name `path`.
    [[nodiscard]] static Result<void> write(const Exercise &exercise, const QString &path, const Options &options);

    // Text made safe for Markdown: characters that would start emphasis, links or HTML are escaped.
    [[nodiscard]] static QString escape(const QString &text);
};

} // namespace coach
