// SPDX-License-Identifier: GPL-3.0-or-later
#include "CueSheetHtml.h"

#include "core/DurationFormat.h"
#include "core/IsoWeek.h"
#include "export/StandupPackLayout.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// The excerpt with each speaker's name in bold where the turn changes.
QString excerptHtml(const StandupClip &clip, int maxChars)
{
    QString html;
    QString lastSpeaker;
    for (const Segment &segment : StandupPackLayout::excerpt(clip, maxChars)) {
        if (!html.isEmpty())
            html += u' ';
        if (!segment.speaker.isEmpty() && segment.speaker != lastSpeaker)
            // Qt's rich text does not pass the surrounding span's size on to a <b>, so the style says it again.
            html += u"<span style=\"font-weight: 700; font-size: 9pt; color: #333;\">%1:</span> "_s.arg(
                    esc(segment.speaker));
        lastSpeaker = segment.speaker;
        html += esc(segment.text);
    }
    return html;
}

} // namespace

QString CueSheetHtml::render(const StandupPack &pack, const QString &clipSuffix)
{
    const QLocale locale;
    qint64 totalMs = 0;
    for (const StandupClip &clip : pack.clips)
        totalMs += clip.durationMs();

    QString when = pack.isoWeek;
    if (const auto week = IsoWeek::parse(pack.isoWeek); week && week->isValid())
        when = tr("Week %1, %2 – %3", "ISO week, Monday – Sunday")
                       .arg(pack.isoWeek, locale.toString(week->monday(), QLocale::ShortFormat),
                            locale.toString(week->sunday(), QLocale::ShortFormat));
    const QString title = pack.teamName.isEmpty() ? tr("Standup pack")
                                                  : tr("Standup pack: %1").arg(pack.teamName);

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
            esc(locale.bcp47Name()));
    html += u"<title>%1</title>\n"_s.arg(esc(title + u" · "_s + pack.isoWeek));
    // For a browser's print dialog; Qt's rich text ignores what it does not know.
    html += u"<style>\n"
            "@page { size: A4; margin: 16mm 18mm; }\n"
            "body { font-family: sans-serif; font-size: 10.5pt; color: #222; }\n"
            "h1 { font-size: 17pt; margin: 0 0 2pt 0; }\n"
            "p.sub { color: #555; margin: 0 0 10pt 0; }\n"
            "table.clips { border-collapse: collapse; width: 100%; }\n"
            "table.clips th { text-align: left; font-size: 9pt; color: #555; border-bottom: 1.5pt solid #444; }\n"
            "table.clips td { vertical-align: top; border-bottom: 0.5pt solid #bbb; }\n"
            "p.foot { color: #666; font-size: 8.5pt; margin-top: 10pt; }\n"
            "@media print { tr { page-break-inside: avoid; } }\n"
            "</style>\n</head>\n<body>\n"_s;
    html += u"<h1>%1</h1>\n"_s.arg(esc(title));
    html += u"<p class=\"sub\">%1 · %2 · %3</p>\n"_s.arg(
            esc(when), esc(tr("%n clip(s)", nullptr, int(pack.clips.size()))),
            esc(tr("%1 in all", "total playing time").arg(formatDuration(totalMs))));

    // Shorter excerpts as the pack grows, so ten clips still fit one A4 page.
    const int excerptChars = int(std::clamp<qsizetype>(1200 / std::max<qsizetype>(1, pack.clips.size()), 80, 240));
    html += u"<table class=\"clips\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n<thead><tr>"_s;
    html += u"<th width=\"4%\">#</th><th width=\"27%\">%1</th><th>%2</th><th width=\"10%\" align=\"right\">%3</th>"_s
                    .arg(esc(tr("Who and pattern")), esc(tr("What to listen for")), esc(tr("Length")));
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (int i = 0; i < pack.clips.size(); ++i) {
        const StandupClip &clip = pack.clips.at(i);
        const bool highlight = clip.kind == StandupClipKind::Highlight;
        html += highlight ? u"<tr style=\"background-color: #f3f8ee;\">"_s : u"<tr>"_s;
        html += u"<td><b>%1</b></td>"_s.arg(i + 1);

        html += u"<td><b>%1</b><br>"_s.arg(esc(clip.repName.isEmpty() ? tr("Unknown rep") : clip.repName));
        html += clip.patternLabel.isEmpty()
                ? u"<span style=\"color: #777;\">%1</span><br>"_s.arg(esc(tr("No pattern named")))
                : u"<span style=\"color: #2f6b25; font-weight: 600;\">%1</span><br>"_s.arg(esc(clip.patternLabel));
        html += u"<span style=\"color: #666; font-size: 8.5pt;\">%1</span></td>"_s.arg(
                esc(StandupPackLayout::kindLabel(clip.kind)));

        html += u"<td>"_s;
        html += clip.listenFor.trimmed().isEmpty()
                ? u"<span style=\"color: #777;\">%1</span>"_s.arg(esc(tr("No note written.")))
                : esc(clip.listenFor.trimmed()).replace(u'\n', u"<br>"_s);
        if (const QString excerpt = excerptHtml(clip, excerptChars); !excerpt.isEmpty())
            html += u"<br><span style=\"color: #555; font-size: 9pt;\">%1</span>"_s.arg(excerpt);
        html += u"<br><span style=\"color: #888; font-size: 8pt;\">%1</span>"_s.arg(
                esc(StandupPackLayout::clipBaseName(i, clip) + u'.' + clipSuffix));
        html += u"</td>"_s;

        html += u"<td align=\"right\">%1</td></tr>\n"_s.arg(esc(formatDuration(clip.durationMs())));
    }
    html += u"</tbody>\n</table>\n"_s;
    html += u"<p class=\"foot\">%1</p>\n"_s.arg(
            esc(tr("Play the clips in order from %1; each has captions (.vtt) beside it. "
                   "Excerpts leave out anything bleeped in the clip.")
                        .arg(QString::fromLatin1(StandupPackLayout::playlistName))));
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace coach
