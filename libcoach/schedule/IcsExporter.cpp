// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsExporter.h"

#include "schedule/IcalSupport.h"

#include <QSet>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// Wall-clock time of `utc` for a property: UTC ("…Z") when the series has no zone,
// otherwise floating digits that the TZID parameter added by addTime() anchors.
icaltimetype wallTime(const QDateTime &utc, const QString &zoneId)
{
    if (zoneId.isEmpty())
        return IcalSupport::fromUtc(utc, icaltimezone_get_utc_timezone());
    icaltimetype t = IcalSupport::fromUtc(utc, IcalSupport::zone(zoneId));
    t.zone = nullptr;
    return t;
}

void addTzid(icalproperty *p, const QString &zoneId)
{
    if (!zoneId.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_tzid(utf8(zoneId).constData()));
}

void addX(icalcomponent *c, const char *name, const QString &value)
{
    icalproperty *p = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(c, p);
}

QString kindLabel(SessionKind kind)
{
    switch (kind) {
    case SessionKind::OneOnOne:
        return IcsExporter::tr("One-on-one");
    case SessionKind::BuddyDebrief:
        return IcsExporter::tr("Buddy debrief");
    case SessionKind::Huddle:
        return IcsExporter::tr("Huddle");
    }
    return {};
}

icalproperty *person(icalproperty *p, const QString &name)
{
    if (!name.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(utf8(name).constData()));
    return p;
}

QString address(const QString &name, const QString &email)
{
    return u"mailto:"_s + (email.isEmpty() ? IcsExporter::placeholderAddress(name) : email);
}

