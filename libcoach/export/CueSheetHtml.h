// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/StandupPack.h"

#include <QCoreApplication>
#include <QString>

namespace coach {

/*
 * The standup pack's cue sheet: one printable page telling the team lead, for
 * each clip in playing order, who speaks, which pattern it shows, what to
 * listen for, how long it runs and what is said (the transcript excerpt, with
 * bleeped stretches left out, see StandupPackLayout::clipSegments).
 *
 * The HTML keeps to what both a browser and Qt's rich text (PdfExporter) lay
 * out the same way: one table, inline colours, no floats or flexbox.
 */
class CueSheetHtml final
{
    Q_DECLARE_TR_FUNCTIONS(CueSheetHtml)
public:
    // `clipSuffix` is the clips' file suffix ("opus"), for the file names shown.
    [[nodiscard]] static QString render(const StandupPack &pack, const QString &clipSuffix);
};

} // namespace coach
