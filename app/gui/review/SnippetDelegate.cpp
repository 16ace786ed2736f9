// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SnippetDelegate.h"

#include "review/SearchHitModel.h"

#include <QApplication>
#include <QPainter>

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString snippet = index.data(SearchHitModel::SnippetRole).toString();
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setClipRect(text);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    QFont regular = opt.font;
    QFont bold = opt.font;
    bold.setWeight(QFont::Bold);
    int x = text.left();
    bool inMatch = false;
    QString run;
    const auto flush = [&] {
        if (run.isEmpty())
            return;
        painter->setFont(inMatch ? bold : regular);
        painter->drawText(QRect(x, text.top(), text.right() - x, text.height()), Qt::AlignVCenter | Qt::AlignLeft, run);
        x += painter->fontMetrics().horizontalAdvance(run);
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QChar(0x02) || c == QChar(0x03)) {
            flush();
            inMatch = c == QChar(0x02);
        } else {
            run += c;
        }
        if (x > text.right())
            break;
    }
    flush();
    painter->restore();
}
