// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/WebVttReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A WebVTT timestamp: [h…:]mm:ss.ttt with exactly three fraction digits.
// Without an hours field, a first field above 59 is read as hours:minutes,
// as vtt.js (Firefox's parser) does, so such files keep their cues.
std::optional<qint64> parseTimestamp(QStringView text, qsizetype &pos)
{
    static const QRegularExpression re(u"\\G(\\d+):(\\d{2})(?::(\\d{2}))?\\.(\\d{3})"_s);
    const auto m = re.match(text, pos);
    if (!m.hasMatch())
        return std::nullopt;
    // Longer hour fields would overflow, and no recording runs for a century.
    constexpr qsizetype kMaxHourDigits = 6;
    const QStringView first = m.capturedView(1);
    if (first.size() > kMaxHourDigits)
        return std::nullopt;
    qint64 hours = 0;
    qint64 minutes = 0;
    qint64 seconds = 0;
    if (m.hasCaptured(3)) {
        hours = first.toLongLong();
        minutes = m.capturedView(2).toLongLong();
        seconds = m.capturedView(3).toLongLong();
    } else if (first.toLongLong() > 59) {
        hours = first.toLongLong();
        minutes = m.capturedView(2).toLongLong();
    } else {
        minutes = first.toLongLong();
        seconds = m.capturedView(2).toLongLong();
    }
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    pos = m.capturedEnd(0);
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + m.capturedView(4).toLongLong();
}

bool isSpace(QChar c) { return c == u' ' || c == u'\t'; }

// "start --> end [settings]"; settings are for rendering and are not kept.
bool parseTiming(QStringView line, Segment &segment)
{
    qsizetype pos = 0;
    while (pos < line.size() && isSpace(line.at(pos)))
        ++pos;
    const auto start = parseTimestamp(line, pos);
    if (!start)
        return false;
    while (pos < line.size() && isSpace(line.at(pos)))
        ++pos;
    if (line.mid(pos, 3) != u"-->")
        return false;
    pos += 3;
    while (pos < line.size() && isSpace(line.at(pos)))
        ++pos;
    const auto end = parseTimestamp(line, pos);
    // Settings may follow without a space ("00:01.000line:40%"), but a fourth
    // fraction digit means the timestamp itself is malformed.
    if (!end || (pos < line.size() && (line.at(pos).isDigit() || line.at(pos) == u'.')))
        return false;
    segment.startMs = *start;
    segment.endMs = *end;
    return true;
}

QString decodeEntities(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s)
            .replace(u"&gt;"_s, u">"_s)
            .replace(u"&nbsp;"_s, QString(QChar(0xa0)))
            .replace(u"&lrm;"_s, QString(QChar(0x200e)))
            .replace(u"&rlm;"_s, QString(QChar(0x200f)))
            .replace(u"&amp;"_s, u"&"_s);
    return text;
}

// Joins lines and runs of ASCII white space; a no-break space from &nbsp; is
// the author's choice and stays.
QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\f') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

// Takes the speaker from the first voice span and drops every tag.
void setText(Segment &segment, const QStringList &lines)
{
    static const QRegularExpression voice(u"<v(?:\\.[^\\s>]*)?[ \\t]+([^>]+)>"_s);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString raw = lines.join(u' ');
    if (const auto m = voice.match(raw); m.hasMatch())
        segment.speaker = decodeEntities(m.captured(1).trimmed());
    raw.remove(tag);
    segment.text = collapseSpaces(decodeEntities(raw));
}

bool startsBlock(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword)
            && (line.size() == keyword.size() || isSpace(line.at(keyword.size())));
}

} // namespace

Result<Transcript> WebVttReader::read(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("%1: no such file").arg(file));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1: cannot be read (%2)").arg(file, in.errorString()));
    return parse(in.readAll(), path);
}

Result<Transcript> WebVttReader::parse(const QByteArray &data, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (data.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the transcript is empty").arg(file));
    // The spec decodes as UTF-8 with replacement characters and maps NUL to U+FFFD.
    QString text = QStringDecoder(QStringDecoder::Utf8)(data);
    text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    const QString &signature = lines.constFirst();
    if (!(signature.startsWith(u"WEBVTT"_s)
          && (signature.size() == 6 || isSpace(signature.at(6))))) {
        return fail(ErrorCode::Corrupt,
                    tr("%1: not a WebVTT file (the first line must be “WEBVTT”)").arg(file));
    }

    Transcript transcript;
    transcript.sourcePath = path;
    transcript.format = u"webvtt"_s;

    qsizetype i = 1;
    // The header runs to the first blank line.
    while (i < lines.size() && !lines.at(i).isEmpty())
        ++i;
    while (i < lines.size()) {
        if (lines.at(i).isEmpty()) {
            ++i;
            continue;
        }
        // A block: an optional identifier, then a timing line, then text.
        const QString &first = lines.at(i);
        qsizetype timingLine = -1;
        if (first.contains(u"-->"_s))
            timingLine = i;
        else if (i + 1 < lines.size() && lines.at(i + 1).contains(u"-->"_s)
                 && !startsBlock(first, u"NOTE") && !startsBlock(first, u"STYLE")
                 && !startsBlock(first, u"REGION"))
            timingLine = i + 1;
        if (timingLine < 0) {
            // NOTE, STYLE, REGION or a stray block: skipped to its end.
            while (i < lines.size() && !lines.at(i).isEmpty())
                ++i;
            continue;
        }
        Segment segment;
        const bool valid = parseTiming(lines.at(timingLine), segment);
        i = timingLine + 1;
        QStringList payload;
        // Cue text ends at a blank line or at a line that is itself a timing line.
        while (i < lines.size() && !lines.at(i).isEmpty() && !lines.at(i).contains(u"-->"_s))
            payload.append(lines.at(i++));
        if (!valid)
            continue;
        setText(segment, payload);
        transcript.segments.append(segment);
    }
    if (transcript.segments.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the WebVTT file holds no cues").arg(file));
    return transcript;
}

} // namespace coach
