// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/LibraryPage.h"

#include "common/DisplayFormat.h"
#include "common/EmptyStateWidget.h"
#include "library/CallDetailsPane.h"
#include "library/CallFilterBar.h"
#include "library/CallTableModel.h"
#include "library/CallTableView.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Bumped when the saved layout no longer fits the widgets.
constexpr quint32 StateVersion = 1;
} // namespace

LibraryPage::LibraryPage(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new CallFilterBar(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new CallTableView(m_tableStack))
    , m_empty(new EmptyStateWidget(m_tableStack))
    , m_details(new CallDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_table->setObjectName(u"callTable"_s);
    m_table->setAccessibleName(tr("Calls"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    // Tab leaves the table rather than walking its cells, so the details pane
    // stays one key away.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(CallTableModel::Date, Qt::DescendingOrder);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const coach::CallId id(index.data(CallTableModel::CallIdRole).toLongLong());
        if (id.isValid())
            emit openCallRequested(id);
    });

    connect(m_table, &CallTableView::transcriptDropped, this, [this](int row, const QString &path) {
        const coach::CallId id(m_table->model()->index(row, 0).data(CallTableModel::CallIdRole).toLongLong());
        if (id.isValid())
            emit transcriptDropped(id, path);
    });

    m_empty->setObjectName(u"emptyState"_s);
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, [this] {
        if (m_view == View::NoMatches)
            m_filterBar->clear();
        else
            emit importRequested();
    });

    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(m_empty);

    m_details->setObjectName(u"callDetails"_s);
    connect(m_details, &CallDetailsPane::openRequested, this, &LibraryPage::openCallRequested);
    m_splitter->setObjectName(u"librarySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({880, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
}

void LibraryPage::setModel(QAbstractItemModel *model)
{
    QItemSelectionModel *old = m_table->selectionModel();
    m_table->setModel(model);
    // QAbstractItemView never deletes a selection model it replaced.
    if (old && old != m_table->selectionModel())
        old->deleteLater();
    if (!model) {
        m_details->clear();
        return;
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { emit currentIndexChanged(current); });

    if (m_headerState.isEmpty() || !m_table->horizontalHeader()->restoreState(m_headerState))
        applyDefaultColumnWidths();
    // The header's indicator decides the first sort; a restored state may
    // carry the user's last one.
    m_table->setSortingEnabled(true);
}

void LibraryPage::applyDefaultColumnWidths()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics cell = m_table->fontMetrics();
    const QFontMetrics head = header->fontMetrics();
    // Room for the sort arrow and the cell's margins.
    const int pad = m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 14;
    const auto fit = [&](int column, const QStringList &samples, int minimum = 0) {
        int width = head.horizontalAdvance(m_table->model()->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = std::max(width, cell.horizontalAdvance(sample));
        header->resizeSection(column, std::max(width + pad, minimum));
    };
    const QDateTime sampleDate(QDate(2024, 12, 28), QTime(23, 58), Qt::UTC);
    fit(CallTableModel::Date, {DisplayFormat::dateTime(sampleDate, QLocale::ShortFormat)});
    // Typical lengths, not the longest: a longer name elides and the column can be widened.
    fit(CallTableModel::Rep, {u"Priya Natarajan"_s});
    fit(CallTableModel::Team, {u"Tech Support"_s});
    fit(CallTableModel::Duration, {u"0:00:00"_s});
    fit(CallTableModel::Channels, {tr("Stereo"), tr("Mono")});
    fit(CallTableModel::Csat, {u"4.5"_s});
    fit(CallTableModel::Queue, {u"Account access"_s});
}

void LibraryPage::selectRow(int row)
{
    if (!m_table->model())
        return;
    const QModelIndex index = m_table->model()->index(row, 0);
    if (!index.isValid()) {
        m_table->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void LibraryPage::setView(View view)
{
    m_view = view;
    switch (view) {
    case View::Calls:
        m_tableStack->setCurrentWidget(m_table);
        break;
    case View::EmptyLibrary:
        // Only a themed icon: Qt's built-in fallbacks are 16-pixel art that blurs at this size.
        m_empty->setIcon(QIcon::fromTheme(u"folder-music"_s));
        m_empty->setTitle(tr("No calls yet"));
        m_empty->setText(tr("Drag recordings here, or choose Import Recordings…"));
        m_empty->setActionText(tr("Import Recordings…"));
        m_tableStack->setCurrentWidget(m_empty);
        break;
    case View::NoMatches:
        m_empty->setIcon({});
        m_empty->setTitle(tr("No calls match this filter"));
        m_empty->setText(tr("Try other words, another team or a wider date range."));
        m_empty->setActionText(tr("Show All Calls"));
        m_tableStack->setCurrentWidget(m_empty);
        break;
    }
    // Nothing to filter or show details of in an empty library, and the
    // invitation to import gets the whole width; a filter that matches
    // nothing must stay editable.
    m_filterBar->setEnabled(view != View::EmptyLibrary);
    m_details->setVisible(view != View::EmptyLibrary);
}

QByteArray LibraryPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateVersion << m_splitter->saveState() << m_table->horizontalHeader()->saveState();
    return state;
}

void LibraryPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    QByteArray header;
    in >> version >> splitter >> header;
    if (in.status() != QDataStream::Ok || version != StateVersion)
        return;
    m_splitter->restoreState(splitter);
    m_headerState = header;
    if (m_table->model())
        m_table->horizontalHeader()->restoreState(header);
}
