// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/IcalSupport.h"

#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace coach {

void IcalSupport::initialise()
{
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

icaltimezone *IcalSupport::zone(const QString &iana)
{
    initialise();
    const QString name = iana.trimmed();
    if (name.isEmpty() || name == u"UTC"_s || name == u"Etc/UTC"_s || name == u"Z"_s)
        return icaltimezone_get_utc_timezone();
    // libical reads the system's zoneinfo; an id it does not know gives null.
    return icaltimezone_get_builtin_timezone(name.toUtf8().constData());
}

QString IcalSupport::ianaFromTzid(const QString &tzid)
{
    QString id = tzid.trimmed();
    if (id.startsWith(u'/')) {
        // Vendor prefixes end before the first "Area/" part; keep the last two or three parts.
        const QStringList parts = id.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype n = qMin<qsizetype>(3, parts.size()); n >= 1; --n) {
            const QString candidate = parts.mid(parts.size() - n).join(u'/');
            if (QTimeZone::isTimeZoneIdAvailable(candidate.toUtf8()))
                return candidate;
        }
        return parts.isEmpty() ? QString() : parts.constLast();
    }
    return id;
}

QString IcalSupport::ianaName(icaltimezone *zone)
{
    if (!zone || zone == icaltimezone_get_utc_timezone())
        return {};
    if (const char *location = icaltimezone_get_location(zone); location && *location) {
        const QString name = QString::fromUtf8(location);
        if (QTimeZone::isTimeZoneIdAvailable(name.toUtf8()))
            return name;
    }
    const char *tzid = icaltimezone_get_tzid(zone);
    return tzid ? ianaFromTzid(QString::fromUtf8(tzid)) : QString();
}

icaltimetype IcalSupport::fromUtc(const QDateTime &utc, icaltimezone *zone)
{
    icaltimezone *z = zone ? zone : icaltimezone_get_utc_timezone();
    icaltimetype t = icaltime_from_timet_with_zone(static_cast<time_t>(utc.toSecsSinceEpoch()), 0, z);
    // libical 3.0 converts the digits but leaves the result marked UTC; the zone must travel with it.
    t.zone = z;
    return t;
}

QDateTime IcalSupport::toUtc(const icaltimetype &time, icaltimezone *fallback)
{
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return {};
    icaltimezone *z = time.zone ? const_cast<icaltimezone *>(time.zone) : fallback;
    if (!z)
        z = icaltimezone_get_utc_timezone();
    icaltimetype t = time;
    if (t.is_date) {
        t.is_date = 0;
        t.hour = t.minute = t.second = 0;
    }
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(icaltime_as_timet_with_zone(t, z)), Qt::UTC);
}

Result<QList<QDateTime>> IcalSupport::expand(const icaltimetype &dtstart, icaltimezone *zone,
                                             const QList<icalrecurrencetype> &rules, const QList<QDateTime> &rdates,
                                             const QList<QDateTime> &exdates, const QDateTime &from,
                                             const QDateTime &to, qsizetype limit, const QString &ruleText)
{
    initialise();
    QList<QDateTime> result;
    const auto inWindow = [&](const QDateTime &t) { return t.isValid() && t >= from && t < to; };
    if (rules.isEmpty()) {
        const QDateTime t = toUtc(dtstart, zone);
        if (inWindow(t))
            result.append(t);
    }
    // Extra room so EXDATEs removed afterwards do not cut the result short.
    const qsizetype want = limit + exdates.size();
    for (const icalrecurrencetype &rule : rules) {
        icalerror_clear_errno();
        icalrecur_iterator *raw = icalrecur_iterator_new(rule, dtstart);
        if (!raw)
            return fail(ErrorCode::InvalidInput, tr("The repeat rule “%1” cannot be expanded (%2)")
                                                         .arg(ruleText, QString::fromUtf8(icalerror_strerror(icalerrno))));
        const std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator *)> it(raw, icalrecur_iterator_free);
        qsizetype found = 0;
        for (qsizetype step = 0;; ++step) {
            if (step >= MaxSteps)
                return fail(ErrorCode::InvalidInput, tr("The repeat rule “%1” repeats too often to expand up to %2")
                                                             .arg(ruleText, to.toString(Qt::ISODate)));
            const icaltimetype next = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(next))
                break;
            const QDateTime t = toUtc(next, zone);
            if (!t.isValid() || t >= to)
                break;
            if (t >= from) {
                result.append(t);
                if (++found >= want)
                    break;
            }
        }
    }
    for (const QDateTime &r : rdates) {
        if (inWindow(r))
            result.append(r);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    result.removeIf([&](const QDateTime &t) { return exdates.contains(t); });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QString IcalSupport::take(char *owned)
{
    const QString text = owned ? QString::fromUtf8(owned) : QString();
    std::free(owned);
    return text;
}

} // namespace coach
