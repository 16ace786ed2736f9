// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/TranscriptReader.h"

#include "transcript/AmazonTranscribeReader.h"
#include "transcript/SrtReader.h"
#include "transcript/TranscriptInput.h"
#include "transcript/WebVttReader.h"
#include "transcript/WhisperJsonReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// The start of the text after a byte order mark and white space.
QString opening(const QByteArray &data)
{
    return TranscriptInput::decodeText(data.left(4096)).remove(QChar::ByteOrderMark).trimmed().left(64);
}

bool hasSrtTiming(const QByteArray &data)
{
    static const QRegularExpression timing(u"^\\s*-?\\d{1,6}(?::\\d{1,2}){1,2}(?:[,.]\\d*)?\\s*-{1,2}\\s*>"_s,
                                           QRegularExpression::MultilineOption);
    return timing.match(TranscriptInput::decodeText(data.left(64 * 1024))).hasMatch();
}

} // namespace

QStringList TranscriptReader::companionExtensions()
{
    return { u"vtt"_s, u"srt"_s, u"json"_s };
}

Result<Transcript> TranscriptReader::read(const QString &path)
{
    auto data = TranscriptInput::readAll(path);
    if (!data)
        return std::unexpected(data.error());
    return parse(*data, path);
}

Result<Transcript> TranscriptReader::parse(const QByteArray &data, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString start = opening(data);
    if (start.isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the transcript is empty").arg(file));

    if (start.startsWith(u"WEBVTT"_s))
        return WebVttReader::parse(data, path);
    if (start.startsWith(u'{') || start.startsWith(u'[')) {
        auto document = TranscriptInput::parseJson(data, path);
        if (document) {
            if (AmazonTranscribeReader::recognizes(*document))
                return AmazonTranscribeReader::fromJson(*document, path);
            if (WhisperJsonReader::recognizes(*document))
                return WhisperJsonReader::fromJson(*document, path);
            return fail(ErrorCode::Unsupported,
                        tr("%1: a JSON file Coachbench does not read as a transcript (expected Whisper’s "
                           "“segments” or Amazon Transcribe’s “results”)")
                                .arg(file));
        }
        // Only a .json is held to JSON: console logs such as whisper-jax's
        // "[01:14.500 -> 01:15.500] Okay." open with a bracket too.
        if (suffix == u"json"_s)
            return std::unexpected(document.error());
    }
    if (suffix == u"srt"_s || hasSrtTiming(data))
        return SrtReader::parse(data, path);
    // A .vtt without its signature gets WebVTT's own explanation.
    if (suffix == u"vtt"_s)
        return WebVttReader::parse(data, path);
    return fail(ErrorCode::Unsupported,
                tr("%1: not a transcript Coachbench reads (WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON)")
                        .arg(file));
}

} // namespace coach
