// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Occurrence.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/*
 * Upcoming meetings as a table, one row per meeting, in time order. An
 * adapter only: ScheduleController gives it what ScheduleService listed and
 * the reps' names. Conflicts carry a warning icon and moved meetings say so
 * in the status column. Lives on the GUI thread.
 */
class AgendaModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Kind, Title, Participants, Status, ColumnCount };

    enum Role {
        SessionIdRole = Qt::UserRole + 1, // qint64
        OccurrenceRole,                   // QDateTime, UTC: the meeting's identity
        StartRole,                        // QDateTime, UTC: where it is now
        ConflictingRole,                  // bool
    };

    explicit AgendaModel(QObject *parent = nullptr);

    void setOccurrences(const QList<coach::Occurrence> &occurrences, const QHash<qint64, QString> &repNames);
    [[nodiscard]] const coach::Occurrence *occurrenceAt(int row) const;
    [[nodiscard]] int rowOf(coach::SessionId session, const QDateTime &occurrence) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString statusText(const coach::Occurrence &o) const;

    QList<coach::Occurrence> m_rows;
    QHash<qint64, QString> m_repNames;
};
