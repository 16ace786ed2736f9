// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QAbstractTableModel>
#include <QList>

/*
 * One call's annotations in time order: when, tag (with its colour), comment.
 * The undo commands keep it in step with the database row by row, so the
 * list keeps its selection while the user edits. Owned by ReviewController,
 * on the GUI thread.
 */
class AnnotationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Tag, Comment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 annotation id
        StartRole,                 // qint64 ms
        EndRole,                   // qint64 ms
        TagIdRole,                 // qint64 tag id, 0 without a tag
        ColorRole,                 // QColor of the tag
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setAnnotations(const QList<coach::Annotation> &annotations);
    [[nodiscard]] const QList<coach::Annotation> &annotations() const { return m_annotations; }
    [[nodiscard]] int rowOf(coach::AnnotationId id) const;
    [[nodiscard]] const coach::Annotation &annotation(int row) const { return m_annotations.at(row); }

    // Inserts, or replaces the one with the same id, keeping time order.
    void upsert(const coach::Annotation &annotation);
    void remove(coach::AnnotationId id);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any change: the waveform and the checkpoint strip redraw from annotations().
    void annotationsChanged();

private:
    [[nodiscard]] int insertionRow(const coach::Annotation &annotation) const;

    QList<coach::Annotation> m_annotations;
};
