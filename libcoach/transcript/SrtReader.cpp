// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/SrtReader.h"

#include "transcript/TranscriptInput.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// [-]h…:mm:ss[,fff] or [-]mm:ss[,fff]; full-width ':' and ',' come from
// Chinese and Japanese input methods.
const QString kTimestamp = u"(-?\\d{1,6}(?:[:：]\\d{1,2}){1,2}(?:[,.，]\\d*)?)"_s;

const QRegularExpression &timingLine()
{
    // "-->", "->", "- >", "-- >"; coordinates or anything else after the end time are ignored.
    static const QRegularExpression re(u"^\\s*"_s + kTimestamp + u"\\s*-{1,2}\\s*>\\s*"_s + kTimestamp
                                       + u"(?:\\s.*)?$"_s);
    return re;
}

qint64 parseTimestamp(QStringView text)
{
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    QStringView fraction;
    const auto isFractionMark = [](QChar c) { return c == u',' || c == u'.' || c == u'，'; };
    if (const auto mark = std::find_if(text.begin(), text.end(), isFractionMark); mark != text.end()) {
        fraction = text.mid(mark - text.begin() + 1);
        text = text.left(mark - text.begin());
    }
    // The pattern allows at most six digits of hours and two of minutes and
    // seconds, so this cannot overflow.
    qint64 value = 0;
    qint64 field = 0;
    for (const QChar c : text) {
        if (c.isDigit()) {
            field = field * 10 + c.digitValue();
        } else {
            value = value * 60 + field;
            field = 0;
        }
    }
    value = (value * 60 + field) * 1000;
    // A decimal fraction: "5" is 500 ms, "46" is 460 ms, digits past the third are dropped.
    qint64 scale = 100;
    for (qsizetype i = 0; i < fraction.size() && scale > 0; ++i, scale /= 10)
        value += fraction.at(i).digitValue() * scale;
    return negative ? -value : value;
}

bool isIndexLine(const QString &line)
{
    static const QRegularExpression re(u"^\\s*-?\\d+(?:\\.\\d+)?\\s*$"_s);
    return re.match(line).hasMatch();
}

QString stripMarkup(QString line)
{
    // HTML-like tags, also spaced or unclosed ("< /  i >", "</xyz>"), and SSA override codes.
    static const QRegularExpression tag(u"<\\s*/?\\s*[A-Za-z][^<>]*>"_s);
    static const QRegularExpression ssa(u"\\{\\\\[^{}]*\\}"_s);
    return line.remove(tag).remove(ssa);
}

// "Agent: hello", "- Dana Smith: hi", ">> CALLER: yes". The name starts with a
// capital (or a caseless letter) and is at most three words, so "was: the
// point" stays text. Only a cue's first line or a line opened by a dialogue
// mark can name a speaker: elsewhere "Vamp quäkt: Grüß…" is just text.
bool takeSpeaker(QString &line, bool firstLine, QString &speaker)
{
    static const QRegularExpression dialogue(u"^(?:(?:-+|–|—)(?=\\s|\\p{L})|>>)\\s*"_s);
    static const QRegularExpression named(
            u"^([\\p{Lu}\\p{Lt}\\p{Lo}][\\p{L}\\p{M}\\d'._-]*(?: [\\p{L}\\p{M}\\d'._-]+){0,2})\\s*:\\s+(\\S.*)$"_s);
    const qsizetype before = line.size();
    line.remove(dialogue);
    if (!firstLine && line.size() == before)
        return false;
    const auto m = named.match(line);
    if (!m.hasMatch() || m.capturedView(1).size() > 32)
        return false;
    speaker = m.captured(1);
    line = m.captured(2);
    return true;
}

// One cue's payload as segments: a new segment wherever a line names a new speaker.
void appendCue(QList<Segment> &segments, qint64 start, qint64 end, const QStringList &lines)
{
    Segment current{ start, end, {}, {} };
    QStringList text;
    const auto flush = [&] {
        current.text = text.join(u' ').simplified();
        segments.append(current);
        text.clear();
    };
    for (const QString &raw : lines) {
        QString line = stripMarkup(raw).trimmed();
        if (line.isEmpty())
            continue;
        QString speaker;
        if (takeSpeaker(line, text.isEmpty(), speaker) && speaker != current.speaker) {
            if (!text.isEmpty())
                flush();
            current.speaker = speaker;
        }
        text.append(line);
    }
    flush();
}

} // namespace

Result<Transcript> SrtReader::read(const QString &path)
{
    auto data = TranscriptInput::readAll(path);
    if (!data)
        return std::unexpected(data.error());
    return parse(*data, path);
}

Result<Transcript> SrtReader::parse(const QByteArray &data, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (data.trimmed().isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the transcript is empty").arg(file));
    QString text = TranscriptInput::decodeText(data);
    text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');

    Transcript transcript;
    transcript.sourcePath = path;
    transcript.format = u"srt"_s;

    // Everything between two timing lines belongs to the first, less the next
    // cue's index number; text before the first timing line is ignored.
    qsizetype firstBadLine = -1;
    qsizetype cueStart = -1; // line index of the current cue's timing line
    bool cueValid = false;
    qint64 start = 0;
    qint64 end = 0;
    const auto finishCue = [&](qsizetype endLine, bool beforeTiming) {
        if (cueStart < 0 || !cueValid)
            return;
        QStringList payload = lines.mid(cueStart + 1, endLine - cueStart - 1);
        while (!payload.isEmpty() && payload.constLast().trimmed().isEmpty())
            payload.removeLast();
        if (beforeTiming && !payload.isEmpty() && isIndexLine(payload.constLast()))
            payload.removeLast();
        appendCue(transcript.segments, start, end, payload);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // Every timing line has an arrow; the cheap test spares the pattern most lines.
        if (!line.contains(u'>'))
            continue;
        if (const auto m = timingLine().match(line); m.hasMatch()) {
            finishCue(i, true);
            cueStart = i;
            cueValid = true;
            start = parseTimestamp(m.capturedView(1));
            end = parseTimestamp(m.capturedView(2));
        } else if (line.contains(u"-->"_s)) {
            // A broken timing line: its block is dropped rather than run into the cue before.
            finishCue(i, true);
            cueStart = i;
            cueValid = false;
            if (firstBadLine < 0)
                firstBadLine = i;
        }
    }
    finishCue(lines.size(), false);

    if (transcript.segments.isEmpty()) {
        if (firstBadLine >= 0)
            return fail(ErrorCode::Corrupt, tr("%1:%2: “%3” is not an SRT timing line")
                                                    .arg(file)
                                                    .arg(firstBadLine + 1)
                                                    .arg(lines.at(firstBadLine).trimmed().left(80)));
        return fail(ErrorCode::Corrupt,
                    tr("%1: not an SRT file (no timing line such as “00:00:01,000 --> 00:00:02,500”)").arg(file));
    }
    return transcript;
}

} // namespace coach
