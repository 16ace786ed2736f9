// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "redact/ExcerptRedactor.h"
#include "redact/PiiDetector.h"

#include <QString>
#include <QStringDecoder>

/*
 * What must hold for any text given to the PII detector and the excerpt
 * redactor, shared by the libFuzzer target and TestPiiRobustness. Returns an
 * empty string when the result is sane, otherwise what is wrong.
 */
namespace coach::fuzz {

inline QString checkPiiText(const QString &text)
{
    static const PiiDetector detector({ .knownNames = { QStringLiteral("Dana Scully") },
                                        .extraNames = { QStringLiteral("Fox") } });
    const QList<PiiSpan> spans = detector.detect(text);
    qsizetype previousEnd = 0;
    for (const PiiSpan &span : spans) {
        if (span.start < previousEnd)
            return QStringLiteral("spans overlap or are unsorted at %1").arg(span.start);
        if (span.start >= span.end || span.end > text.size())
            return QStringLiteral("span [%1, %2) outside a text of %3").arg(span.start).arg(span.end).arg(text.size());
        if (!(span.confidence > 0.0 && span.confidence <= 1.0))
            return QStringLiteral("confidence %1 outside (0, 1]").arg(span.confidence);
        if (text.at(span.start).isLowSurrogate() || text.at(span.end - 1).isHighSurrogate())
            return QStringLiteral("span [%1, %2) splits a character").arg(span.start).arg(span.end);
        previousEnd = span.end;
    }

    // The redactor keeps every segment, in order, and all the text outside its spans.
    ExcerptSource source;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size() && i < 8; ++i)
        source.segments.append({ i * 1000, i * 1000 + 900, i % 2 ? QStringLiteral("Customer") : QStringLiteral("Agent"),
                                 lines.at(i) });
    source.roles = { { QStringLiteral("Agent"), SpeakerRole::Agent }, { QStringLiteral("Customer"), SpeakerRole::Customer } };
    source.words.append({ 0, 400, lines.value(0).section(u' ', 0, 0), QStringLiteral("Agent"), 0 });
    static const ExcerptRedactor redactor;
    const RedactedExcerpt excerpt = redactor.redact(source);
    if (excerpt.segments.size() != source.segments.size())
        return QStringLiteral("%1 segments in, %2 out").arg(source.segments.size()).arg(excerpt.segments.size());
    for (qsizetype i = 0; i < excerpt.segments.size(); ++i) {
        const RedactedSegment &segment = excerpt.segments.at(i);
        if (segment.sourceIndex != i)
            return QStringLiteral("segment %1 came from %2").arg(i).arg(segment.sourceIndex);
        QString kept;
        qsizetype cursor = 0;
        qsizetype sourceCursor = 0;
        for (const RedactedSpan &span : segment.spans) {
            if (span.start < cursor || span.end > segment.text.size() || span.sourceStart < sourceCursor
                || span.sourceEnd > source.segments.at(i).text.size())
                return QStringLiteral("segment %1: a span out of order or out of range").arg(i);
            kept += QStringView(segment.text).mid(cursor, span.start - cursor);
            cursor = span.end;
            sourceCursor = span.sourceEnd;
        }
        kept += QStringView(segment.text).mid(cursor);
        QString original;
        qsizetype at = 0;
        for (const RedactedSpan &span : segment.spans) {
            original += QStringView(source.segments.at(i).text).mid(at, span.sourceStart - at);
            at = span.sourceEnd;
        }
        original += QStringView(source.segments.at(i).text).mid(at);
        if (kept != original)
            return QStringLiteral("segment %1: text outside the spans changed").arg(i);
    }
    for (const BleepSpan &bleep : excerpt.bleeps) {
        if (bleep.endMs < bleep.startMs || bleep.segment < 0 || bleep.segment >= excerpt.segments.size())
            return QStringLiteral("a bleep [%1, %2] of segment %3").arg(bleep.startMs).arg(bleep.endMs).arg(bleep.segment);
    }
    return {};
}

inline QString checkPii(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    return checkPiiText(decoder.decode(data));
}

} // namespace coach::fuzz
