// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcript/TranscriptInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it
// leaves undefined map to the C1 controls, as Windows itself does.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString fromWindows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : data) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

QString decodeAs(QStringConverter::Encoding encoding, const QByteArray &data)
{
    // The default flags drop the byte order mark.
    QStringDecoder decoder(encoding);
    return decoder(data);
}

// Seconds beyond this are not a call's times but garbage; the bound also
// keeps the conversion to milliseconds far from qint64's range.
constexpr double kMaxSeconds = 1e9;

} // namespace

Result<QByteArray> TranscriptInput::readAll(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound, tr("%1: no such file").arg(file));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1: cannot be read (%2)").arg(file, in.errorString()));
    return in.readAll();
}

QString TranscriptInput::decodeText(const QByteArray &data)
{
    // UTF-32 LE's mark begins with UTF-16 LE's, so it is tested first.
    if (data.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return decodeAs(QStringConverter::Utf32LE, data);
    if (data.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return decodeAs(QStringConverter::Utf32BE, data);
    if (data.startsWith("\xFF\xFE"))
        return decodeAs(QStringConverter::Utf16LE, data);
    if (data.startsWith("\xFE\xFF"))
        return decodeAs(QStringConverter::Utf16BE, data);
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(data);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(data);
}

Result<QJsonDocument> TranscriptInput::parseJson(const QByteArray &data, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (data.trimmed().isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the transcript is empty").arg(file));
    // Decoding first accepts a byte order mark and UTF-16 exports.
    const QByteArray utf8 = decodeText(data).toUtf8();
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, utf8.size());
        const qsizetype line = utf8.left(offset).count('\n') + 1;
        return fail(ErrorCode::Corrupt,
                    tr("%1:%2: not valid JSON (%3)").arg(file).arg(line).arg(error.errorString()));
    }
    return document;
}

std::optional<qint64> TranscriptInput::milliseconds(const QJsonValue &seconds)
{
    double value = 0;
    if (seconds.isDouble()) {
        value = seconds.toDouble();
    } else if (seconds.isString()) {
        bool ok = false;
        value = seconds.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (!std::isfinite(value) || std::abs(value) > kMaxSeconds)
        return std::nullopt;
    return qRound64(value * 1000.0);
}

} // namespace coach
