// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcsImporter.h"

#include "schedule/IcalSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

// Properties whose damage changes when an event happens; any other damage
// (an unknown property name, an odd parameter) is tolerated, as clients do.
// A damaged RDATE is tolerated too: libical drops that one extra date (Google
// writes all-day RDATEs as "20131210Z"), while a dropped EXDATE would add a meeting.
const char *const timingProperties[] = { "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID",
                                         "TZOFFSETFROM", "TZOFFSETTO" };

struct Context
{
    QString file;
    icalcomponent *calendar = nullptr;
    icaltimezone *floating = nullptr;
    QString floatingId;
};

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

QString eventName(icalcomponent *ev)
{
    const QString summary = text(icalcomponent_get_summary(ev)).simplified();
    const QString uid = text(icalcomponent_get_uid(ev));
    if (!summary.isEmpty())
        return u"“%1”"_s.arg(summary.left(60));
    return uid.isEmpty() ? IcsImporter::tr("without a title") : u"UID %1"_s.arg(uid.left(60));
}

QString tzidOf(icalproperty *p)
{
    icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return param ? text(icalparameter_get_tzid(param)) : QString();
}

// The zone a TZID names: the file's VTIMEZONE first, then libical's builtin zones.
icaltimezone *lookupZone(const Context &ctx, const QString &tzid)
{
    const QByteArray id = tzid.toUtf8();
    if (icaltimezone *z = icalcomponent_get_timezone(ctx.calendar, id.constData()))
        return z;
    if (icaltimezone *z = icaltimezone_get_builtin_timezone_from_tzid(id.constData()))
        return z;
    if (icaltimezone *z = IcalSupport::zone(IcalSupport::ianaFromTzid(tzid)))
        return z;
    // Outlook names zones the Windows way ("W. Europe Standard Time").
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    return iana.isEmpty() ? nullptr : IcalSupport::zone(QString::fromUtf8(iana));
}

// A time value of a property with its zone resolved; an error when the TZID is unknown.
Result<icaltimetype> resolved(const Context &ctx, icalcomponent *ev, icalproperty *p, icaltimetype t)
{
    const QString tzid = tzidOf(p);
    if (!tzid.isEmpty() && !t.zone && !t.is_date && !icaltime_is_utc(t)) {
        icaltimezone *z = lookupZone(ctx, tzid);
        if (!z)
            return fail(ErrorCode::Unsupported, IcsImporter::tr("%1: event %2 uses the unknown time zone “%3”")
                                                        .arg(ctx.file, eventName(ev), tzid));
        t.zone = z;
    }
    return t;
}

QDateTime toUtc(const Context &ctx, const icaltimetype &t)
{
    return IcalSupport::toUtc(t, ctx.floating);
}

IcsPerson personOf(icalproperty *p)
{
    IcsPerson person;
    icalparameter *cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
    person.name = cn ? text(icalparameter_get_cn(cn)).trimmed() : QString();
    const QString value = text(icalproperty_get_value_as_string(p)).trimmed();
    if (value.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
        person.email = value.mid(7);
        if (person.email.endsWith(u"@coachbench.invalid"_s))
            person.email.clear();
    }
    if (person.name.isEmpty())
        person.name = person.email.isEmpty() ? value : person.email.section(u'@', 0, 0);
    return person;
}

QString xValue(icalcomponent *ev, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0)
            return text(icalproperty_get_x(p)).trimmed();
    }
    return {};
}

SessionStatus statusOf(icalcomponent *ev)
{
    if (const auto s = sessionStatusFromKey(xValue(ev, "X-COACHBENCH-STATUS")))
        return *s;
    return icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED ? SessionStatus::Cancelled : SessionStatus::Planned;
}

