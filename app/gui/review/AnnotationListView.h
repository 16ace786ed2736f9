// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"
#include "model/Tag.h"

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QTreeView;
class AnnotationModel;

/*
 * The list of a call's annotations with a tag filter above it: model (the
 * controller's AnnotationModel), a filtering proxy, and a tree view. Selecting
 * one asks to jump there; Enter or a double-click asks to edit it.
 */
class AnnotationListView final : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationListView(QWidget *parent = nullptr);

    void setModel(AnnotationModel *model);
    void setTags(const QList<coach::Tag> &tags);
    // Shows only annotations with this tag; an invalid id shows all.
    void setTagFilter(coach::TagId tag);
    [[nodiscard]] coach::TagId tagFilter() const;

    [[nodiscard]] coach::AnnotationId currentAnnotation() const;
    void setCurrentAnnotation(coach::AnnotationId id);
    [[nodiscard]] QTreeView *view() const { return m_view; }

signals:
    void currentAnnotationChanged(coach::AnnotationId id);
    void editRequested(coach::AnnotationId id);

private:
    void applyFilter();

    QComboBox *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    AnnotationModel *m_model = nullptr;
};
