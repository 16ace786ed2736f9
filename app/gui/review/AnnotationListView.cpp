// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/AnnotationListView.h"

#include "review/AnnotationModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AnnotationListView::AnnotationListView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setObjectName(u"annotationTagFilter"_s);
    m_filter->setAccessibleName(tr("Show annotations tagged"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_filter->setMinimumContentsLength(14);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AnnotationListView::applyFilter);

    m_proxy->setFilterRole(AnnotationModel::TagIdRole);
    m_proxy->setFilterKeyColumn(AnnotationModel::Tag);

    m_view->setObjectName(u"annotationList"_s);
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setModel(m_proxy);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(coach::AnnotationId(index.data(AnnotationModel::IdRole).toLongLong()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentAnnotationChanged(coach::AnnotationId(current.data(AnnotationModel::IdRole).toLongLong()));
            });

    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    setTags({});
}

void AnnotationListView::setModel(AnnotationModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (!model)
        return;
    const QFontMetrics metrics = fontMetrics();
    m_view->header()->resizeSection(AnnotationModel::Time, metrics.horizontalAdvance(u"00:00–00:00"_s) + 20);
    m_view->header()->resizeSection(AnnotationModel::Tag, metrics.horizontalAdvance(u"Paraphrase and confirm"_s) + 30);
}

void AnnotationListView::setTags(const QList<coach::Tag> &tags)
{
    const coach::TagId current = tagFilter();
    QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All tags"), 0);
    for (const coach::Tag &tag : tags) {
        QPixmap swatch(10, 10);
        swatch.fill(QColor(tag.color));
        m_filter->addItem(QIcon(swatch), tag.label, tag.id.value());
    }
    const int index = m_filter->findData(current.value());
    m_filter->setCurrentIndex(std::max(0, index));
    blocker.unblock();
    applyFilter();
}

void AnnotationListView::setTagFilter(coach::TagId tag)
{
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(tag.value())));
}

coach::TagId AnnotationListView::tagFilter() const
{
    return coach::TagId(m_filter->currentData().toLongLong());
}

void AnnotationListView::applyFilter()
{
    const coach::TagId tag = tagFilter();
    if (tag.isValid())
        m_proxy->setFilterRegularExpression(QRegularExpression(u"^%1$"_s.arg(tag.value())));
    else
        m_proxy->setFilterRegularExpression(QRegularExpression());
}

coach::AnnotationId AnnotationListView::currentAnnotation() const
{
    return coach::AnnotationId(m_view->currentIndex().data(AnnotationModel::IdRole).toLongLong());
}

void AnnotationListView::setCurrentAnnotation(coach::AnnotationId id)
{
    if (!m_model || id == currentAnnotation())
        return;
    const int row = m_model->rowOf(id);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (!index.isValid()) {
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}
