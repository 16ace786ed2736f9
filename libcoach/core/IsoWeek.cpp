// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/IsoWeek.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace coach {

IsoWeek IsoWeek::ofDate(QDate date)
{
    if (!date.isValid())
        return {};
    int year = 0;
    const int week = date.weekNumber(&year);
    return { year, week };
}

IsoWeek IsoWeek::containing(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return ofDate(moment.toTimeZone(zone).date());
}

IsoWeek IsoWeek::current(const QTimeZone &zone)
{
    return containing(QDateTime::currentDateTimeUtc(), zone);
}

int IsoWeek::weeksInYear(int year)
{
    // 28 December always lies in the year's last ISO week.
    return QDate(year, 12, 28).weekNumber();
}

Result<IsoWeek> IsoWeek::fromYearWeek(int year, int week)
{
    if (year < 1 || year > 9999)
        return fail(ErrorCode::InvalidInput, tr("%1 is not a year an ISO week can have (1 to 9999)").arg(year));
    if (week < 1 || week > weeksInYear(year))
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has no ISO week %2: its weeks run from 1 to %3").arg(year).arg(week).arg(weeksInYear(year)));
    return IsoWeek(year, week);
}

Result<IsoWeek> IsoWeek::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not an ISO week: write the year, “-W” and the week, as in 2026-W48").arg(text));
    return fromYearWeek(match.capturedView(1).toInt(), match.capturedView(2).toInt());
}

Result<QTimeZone> IsoWeek::zoneFor(const QString &ianaId)
{
    if (ianaId.trimmed().isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(ianaId.trimmed().toUtf8());
    if (!zone.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("“%1” is not a time zone this system knows (an IANA name such as Europe/Berlin)").arg(ianaId));
    return zone;
}

bool IsoWeek::isValid() const
{
    return m_year >= 1 && m_year <= 9999 && m_week >= 1 && m_week <= weeksInYear(m_year);
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return u"%1-W%2"_s.arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

QDate IsoWeek::monday() const
{
    if (!isValid())
        return {};
    // 4 January is always in week 1; step back to its Monday, then forward.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (m_week - 1));
}

QDate IsoWeek::sunday() const
{
    const QDate first = monday();
    return first.isValid() ? first.addDays(6) : QDate();
}

QDateTime IsoWeek::start(const QTimeZone &zone) const
{
    const QDate first = monday();
    // startOfDay() knows zones whose clocks skip midnight on a DST change.
    return first.isValid() ? first.startOfDay(zone) : QDateTime();
}

QDateTime IsoWeek::end(const QTimeZone &zone) const
{
    const QDate first = monday();
    return first.isValid() ? first.addDays(7).startOfDay(zone) : QDateTime();
}

bool IsoWeek::contains(const QDateTime &moment, const QTimeZone &zone) const
{
    return isValid() && containing(moment, zone) == *this;
}

IsoWeek IsoWeek::addWeeks(int weeks) const
{
    const QDate first = monday();
    return first.isValid() ? ofDate(first.addDays(7LL * weeks)) : IsoWeek();
}

IsoWeek IsoWeek::next() const
{
    return addWeeks(1);
}

IsoWeek IsoWeek::previous() const
{
    return addWeeks(-1);
}

} // namespace coach
