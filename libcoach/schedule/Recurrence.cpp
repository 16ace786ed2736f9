// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/Recurrence.h"

#include "schedule/IcalSupport.h"

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

using IteratorPtr = std::unique_ptr<icalrecur_iterator, void (*)(icalrecur_iterator *)>;

QString libicalError()
{
    return QString::fromUtf8(icalerror_strerror(icalerrno));
}

// libical 3 reports a bad rule through icalerrno and a NO_RECURRENCE frequency.
std::optional<icalrecurrencetype> parseRule(const QString &rrule)
{
    IcalSupport::initialise();
    icalerror_clear_errno();
    QString text = rrule.trimmed();
    if (text.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        text = text.mid(6);
    const icalrecurrencetype rule = icalrecurrencetype_from_string(text.toUtf8().constData());
    if (rule.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR)
        return std::nullopt;
    return rule;
}

} // namespace

Result<void> Recurrence::checkRule(const QString &rrule)
{
    if (!parseRule(rrule))
        return fail(ErrorCode::InvalidInput,
                    tr("The repeat rule “%1” is not a valid RRULE (%2)").arg(rrule, libicalError()));
    return {};
}

bool Recurrence::isEndless(const QString &rrule)
{
    const auto rule = parseRule(rrule);
    return rule && rule->count == 0 && icaltime_is_null_time(rule->until);
}

Result<QList<QDateTime>> Recurrence::starts(const RecurrenceSpec &spec, const QDateTime &from,
                                            const QDateTime &to, qsizetype limit)
{
    icaltimezone *zone = IcalSupport::zone(spec.timeZone);
    if (!zone)
        return fail(ErrorCode::InvalidInput, tr("Unknown time zone “%1”").arg(spec.timeZone));
    if (!spec.start.isValid())
        return fail(ErrorCode::InvalidInput, tr("The series has no start"));

    QList<icalrecurrencetype> rules;
    if (!spec.rrule.trimmed().isEmpty()) {
        const auto rule = parseRule(spec.rrule);
        if (!rule)
            return fail(ErrorCode::InvalidInput,
                        tr("The repeat rule “%1” is not a valid RRULE (%2)").arg(spec.rrule, libicalError()));
        rules.append(*rule);
    }
    return IcalSupport::expand(IcalSupport::fromUtc(spec.start, zone), zone, rules, spec.rdates, spec.exdates,
                               from, to, limit, spec.rrule);
}

Result<void> Recurrence::validate(const RecurrenceSpec &spec)
{
    if (spec.rrule.trimmed().isEmpty())
        return {};
    if (auto ok = checkRule(spec.rrule); !ok)
        return ok;
    if (isEndless(spec.rrule))
        return fail(ErrorCode::InvalidInput,
                    tr("The repeat rule “%1” never ends; add COUNT=… or UNTIL=… so the series has a last meeting")
                            .arg(spec.rrule));
    // libical stops iterating at its own far-future limit, so this ends.
    const auto first = starts(spec, spec.start, spec.start.addYears(200), 1);
    if (!first)
        return std::unexpected(first.error());
    if (first->isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("The repeat rule “%1” starting %2 gives no meeting at all")
                            .arg(spec.rrule, spec.start.toString(Qt::ISODate)));
    return {};
}

Result<QStringList> Recurrence::wallClockInstances(const QString &rrule, const QString &dtstart,
                                                   const QString &startAt, qsizetype limit)
{
    const auto rule = parseRule(rrule);
    if (!rule)
        return fail(ErrorCode::InvalidInput,
                    tr("The repeat rule “%1” is not a valid RRULE (%2)").arg(rrule, libicalError()));
    QString value = dtstart;
    icaltimezone *zone = nullptr;
    if (value.startsWith(u"TZID="_s, Qt::CaseInsensitive)) {
        const QString tzid = value.mid(5).section(u':', 0, 0);
        value = value.section(u':', 1);
        zone = IcalSupport::zone(tzid);
        if (!zone)
            return fail(ErrorCode::InvalidInput, tr("Unknown time zone “%1”").arg(tzid));
    }
    icaltimetype start = icaltime_from_string(value.toUtf8().constData());
    if (icaltime_is_null_time(start))
        return fail(ErrorCode::InvalidInput, tr("“%1” is not an iCalendar date or time").arg(dtstart));
    if (zone)
        start = icaltime_set_timezone(&start, zone);

    icalerror_clear_errno();
    IteratorPtr it(icalrecur_iterator_new(*rule, start), icalrecur_iterator_free);
    if (!it)
        return fail(ErrorCode::Unsupported,
                    tr("The repeat rule “%1” cannot be expanded (%2)").arg(rrule, libicalError()));
    if (!startAt.isEmpty()) {
        const icaltimetype at = icaltime_from_string(startAt.toUtf8().constData());
        if (!icalrecur_iterator_set_start(it.get(), at))
            return fail(ErrorCode::Unsupported,
                        tr("The repeat rule “%1” cannot start at %2 (%3)").arg(rrule, startAt, libicalError()));
    }
    QStringList result;
    for (qsizetype step = 0; step < IcalSupport::MaxSteps && result.size() < limit; ++step) {
        const icaltimetype next = icalrecur_iterator_next(it.get());
        if (icaltime_is_null_time(next))
            break;
        result.append(QString::fromUtf8(icaltime_as_ical_string(next)));
    }
    return result;
}

} // namespace coach
