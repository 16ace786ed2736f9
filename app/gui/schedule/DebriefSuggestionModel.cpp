// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/DebriefSuggestionModel.h"

#include "schedule/ScheduleFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

DebriefSuggestionModel::DebriefSuggestionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DebriefSuggestionModel::setSuggestions(const QList<coach::DebriefSuggestion> &suggestions,
                                            const QHash<qint64, QString> &repNames)
{
    beginResetModel();
    m_rows = suggestions;
    m_repNames = repNames;
    endResetModel();
}

const coach::DebriefSuggestion *DebriefSuggestionModel::suggestionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DebriefSuggestionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DebriefSuggestionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DebriefSuggestionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::DebriefSuggestion &s = m_rows.at(index.row());
    const auto name = [this](coach::RepId rep) { return m_repNames.value(rep.value(), tr("Rep %1").arg(rep.value())); };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rep:
            return name(s.rep);
        case Buddy:
            return name(s.buddy);
        case Reason:
            return tr("%n tough call(s) on %1", nullptr, s.toughCalls)
                .arg(QLocale().toString(s.toughDay, u"ddd d MMM"_s));
        case Proposed:
            return ScheduleFormat::dayAndTimeRange(s.start, s.start.addSecs(qint64(s.durationMin) * 60));
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Reason) {
        return tr("Calls tagged as escalated or with an angry customer");
    }
    return {};
}

QVariant DebriefSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rep:
        return tr("Rep");
    case Buddy:
        return tr("Buddy");
    case Reason:
        return tr("Why");
    case Proposed:
        return tr("Proposed");
    case Action:
        return QString();
    }
    return {};
}
