// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/AmazonTranscribeReader.h"

#include "transcript/TranscriptInput.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// A word with the punctuation that follows it.
struct Token
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
    QString label;
};

// Speaker and channel lists repeat items by their times, not by position.
using LabelsByTime = QHash<QPair<qint64, qint64>, QString>;

void addLabels(LabelsByTime &labels, const QJsonArray &items, const QString &label)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const auto start = TranscriptInput::milliseconds(item.value(u"start_time"_s));
        const auto end = TranscriptInput::milliseconds(item.value(u"end_time"_s));
        const QString own = item.value(u"speaker_label"_s).toString();
        if (start && end)
            labels.insert({ *start, *end }, own.isEmpty() ? label : own.simplified());
    }
}

QString contentOf(const QJsonObject &item)
{
    return item.value(u"alternatives"_s).toArray().first().toObject().value(u"content"_s).toString().simplified();
}

QString labelOf(const QJsonObject &object)
{
    const QString speaker = object.value(u"speaker_label"_s).toString();
    return (speaker.isEmpty() ? object.value(u"channel_label"_s).toString() : speaker).simplified();
}

bool endsSentence(const QString &text)
{
    return text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u'!');
}

// With Amazon's segments, a word belongs to the one that contains its start;
// they come sorted by time, so a binary search finds it. Unsorted ones (never
// seen from Amazon) fall back to a scan.
qsizetype segmentAt(const QList<Segment> &segments, qint64 ms, bool sorted)
{
    const auto contains = [ms](const Segment &s) { return s.startMs <= ms && ms < s.endMs; };
    if (sorted) {
        const auto after = std::upper_bound(segments.cbegin(), segments.cend(), ms,
                                            [](qint64 t, const Segment &s) { return t < s.startMs; });
        if (after == segments.cbegin() || !contains(*(after - 1)))
            return -1;
        return (after - 1) - segments.cbegin();
    }
    const auto it = std::find_if(segments.cbegin(), segments.cend(), contains);
    return it == segments.cend() ? -1 : it - segments.cbegin();
}

} // namespace

bool AmazonTranscribeReader::recognizes(const QJsonDocument &document)
{
    const QJsonObject results = document.object().value(u"results"_s).toObject();
    return results.contains(u"items"_s) || results.contains(u"transcripts"_s)
            || results.contains(u"audio_segments"_s);
}

Result<Transcript> AmazonTranscribeReader::read(const QString &path)
{
    auto data = TranscriptInput::readAll(path);
    if (!data)
        return std::unexpected(data.error());
    return parse(*data, path);
}

Result<Transcript> AmazonTranscribeReader::parse(const QByteArray &data, const QString &path)
{
    auto document = TranscriptInput::parseJson(data, path);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document, path);
}

