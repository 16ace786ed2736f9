// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnotationJson.h"

using namespace Qt::Literals::StringLiterals;

namespace coach::cli::AnnotationJson {

namespace {

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject annotation(const Annotation &a)
{
    return {
        { u"id"_s, a.id.value() },
        { u"start_ms"_s, a.startMs },
        { u"end_ms"_s, a.endMs },
        { u"tag_key"_s, text(a.tagKey) },
        { u"tag_label"_s, text(a.tagLabel) },
        { u"comment"_s, a.comment },
        { u"author"_s, a.author },
        { u"created_at"_s, time(a.createdAt) },
        { u"updated_at"_s, time(a.updatedAt) },
        { u"status"_s, a.suggested ? u"suggested"_s : u"confirmed"_s },
    };
}

QJsonObject searchHit(const SearchHit &hit)
{
    return {
        { u"call_id"_s, hit.call.value() },
        { u"start_ms"_s, hit.startMs },
        { u"end_ms"_s, hit.endMs },
        { u"speaker"_s, hit.speaker },
        { u"snippet"_s, hit.snippet },
        { u"rank"_s, hit.rank },
    };
}

} // namespace coach::cli::AnnotationJson
