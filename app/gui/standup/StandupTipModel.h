// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/StandupPack.h"

#include <QAbstractTableModel>
#include <QList>

/*
 * The week's tip candidates as a checklist: who, pattern, length and the
 * manager's note, a check box in the first column. The checked ones, in
 * list order, become the pack's tips. On the GUI thread, owned by
 * StandupPackDialog.
 */
class StandupTipModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rep, Pattern, Length, Note, ColumnCount };
    enum Role { AnnotationIdRole = Qt::UserRole + 1 };

    explicit StandupTipModel(QObject *parent = nullptr);

    // Replaces the list; nothing is checked.
    void setCandidates(const QList<coach::StandupClip> &candidates);
    [[nodiscard]] const QList<coach::StandupClip> &candidates() const { return m_candidates; }
    void setChecked(int row, bool checked);
    [[nodiscard]] QList<coach::AnnotationId> checkedTips() const;
    [[nodiscard]] qint64 checkedDurationMs() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    QList<coach::StandupClip> m_candidates;
    QList<bool> m_checked;
};
