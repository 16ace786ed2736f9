// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightFormat.h"

#include "common/DisplayFormat.h"

#include <QLocale>
#include <QStringList>

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
