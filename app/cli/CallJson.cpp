// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallJson.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli::CallJson {

namespace {

template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// What summary() holds, typed, so that the writer needs no QJsonValue (whose
// numbers hide whether they are integers): an empty optional is null.
std::optional<QString> nonEmpty(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

std::optional<QString> isoTime(const QDateTime &t)
{
    return t.isValid() ? std::optional<QString>(t.toUTC().toString(Qt::ISODate)) : std::nullopt;
}

std::optional<QString> channelName(AgentChannel channel)
{
    switch (channel) {
    case AgentChannel::Left: return u"left"_s;
    case AgentChannel::Right: return u"right"_s;
    case AgentChannel::Unknown: break;
    }
    return std::nullopt;
}

// summary()'s fields in the order QJsonObject keeps them (by key), so that
// summary() and summaryArray() are one definition and cannot disagree.
template<typename Field>
void summaryFields(const Call &call, Field &&field)
{
    field(u"agent_channel", channelName(call.agentChannel));
    field(u"channels", call.audio.channels);
    field(u"codec", call.audio.codec);
    field(u"csat", call.csat);
    field(u"customer_ref", nonEmpty(call.customerRef));
    field(u"duration_ms", call.audio.durationMs);
    field(u"felt_heard", call.feltHeard);
    field(u"file", call.recordingPath);
    field(u"first_contact_resolution", call.firstContactResolution);
    field(u"handle_time_s", call.handleTimeS);
    field(u"has_transcript", call.hasTranscript);
    field(u"id", call.id.value());
    field(u"queue", nonEmpty(call.queue));
    field(u"rep", nonEmpty(call.repName));
    field(u"repeat_contact", call.repeatContact);
    field(u"sample_rate", call.audio.sampleRate);
    field(u"started_at", isoTime(call.startedAt));
    field(u"team", nonEmpty(call.teamName));
}

template<typename T>
QJsonValue jsonValue(const T &value)
{
    return QJsonValue(value);
}

template<typename T>
QJsonValue jsonValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// A JSON string's contents as QJsonDocument writes them: UTF-8, with quote,
// backslash and control characters escaped, and a lone surrogate as \uXXXX.
// Written through a pointer into room made first (at most six bytes per UTF-16
// unit): appending byte by byte cost `coach list` more than its query did.
void appendEscaped(QByteArray &json, QStringView text)
{
    const qsizetype start = json.size();
    json.resize(start + text.size() * 6);
    char *out = json.data() + start;
    const char16_t *it = text.utf16();
    const char16_t *const end = it + text.size();
    const auto escape = [&out](char c) {
        *out++ = '\\';
        *out++ = c;
    };
    const auto hex4 = [&out](char16_t u) {
        *out++ = '\\';
        *out++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *out++ = hexDigit((u >> shift) & 0xf);
    };
    while (it != end) {
        const char16_t u = *it++;
        if (u < 0x80) {
            switch (u) {
            case u'"': escape('"'); break;
            case u'\\': escape('\\'); break;
            case u'\b': escape('b'); break;
            case u'\f': escape('f'); break;
            case u'\n': escape('n'); break;
            case u'\r': escape('r'); break;
            case u'\t': escape('t'); break;
            default:
                if (u < 0x20)
                    hex4(u);
                else
                    *out++ = char(u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && it != end && QChar::isLowSurrogate(*it)) {
            const char32_t c = QChar::surrogateToUcs4(u, *it++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            hex4(u);
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    json.truncate(out - json.constData());
}

// Each formatted as QJsonDocument formats it.
void appendValue(QByteArray &json, bool value)
{
    json += value ? "true" : "false";
}

void appendValue(QByteArray &json, qint64 value)
{
    json += QByteArray::number(value);
}

void appendValue(QByteArray &json, int value)
{
    json += QByteArray::number(value);
}

void appendValue(QByteArray &json, double value)
{
    if (std::isfinite(value))
        json += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        json += "null";
}

void appendValue(QByteArray &json, const QString &value)
{
    json += '"';
    appendEscaped(json, value);
    json += '"';
}

template<typename T>
void appendValue(QByteArray &json, const std::optional<T> &value)
{
    if (value)
        appendValue(json, *value);
    else
        json += "null";
}

} // namespace

QJsonObject summary(const Call &call)
{
    QJsonObject object;
    summaryFields(call, [&object](QStringView key, const auto &value) { object.insert(key, jsonValue(value)); });
    return object;
}

QByteArray summaryArray(const QList<Call> &calls)
{
    if (calls.isEmpty())
        return "[\n]\n";
    QByteArray json;
    json.reserve(calls.size() * 720);
    json += "[\n";
    for (qsizetype i = 0; i < calls.size(); ++i) {
        json += "    {\n";
        bool first = true;
        summaryFields(calls.at(i), [&](QStringView key, const auto &value) {
            json += first ? "        \"" : ",\n        \"";
            first = false;
            appendEscaped(json, key);
            json += "\": ";
            appendValue(json, value);
        });
        json += i + 1 < calls.size() ? "\n    },\n" : "\n    }\n";
    }
    json += "]\n";
    return json;
}

QJsonObject details(const Call &call, const QList<Segment> &segments, const QStringList &tags)
{
    QJsonObject object = summary(call);
    object.insert(u"fingerprint"_s, call.fingerprint);
    object.insert(u"file_exists"_s, QFileInfo::exists(call.recordingPath));
    object.insert(u"file_size"_s, call.audio.fileSize);
    object.insert(u"container"_s, call.audio.container);
    object.insert(u"codec_name"_s, call.audio.codecName);
    object.insert(u"bit_rate"_s, call.audio.bitRate);
    object.insert(u"imported_at"_s, time(call.importedAt));
    object.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    QJsonArray transcript;
    for (const Segment &s : segments) {
        transcript.append(QJsonObject{ { u"start_ms"_s, s.startMs },
                                       { u"end_ms"_s, s.endMs },
                                       { u"speaker"_s, s.speaker },
                                       { u"text"_s, s.text } });
    }
    object.insert(u"transcript"_s, transcript);
    return object;
}

QJsonObject audio(const AudioInfo &info)
{
    return {
        { u"duration_ms"_s, info.durationMs },
        { u"channels"_s, info.channels },
        { u"sample_rate"_s, info.sampleRate },
        { u"codec"_s, info.codec },
        { u"codec_name"_s, info.codecName },
        { u"container"_s, info.container },
        { u"bit_rate"_s, info.bitRate },
        { u"file_size"_s, info.fileSize },
    };
}

} // namespace coach::cli::CallJson
