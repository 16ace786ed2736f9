// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CaptionSidecar.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString timestamp(qint64 ms, QChar separator)
{
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
    return two(ms / 3'600'000) + u':' + two(ms / 60'000 % 60) + u':' + two(ms / 1000 % 60) + separator
        + QString::number(ms % 1000).rightJustified(3, u'0');
}

// WebVTT cue text is markup: these three would open a tag, an entity or "-->".
QString escapeVtt(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
    return escaped;
}

// A blank line ends a cue in both formats, so the text keeps none.
QString cueText(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines.join(u'\n');
}

} // namespace

std::optional<CaptionSidecar::Format> CaptionSidecar::formatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"vtt"_s || lower == u"webvtt"_s)
        return Format::WebVtt;
    if (lower == u"srt"_s)
        return Format::Srt;
    return std::nullopt;
}

QString CaptionSidecar::extension(Format format)
{
    return format == Format::WebVtt ? u"vtt"_s : u"srt"_s;
}

QString CaptionSidecar::pathBeside(const QString &clipPath, Format format)
{
    const QFileInfo info(clipPath);
    const QString base = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(base + u'.' + extension(format));
}

QString CaptionSidecar::render(const QList<Segment> &segments, const TimeRange &clip, Format format,
                               const QHash<QString, QString> &speakerNames)
{
    QList<Segment> cues;
    for (const Segment &segment : segments) {
        const qint64 start = std::max(segment.startMs, clip.startMs);
        const qint64 end = std::min(segment.endMs, clip.endMs);
        const QString text = cueText(segment.text);
        if (end <= start || text.isEmpty())
            continue;
        cues.append({ start - clip.startMs, end - clip.startMs, speakerNames.value(segment.speaker, segment.speaker), text });
    }
    std::stable_sort(cues.begin(), cues.end(), [](const Segment &a, const Segment &b) { return a.startMs < b.startMs; });

    QString out;
    if (format == Format::WebVtt) {
        out += u"WEBVTT\n"_s;
        for (const Segment &cue : cues) {
            out += u'\n' + timestamp(cue.startMs, u'.') + u" --> "_s + timestamp(cue.endMs, u'.') + u'\n';
            // A voice tag's annotation ends at ">", so the name must not contain one.
            if (!cue.speaker.isEmpty())
                out += u"<v "_s + escapeVtt(cue.speaker) + u'>';
            out += escapeVtt(cue.text) + u'\n';
        }
        return out;
    }
    int number = 0;
    for (const Segment &cue : cues) {
        if (number > 0)
            out += u'\n';
        out += QString::number(++number) + u'\n' + timestamp(cue.startMs, u',') + u" --> "_s
            + timestamp(cue.endMs, u',') + u'\n';
        if (!cue.speaker.isEmpty())
            out += cue.speaker + u": "_s;
        out += cue.text + u'\n';
    }
    return out;
}

Result<void> CaptionSidecar::write(const QString &path, const QList<Segment> &segments, const TimeRange &clip,
                                   Format format, const QHash<QString, QString> &speakerNames)
{
    const QByteArray bytes = render(segments, clip, format, speakerNames).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
            tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace coach
