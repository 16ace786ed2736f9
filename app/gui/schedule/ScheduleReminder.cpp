// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/ScheduleReminder.h"

#include "schedule/ScheduleFormat.h"
#include "schedule/ScheduleService.h"
#include "storage/PeopleRepository.h"

#include <QLoggingCategory>
#include <QSystemTrayIcon>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcReminder, "coach.gui.schedule", QtWarningMsg)

constexpr int MaxItemsShown = 5;

QString keyOf(const coach::Occurrence &o)
{
    // The current start is part of the key: a meeting moved after its reminder reminds again.
    return u"%1/%2/%3"_s.arg(o.sessionId.value()).arg(o.occurrence.toSecsSinceEpoch()).arg(o.start.toSecsSinceEpoch());
}
} // namespace

ScheduleReminder::ScheduleReminder(const coach::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setInterval(ScanIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ScheduleReminder::checkNow);
}

void ScheduleReminder::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ScheduleReminder::setTrayIcon(QSystemTrayIcon *tray)
{
    m_tray = tray;
}

void ScheduleReminder::start()
{
    m_timer.start();
    checkNow();
}

void ScheduleReminder::stop()
{
    m_timer.stop();
}

void ScheduleReminder::checkNow()
{
    const QDateTime now = m_clock().toUTC();
    for (auto it = m_shown.begin(); it != m_shown.end();)
        it = it.value() < now.addSecs(-3600) ? m_shown.erase(it) : std::next(it);

    const coach::ScheduleService service(m_db);
    const QDateTime horizon = now.addSecs(LeadMinutes * 60);
    const auto upcoming = service.upcomingOccurrences(now, horizon.addSecs(1));
    if (!upcoming) {
        qCWarning(lcReminder) << "Cannot scan for reminders:" << upcoming.error().message();
        return;
    }
    QHash<qint64, QString> names;
    bool namesRead = false;
    for (const coach::Occurrence &o : *upcoming) {
        if (o.start < now || o.start > horizon || m_shown.contains(keyOf(o)))
            continue;
        m_shown.insert(keyOf(o), o.start);
        if (!namesRead) {
            namesRead = true;
            if (const auto reps = coach::PeopleRepository(m_db).reps()) {
                for (const coach::Rep &rep : *reps)
                    names.insert(rep.id.value(), rep.name);
            }
        }
        const int minutes = int((now.secsTo(o.start) + 59) / 60);
        const QString title = minutes > 0 ? tr("%1 in %n minute(s)", nullptr, minutes).arg(o.title)
                                          : tr("%1 starts now").arg(o.title);
        const QString body = message(o, names);
        emit reminderDue(o, title, body);
        if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, body, QSystemTrayIcon::Information, 15000);
    }
}

QString ScheduleReminder::message(const coach::Occurrence &o, const QHash<qint64, QString> &names) const
{
    QStringList lines;
    QString when = ScheduleFormat::timeRange(o.start, o.end);
    if (!o.location.isEmpty())
        when += u" · "_s + o.location;
    lines << when;
    const coach::ScheduleService service(m_db);
    for (const coach::RepId rep : o.participants) {
        const auto items = service.openActionItems(rep);
        if (!items || items->isEmpty())
            continue;
        lines << tr("Open for %1:").arg(names.value(rep.value(), tr("Rep %1").arg(rep.value())));
        for (qsizetype i = 0; i < items->size() && i < MaxItemsShown; ++i)
            lines << tr("• %1").arg(items->at(i).text);
        if (items->size() > MaxItemsShown)
            lines << tr("and %n more", nullptr, int(items->size() - MaxItemsShown));
    }
    return lines.join(u'\n');
}
