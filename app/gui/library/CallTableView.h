// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

/*
 * The Library's call table, which also takes a transcript file dragged onto
 * one of its calls: while the drag is over a row that row is highlighted, and
 * a drop asks for the transcript to be attached to it. Anything else dragged
 * here (recordings, folders, a manifest) is left alone, so it reaches the
 * main window, which imports it. A view only; LibraryPage turns the row into
 * a call.
 */
class CallTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit CallTableView(QWidget *parent = nullptr);

    // The row a transcript would be dropped on; -1 when no drag is over one.
    [[nodiscard]] int dropRow() const { return m_dropRow; }

signals:
    void transcriptDropped(int row, const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // Accepts the drag over a row and highlights it, or refuses it; false when refused.
    bool track(QDropEvent *event);
    void setDropRow(int row);
    [[nodiscard]] QRect rowRect(int row) const;

    int m_dropRow = -1;
};
