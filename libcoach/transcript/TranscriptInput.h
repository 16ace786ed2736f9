// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

class QJsonValue;

namespace coach {

/*
 * What the transcript readers share: reading a file with messages that name
 * it, turning bytes of unknown encoding into text, parsing JSON with the line
 * of a syntax error, and converting seconds to milliseconds without overflow.
 * Stateless; safe on any thread.
 */
class TranscriptInput final
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptInput)
public:
    // The whole file, or NotFound/Io naming it.
    [[nodiscard]] static Result<QByteArray> readAll(const QString &path);

    /*
     * Text from a file that names no encoding: a UTF-8/16/32 byte order mark
     * decides when there is one, then valid UTF-8 is UTF-8, and anything else
     * is taken as Windows-1252, the usual encoding of legacy subtitle files,
     * so every byte becomes some character and the timings survive.
     */
    [[nodiscard]] static QString decodeText(const QByteArray &data);

    // A JSON document; a syntax error names the file, line and cause.
    [[nodiscard]] static Result<QJsonDocument> parseJson(const QByteArray &data, const QString &path);

    // Seconds given as a JSON number or numeric string ("0.44"); nullopt when
    // absent, not a number or too large for any recording.
    [[nodiscard]] static std::optional<qint64> milliseconds(const QJsonValue &seconds);
};

} // namespace coach
