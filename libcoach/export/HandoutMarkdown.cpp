// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/HandoutMarkdown.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace coach {

QString HandoutMarkdown::escape(const QString &text)
{
    static const QString special = u"\\`*_{}[]<>()#+-.!|~"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (special.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    // A line break inside a turn would end its paragraph; keep it a hard break.
    escaped.replace(u'\n', u"  \n"_s);
    return escaped;
}

QString HandoutMarkdown::render(const Exercise &exercise, const Options &options)
{
    const QString pattern = ExercisePatterns::name(exercise.pattern);
    const QString title = exercise.title.isEmpty() ? pattern : exercise.title;
    QString md;
    md += u"# "_s + escape(title) + u"\n\n"_s;
    QStringList meta { tr("Monday rewrite exercise") };
    if (exercise.scheduledFor.isValid())
        meta.append(QLocale().toString(exercise.scheduledFor, QLocale::LongFormat));
    meta.append(tr("Pattern: %1").arg(pattern));
    md += u"*"_s + escape(meta.join(u" · "_s)) + u"*\n\n"_s;

    md += u"> **"_s + escape(tr("The pattern: %1").arg(pattern)) + u"**  \n> "_s
            + escape(ExercisePatterns::reminder(exercise.pattern)) + u"\n\n"_s;

    md += u"## "_s + escape(tr("The conversation")) + u"\n\n"_s;
    for (int i = 0; i < exercise.excerpt.size(); ++i) {
        const ExcerptTurn &turn = exercise.excerpt.at(i);
        if (i == exercise.targetTurn) {
            md += u"**"_s + escape(turn.speaker) + u":** **"_s + escape(turn.text) + u"** ← *"_s
                    + escape(tr("rewrite this")) + u"*\n\n"_s;
        } else {
            md += u"**"_s + escape(turn.speaker) + u":** "_s + escape(turn.text) + u"\n\n"_s;
        }
    }
    md += u"*"_s
            + escape(tr("Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, "
                        "and personal data by the kind of data it was. Please do not try to identify the caller."))
            + u"*\n\n"_s;
    if (!options.audioFileName.isEmpty())
        md += u"*"_s + escape(tr("Listen: %1 (personal data bleeped)").arg(options.audioFileName)) + u"*\n\n"_s;

    md += u"## "_s + escape(tr("Your task")) + u"\n\n"_s + escape(exercise.instructions) + u"\n\n"_s;
    md += u"## "_s + escape(tr("Your rewrite")) + u"\n\n"_s;
    md += escape(tr("Name:")) + u"\n\n```text\n\n\n\n\n```\n"_s;
    return md;
}

Result<void> HandoutMarkdown::write(const Exercise &exercise, const QString &path, const Options &options)
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
