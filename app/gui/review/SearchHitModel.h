// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/TranscriptSearch.h"

#include <QAbstractTableModel>
#include <QList>

/*
 * Transcript search results: where, which call (for a search of the whole
 * library) and the snippet with the matches marked by \x02 … \x03, which
 * SnippetDelegate draws in bold. Owned by ReviewController.
 */
class SearchHitModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Call, Snippet, ColumnCount };
    enum Role {
        CallIdRole = Qt::UserRole + 1, // qint64
        StartRole,                     // qint64 ms
        SnippetRole,                   // QString with \x02 \x03 markers
    };

    struct Hit
    {
        coach::SearchHit hit;
        QString callTitle; // "Dana Ortiz · 4 Mar 2024", empty within one call
    };

    explicit SearchHitModel(QObject *parent = nullptr);

    void setHits(const QList<Hit> &hits);
    [[nodiscard]] const QList<Hit> &hits() const { return m_hits; }
    // The markers as plain text, for tooltips and accessibility.
    [[nodiscard]] static QString plainSnippet(const QString &snippet);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Hit> m_hits;
};
