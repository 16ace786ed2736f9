// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SearchHitModel.h"

#include "common/DisplayFormat.h"

SearchHitModel::SearchHitModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SearchHitModel::setHits(const QList<Hit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

QString SearchHitModel::plainSnippet(const QString &snippet)
{
    QString plain = snippet;
    plain.remove(QChar(0x02));
    plain.remove(QChar(0x03));
    return plain;
}

int SearchHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchHitModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case Time:
            return DisplayFormat::position(hit.hit.startMs);
        case Call:
            return hit.callTitle;
        case Snippet:
            return plainSnippet(hit.hit.snippet);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Snippet)
            return plainSnippet(hit.hit.snippet);
        break;
    case CallIdRole:
        return hit.hit.call.value();
    case StartRole:
        return hit.hit.startMs;
    case SnippetRole:
        return hit.hit.snippet;
    default:
        break;
    }
    return {};
}

QVariant SearchHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Call:
        return tr("Call");
    case Snippet:
        return tr("Words");
    case ColumnCount:
        break;
    }
    return {};
}
