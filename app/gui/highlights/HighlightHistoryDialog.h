// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Highlight.h"

#include <QDialog>

class HighlightTableModel;
class QTableView;

/*
 * Every highlight chosen for one team's week, the current one first, with
 * who chose each and when it was replaced. Read-only; double-click (or Open
 * in Review) asks to play that choice's call.
 */
class HighlightHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HighlightHistoryDialog(QWidget *parent = nullptr);

    void setHistory(const QString &title, const QList<coach::Highlight> &history);
    [[nodiscard]] HighlightTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }

signals:
    void openRequested(coach::CallId call, qint64 atMs);

private:
    HighlightTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};