Result<Transcript> AmazonTranscribeReader::fromJson(const QJsonDocument &document, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QJsonObject root = document.object();
    if (const QString status = root.value(u"status"_s).toString();
        !status.isEmpty() && status != u"COMPLETED"_s) {
        return fail(ErrorCode::Unsupported,
                    tr("%1: the Amazon Transcribe job is not complete (status %2)").arg(file, status));
    }
    if (!recognizes(document))
        return fail(ErrorCode::Unsupported,
                    tr("%1: not an Amazon Transcribe result (it has no “results.items”)").arg(file));
    const QJsonObject results = root.value(u"results"_s).toObject();

    Transcript transcript;
    transcript.sourcePath = path;
    transcript.format = u"amazon-transcribe"_s;

    LabelsByTime speakers;
    for (const QJsonValue &segment : results.value(u"speaker_labels"_s).toObject().value(u"segments"_s).toArray())
        addLabels(speakers, segment.toObject().value(u"items"_s).toArray(), labelOf(segment.toObject()));
    LabelsByTime channels;
    const QJsonArray channelList = results.value(u"channel_labels"_s).toObject().value(u"channels"_s).toArray();
    for (const QJsonValue &channel : channelList)
        addLabels(channels, channel.toObject().value(u"items"_s).toArray(),
                  channel.toObject().value(u"channel_label"_s).toString().simplified());

    // Channel identification may leave results.items empty and list the
    // words per channel only; then the channels' words are merged by time.
    QJsonArray items = results.value(u"items"_s).toArray();
    bool merge = false;
    if (items.isEmpty()) {
        for (const QJsonValue &channel : channelList) {
            const QString label = channel.toObject().value(u"channel_label"_s).toString().simplified();
            for (QJsonValue item : channel.toObject().value(u"items"_s).toArray()) {
                QJsonObject object = item.toObject();
                if (!object.contains(u"channel_label"_s))
                    object.insert(u"channel_label"_s, label);
                items.append(object);
            }
        }
        merge = channelList.size() > 1;
    }

    QList<Token> tokens;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        const QString content = contentOf(item);
        if (content.isEmpty())
            continue;
        if (item.value(u"type"_s).toString() == u"punctuation"_s) {
            if (!tokens.isEmpty())
                tokens.last().text += content;
            continue;
        }
        const auto start = TranscriptInput::milliseconds(item.value(u"start_time"_s));
        const auto end = TranscriptInput::milliseconds(item.value(u"end_time"_s));
        if (!start || !end)
            return fail(ErrorCode::Corrupt, tr("%1: the word “%2” has no valid start and end time")
                                                    .arg(file, content.left(40)));
        QString label = labelOf(item);
        if (label.isEmpty())
            label = speakers.value({ *start, *end }, channels.value({ *start, *end }));
        tokens.append({ *start, *end, content, label });
    }
    if (merge)
        std::stable_sort(tokens.begin(), tokens.end(),
                         [](const Token &a, const Token &b) { return a.startMs < b.startMs; });

    // Amazon's own segmentation wins when present; the words still go to `words`.
    const QJsonArray audioSegments = results.value(u"audio_segments"_s).toArray();
    for (const QJsonValue &value : audioSegments) {
        const QJsonObject object = value.toObject();
        const auto start = TranscriptInput::milliseconds(object.value(u"start_time"_s));
        const auto end = TranscriptInput::milliseconds(object.value(u"end_time"_s));
        if (!start || !end)
            return fail(ErrorCode::Corrupt, tr("%1: audio segment %2 has no valid start and end time")
                                                    .arg(file)
                                                    .arg(transcript.segments.size() + 1));
        transcript.segments.append(
                { *start, *end, labelOf(object), object.value(u"transcript"_s).toString().simplified() });
    }
    const bool grouped = transcript.segments.isEmpty();
    const bool sorted = std::is_sorted(transcript.segments.cbegin(), transcript.segments.cend(),
                                       [](const Segment &a, const Segment &b) { return a.startMs < b.startMs; });
    for (const Token &token : std::as_const(tokens)) {
        if (grouped) {
            const bool newTurn = transcript.segments.isEmpty() || transcript.segments.constLast().speaker != token.label
                    || (token.label.isEmpty() && endsSentence(transcript.segments.constLast().text));
            if (newTurn) {
                transcript.segments.append({ token.startMs, token.endMs, token.label, token.text });
            } else {
                Segment &turn = transcript.segments.last();
                turn.endMs = std::max(turn.endMs, token.endMs);
                turn.text += u' ' + token.text;
            }
        }
        qsizetype index = transcript.segments.size() - 1;
        if (!grouped)
            index = segmentAt(transcript.segments, token.startMs, sorted);
        // The punctuation stays in the segment's text, not in the timed word.
        QString word = token.text;
        while (word.size() > 1 && word.back().isPunct())
            word.chop(1);
        transcript.words.append({ token.startMs, token.endMs, word, token.label, index });
    }
    if (transcript.segments.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the Amazon Transcribe result holds no words").arg(file));
    return transcript;
}

} // namespace coach
