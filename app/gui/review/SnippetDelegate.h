// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

/*
 * Draws a search snippet on one line with the matched words (between the
 * \x02 and \x03 markers of SearchHitModel::SnippetRole) in bold.
 */
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