// libical marks what it could not read with X-LIC-ERROR; those touching timing are fatal.
Result<void> checkErrors(const Context &ctx, icalcomponent *component, icalcomponent *event)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        const QString message = text(icalproperty_get_xlicerror(p)).simplified();
        icalparameter *type = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
        const auto kind = type ? icalparameter_get_xlicerrortype(type) : ICAL_XLICERRORTYPE_NONE;
        bool fatal = kind == ICAL_XLICERRORTYPE_COMPONENTPARSEERROR;
        for (const char *name : timingProperties)
            fatal = fatal || message.contains(QString::fromLatin1(name) + u" property"_s) ;
        if (fatal) {
            return fail(ErrorCode::Corrupt, IcsImporter::tr("%1: malformed iCalendar in event %2: %3")
                                                    .arg(ctx.file, event ? eventName(event) : IcsImporter::tr("(time zone)"),
                                                         message));
        }
    }
    for (icalcomponent *c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        if (auto ok = checkErrors(ctx, c, event ? event : (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT ? c : nullptr));
            !ok)
            return ok;
    }
    return {};
}

struct Parsed
{
    IcsEvent event;
    icaltimetype dtstart{};
    icaltimezone *zone = nullptr;
    QList<icalrecurrencetype> rules;
    QList<icalrecurrencetype> exrules; // RFC 2445's EXRULE, still written by old clients
    bool isOverride = false;
    QDateTime recurrenceId;
};

Result<Parsed> parseEvent(const Context &ctx, icalcomponent *ev)
{
    Parsed out;
    IcsEvent &e = out.event;
    e.uid = text(icalcomponent_get_uid(ev)).trimmed();
    if (e.uid.isEmpty()) {
        // No UID (allowed by old clients): one derived from the content is stable across re-imports.
        const QByteArray body = IcalSupport::take(icalcomponent_as_ical_string_r(ev)).toUtf8();
        e.uid = QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex()) + u"@import"_s;
    }
    e.summary = text(icalcomponent_get_summary(ev));
    e.description = text(icalcomponent_get_description(ev));
    e.location = text(icalcomponent_get_location(ev));
    e.sequence = icalcomponent_get_sequence(ev);
    e.status = statusOf(ev);
    e.kind = sessionKindFromKey(xValue(ev, "X-COACHBENCH-KIND"));
    if (icalproperty *transp = icalcomponent_get_first_property(ev, ICAL_TRANSP_PROPERTY))
        e.transparent = icalproperty_get_transp(transp) == ICAL_TRANSP_TRANSPARENT;
    if (icalproperty *org = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY))
        e.organiser = personOf(org);
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_ATTENDEE_PROPERTY))
        e.attendees.append(personOf(p));

    icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
    if (!startProp)
        return fail(ErrorCode::InvalidInput, IcsImporter::tr("%1: event %2 has no start (DTSTART)").arg(ctx.file, eventName(ev)));
    auto start = resolved(ctx, ev, startProp, icalproperty_get_dtstart(startProp));
    if (!start)
        return std::unexpected(start.error());
    if (icaltime_is_null_time(*start) || !icaltime_is_valid_time(*start))
        return fail(ErrorCode::Corrupt, IcsImporter::tr("%1: event %2 has an unreadable start").arg(ctx.file, eventName(ev)));
    out.dtstart = *start;
    out.zone = start->zone ? const_cast<icaltimezone *>(start->zone) : ctx.floating;
    e.allDay = start->is_date;
    e.start = toUtc(ctx, *start);
    if (start->zone && !icaltime_is_utc(*start)) {
        const QString iana = IcalSupport::ianaName(const_cast<icaltimezone *>(start->zone));
        e.ianaZone = !iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana.toUtf8());
        e.timeZone = e.ianaZone ? iana : tzidOf(startProp);
    } else if (!icaltime_is_utc(*start)) {
        e.timeZone = ctx.floatingId;
    }

    // DTEND, else DURATION, else the RFC 5545 defaults (one day for a date, nothing for a time).
    QDateTime end;
    if (icalproperty *endProp = icalcomponent_get_first_property(ev, ICAL_DTEND_PROPERTY)) {
        auto e2 = resolved(ctx, ev, endProp, icalproperty_get_dtend(endProp));
        if (!e2)
            return std::unexpected(e2.error());
        end = toUtc(ctx, *e2);
    } else if (icalproperty *durProp = icalcomponent_get_first_property(ev, ICAL_DURATION_PROPERTY)) {
        const icaldurationtype d = icalproperty_get_duration(durProp);
        end = e.start.addSecs(icaldurationtype_as_int(d));
    } else {
        end = e.allDay ? e.start.addDays(1) : e.start;
    }
    e.durationSecs = end.isValid() ? qMax<qint64>(0, e.start.secsTo(end)) : 0;

    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_RRULE_PROPERTY)) {
        const icalrecurrencetype rule = icalproperty_get_rrule(p);
        if (rule.freq == ICAL_NO_RECURRENCE)
            return fail(ErrorCode::Corrupt, IcsImporter::tr("%1: event %2 has an unreadable repeat rule").arg(ctx.file, eventName(ev)));
        out.rules.append(rule);
        if (e.rrule.isEmpty())
            e.rrule = IcalSupport::take(icalrecurrencetype_as_string_r(const_cast<icalrecurrencetype *>(&rule)));
    }
    e.ruleCount = int(out.rules.size());
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_EXRULE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_EXRULE_PROPERTY)) {
        const icalrecurrencetype rule = icalproperty_get_exrule(p);
        if (rule.freq != ICAL_NO_RECURRENCE)
            out.exrules.append(rule);
    }
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
        auto t = resolved(ctx, ev, p, icalproperty_get_exdate(p));
        if (!t)
            return std::unexpected(t.error());
        icaltimetype x = *t;
        // An all-day EXDATE on a timed series removes that day's meeting.
        if (x.is_date && !e.allDay) {
            x.is_date = 0;
            x.hour = out.dtstart.hour;
            x.minute = out.dtstart.minute;
            x.second = out.dtstart.second;
            x.zone = out.dtstart.zone;
        }
        e.exdates.append(IcalSupport::toUtc(x, x.zone ? const_cast<icaltimezone *>(x.zone) : ctx.floating));
    }
    for (icalproperty *p = icalcomponent_get_first_property(ev, ICAL_RDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(ev, ICAL_RDATE_PROPERTY)) {
        const icaldatetimeperiodtype value = icalproperty_get_rdate(p);
        const icaltimetype raw = icaltime_is_null_time(value.time) ? value.period.start : value.time;
        auto t = resolved(ctx, ev, p, raw);
        if (!t)
            return std::unexpected(t.error());
        if (!icaltime_is_null_time(*t))
            e.rdates.append(toUtc(ctx, *t));
    }
    if (icalproperty *rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
        auto t = resolved(ctx, ev, rid, icalproperty_get_recurrenceid(rid));
        if (!t)
            return std::unexpected(t.error());
        out.isOverride = true;
        out.recurrenceId = toUtc(ctx, *t);
    }
    return out;
}

} // namespace

