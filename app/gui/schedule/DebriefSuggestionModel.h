// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/BuddyPlanner.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/*
 * Debriefs Coachbench suggests after a tough shift, as a table: who, with
 * which buddy, why, and when. The Action column is left blank for the page's
 * "Schedule Debrief" buttons. An adapter fed by ScheduleController; GUI thread.
 */
class DebriefSuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rep, Buddy, Reason, Proposed, Action, ColumnCount };

    explicit DebriefSuggestionModel(QObject *parent = nullptr);

    void setSuggestions(const QList<coach::DebriefSuggestion> &suggestions, const QHash<qint64, QString> &repNames);
    [[nodiscard]] const coach::DebriefSuggestion *suggestionAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<coach::DebriefSuggestion> m_rows;
    QHash<qint64, QString> m_repNames;
};
