// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightTableModel.h"

#include "HighlightFormat.h"
#include "common/DisplayFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

HighlightTableModel::HighlightTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HighlightTableModel::setHighlights(const QList<coach::Highlight> &highlights)
{
    beginResetModel();
    m_rows = highlights;
    endResetModel();
}

int HighlightTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HighlightTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HighlightTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::Highlight &h = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Week: return h.week.toString();
        case Team: return h.teamName;
        case Rep: return h.repName.isEmpty() ? DisplayFormat::absent() : h.repName;
        case CallDate: return DisplayFormat::dateTime(h.callStartedAt, QLocale::ShortFormat);
        case Region: return HighlightFormat::region(h.region);
        case Pattern: return h.patternLabel.isEmpty() ? DisplayFormat::absent() : h.patternLabel;
        case Reason: return h.reason;
        case ChosenBy: return h.chosenBy.isEmpty() ? DisplayFormat::absent() : h.chosenBy;
        case ChosenAt: return DisplayFormat::dateTime(h.chosenAt, QLocale::ShortFormat);
        case Status:
            return h.isCurrent() ? tr("Current")
                                 : tr("Replaced %1").arg(DisplayFormat::dateTime(h.supersededAt, QLocale::ShortFormat));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return h.reason;
        if (index.column() == Week)
            return HighlightFormat::weekTitle(h.week);
        break;
    case Qt::ForegroundRole:
        if (!h.isCurrent())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case CallIdRole:
        return h.call.value();
    case StartMsRole:
        return h.region ? h.region->startMs : 0;
    }
    return {};
}

QVariant HighlightTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Week: return tr("Week");
    case Team: return tr("Team");
    case Rep: return tr("Rep");
    case CallDate: return tr("Call");
    case Region: return tr("Region");
    case Pattern: return tr("Pattern");
    case Reason: return tr("Why");
    case ChosenBy: return tr("Chosen By");
    case ChosenAt: return tr("Chosen");
    case Status: return tr("Status");
    }
    return {};
}
