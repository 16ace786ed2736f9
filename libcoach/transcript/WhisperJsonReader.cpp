// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/WhisperJsonReader.h"

#include "transcript/TranscriptInput.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QJsonArray segmentsOf(const QJsonDocument &document)
{
    return document.isArray() ? document.array() : document.object().value(u"segments"_s).toArray();
}

// A speaker may be a string ("SPEAKER_00") or, from some tools, a number.
QString speakerOf(const QJsonObject &object)
{
    const QJsonValue speaker = object.value(u"speaker"_s);
    if (speaker.isString())
        return speaker.toString().simplified();
    if (speaker.isDouble())
        return QString::number(speaker.toInteger());
    return {};
}

} // namespace

bool WhisperJsonReader::recognizes(const QJsonDocument &document)
{
    if (document.isObject())
        return document.object().value(u"segments"_s).isArray();
    // A bare segment list: objects with a start time.
    const QJsonArray array = document.array();
    return !array.isEmpty() && array.first().isObject() && array.first().toObject().contains(u"start"_s);
}

Result<Transcript> WhisperJsonReader::read(const QString &path)
{
    auto data = TranscriptInput::readAll(path);
    if (!data)
        return std::unexpected(data.error());
    return parse(*data, path);
}

Result<Transcript> WhisperJsonReader::parse(const QByteArray &data, const QString &path)
{
    auto document = TranscriptInput::parseJson(data, path);
    if (!document)
        return std::unexpected(document.error());
    return fromJson(*document, path);
}

Result<Transcript> WhisperJsonReader::fromJson(const QJsonDocument &document, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!recognizes(document))
        return fail(ErrorCode::Unsupported,
                    tr("%1: not a Whisper transcript (it has no “segments” list)").arg(file));
    Transcript transcript;
    transcript.sourcePath = path;
    transcript.format = u"whisper-json"_s;
    const QJsonArray segments = segmentsOf(document);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject object = segments.at(i).toObject();
        const auto start = TranscriptInput::milliseconds(object.value(u"start"_s));
        const auto end = TranscriptInput::milliseconds(object.value(u"end"_s));
        if (!start || !end)
            return fail(ErrorCode::Corrupt,
                        tr("%1: segment %2 has no valid “start” and “end” time in seconds").arg(file).arg(i + 1));
        Segment segment{ *start, *end, speakerOf(object), object.value(u"text"_s).toString().simplified() };
        const qsizetype index = transcript.segments.size();
        const QJsonArray words = object.value(u"words"_s).toArray();
        for (const QJsonValue &value : words) {
            const QJsonObject word = value.toObject();
            const auto wordStart = TranscriptInput::milliseconds(word.value(u"start"_s));
            const auto wordEnd = TranscriptInput::milliseconds(word.value(u"end"_s));
            // openai-whisper names it "word", some forks "text".
            QString text = word.value(word.contains(u"word"_s) ? u"word"_s : u"text"_s).toString().simplified();
            if (!wordStart || !wordEnd || text.isEmpty())
                continue;
            QString speaker = speakerOf(word);
            transcript.words.append({ *wordStart, *wordEnd, std::move(text),
                                      speaker.isEmpty() ? segment.speaker : speaker, index });
        }
        transcript.segments.append(std::move(segment));
    }
    if (transcript.segments.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the Whisper transcript holds no segments").arg(file));
    return transcript;
}

} // namespace coach
