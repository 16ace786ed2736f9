// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Occurrence.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace coach {
class Database;
}
class QSystemTrayIcon;

/*
 * Reminds the user of a meeting ten minutes before it starts, with the reps'
 * open action items: a tray notification when there is a tray, and always
 * the reminderDue() signal. Scans the schedule on a timer, so meetings added
 * or moved while the app runs are found; each meeting (at its current start)
 * is announced once. The clock can be replaced for tests.
 *
 * One per open library, on the GUI thread; borrows the Database.
 */
class ScheduleReminder final : public QObject
{
    Q_OBJECT
public:
    static constexpr int LeadMinutes = 10;
    static constexpr int ScanIntervalMs = 30 * 1000;
    using Clock = std::function<QDateTime()>;

    explicit ScheduleReminder(const coach::Database &db, QObject *parent = nullptr);

    void setClock(Clock clock);
    // Where notifications appear; nullptr (no tray on this desktop) shows none.
    void setTrayIcon(QSystemTrayIcon *tray);
    void start();
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }

    // Scans now; the timer calls this too.
    void checkNow();

signals:
    void reminderDue(const coach::Occurrence &occurrence, const QString &title, const QString &message);

private:
    [[nodiscard]] QString message(const coach::Occurrence &occurrence, const QHash<qint64, QString> &names) const;

    const coach::Database &m_db;
    Clock m_clock;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
    QHash<QString, QDateTime> m_shown; // meeting key → its start, pruned once past
};
