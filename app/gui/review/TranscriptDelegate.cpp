// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TranscriptDelegate.h"

#include "review/TranscriptModel.h"

#include <QAbstractItemView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QTreeView>

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *view = qobject_cast<const QTreeView *>(option.widget);
    if (index.column() != TranscriptModel::Text || !view)
        return size;
    // The item view asks before it knows the width; the header knows it.
    const int width = view->header()->sectionSize(TranscriptModel::Text) - 8;
    if (width <= 0)
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics metrics(opt.font);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::AlignLeft, opt.text);
    size.setHeight(std::max(size.height(), bounds.height() + 6));
    return size;
}
