// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/BuddyRotation.h"
#include "schedule/Occurrence.h"
#include "schedule/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace coach {
class Database;
}

namespace coach::cli {

// The JSON shapes of `coach schedule … --json` and `coach buddies … --json` (see the README),
// and the small parsing both commands share.
class ScheduleJson final
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleJson)
public:
    [[nodiscard]] static QJsonObject session(const Session &s, const QHash<qint64, QString> &names);
    [[nodiscard]] static QJsonObject occurrence(const Occurrence &o, const QHash<qint64, QString> &names);
    [[nodiscard]] static QJsonArray names(const QList<RepId> &reps, const QHash<qint64, QString> &names);

    // Rep names by id, for output.
    [[nodiscard]] static QHash<qint64, QString> repNames(const Database &db);
    // "2026-12-01T09:00" (or with seconds) read in `zone`; invalid when malformed.
    [[nodiscard]] static QDateTime parseLocal(const QString &text, const QString &zone);
};

} // namespace coach::cli
