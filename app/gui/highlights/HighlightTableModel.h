// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Highlight.h"

#include <QAbstractTableModel>
#include <QList>

/*
 * Highlights as a table: a team's week's history in the history dialog, and
 * a rep's highlights over time on the Highlights page. Read-only; the owner
 * replaces the rows with setHighlights(). Replaced choices read as such in
 * the Status column and in grey.
 */
class HighlightTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Week, Team, Rep, CallDate, Region, Pattern, Reason, ChosenBy, ChosenAt, Status, ColumnCount };
    // The row's Highlight's call id and region start, for "Open in Review".
    enum Role { CallIdRole = Qt::UserRole + 1, StartMsRole };

    explicit HighlightTableModel(QObject *parent = nullptr);

    void setHighlights(const QList<coach::Highlight> &highlights);
    [[nodiscard]] const QList<coach::Highlight> &highlights() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<coach::Highlight> m_rows;
};
