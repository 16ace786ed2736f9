// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightHistoryDialog.h"

#include "HighlightTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

HighlightHistoryDialog::HighlightHistoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_model(new HighlightTableModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"highlightHistory"_s);
    m_view->setObjectName(u"historyView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(HighlightTableModel::Reason, QHeaderView::Stretch);
    // The week and team are the dialog's title; repeating them in every row is noise.
    m_view->hideColumn(HighlightTableModel::Week);
    m_view->hideColumn(HighlightTableModel::Team);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *open = buttons->addButton(tr("Open in Review"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"historyOpenButton"_s);
    const auto openCurrent = [this] {
        const QModelIndex index = m_view->currentIndex();
        if (!index.isValid())
            return;
        emit openRequested(coach::CallId(index.data(HighlightTableModel::CallIdRole).toLongLong()),
                           index.data(HighlightTableModel::StartMsRole).toLongLong());
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(900, 320);
}

void HighlightHistoryDialog::setHistory(const QString &title, const QList<coach::Highlight> &history)
{
    setWindowTitle(title);
    m_model->setHighlights(history);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(HighlightTableModel::Reason, QHeaderView::Stretch);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}
