// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Exercise.h"

#include <QAbstractTableModel>
#include <QHash>

/*
 * The exercise history as a table: date, pattern, title, status and how many
 * rewrites were recorded, newest first as the repository orders them. Holds
 * values only; ExercisesPage fills it.
 */
class ExerciseHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, PatternColumn, TitleColumn, StatusColumn, RewritesColumn, ColumnCount };

    explicit ExerciseHistoryModel(QObject *parent = nullptr);

    void setExercises(const QList<coach::Exercise> &exercises, const QHash<coach::ExerciseId, int> &rewriteCounts);
    [[nodiscard]] const coach::Exercise *exerciseAt(int row) const;
    [[nodiscard]] int rowOf(coach::ExerciseId id) const;

    [[nodiscard]] static QString statusText(coach::ExerciseStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<coach::Exercise> m_exercises;
    QHash<coach::ExerciseId, int> m_counts;
};
