// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HandoutHtml.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Qt's rich text reads class selectors and the properties below; a browser reads all of it.
const QString kStyle = uR"(
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; color: #222222; }
p { margin-top: 0; margin-bottom: 6px; }
h1 { font-size: 19pt; font-weight: 600; margin-top: 2px; margin-bottom: 4px; }
h2 { font-size: 12.5pt; font-weight: 600; color: #1f4e79; margin-top: 16px; margin-bottom: 6px; }
.kicker { font-size: 8.5pt; color: #1f4e79; font-weight: 600; letter-spacing: 1px; margin-bottom: 0; }
.meta { color: #555555; }
.speaker { font-weight: 600; color: #333333; }
.ask { font-size: 8.5pt; color: #8a5a00; font-weight: normal; }
.ph { color: #4a4a4a; background-color: #e6e6e6; }
.note { font-size: 8pt; color: #777777; }
.lines { color: #999999; }
table.turns td { border-bottom: 1px solid #dddddd; }
)"_s;

const QString kPatternBackground = u"#eef4fa"_s;
const QString kTargetBackground = u"#fff3c4"_s;

} // namespace

QString HandoutHtml::markPlaceholders(const QString &text)
{
    // The redactor writes bracketed placeholders; they are shaded so a reader
    // sees at once what was taken out.
    static const QRegularExpression placeholder(u"\\[[^\\[\\]]{1,40}\\]"_s);
    QString html;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        html += text.mid(at, match.capturedStart() - at).toHtmlEscaped();
        html += u"<span class=\"ph\">"_s + match.captured().toHtmlEscaped() + u"</span>"_s;
        at = match.capturedEnd();
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

QString HandoutHtml::render(const Exercise &exercise, const Options &options)
{
    const QString pattern = ExercisePatterns::name(exercise.pattern);
    const QString date = exercise.scheduledFor.isValid()
            ? QLocale().toString(exercise.scheduledFor, QLocale::LongFormat)
            : QString();
    const QString title = exercise.title.isEmpty() ? pattern : exercise.title;

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"_s.arg(QLocale().bcp47Name());
    html += u"<title>"_s + title.toHtmlEscaped() + u"</title>"_s;
    html += u"<style>"_s + kStyle + u"</style></head>\n<body>\n"_s;

    html += u"<p class=\"kicker\">"_s + tr("MONDAY REWRITE EXERCISE").toHtmlEscaped() + u"</p>\n"_s;
    html += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    QStringList meta;
    if (!date.isEmpty())
        meta.append(date);
    meta.append(tr("Pattern: %1").arg(pattern));
    html += u"<p class=\"meta\">"_s + meta.join(u" · "_s).toHtmlEscaped() + u"</p>\n"_s;

    html += u"<table width=\"100%\" cellpadding=\"9\" cellspacing=\"0\" style=\"margin-top: 8px;\"><tr>"
            "<td bgcolor=\"%1\"><p><b>"_s.arg(kPatternBackground)
            + tr("The pattern: %1").arg(pattern).toHtmlEscaped() + u"</b></p><p style=\"margin-bottom: 0;\">"_s
            + ExercisePatterns::reminder(exercise.pattern).toHtmlEscaped() + u"</p></td></tr></table>\n"_s;

    html += u"<h2>"_s + tr("The conversation").toHtmlEscaped() + u"</h2>\n"_s;
    html += u"<table class=\"turns\" width=\"100%\" cellpadding=\"5\" cellspacing=\"0\">\n"_s;
    for (int i = 0; i < exercise.excerpt.size(); ++i) {
        const ExcerptTurn &turn = exercise.excerpt.at(i);
        const bool target = i == exercise.targetTurn;
        const QString background = target ? u" bgcolor=\"%1\""_s.arg(kTargetBackground) : QString();
        html += u"<tr><td width=\"19%\" valign=\"top\""_s + background + u"><span class=\"speaker\">"_s
                + turn.speaker.toHtmlEscaped() + u"</span>"_s;
        if (target)
            html += u"<br><span class=\"ask\">"_s + tr("\u25b6 rewrite this").toHtmlEscaped() + u"</span>"_s;
        html += u"</td><td valign=\"top\""_s + background + u">"_s + markPlaceholders(turn.text)
                + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
    html += u"<p class=\"note\" style=\"margin-top: 6px;\">"_s
            + tr("Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, "
                 "and personal data by the kind of data it was. Please do not try to identify the caller.")
                      .toHtmlEscaped()
            + u"</p>\n"_s;
    if (!options.audioFileName.isEmpty()) {
        html += u"<p class=\"note\">"_s
                + tr("Listen: %1 (personal data bleeped)").arg(options.audioFileName).toHtmlEscaped()
                + u"</p>\n"_s;
    }

    html += u"<h2>"_s + tr("Your task").toHtmlEscaped() + u"</h2>\n"_s;
    html += u"<p>"_s + exercise.instructions.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>\n"_s;

    html += u"<h2>"_s + tr("Your rewrite").toHtmlEscaped() + u"</h2>\n"_s;
    html += u"<p class=\"meta\">"_s + tr("Name:").toHtmlEscaped()
            + u" ____________________________________</p>\n"_s;
    for (int line = 0; line < options.writingLines; ++line)
        html += u"<p>&nbsp;</p><hr class=\"lines\">\n"_s;

    html += u"</body></html>\n"_s;
    return html;
}

Result<void> HandoutHtml::write(const Exercise &exercise, const QString &path, const Options &options)
{
    const QString file = QDir::toNativeSeparators(path);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("%1: cannot write the handout (%2)").arg(file, out.errorString()));
    const QByteArray data = render(exercise, options).toUtf8();
    if (out.write(data) != data.size() || !out.commit())
        return fail(ErrorCode::Io, tr("%1: cannot write the handout (%2)").arg(file, out.errorString()));
    return {};
}

} // namespace coach
