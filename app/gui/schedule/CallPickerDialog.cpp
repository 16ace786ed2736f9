// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/CallPickerDialog.h"

#include "library/CallTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CallPickerDialog::CallPickerDialog(QAbstractItemModel *calls, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Link Calls"));
    resize(760, 460);
    m_filter->setPlaceholderText(tr("Filter by rep, team, queue or tag"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &CallPickerDialog::filterChanged);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_filter);

    m_table->setModel(calls);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedCalls().isEmpty()); });
    connect(m_table, &QTableView::activated, this, &QDialog::accept);

    auto *search = new QHBoxLayout;
    search->addWidget(label);
    search->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QList<coach::CallId> CallPickerDialog::selectedCalls() const
{
    QList<coach::CallId> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << coach::CallId(index.data(CallTableModel::CallIdRole).toLongLong());
    return ids;
}

void CallPickerDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
}
