// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ExerciseHistoryModel.h"

#include "storage/ExerciseRepository.h"

#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

ExerciseHistoryModel::ExerciseHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExerciseHistoryModel::setExercises(const QList<coach::Exercise> &exercises,
                                        const QHash<coach::ExerciseId, int> &rewriteCounts)
{
    beginResetModel();
    m_exercises = exercises;
    m_counts = rewriteCounts;
    endResetModel();
}

const coach::Exercise *ExerciseHistoryModel::exerciseAt(int row) const
{
    return row >= 0 && row < m_exercises.size() ? &m_exercises.at(row) : nullptr;
}

int ExerciseHistoryModel::rowOf(coach::ExerciseId id) const
{
    for (int row = 0; row < m_exercises.size(); ++row) {
        if (m_exercises.at(row).id == id)
            return row;
    }
    return -1;
}

QString ExerciseHistoryModel::statusText(coach::ExerciseStatus status)
{
    switch (status) {
    case coach::ExerciseStatus::Draft: return tr("Draft");
    case coach::ExerciseStatus::Ready: return tr("Handed out");
    case coach::ExerciseStatus::Done: return tr("Held");
    }
    return {};
}

int ExerciseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exercises.size());
}

int ExerciseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExerciseHistoryModel::data(const QModelIndex &index, int role) const
{
    const coach::Exercise *e = exerciseAt(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DateColumn:
            return e->scheduledFor.isValid() ? QLocale().toString(e->scheduledFor, QLocale::ShortFormat)
                                             : tr("No date");
        case PatternColumn: return coach::ExercisePatterns::name(e->pattern);
        case TitleColumn: return e->title;
        case StatusColumn: return statusText(e->status);
        case RewritesColumn: return m_counts.value(e->id, 0);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == DateColumn && e->scheduledFor.isValid())
        return QLocale().toString(e->scheduledFor, QLocale::LongFormat);
    if (role == Qt::TextAlignmentRole && index.column() == RewritesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return QVariant::fromValue(e->id.value());
    return {};
}

QVariant ExerciseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case PatternColumn: return tr("Pattern");
    case TitleColumn: return tr("Title");
    case StatusColumn: return tr("Status");
    case RewritesColumn: return tr("Rewrites");
    }
    return {};
}
