// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleJson.h"

#include "storage/SessionRepository.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString localIn(const QDateTime &t, const QString &zone)
{
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    return t.toTimeZone(tz.isValid() ? tz : QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

QJsonArray ScheduleJson::names(const QList<RepId> &reps, const QHash<qint64, QString> &names)
{
    QJsonArray out;
    for (RepId r : reps)
        out.append(names.value(r.value(), QString::number(r.value())));
    return out;
}

QJsonObject ScheduleJson::session(const Session &s, const QHash<qint64, QString> &repNames)
{
    return {
        { u"id"_s, s.id.value() },
        { u"uid"_s, s.icalUid },
        { u"kind"_s, sessionKindKey(s.kind) },
        { u"title"_s, s.title },
        { u"start"_s, utc(s.start) },
        { u"local_start"_s, localIn(s.start, s.timeZone) },
        { u"duration_min"_s, s.durationMin },
        { u"time_zone"_s, s.timeZone.isEmpty() ? u"UTC"_s : s.timeZone },
        { u"location"_s, s.location },
        { u"rrule"_s, s.rrule },
        { u"status"_s, sessionStatusKey(s.status) },
        { u"sequence"_s, s.sequence },
        { u"participants"_s, names(s.participants, repNames) },
    };
}

QJsonObject ScheduleJson::occurrence(const Occurrence &o, const QHash<qint64, QString> &repNames)
{
    return {
        { u"session"_s, o.sessionId.value() },
        { u"occurrence"_s, utc(o.occurrence) },
        { u"start"_s, utc(o.start) },
        { u"end"_s, utc(o.end) },
        { u"local_start"_s, localIn(o.start, o.timeZone) },
        { u"time_zone"_s, o.timeZone.isEmpty() ? u"UTC"_s : o.timeZone },
        { u"kind"_s, sessionKindKey(o.kind) },
        { u"status"_s, sessionStatusKey(o.status) },
        { u"title"_s, o.title },
        { u"location"_s, o.location },
        { u"participants"_s, names(o.participants, repNames) },
        { u"moved"_s, o.moved },
        { u"recurring"_s, o.recurring },
        { u"conflicting"_s, o.conflicting },
    };
}

QHash<qint64, QString> ScheduleJson::repNames(const Database &db)
{
    QHash<qint64, QString> result;
    if (auto contacts = SessionRepository(db).repContacts()) {
        for (const RepContact &c : *contacts)
            result.insert(c.id.value(), c.name);
    }
    return result;
}

QDateTime ScheduleJson::parseLocal(const QString &text, const QString &zone)
{
    const QTimeZone tz = zone.isEmpty() ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
    if (!tz.isValid())
        return {};
    for (const QString &format : { u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s }) {
        const QDateTime plain = QDateTime::fromString(text.trimmed(), format);
        if (plain.isValid())
            return QDateTime(plain.date(), plain.time(), tz);
    }
    return {};
}

} // namespace coach::cli
