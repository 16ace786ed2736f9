// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleFormat.h"

#include <QLocale>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

QString ScheduleFormat::kindName(coach::SessionKind kind)
{
    switch (kind) {
    case coach::SessionKind::OneOnOne:
        return tr("One-on-one");
    case coach::SessionKind::BuddyDebrief:
        return tr("Buddy debrief");
    case coach::SessionKind::Huddle:
        return tr("Huddle");
    }
    return {};
}

QString ScheduleFormat::statusName(coach::SessionStatus status)
{
    switch (status) {
    case coach::SessionStatus::Planned:
        return tr("Planned");
    case coach::SessionStatus::Held:
        return tr("Held");
    case coach::SessionStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QColor ScheduleFormat::kindColor(coach::SessionKind kind)
{
    // Blue, green and orange from the Okabe–Ito palette.
    switch (kind) {
    case coach::SessionKind::OneOnOne:
        return QColor(0x00, 0x72, 0xb2);
    case coach::SessionKind::BuddyDebrief:
        return QColor(0x00, 0x9e, 0x73);
    case coach::SessionKind::Huddle:
        return QColor(0xe6, 0x9f, 0x00);
    }
    return QColor(Qt::gray);
}

QString ScheduleFormat::timeRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    const QString format = u"HH:mm"_s;
    return tr("%1–%2").arg(startUtc.toLocalTime().toString(format), endUtc.toLocalTime().toString(format));
}

QString ScheduleFormat::dayAndTimeRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    const QLocale locale;
    const QDate day = startUtc.toLocalTime().date();
    const QString date = locale.toString(day, u"ddd d MMM"_s);
    return tr("%1, %2").arg(date, timeRange(startUtc, endUtc));
}

QString ScheduleFormat::participantNames(const QList<coach::RepId> &reps, const QHash<qint64, QString> &names)
{
    QStringList list;
    for (const coach::RepId rep : reps)
        list << names.value(rep.value(), tr("Rep %1").arg(rep.value()));
    return QLocale().createSeparatedList(list);
}
