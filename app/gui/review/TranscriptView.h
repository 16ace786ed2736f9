// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

/*
 * The transcript beside the waveform. Follows the line being spoken (the
 * model's current row) unless the user has scrolled away to read elsewhere;
 * following resumes when they click a line or the current line comes back
 * into view. Clicking a line, or Enter on it, asks to play from there.
 */
class TranscriptView final : public QTreeView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    [[nodiscard]] bool isFollowing() const { return m_following; }
    // Scrolls to the model's current line when following.
    void showCurrentRow(int row);

signals:
    void seekRequested(qint64 ms);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void seekTo(const QModelIndex &index);

    bool m_following = true;
    bool m_scrollingToCurrent = false;
    int m_currentRow = -1;
};
