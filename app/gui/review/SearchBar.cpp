// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SearchBar.h"

#include "review/SearchHitModel.h"
#include "review/SnippetDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
{
    setObjectName(u"searchBar"_s);
    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setPlaceholderText(tr("Find words in the transcript (Ctrl+F)"));
    m_edit->setAccessibleName(tr("Find in transcripts"));
    m_edit->setClearButtonEnabled(true);
    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::search);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_lastText.clear();
            m_results->hide();
            m_status->clear();
        }
    });

    m_scope->setObjectName(u"searchScope"_s);
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->addItem(tr("This call"), int(Scope::ThisCall));
    m_scope->addItem(tr("All calls"), int(Scope::Library));
    connect(m_scope, &QComboBox::activated, this, [this] {
        if (!m_edit->text().trimmed().isEmpty())
            search();
    });

    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setItemDelegateForColumn(SearchHitModel::Snippet, new SnippetDelegate(m_results));
    m_results->header()->setStretchLastSection(true);
    m_results->setMaximumHeight(150);
    m_results->hide();
    connect(m_results, &QTreeView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_results, &QTreeView::clicked, this, [this](const QModelIndex &index) { activate(index.row()); });

    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_edit, 1);
    row->addWidget(m_scope);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    m_status->hide();
}

void SearchBar::setModel(SearchHitModel *model)
{
    m_model = model;
    m_results->setModel(model);
    m_lastText.clear();
    if (model) {
        const QFontMetrics metrics = fontMetrics();
        m_results->header()->resizeSection(SearchHitModel::Time, metrics.horizontalAdvance(u"0:00:00"_s) + 18);
        m_results->header()->resizeSection(SearchHitModel::Call, metrics.horizontalAdvance(u"Maya Okafor · 10 Nov"_s) + 18);
    }
}

void SearchBar::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

SearchBar::Scope SearchBar::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void SearchBar::focusSearch()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::search()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    // Enter again on the same words steps through the hits.
    if (text == m_lastText && scope() == m_lastScope && m_model && m_model->rowCount() > 0) {
        const int next = (m_results->currentIndex().row() + 1) % m_model->rowCount();
        activate(next);
        return;
    }
    m_lastText = text;
    m_lastScope = scope();
    emit searchRequested(text, scope());
}

void SearchBar::showResults(const QString &message)
{
    const int count = m_model ? m_model->rowCount() : 0;
    m_results->setColumnHidden(SearchHitModel::Call, scope() == Scope::ThisCall);
    m_results->setVisible(count > 0);
    if (!message.isEmpty())
        m_status->setText(message);
    else if (count == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(scope() == Scope::ThisCall ? tr("%n match(es) in this call · Enter for the next", nullptr, count)
                                                      : tr("%n match(es) in the library", nullptr, count));
    m_status->setVisible(true);
    // Within the call the first hit is where the user wants to be; across
    // the library, opening another call is a bigger step: they pick.
    if (count > 0 && scope() == Scope::ThisCall)
        activate(0);
}

void SearchBar::activate(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_results->setCurrentIndex(index);
    emit hitActivated(coach::CallId(index.data(SearchHitModel::CallIdRole).toLongLong()),
                      index.data(SearchHitModel::StartRole).toLongLong());
}

bool SearchBar::event(QEvent *event)
{
    // Typed keys belong to the search box, not to the one-key shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_edit->clear();
        focusNextPrevChild(true);
        return true;
    }
    return QWidget::event(event);
}