Result<QList<IcsEvent>> IcsImporter::readFile(const QString &path, const Options &options)
{
    const QString file = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.exists())
        return fail(ErrorCode::NotFound, tr("%1: no such file").arg(file));
    if (f.size() > MaxFileSize)
        return fail(ErrorCode::Unsupported, tr("%1: the file is too large for a calendar (%2 MB)")
                                                    .arg(file).arg(f.size() / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1: cannot read the file (%2)").arg(file, f.errorString()));
    return read(f.readAll(), file, options);
}

Result<QList<IcsEvent>> IcsImporter::read(const QByteArray &data, const QString &name, const Options &options)
{
    IcalSupport::initialise();
    if (data.trimmed().isEmpty())
        return fail(ErrorCode::Empty, tr("%1: the file is empty").arg(name));
    if (!data.contains("BEGIN:VCALENDAR") && !data.contains("begin:vcalendar"))
        return fail(ErrorCode::Unsupported, tr("%1: not an iCalendar file (no BEGIN:VCALENDAR)").arg(name));
    if (data.contains('\0'))
        return fail(ErrorCode::Corrupt, tr("%1: malformed iCalendar (the file holds binary data)").arg(name));
    const QByteArray tail = data.trimmed().right(64).toUpper();
    if (!tail.contains("END:VCALENDAR"))
        return fail(ErrorCode::Corrupt, tr("%1: malformed iCalendar: the file ends before END:VCALENDAR "
                                           "(it may be cut short)").arg(name));

    IcalComponentPtr root(icalparser_parse_string(data.constData()));
    if (!root)
        return fail(ErrorCode::Corrupt, tr("%1: malformed iCalendar: libical could not parse it").arg(name));

    QList<icalcomponent *> calendars;
    if (icalcomponent_isa(root.get()) == ICAL_VCALENDAR_COMPONENT) {
        calendars.append(root.get());
    } else {
        for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT); c;
             c = icalcomponent_get_next_component(root.get(), ICAL_VCALENDAR_COMPONENT))
            calendars.append(c);
    }
    if (calendars.isEmpty())
        return fail(ErrorCode::Corrupt, tr("%1: malformed iCalendar: no VCALENDAR component").arg(name));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = options.from.isValid() ? options.from : now.addYears(-1);
    const QDateTime to = options.to.isValid() ? options.to : now.addYears(2);
    Context ctx;
    ctx.file = name;
    ctx.floatingId = options.floatingZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                                                    : options.floatingZone;
    ctx.floating = IcalSupport::zone(ctx.floatingId);
    if (!ctx.floating) {
        ctx.floatingId.clear();
        ctx.floating = icaltimezone_get_utc_timezone();
    }

    QList<Parsed> masters;
    QHash<QString, qsizetype> byUid;
    QList<Parsed> overrides;
    for (icalcomponent *cal : calendars) {
        ctx.calendar = cal;
        if (auto ok = checkErrors(ctx, cal, nullptr); !ok)
            return std::unexpected(ok.error());
        // iTIP replies and cancellations (METHOD:REPLY, CANCEL…) may leave out DTSTART; they add no time.
        const icalproperty *method = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY);
        const bool itip = method && icalproperty_get_method(method) != ICAL_METHOD_PUBLISH;
        for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
             ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
            if (itip && !icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY))
                continue;
            auto parsed = parseEvent(ctx, ev);
            if (!parsed)
                return std::unexpected(parsed.error());
            if (parsed->isOverride) {
                overrides.append(std::move(*parsed));
            } else {
                // Two masters with one UID: the later (higher SEQUENCE) one wins, as clients do.
                const auto it = byUid.constFind(parsed->event.uid);
                if (it == byUid.cend()) {
                    byUid.insert(parsed->event.uid, masters.size());
                    masters.append(std::move(*parsed));
                } else if (parsed->event.sequence >= masters[*it].event.sequence) {
                    masters[*it] = std::move(*parsed);
                }
            }
        }
    }

    // Overrides fold into their series; one without its series stands alone.
    for (Parsed &ov : overrides) {
        const auto it = byUid.constFind(ov.event.uid);
        if (it == byUid.cend()) {
            ov.isOverride = false;
            byUid.insert(ov.event.uid, masters.size());
            masters.append(std::move(ov));
            continue;
        }
        IcsEvent &master = masters[*it].event;
        SessionOverride o;
        o.occurrence = ov.recurrenceId;
        o.start = ov.event.start;
        o.durationMin = int(qMax<qint64>(1, (ov.event.durationSecs + 59) / 60));
        if (ov.event.summary != master.summary)
            o.title = ov.event.summary;
        if (ov.event.location != master.location)
            o.location = ov.event.location;
        o.status = ov.event.status;
        o.sequence = ov.event.sequence;
        master.overrides.removeIf([&](const SessionOverride &x) { return x.occurrence == o.occurrence; });
        master.overrides.append(o);
    }

    QList<IcsEvent> result;
    qsizetype total = 0;
    for (Parsed &p : masters) {
        IcsEvent &e = p.event;
        std::sort(e.overrides.begin(), e.overrides.end(),
                  [](const SessionOverride &a, const SessionOverride &b) { return a.occurrence < b.occurrence; });
        const QString ruleText = e.rrule;
        if (!p.rules.isEmpty()) {
            // A rule that gives no meeting at all is an error in the file, not an empty event.
            auto any = IcalSupport::expand(p.dtstart, p.zone, p.rules, e.rdates, {}, e.start.addSecs(-1),
                                           e.start.addYears(400), 1, ruleText);
            if (!any)
                return fail(any.error().code(), tr("%1: event %2: %3").arg(name, u"“%1”"_s.arg(e.summary), any.error().message()));
            if (any->isEmpty())
                return fail(ErrorCode::InvalidInput, tr("%1: event “%2”: its repeat rule “%3” gives no date at all")
                                                             .arg(name, e.summary, ruleText));
        }
        const qint64 length = e.durationSecs;
        if (!p.exrules.isEmpty()) {
            // Excluded by rule: become plain EXDATEs inside the window.
            auto excluded = IcalSupport::expand(p.dtstart, p.zone, p.exrules, {}, {}, from.addSecs(-length), to,
                                                options.maxOccurrences, ruleText);
            if (!excluded)
                return fail(excluded.error().code(), tr("%1: event “%2”: %3").arg(name, e.summary, excluded.error().message()));
            for (const QDateTime &t : *excluded) {
                if (!e.exdates.contains(t))
                    e.exdates.append(t);
            }
            std::sort(e.exdates.begin(), e.exdates.end());
        }
        // Meetings that start before the window but run into it count too.
        auto starts = IcalSupport::expand(p.dtstart, p.zone, p.rules, e.rdates, e.exdates, from.addSecs(-length), to,
                                          options.maxOccurrences - total + 1, ruleText);
        if (!starts)
            return fail(starts.error().code(), tr("%1: event “%2”: %3").arg(name, e.summary, starts.error().message()));
        for (const QDateTime &s : *starts) {
            Occurrence o;
            o.occurrence = s;
            o.start = s;
            o.end = s.addSecs(length);
            o.status = e.status;
            o.title = e.summary;
            o.location = e.location;
            o.timeZone = e.timeZone;
            o.recurring = !p.rules.isEmpty() || !e.rdates.isEmpty();
            if (const auto ov = std::find_if(e.overrides.cbegin(), e.overrides.cend(),
                                             [&](const SessionOverride &x) { return x.occurrence == s; });
                ov != e.overrides.cend()) {
                o.start = ov->start;
                o.end = ov->start.addSecs(qint64(ov->durationMin) * 60);
                o.status = ov->status;
                o.title = ov->title.value_or(e.summary);
                o.location = ov->location.value_or(e.location);
                o.moved = ov->start != s;
            }
            e.occurrences.append(o);
        }
        // A meeting moved into the window from a date outside it.
        for (const SessionOverride &ov : e.overrides) {
            const bool listed = std::any_of(e.occurrences.cbegin(), e.occurrences.cend(),
                                            [&](const Occurrence &o) { return o.occurrence == ov.occurrence; });
            if (listed || ov.start >= to || ov.start.addSecs(qint64(ov.durationMin) * 60) <= from)
                continue;
            Occurrence o;
            o.occurrence = ov.occurrence;
            o.start = ov.start;
            o.end = ov.start.addSecs(qint64(ov.durationMin) * 60);
            o.status = ov.status;
            o.title = ov.title.value_or(e.summary);
            o.location = ov.location.value_or(e.location);
            o.timeZone = e.timeZone;
            o.recurring = true;
            o.moved = true;
            e.occurrences.append(o);
        }
        std::sort(e.occurrences.begin(), e.occurrences.end(),
                  [](const Occurrence &a, const Occurrence &b) { return a.start < b.start; });
        total += e.occurrences.size();
        if (total > options.maxOccurrences)
            return fail(ErrorCode::Unsupported, tr("%1: more than %2 meetings between %3 and %4; "
                                                   "import a shorter period")
                                                        .arg(name)
                                                        .arg(options.maxOccurrences)
                                                        .arg(from.date().toString(Qt::ISODate), to.date().toString(Qt::ISODate)));
        result.append(std::move(e));
    }
    return result;
}

} // namespace coach
