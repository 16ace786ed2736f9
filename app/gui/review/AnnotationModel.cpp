// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AnnotationModel.h"

#include "common/DisplayFormat.h"

#include <QColor>
#include <QPixmap>

#include <algorithm>

namespace {
bool earlier(const coach::Annotation &a, const coach::Annotation &b)
{
    if (a.startMs != b.startMs)
        return a.startMs < b.startMs;
    return a.id.value() < b.id.value();
}
} // namespace

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationModel::setAnnotations(const QList<coach::Annotation> &annotations)
{
    beginResetModel();
    m_annotations = annotations;
    std::stable_sort(m_annotations.begin(), m_annotations.end(), earlier);
    endResetModel();
    emit annotationsChanged();
}

int AnnotationModel::rowOf(coach::AnnotationId id) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations.at(row).id == id)
            return row;
    }
    return -1;
}

int AnnotationModel::insertionRow(const coach::Annotation &annotation) const
{
    return int(std::upper_bound(m_annotations.cbegin(), m_annotations.cend(), annotation, earlier)
               - m_annotations.cbegin());
}

void AnnotationModel::upsert(const coach::Annotation &annotation)
{
    const int existing = rowOf(annotation.id);
    if (existing >= 0) {
        // Same place in time order: change the row where it is.
        const bool stays = (existing == 0 || !earlier(annotation, m_annotations.at(existing - 1)))
            && (existing + 1 == m_annotations.size() || earlier(annotation, m_annotations.at(existing + 1)));
        if (stays) {
            m_annotations[existing] = annotation;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            emit annotationsChanged();
            return;
        }
        // Moved past a neighbour: a row move keeps the view's selection on it.
        coach::Annotation moved = annotation;
        QList<coach::Annotation> rest = m_annotations;
        rest.removeAt(existing);
        const int target = int(std::upper_bound(rest.cbegin(), rest.cend(), moved, earlier) - rest.cbegin());
        const int destination = target >= existing ? target + 1 : target;
        beginMoveRows({}, existing, existing, {}, destination);
        m_annotations = rest;
        m_annotations.insert(target, moved);
        endMoveRows();
        emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
        emit annotationsChanged();
        return;
    }
    const int row = insertionRow(annotation);
    beginInsertRows({}, row, row);
    m_annotations.insert(row, annotation);
    endInsertRows();
    emit annotationsChanged();
}

void AnnotationModel::remove(coach::AnnotationId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_annotations.removeAt(row);
    endRemoveRows();
    emit annotationsChanged();
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::Annotation &a = m_annotations.at(index.row());
    const QColor color = a.tagColor.isEmpty() ? QColor(Qt::gray) : QColor(a.tagColor);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            if (a.isMoment())
                return DisplayFormat::position(a.startMs);
            return tr("%1–%2").arg(DisplayFormat::position(a.startMs), DisplayFormat::position(a.endMs));
        case Tag:
            return a.tag.isValid() ? a.tagLabel : tr("No tag");
        case Comment:
            return a.comment;
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Tag) {
            QPixmap swatch(10, 10);
            swatch.fill(color);
            return swatch;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Comment && !a.comment.isEmpty())
            return a.comment;
        break;
    case IdRole:
        return a.id.value();
    case StartRole:
        return a.startMs;
    case EndRole:
        return a.endMs;
    case TagIdRole:
        return a.tag.value();
    case ColorRole:
        return color;
    default:
        break;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Tag:
        return tr("Tag");
    case Comment:
        return tr("Comment");
    case ColumnCount:
        break;
    }
    return {};
}
