// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "storage/CallQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace coach {
class Database;
}

/*
 * The library's calls as a table, a page at a time. SQLite sorts and filters
 * (CallRepository), so the model only ever holds the rows scrolled into view
 * so far; the view asks for more through canFetchMore()/fetchMore(). sort()
 * re-queries instead of sorting in memory, which is why no
 * QSortFilterProxyModel sits on top.
 *
 * Lives on the GUI thread. Holds no connection of its own: it borrows the
 * controller's Database, which must outlive it.
 */
class CallTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Rep, Team, Duration, Channels, Csat, Queue, File, ColumnCount };

    enum Role {
        CallIdRole = Qt::UserRole + 1, // qint64, the call's id
        SortKeyRole,                   // the raw value the column sorts by
    };

    static constexpr int PageSize = 200;

    explicit CallTableModel(const coach::Database &db, QObject *parent = nullptr);

    [[nodiscard]] const coach::CallQuery &query() const { return m_query; }
    // Resets the model to the first page of the new query.
    void setQuery(const coach::CallQuery &query);
    // Re-reads the current query, e.g. after an import.
    void reload();

    // Calls matching the query, fetched or not.
    [[nodiscard]] int matchingCount() const { return m_total; }
    // The call on a fetched row, or nullptr.
    [[nodiscard]] const coach::Call *callAt(int row) const;
    // The row of a fetched call, or -1.
    [[nodiscard]] int rowOf(coach::CallId id) const;

    [[nodiscard]] static coach::CallQuery::Sort sortForColumn(int column);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A query failed; the message is translated and names the cause.
    void errorOccurred(const QString &message);

private:
    void load();
    [[nodiscard]] QVariant displayData(const coach::Call &call, int column) const;
    [[nodiscard]] QVariant sortKey(const coach::Call &call, int column) const;

    const coach::Database &m_db;
    coach::CallQuery m_query;
    QList<coach::Call> m_calls;
    int m_total = 0;
    bool m_busy = false; // inside a reset or a fetch
};
