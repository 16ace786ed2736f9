// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFormat.h"

#include "common/DisplayFormat.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

QString HighlightFormat::weekTitle(coach::IsoWeek week)
{
    if (!week.isValid())
        return {};
    const QLocale locale;
    const QString pattern = u"d MMM"_s;
    return tr("Week %1, %2 · %3 – %4")
            .arg(week.week())
            .arg(week.year())
            .arg(locale.toString(week.monday(), pattern), locale.toString(week.sunday(), pattern));
}

QString HighlightFormat::region(const std::optional<coach::TimeRange> &region)
{
    if (!region)
        return tr("Whole call");
    return DisplayFormat::position(region->startMs) + u'–' + DisplayFormat::position(region->endMs);
}

QString HighlightFormat::evidence(const coach::HighlightCandidate &c)
{
    QStringList parts;
    if (c.effectiveConfirmed > 0)
        parts << tr("%n confirmed effective moment(s)", nullptr, c.effectiveConfirmed);
    if (c.effectiveSuggested > 0)
        parts << tr("%n suggested", nullptr, c.effectiveSuggested);
    if (c.patternCount > 0)
        parts << tr("%n pattern tag(s)", nullptr, c.patternCount);
    if (c.csat)
        parts << tr("CSAT %1").arg(DisplayFormat::score(c.csat));
    if (c.feltHeard)
        parts << tr("felt heard %1").arg(DisplayFormat::score(c.feltHeard));
    return parts.join(u"  ·  "_s);
}

namespace {

QString offsetText(const QTimeZone &zone)
{
    const int seconds = zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(seconds < 0 ? u'−' : u'+'))
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString HighlightFormat::zoneNote(const QString &ianaId)
{
    if (ianaId.isEmpty() || ianaId.toUtf8() == QTimeZone::systemTimeZoneId())
        return {};
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return tr("%1 (unknown to this system)").arg(ianaId);
    return tr("%1 · %2").arg(ianaId, offsetText(zone));
}

QString HighlightFormat::zoneName(const QString &ianaId)
{
    const QTimeZone zone = ianaId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(ianaId.toUtf8());
    const QString id = ianaId.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : ianaId;
    if (!zone.isValid())
        return id;
    return tr("%1 (%2)").arg(id, offsetText(zone));
}
