// SPDX-License-Identifier: GPL-3.0-or-later
#include "CallJson.h"

#include <QFileInfo>
#include <QJsonArray>

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

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue agentChannel(AgentChannel channel)
{
    switch (channel) {
    case AgentChannel::Left: return u"left"_s;
    case AgentChannel::Right: return u"right"_s;
    case AgentChannel::Unknown: break;
    }
    return QJsonValue::Null;
}

} // namespace

QJsonObject summary(const Call &call)
{
    return {
        { u"id"_s, call.id.value() },
        { u"file"_s, call.recordingPath },
        { u"started_at"_s, time(call.startedAt) },
        { u"duration_ms"_s, call.audio.durationMs },
        { u"channels"_s, call.audio.channels },
        { u"agent_channel"_s, agentChannel(call.agentChannel) },
        { u"sample_rate"_s, call.audio.sampleRate },
        { u"codec"_s, call.audio.codec },
        { u"rep"_s, text(call.repName) },
        { u"team"_s, text(call.teamName) },
        { u"queue"_s, text(call.queue) },
        { u"customer_ref"_s, text(call.customerRef) },
        { u"csat"_s, optional(call.csat) },
        { u"felt_heard"_s, optional(call.feltHeard) },
        { u"first_contact_resolution"_s, optional(call.firstContactResolution) },
        { u"repeat_contact"_s, optional(call.repeatContact) },
        { u"handle_time_s"_s, optional(call.handleTimeS) },
        { u"has_transcript"_s, call.hasTranscript },
    };
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
