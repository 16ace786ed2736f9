// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "schedule/Occurrence.h"
#include "schedule/SessionStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

/*
 * How scheduling facts read and look on screen, shared by the week view, the
 * agenda and the dialogs so a huddle is the same colour and word everywhere.
 * Stateless; times are shown in the machine's local zone.
 */
class ScheduleFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFormat)
public:
    [[nodiscard]] static QString kindName(coach::SessionKind kind);
    [[nodiscard]] static QString statusName(coach::SessionStatus status);
    // The block colour of a kind; chosen to stay apart for the common colour blindnesses.
    [[nodiscard]] static QColor kindColor(coach::SessionKind kind);

    // "09:00–09:30" in local time.
    [[nodiscard]] static QString timeRange(const QDateTime &startUtc, const QDateTime &endUtc);
    // "Tue 12 May, 09:00–09:30".
    [[nodiscard]] static QString dayAndTimeRange(const QDateTime &startUtc, const QDateTime &endUtc);
    // "Dana Ortiz, Sam Ortiz"; unknown ids read as "Rep 7".
    [[nodiscard]] static QString participantNames(const QList<coach::RepId> &reps, const QHash<qint64, QString> &names);
};
