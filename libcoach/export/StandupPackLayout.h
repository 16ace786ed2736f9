// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/StandupPack.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace coach {

/*
 * How a standup pack is laid out on disk and what its texts say, in one place
 * so the playlist, the captions and the cue sheet agree on every name.
 *
 * File names are ASCII ("01-highlight-dana-lee-empathy-bridge.opus"): every
 * player, zip tool and file system takes them, whatever code page it assumes.
 */
class StandupPackLayout final
{
    Q_DECLARE_TR_FUNCTIONS(StandupPackLayout)
public:
    static constexpr auto playlistName = "playlist.m3u";
    static constexpr auto cueSheetHtmlName = "cue-sheet.html";
    static constexpr auto cueSheetPdfName = "cue-sheet.pdf";

    // The clip's file name without suffix; `index` counts from 0.
    [[nodiscard]] static QString clipBaseName(int index, const StandupClip &clip);
    // "Dana Lee — Empathy bridge", what the playlist and the clip's title tag show.
    [[nodiscard]] static QString clipTitle(const StandupClip &clip);
    // "Highlight of the week" or "Tip".
    [[nodiscard]] static QString kindLabel(StandupClipKind kind);

    // The transcript inside the clip, times from the clip's start, cut to its
    // range; a segment that touches a bleeped span loses its words, so no
    // caption or cue sheet shows what the clip hides.
    [[nodiscard]] static QList<Segment> clipSegments(const StandupClip &clip);
    // The first `maxChars` characters of those words (speakers not counted), the
    // last segment cut at a word with "…".
    [[nodiscard]] static QList<Segment> excerpt(const StandupClip &clip, int maxChars = 240);
    // The excerpt as one line: "Speaker: words … Speaker: words".
    [[nodiscard]] static QString transcriptExcerpt(const StandupClip &clip, int maxChars = 240);

    // "a-b-c" from any text: ASCII letters and digits, lower case, at most `maxLength`.
    [[nodiscard]] static QString slug(const QString &text, int maxLength = 40);
};

} // namespace coach
