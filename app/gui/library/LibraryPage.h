// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/CallTableView.h"
#include "model/Id.h"

#include <QWidget>

class CallDetailsPane;
class CallFilterBar;
class EmptyStateWidget;
class QAbstractItemModel;
class QModelIndex;
class QSplitter;
class QStackedWidget;

/*
 * The Library section: filter bar on top, the call table (or an empty state
 * in its place) and the details pane side by side. A view only: it emits what
 * the user asks for and LibraryController feeds it. Double-click or Enter on
 * a call, or the details pane's Open button, asks to review it. A
 * transcript file dropped on a call's row asks to attach it to that call.
 */
class LibraryPage final : public QWidget
{
    Q_OBJECT
public:
    enum class View { Calls, EmptyLibrary, NoMatches };

    explicit LibraryPage(QWidget *parent = nullptr);

    [[nodiscard]] CallFilterBar *filterBar() const { return m_filterBar; }
    [[nodiscard]] CallTableView *table() const { return m_table; }
    [[nodiscard]] CallDetailsPane *detailsPane() const { return m_details; }
    [[nodiscard]] EmptyStateWidget *emptyState() const { return m_empty; }

    // A CallTableModel, or nullptr to detach. Columns get widths that fit
    // their content unless the user's own widths were restored.
    void setModel(QAbstractItemModel *model);
    void selectRow(int row);

    void setView(View view);
    [[nodiscard]] View view() const { return m_view; }

    // Splitter and column layout, for QSettings.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void importRequested();
    void currentIndexChanged(const QModelIndex &current);
    void openCallRequested(coach::CallId call);
    void transcriptDropped(coach::CallId call, const QString &path);

private:
    void applyDefaultColumnWidths();

    CallFilterBar *m_filterBar = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    CallTableView *m_table = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    CallDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    View m_view = View::Calls;
    QByteArray m_headerState; // restored once a model gives the header its columns
};
