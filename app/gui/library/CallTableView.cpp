// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/CallTableView.h"

#include "library/TranscriptDropController.h"

#include <QDragEnterEvent>
#include <QPainter>

#include <utility>

CallTableView::CallTableView(QWidget *parent)
    : QTableView(parent)
{
    setAcceptDrops(true);
}

void CallTableView::dragEnterEvent(QDragEnterEvent *event)
{
    // Ignored, a drag goes on to the main window, which imports recordings.
    if (!model() || TranscriptDropController::transcriptPath(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    // Accepted even between rows: only a target that took the enter hears of
    // the moves that follow, and those decide row by row.
    track(event);
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CallTableView::dragMoveEvent(QDragMoveEvent *event)
{
    track(event);
}

void CallTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropRow(-1);
    event->accept();
}

void CallTableView::dropEvent(QDropEvent *event)
{
    const bool onRow = track(event);
    const int row = m_dropRow;
    setDropRow(-1);
    if (!onRow)
        return;
    const QString path = TranscriptDropController::transcriptPath(event->mimeData());
    // Copy: the user's file stays where it is, whatever the source proposed.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit transcriptDropped(row, path);
}

bool CallTableView::track(QDropEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!model() || !index.isValid() || TranscriptDropController::transcriptPath(event->mimeData()).isEmpty()) {
        setDropRow(-1);
        event->ignore();
        return false;
    }
    setDropRow(index.row());
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return true;
}

void CallTableView::setDropRow(int row)
{
    if (row == m_dropRow)
        return;
    const int old = std::exchange(m_dropRow, row);
    if (old >= 0)
        viewport()->update(rowRect(old).adjusted(0, -2, 0, 2));
    if (row >= 0)
        viewport()->update(rowRect(row).adjusted(0, -2, 0, 2));
}

QRect CallTableView::rowRect(int row) const
{
    return {0, rowViewportPosition(row), viewport()->width(), rowHeight(row)};
}

void CallTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_dropRow < 0)
        return;
    QPainter painter(viewport());
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlpha(60);
    const QRect rect = rowRect(m_dropRow);
    painter.fillRect(rect, fill);
    // Darker than the selection, so a drop on the selected row still shows.
    painter.setPen(QPen(highlight.darker(160), 2));
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
}
