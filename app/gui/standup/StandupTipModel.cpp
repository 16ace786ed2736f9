// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupTipModel.h"

#include "core/DurationFormat.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

StandupTipModel::StandupTipModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StandupTipModel::setCandidates(const QList<coach::StandupClip> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    m_checked = QList<bool>(candidates.size(), false);
    endResetModel();
    emit checkedChanged();
}

void StandupTipModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= m_checked.size() || m_checked.at(row) == checked)
        return;
    m_checked[row] = checked;
    const QModelIndex changed = index(row, Rep);
    emit dataChanged(changed, changed, { Qt::CheckStateRole });
    emit checkedChanged();
}

QList<coach::AnnotationId> StandupTipModel::checkedTips() const
{
    QList<coach::AnnotationId> ids;
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_checked.at(row))
            ids.append(m_candidates.at(row).annotation);
    }
    return ids;
}

qint64 StandupTipModel::checkedDurationMs() const
{
    qint64 total = 0;
    for (int row = 0; row < m_candidates.size(); ++row) {
        if (m_checked.at(row))
            total += m_candidates.at(row).durationMs();
    }
    return total;
}

int StandupTipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int StandupTipModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StandupTipModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::StandupClip &clip = m_candidates.at(index.row());
    if (role == AnnotationIdRole)
        return clip.annotation.value();
    if (role == Qt::CheckStateRole && index.column() == Rep)
        return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == Length)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        const QString when = clip.callStartedAt.isValid()
                ? QLocale().toString(clip.callStartedAt.toLocalTime(), QLocale::ShortFormat)
                : tr("unknown date");
        return tr("Call %1 of %2, %3–%4")
                .arg(clip.call.value())
                .arg(when, coach::formatDuration(clip.range.startMs), coach::formatDuration(clip.range.endMs));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Rep:
        return clip.repName.isEmpty() ? tr("Unknown rep") : clip.repName;
    case Pattern:
        return clip.patternLabel;
    case Length:
        return coach::formatDuration(clip.durationMs());
    case Note:
        return clip.listenFor.simplified();
    case ColumnCount:
        break;
    }
    return {};
}

bool StandupTipModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != Rep)
        return false;
    setChecked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
    return true;
}

Qt::ItemFlags StandupTipModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Rep)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant StandupTipModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Rep:
        return tr("Rep");
    case Pattern:
        return tr("Pattern");
    case Length:
        return tr("Length");
    case Note:
        return tr("What to listen for");
    case ColumnCount:
        break;
    }
    return {};
}