// What every VEVENT of a series carries, master or override.
void addCommon(icalcomponent *ev, const Session &s, const QHash<qint64, IcsContact> &contacts,
               const icaltimetype &stamp)
{
    icalcomponent_add_property(ev, icalproperty_new_uid(utf8(s.icalUid).constData()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
    if (!s.organiser.isEmpty() || !s.organiserEmail.isEmpty()) {
        icalcomponent_add_property(
                ev, person(icalproperty_new_organizer(utf8(address(s.organiser, s.organiserEmail)).constData()),
                           s.organiser));
    }
    for (RepId rep : s.participants) {
        const IcsContact contact = contacts.value(rep.value(), { u"Rep %1"_s.arg(rep.value()), {} });
        icalproperty *p = person(icalproperty_new_attendee(utf8(address(contact.name, contact.email)).constData()),
                                 contact.name);
        icalproperty_add_parameter(p, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalcomponent_add_property(ev, p);
    }
    icalcomponent_add_property(ev, icalproperty_new_categories(utf8(kindLabel(s.kind)).constData()));
    addX(ev, "X-COACHBENCH-KIND", sessionKindKey(s.kind));
}

void addTimes(icalcomponent *ev, const QDateTime &start, int durationMin, const QString &zoneId)
{
    icalproperty *dtstart = icalproperty_new_dtstart(wallTime(start, zoneId));
    addTzid(dtstart, zoneId);
    icalcomponent_add_property(ev, dtstart);
    icalproperty *dtend = icalproperty_new_dtend(wallTime(start.addSecs(qint64(durationMin) * 60), zoneId));
    addTzid(dtend, zoneId);
    icalcomponent_add_property(ev, dtend);
}

void addText(icalcomponent *ev, const QString &summary, const QString &location)
{
    icalcomponent_add_property(ev, icalproperty_new_summary(utf8(summary).constData()));
    if (!location.isEmpty()) {
        icalcomponent_add_property(ev, icalproperty_new_location(utf8(location).constData()));
        const QUrl url(location, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s))
            icalcomponent_add_property(ev, icalproperty_new_url(utf8(location).constData()));
    }
}

void addStatus(icalcomponent *ev, SessionStatus status)
{
    icalcomponent_add_property(ev, icalproperty_new_status(status == SessionStatus::Cancelled ? ICAL_STATUS_CANCELLED
                                                                                              : ICAL_STATUS_CONFIRMED));
    addX(ev, "X-COACHBENCH-STATUS", sessionStatusKey(status));
}

} // namespace

QString IcsExporter::placeholderAddress(const QString &name)
{
    const QString local = QString::fromLatin1(QUrl::toPercentEncoding(name.simplified().replace(u' ', u'.')));
    return (local.isEmpty() ? u"rep"_s : local) + u"@coachbench.invalid"_s;
}

Result<QByteArray> IcsExporter::write(const QList<Session> &sessions, const QHash<qint64, IcsContact> &contacts,
                                      const QDateTime &stamp)
{
    IcalSupport::initialise();
    IcalComponentPtr cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Coachbench//Coachbench//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_calscale("GREGORIAN"));

    // One VTIMEZONE per zone in use, cut to the years the sessions need so the
    // file stays small (the system zoneinfo goes back to the 1800s).
    QHash<QString, QDateTime> earliest;
    for (const Session &s : sessions) {
        if (s.icalUid.isEmpty())
            return fail(ErrorCode::InvalidInput, tr("Session %1 has no UID; store it before exporting").arg(s.id.value()));
        if (s.timeZone.isEmpty())
            continue;
        QDateTime first = s.start;
        for (const SessionOverride &ov : s.overrides)
            first = std::min({ first, ov.start, ov.occurrence });
        for (const QDateTime &t : s.rdates)
            first = std::min(first, t);
        auto it = earliest.find(s.timeZone);
        if (it == earliest.end())
            earliest.insert(s.timeZone, first);
        else
            *it = std::min(*it, first);
    }
    QStringList zoneIds = earliest.keys();
    zoneIds.sort();
    for (const QString &id : zoneIds) {
        icaltimezone *zone = IcalSupport::zone(id);
        if (!zone || !icaltimezone_get_component(zone))
            return fail(ErrorCode::InvalidInput, tr("Unknown time zone “%1”; it cannot be exported").arg(id));
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(zone));
        icaltimetype from = IcalSupport::fromUtc(earliest.value(id).addYears(-1), icaltimezone_get_utc_timezone());
        icaltimezone_truncate_vtimezone(vtz, from, icaltime_null_time(), 1);
        if (icalproperty *tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
            icalproperty_set_tzid(tzid, utf8(id).constData());
        icalcomponent_add_component(cal.get(), vtz);
    }

    const icaltimetype dtstamp = IcalSupport::fromUtc(stamp.isValid() ? stamp.toUTC() : QDateTime::currentDateTimeUtc(),
                                                      icaltimezone_get_utc_timezone());
    for (const Session &s : sessions) {
        icalcomponent *ev = icalcomponent_new_vevent();
        icalcomponent_add_component(cal.get(), ev);
        addCommon(ev, s, contacts, dtstamp);
        addTimes(ev, s.start, s.durationMin, s.timeZone);
        addText(ev, s.title, s.location);
        if (!s.agenda.isEmpty())
            icalcomponent_add_property(ev, icalproperty_new_description(utf8(s.agenda).constData()));
        if (!s.rrule.isEmpty()) {
            icalerror_clear_errno();
            const icalrecurrencetype rule = icalrecurrencetype_from_string(utf8(s.rrule).constData());
            if (rule.freq == ICAL_NO_RECURRENCE)
                return fail(ErrorCode::InvalidInput,
                            tr("Session “%1” has an invalid repeat rule “%2”").arg(s.title, s.rrule));
            icalcomponent_add_property(ev, icalproperty_new_rrule(rule));
        }
        for (const QDateTime &t : s.rdates) {
            icaldatetimeperiodtype value{};
            value.time = wallTime(t, s.timeZone);
            value.period = icalperiodtype_null_period();
            icalproperty *p = icalproperty_new_rdate(value);
            addTzid(p, s.timeZone);
            icalcomponent_add_property(ev, p);
        }
        for (const QDateTime &t : s.exdates) {
            icalproperty *p = icalproperty_new_exdate(wallTime(t, s.timeZone));
            addTzid(p, s.timeZone);
            icalcomponent_add_property(ev, p);
        }
        addStatus(ev, s.status);
        icalcomponent_add_property(ev, icalproperty_new_sequence(s.sequence));
        if (s.createdAt.isValid())
            icalcomponent_add_property(ev, icalproperty_new_created(
                                                   IcalSupport::fromUtc(s.createdAt, icaltimezone_get_utc_timezone())));
        if (s.updatedAt.isValid())
            icalcomponent_add_property(ev, icalproperty_new_lastmodified(
                                                   IcalSupport::fromUtc(s.updatedAt, icaltimezone_get_utc_timezone())));

        for (const SessionOverride &ov : s.overrides) {
            icalcomponent *ex = icalcomponent_new_vevent();
            icalcomponent_add_component(cal.get(), ex);
            addCommon(ex, s, contacts, dtstamp);
            icalproperty *rid = icalproperty_new_recurrenceid(wallTime(ov.occurrence, s.timeZone));
            addTzid(rid, s.timeZone);
            icalcomponent_add_property(ex, rid);
            addTimes(ex, ov.start, ov.durationMin, s.timeZone);
            addText(ex, ov.title.value_or(s.title), ov.location.value_or(s.location));
            if (!s.agenda.isEmpty())
                icalcomponent_add_property(ex, icalproperty_new_description(utf8(s.agenda).constData()));
            addStatus(ex, ov.status);
            icalcomponent_add_property(ex, icalproperty_new_sequence(ov.sequence));
        }
    }
    return IcalSupport::take(icalcomponent_as_ical_string_r(cal.get())).toUtf8();
}

} // namespace coach
