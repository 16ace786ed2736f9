// SPDX-License-Identifier: GPL-3.0-or-later
#include "redact/ExcerptRedactor.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QString fold(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

// The length of a form of address ("Mr. ", "Dr ") ending `text`: a role
// pseudonym stands in for the whole of "Mr Lloyd", so the excerpt reads
// "Thank you, Customer", not "Thank you, Mr Customer".
qsizetype honorificAtEnd(const QString &text)
{
    static const QRegularExpression honorific(u"\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?\\s+$"_s);
    const QRegularExpressionMatch match = honorific.match(text);
    return match.hasMatch() ? match.capturedLength() : 0;
}

QStringList nameParts(QStringView name)
{
    QStringList parts;
    for (const QString &part : fold(name).split(u' ', Qt::SkipEmptyParts)) {
        QString bare = part;
        bare.remove(QRegularExpression(u"[^\\p{L}\\p{M}'’\\-]"_s));
        if (bare.size() >= 2)
            parts.append(bare);
    }
    return parts;
}

// Who a name in a turn belongs to, from the words just before and after it.
enum class Owner { Unknown, Speaker, Listener };

Owner ownerFromContext(QStringView before, QStringView after)
{
    static const QRegularExpression selfIntro(
        u"\\b(?:my name is|my name's|name is|name's|this is|i am|i'm|it's|it is|call me|here is|here's)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression address(
        u"(?:\\b(?:mr|mrs|ms|miss|mx|dr|mister|thank you|thanks|hi|hello|hey|dear|sorry|bye|goodbye|okay|ok|"
        "speaking with|speaking to|talking to|talking with|is that|am i speaking with|are you|well|yes|right)\\.?,?)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression selfAfter(u"^\\s*(?:speaking|here|from|calling)\\b"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression vocativeAfter(u"^\\s*(?:[,?!]|$)"_s);
    const QString lead = before.right(40).toString();
    const QString tail = after.left(20).toString();
    if (selfIntro.match(lead).hasMatch() || selfAfter.match(tail).hasMatch())
        return Owner::Speaker;
    if (address.match(lead).hasMatch() || (vocativeAfter.match(tail).hasMatch() && lead.trimmed().endsWith(u',')))
        return Owner::Listener;
    return Owner::Unknown;
}

struct WordPlace
{
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// Where each timed word of a segment sits in its text, in order; words that
// cannot be found (a transcript that normalised them differently) are left out.
QList<WordPlace> placeWords(const Segment &segment, const QList<const Word *> &words)
{
    QList<WordPlace> places;
    qsizetype cursor = 0;
    for (const Word *word : words) {
        QString token = word->text.trimmed();
        qsizetype at = token.isEmpty() ? -1 : segment.text.indexOf(token, cursor, Qt::CaseInsensitive);
        if (at < 0) {
            static const QRegularExpression edges(u"^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"_s);
            token.remove(edges);
            at = token.isEmpty() ? -1 : segment.text.indexOf(token, cursor, Qt::CaseInsensitive);
        }
        if (at < 0)
            continue;
        places.append({ at, at + token.size(), word->startMs, word->endMs });
        cursor = at + token.size();
    }
    return places;
}

} // namespace

ExcerptRedactor::ExcerptRedactor(PiiDetector::Options options)
    : m_options(std::move(options))
    , m_detector(m_options)
{
}

QString ExcerptRedactor::pseudonym(SpeakerRole role, int ordinal)
{
    switch (role) {
    case SpeakerRole::Agent:
        return ordinal == 0 ? tr("Rep") : tr("Rep %1").arg(ordinal + 1);
    case SpeakerRole::Customer:
        return ordinal == 0 ? tr("Customer") : tr("Customer %1").arg(ordinal + 1);
    case SpeakerRole::Unknown:
        break;
    }
    return ordinal == 0 ? tr("Speaker") : tr("Speaker %1").arg(ordinal + 1);
}

RedactedExcerpt ExcerptRedactor::redact(const ExcerptSource &source, const RedactionCorrections &corrections) const
{
    const QList<Segment> &segments = source.segments;

    // Speakers, numbered per role in order of first appearance.
    QHash<QString, QString> speakerPseudonym;
    QHash<QString, SpeakerRole> speakerRole;
    QHash<SpeakerRole, QStringList> labelsByRole;
    for (const Segment &segment : segments) {
        if (speakerPseudonym.contains(segment.speaker))
            continue;
        const SpeakerRole role = source.roles.value(segment.speaker, SpeakerRole::Unknown);
        QStringList &labels = labelsByRole[role];
        speakerPseudonym.insert(segment.speaker, pseudonym(role, int(labels.size())));
        speakerRole.insert(segment.speaker, role);
        labels.append(segment.speaker);
    }

    // First pass: what the detector finds, then the trainer's corrections.
    PiiDetector::Options options = m_options;
    for (const QString &name : { source.repName, source.customerName }) {
        if (!name.trimmed().isEmpty())
            options.knownNames.append(name);
    }
    // The company the rep greets with is the company wherever it is named in the excerpt.
    static const QRegularExpression greeting(
        u"\\b(?:(?:thanks?(?: you)? for|you(?:'ve| have)?)\\s+(?:calling|contacting|choosing)|(?:through|welcome)\\s+to|"
        "banking\\s+with)\\s+(\\p{Lu}[\\p{L}'’\\-]*(?:\\s+\\p{Lu}[\\p{L}'’\\-]*)*)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const Segment &segment : segments) {
        if (source.roles.value(segment.speaker, SpeakerRole::Unknown) == SpeakerRole::Customer)
            continue;
        for (auto it = greeting.globalMatch(segment.text); it.hasNext();) {
            const QString company = it.next().captured(1);
            // Case-insensitive matching lets \p{Lu} take lower case too: only a capitalised name is a company.
            if (company.front().isUpper())
                options.neverRedact.append(company);
        }
    }

    // What the rep last asked for, which the other party's next turn answers.
    QList<QList<PiiType>> expected(segments.size());
    QList<PiiType> asked;
    QString askedBy;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments[i];
        const SpeakerRole role = source.roles.value(segment.speaker, SpeakerRole::Unknown);
        if (role == SpeakerRole::Agent) {
            if (segment.speaker != askedBy)
                asked.clear();
            asked.append(PiiDetector::requestedTypes(segment.text));
            askedBy = segment.speaker;
            // A rep who says more after asking ("…your date of birth? Take your time.") still asked.
            continue;
        }
        if (!asked.isEmpty() && role != SpeakerRole::Agent) {
            expected[i] = asked;
            asked.clear();
            askedBy.clear();
        }
    }

    const auto detectAll = [&](const PiiDetector &detector) {
        QList<QList<PiiSpan>> all;
        all.reserve(segments.size());
        for (qsizetype i = 0; i < segments.size(); ++i) {
            QList<PiiSpan> spans = detector.detect(segments[i].text, expected[i]);
            const QList<PiiSpan> removed = corrections.removed.value(i);
            const QList<PiiSpan> added = corrections.added.value(i);
            const auto overlapsAny = [](const PiiSpan &span, const QList<PiiSpan> &others) {
                return std::any_of(others.cbegin(), others.cend(), [&span](const PiiSpan &other) {
                    return other.start < span.end && span.start < other.end;
                });
            };
            spans.removeIf([&](const PiiSpan &span) { return overlapsAny(span, removed) || overlapsAny(span, added); });
            for (PiiSpan span : added) {
                span.start = std::clamp<qsizetype>(span.start, 0, segments[i].text.size());
                span.end = std::clamp<qsizetype>(span.end, span.start, segments[i].text.size());
                if (span.end > span.start && !overlapsAny(span, spans))
                    spans.append(span);
            }
            std::sort(spans.begin(), spans.end(), [](const PiiSpan &a, const PiiSpan &b) { return a.start < b.start; });
            // Added spans may overlap each other; keep the text covered once.
            QList<PiiSpan> clean;
            for (const PiiSpan &span : std::as_const(spans)) {
                if (!clean.isEmpty() && span.start < clean.last().end) {
                    clean.last().end = std::max(clean.last().end, span.end);
                    continue;
                }
                clean.append(span);
            }
            all.append(clean);
        }
        return all;
    };
    QList<QList<PiiSpan>> found = detectAll(PiiDetector(options));

    // Second pass: a name recognised anywhere is a name everywhere in the excerpt.
    QStringList learned;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        for (const PiiSpan &span : std::as_const(found[i])) {
            if (span.type == PiiType::PersonName)
                learned.append(segments[i].text.mid(span.start, span.length()).simplified());
        }
    }
    learned.removeDuplicates();
    if (!learned.isEmpty()) {
        options.extraNames.append(learned);
        found = detectAll(PiiDetector(options));
    }

    // Whose each name is: the hints first, then introductions, then being addressed.
    QHash<QString, QString> owner; // folded name or name part → pseudonym
    const auto claim = [&owner](QStringView name, const QString &who, bool overwrite) {
        const QString full = fold(name);
        if (full.isEmpty())
            return;
        if (overwrite || !owner.contains(full))
            owner.insert(full, who);
        for (const QString &part : nameParts(name)) {
            if (overwrite || !owner.contains(part))
                owner.insert(part, who);
        }
    };
    const QString repPseudonym = pseudonym(SpeakerRole::Agent, 0);
    const QString customerPseudonym = pseudonym(SpeakerRole::Customer, 0);
    const auto otherParty = [&](const QString &label) -> QString {
        const SpeakerRole role = speakerRole.value(label);
        const SpeakerRole other = role == SpeakerRole::Agent ? SpeakerRole::Customer
            : role == SpeakerRole::Customer                  ? SpeakerRole::Agent
                                                             : SpeakerRole::Unknown;
        if (other != SpeakerRole::Unknown && labelsByRole.value(other).size() == 1)
            return speakerPseudonym.value(labelsByRole.value(other).constFirst());
        if (other != SpeakerRole::Unknown && labelsByRole.value(other).isEmpty())
            return pseudonym(other, 0); // the other party never speaks in the excerpt but is still on the call
        return {};
    };
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments[i];
        for (const PiiSpan &span : std::as_const(found[i])) {
            if (span.type != PiiType::PersonName)
                continue;
            const QStringView name = QStringView(segment.text).mid(span.start, span.length());
            switch (ownerFromContext(QStringView(segment.text).left(span.start), QStringView(segment.text).mid(span.end))) {
            case Owner::Speaker:
                claim(name, speakerPseudonym.value(segment.speaker), false);
                break;
            case Owner::Listener:
                if (const QString who = otherParty(segment.speaker); !who.isEmpty())
                    claim(name, who, false);
                break;
            case Owner::Unknown:
                break;
            }
        }
    }
    if (!source.repName.trimmed().isEmpty())
        claim(source.repName, labelsByRole.value(SpeakerRole::Agent).isEmpty()
                                  ? repPseudonym
                                  : speakerPseudonym.value(labelsByRole.value(SpeakerRole::Agent).constFirst()),
              true);
    if (!source.customerName.trimmed().isEmpty())
        claim(source.customerName, labelsByRole.value(SpeakerRole::Customer).isEmpty()
                                       ? customerPseudonym
                                       : speakerPseudonym.value(labelsByRole.value(SpeakerRole::Customer).constFirst()),
              true);
    const auto nameReplacement = [&](QStringView name) {
        if (const auto it = owner.constFind(fold(name)); it != owner.cend())
            return *it;
        for (const QString &part : nameParts(name)) {
            if (const auto it = owner.constFind(part); it != owner.cend())
                return *it;
        }
        return piiPlaceholder(PiiType::PersonName);
    };

    // Words per segment, for bleeping exactly what was said.
    QList<QList<const Word *>> wordsBySegment(segments.size());
    for (const Word &word : source.words) {
        if (word.segment >= 0 && word.segment < segments.size()) {
            wordsBySegment[word.segment].append(&word);
            continue;
        }
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment &segment = segments[i];
            if (segment.speaker == word.speaker && word.startMs >= segment.startMs && word.startMs < segment.endMs) {
                wordsBySegment[i].append(&word);
                break;
            }
        }
    }

    RedactedExcerpt excerpt;
    excerpt.segments.reserve(segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments[i];
        RedactedSegment out;
        out.sourceIndex = i;
        out.startMs = segment.startMs;
        out.endMs = segment.endMs;
        out.role = speakerRole.value(segment.speaker, SpeakerRole::Unknown);
        out.speaker = speakerPseudonym.value(segment.speaker);

        const QList<PiiSpan> &spans = found[i];
        const QList<PiiSpan> added = corrections.added.value(i);
        qsizetype cursor = 0;
        for (const PiiSpan &span : spans) {
            out.text += QStringView(segment.text).mid(cursor, span.start - cursor);
            const QString replacement = span.type == PiiType::PersonName
                ? nameReplacement(QStringView(segment.text).mid(span.start, span.length()))
                : piiPlaceholder(span.type);
            qsizetype honorific = 0;
            if (span.type == PiiType::PersonName && replacement != piiPlaceholder(PiiType::PersonName)) {
                honorific = std::min(honorificAtEnd(out.text), span.start - cursor);
                out.text.chop(honorific);
            }
            RedactedSpan redacted;
            redacted.type = span.type;
            redacted.start = out.text.size();
            out.text += replacement;
            redacted.end = out.text.size();
            redacted.sourceStart = span.start - honorific;
            redacted.sourceEnd = span.end;
            redacted.confidence = span.confidence;
            redacted.userAdded = std::any_of(added.cbegin(), added.cend(), [&span](const PiiSpan &a) {
                return a.start < span.end && span.start < a.end;
            });
            out.spans.append(redacted);
            cursor = span.end;
        }
        out.text += QStringView(segment.text).mid(cursor);

        // Bleeps: the timed words a span covers, else the whole cue.
        const QList<WordPlace> places = placeWords(segment, wordsBySegment[i]);
        for (const PiiSpan &span : spans) {
            BleepSpan bleep{ segment.startMs, segment.endMs, out.role, i, true };
            qint64 from = -1;
            qint64 to = -1;
            for (const WordPlace &place : places) {
                if (place.start < span.end && span.start < place.end) {
                    from = from < 0 ? place.startMs : std::min(from, place.startMs);
                    to = std::max(to, place.endMs);
                }
            }
            if (from >= 0 && to > from) {
                bleep.startMs = from;
                bleep.endMs = to;
                bleep.wholeCue = false;
            }
            excerpt.bleeps.append(bleep);
        }
        excerpt.segments.append(out);
    }

    std::sort(excerpt.bleeps.begin(), excerpt.bleeps.end(), [](const BleepSpan &a, const BleepSpan &b) {
        return a.startMs != b.startMs ? a.startMs < b.startMs : a.endMs < b.endMs;
    });
    // One bleep per stretch of a channel: overlapping ones are joined.
    QList<BleepSpan> merged;
    for (const BleepSpan &bleep : std::as_const(excerpt.bleeps)) {
        auto it = std::find_if(merged.rbegin(), merged.rend(), [&bleep](const BleepSpan &m) {
            return m.role == bleep.role && m.segment == bleep.segment && bleep.startMs <= m.endMs;
        });
        if (it != merged.rend()) {
            it->endMs = std::max(it->endMs, bleep.endMs);
            it->wholeCue = it->wholeCue || bleep.wholeCue;
            continue;
        }
        merged.append(bleep);
    }
    excerpt.bleeps = merged;
    return excerpt;
}

} // namespace coach
