// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupPackLayout.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

bool touches(const TimeRange &span, qint64 startMs, qint64 endMs)
{
    return span.startMs < endMs && startMs < span.endMs;
}

} // namespace

QString StandupPackLayout::slug(const QString &text, int maxLength)
{
    // Decomposing first keeps "é" as "e" instead of dropping the letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (dash && !out.isEmpty())
                out += u'-';
            out += c;
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    if (out.size() <= maxLength)
        return out;
    // Cut at a word, so a long label loses words rather than half of one.
    const qsizetype cut = out.lastIndexOf(u'-', maxLength);
    return out.left(cut > 0 ? cut : maxLength);
}

QString StandupPackLayout::clipBaseName(int index, const StandupClip &clip)
{
    QString name = QString::number(index + 1).rightJustified(2, u'0') + u'-'
            + (clip.kind == StandupClipKind::Highlight ? u"highlight"_s : u"tip"_s);
    for (const QString &part : { clip.repName, clip.patternLabel }) {
        if (const QString s = slug(part, 24); !s.isEmpty())
            name += u'-' + s;
    }
    return name;
}

QString StandupPackLayout::clipTitle(const StandupClip &clip)
{
    const QString who = clip.repName.isEmpty() ? tr("Unknown rep") : clip.repName;
    if (clip.patternLabel.isEmpty())
        return who;
    return tr("%1 — %2", "rep — pattern").arg(who, clip.patternLabel);
}

QString StandupPackLayout::kindLabel(StandupClipKind kind)
{
    return kind == StandupClipKind::Highlight ? tr("Highlight of the week") : tr("Tip");
}

QList<Segment> StandupPackLayout::clipSegments(const StandupClip &clip)
{
    QList<Segment> out;
    for (const Segment &segment : clip.segments) {
        if (!touches(clip.range, segment.startMs, segment.endMs))
            continue;
        const bool hidden = std::any_of(clip.bleeped.cbegin(), clip.bleeped.cend(), [&](const TimeRange &span) {
            return touches(span, segment.startMs, segment.endMs);
        });
        Segment s = segment;
        s.startMs = std::max(segment.startMs, clip.range.startMs) - clip.range.startMs;
        s.endMs = std::min(segment.endMs, clip.range.endMs) - clip.range.startMs;
        if (hidden)
            s.text = tr("[removed]");
        out.append(s);
    }
    return out;
}

QList<Segment> StandupPackLayout::excerpt(const StandupClip &clip, int maxChars)
{
    QList<Segment> out;
    qsizetype used = 0;
    for (Segment segment : clipSegments(clip)) {
        segment.text = segment.text.simplified();
        if (segment.text.isEmpty())
            continue;
        if (used + segment.text.size() > maxChars) {
            const qsizetype room = std::max<qsizetype>(0, maxChars - used);
            const qsizetype space = segment.text.lastIndexOf(u' ', room);
            if (space > 0 || out.isEmpty()) {
                segment.text = segment.text.left(space > 0 ? space : room) + u'…';
                out.append(segment);
            } else {
                out.last().text += u'…'; // rather than a broken first word
            }
            break;
        }
        used += segment.text.size();
        out.append(segment);
    }
    return out;
}

QString StandupPackLayout::transcriptExcerpt(const StandupClip &clip, int maxChars)
{
    QString text;
    QString lastSpeaker;
    for (const Segment &segment : excerpt(clip, maxChars)) {
        if (!text.isEmpty())
            text += u' ';
        if (!segment.speaker.isEmpty() && segment.speaker != lastSpeaker)
            text += segment.speaker + u": "_s;
        lastSpeaker = segment.speaker;
        text += segment.text;
    }
    return text;
}

} // namespace coach
