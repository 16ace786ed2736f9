// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/RecurrencePattern.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList DayCodes = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};

QTimeZone zoneOf(const QString &timeZone)
{
    return timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(timeZone.toUtf8());
}

QHash<QString, QString> parts(const QString &rrule)
{
    QHash<QString, QString> result;
    for (const QString &part : rrule.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            result.insert(part.left(eq).trimmed().toUpper(), part.mid(eq + 1).trimmed().toUpper());
    }
    return result;
}

// The date, in `zone`, of an UNTIL value: a date, a UTC time or a floating time.
QDate untilDate(const QString &value, const QTimeZone &zone)
{
    if (value.size() == 8)
        return QDate::fromString(value, u"yyyyMMdd"_s);
    const bool utc = value.endsWith(u'Z');
    const QDateTime t = QDateTime::fromString(value.left(15), u"yyyyMMdd'T'HHmmss"_s);
    if (!t.isValid())
        return {};
    if (!utc)
        return t.date();
    return QDateTime(t.date(), t.time(), Qt::UTC).toTimeZone(zone).date();
}

} // namespace

QString RecurrencePattern::dayCode(int weekday)
{
    return DayCodes.value(weekday - 1);
}

int RecurrencePattern::weekdayOrdinal(const QDate &day)
{
    const int nth = (day.day() - 1) / 7 + 1;
    // A fifth Tuesday only some months have: "the last" keeps the series monthly.
    return nth >= 5 ? -1 : nth;
}

QString RecurrencePattern::toRRule(const QDate &firstDay, const QString &timeZone) const
{
    QStringList rule;
    switch (frequency) {
    case Frequency::None:
        return {};
    case Frequency::Custom:
        return customRule;
    case Frequency::Weekly:
        rule << u"FREQ=WEEKLY"_s << u"BYDAY=%1"_s.arg(dayCode(weekday));
        break;
    case Frequency::EveryOtherWeek:
        rule << u"FREQ=WEEKLY"_s << u"INTERVAL=2"_s << u"BYDAY=%1"_s.arg(dayCode(weekday));
        break;
    case Frequency::Monthly:
        rule << u"FREQ=MONTHLY"_s << u"BYDAY=%1%2"_s.arg(weekdayOrdinal(firstDay)).arg(dayCode(weekday));
        break;
    }
    if (end == End::Count) {
        rule << u"COUNT=%1"_s.arg(std::max(1, count));
    } else {
        // The whole last day counts, read in the session's zone; RFC 5545 wants UNTIL in UTC.
        const QDateTime last(until, QTime(23, 59, 59), zoneOf(timeZone));
        rule << u"UNTIL=%1"_s.arg(last.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
    }
    return rule.join(u';');
}

RecurrencePattern RecurrencePattern::fromRRule(const QString &rrule, const QDateTime &startUtc, const QString &timeZone)
{
    RecurrencePattern pattern;
    const QTimeZone zone = zoneOf(timeZone);
    const QDate firstDay = startUtc.toTimeZone(zone).date();
    pattern.weekday = firstDay.isValid() ? firstDay.dayOfWeek() : int(Qt::Monday);
    pattern.until = firstDay.addMonths(6);
    QString rule = rrule.trimmed();
    if (rule.startsWith(u"RRULE:"_s, Qt::CaseInsensitive))
        rule = rule.mid(6);
    if (rule.isEmpty())
        return pattern;

    pattern.frequency = Frequency::Custom;
    pattern.customRule = rule;
    const auto p = parts(rule);
    for (auto it = p.cbegin(); it != p.cend(); ++it) {
        static const QStringList known = {u"FREQ"_s, u"INTERVAL"_s, u"BYDAY"_s, u"COUNT"_s, u"UNTIL"_s, u"WKST"_s};
        if (!known.contains(it.key()))
            return pattern;
    }
    static const QRegularExpression byDay(u"^([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)$"_s);
    const auto match = byDay.match(p.value(u"BYDAY"_s));
    if (!match.hasMatch())
        return pattern;
    const int day = int(DayCodes.indexOf(match.captured(2))) + 1;
    const QString ordinal = match.captured(1);
    const int interval = p.value(u"INTERVAL"_s, u"1"_s).toInt();
    const QString freq = p.value(u"FREQ"_s);

    Frequency frequency = Frequency::Custom;
    if (freq == u"WEEKLY"_s && ordinal.isEmpty() && interval == 1)
        frequency = Frequency::Weekly;
    else if (freq == u"WEEKLY"_s && ordinal.isEmpty() && interval == 2)
        frequency = Frequency::EveryOtherWeek;
    else if (freq == u"MONTHLY"_s && interval == 1 && !ordinal.isEmpty() && ordinal.toInt() == weekdayOrdinal(firstDay))
        frequency = Frequency::Monthly;
    if (frequency == Frequency::Custom || day != pattern.weekday)
        return pattern;

    if (p.contains(u"COUNT"_s)) {
        pattern.end = End::Count;
        pattern.count = p.value(u"COUNT"_s).toInt();
    } else if (p.contains(u"UNTIL"_s)) {
        pattern.end = End::Until;
        pattern.until = untilDate(p.value(u"UNTIL"_s), zone);
        if (!pattern.until.isValid())
            return pattern;
    } else {
        return pattern; // endless: the editor would have to invent an end
    }
    pattern.frequency = frequency;
    pattern.customRule.clear();
    return pattern;
}

QString RecurrencePattern::shiftWeekdays(const QString &rrule, int days)
{
    if (rrule.isEmpty() || days % 7 == 0)
        return rrule;
    static const QRegularExpression byDay(u"^([+-]?\\d*)(MO|TU|WE|TH|FR|SA|SU)$"_s);
    QStringList out;
    for (const QString &part : rrule.split(u';', Qt::SkipEmptyParts)) {
        if (!part.startsWith(u"BYDAY="_s, Qt::CaseInsensitive)) {
            out << part;
            continue;
        }
        QStringList shifted;
        for (const QString &entry : part.mid(6).split(u',')) {
            const auto match = byDay.match(entry.toUpper());
            if (!match.hasMatch()) {
                shifted << entry;
                continue;
            }
            const int index = int(DayCodes.indexOf(match.captured(2)));
            shifted << match.captured(1) + DayCodes.at(((index + days) % 7 + 7) % 7);
        }
        out << u"BYDAY="_s + shifted.join(u',');
    }
    return out.join(u';');
}
