// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TranscriptView.h"

#include "review/TranscriptDelegate.h"
#include "review/TranscriptModel.h"

#include <QHeaderView>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

TranscriptView::TranscriptView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"transcriptView"_s);
    setAccessibleName(tr("Transcript"));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    setItemDelegate(new TranscriptDelegate(this));
    // Rows change height with the width of the words column.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    connect(this, &QAbstractItemView::clicked, this, &TranscriptView::seekTo);
    connect(this, &QAbstractItemView::activated, this, &TranscriptView::seekTo);
}

void TranscriptView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    m_currentRow = -1;
    m_following = true;
    if (!model)
        return;
    const QFontMetrics metrics = fontMetrics();
    header()->resizeSection(TranscriptModel::Time, metrics.horizontalAdvance(u"0:00:00"_s) + 20);
    header()->resizeSection(TranscriptModel::Speaker, metrics.horizontalAdvance(u"Customer Name"_s) + 16);
}

void TranscriptView::seekTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_following = true;
    emit seekRequested(index.data(TranscriptModel::StartRole).toLongLong());
}

void TranscriptView::showCurrentRow(int row)
{
    m_currentRow = row;
    if (!model() || row < 0)
        return;
    const QModelIndex index = model()->index(row, 0);
    const QRect rect = visualRect(index);
    // Back in view by itself (the user scrolled back): follow again.
    if (!m_following && rect.isValid() && viewport()->rect().intersects(rect))
        m_following = true;
    if (!m_following)
        return;
    m_scrollingToCurrent = true;
    // A third from the top: the lines just spoken stay in view for context.
    if (!viewport()->rect().adjusted(0, viewport()->height() / 8, 0, -viewport()->height() / 4).contains(rect))
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.top() - viewport()->height() / 3);
    m_scrollingToCurrent = false;
}

void TranscriptView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    // A scroll we did not make is the user reading elsewhere.
    if (!m_scrollingToCurrent && dy != 0 && m_currentRow >= 0) {
        const QRect rect = visualRect(model()->index(m_currentRow, 0));
        m_following = rect.isValid() && viewport()->rect().intersects(rect);
    }
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    // Wrapped lines change height with the width.
    scheduleDelayedItemsLayout();
}
