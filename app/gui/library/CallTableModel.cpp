// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/CallTableModel.h"

#include "common/DisplayFormat.h"
#include "storage/CallRepository.h"

#include <QFileInfo>
#include <QScopedValueRollback>

using namespace Qt::Literals::StringLiterals;

CallTableModel::CallTableModel(const coach::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    load();
}

void CallTableModel::setQuery(const coach::CallQuery &query)
{
    // Busy through endResetModel(): a slot reacting to modelReset must not
    // fetch while the reset is still being announced.
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_query = query;
    load();
    endResetModel();
}

void CallTableModel::reload()
{
    setQuery(m_query);
}

void CallTableModel::load()
{
    m_calls.clear();
    m_total = 0;
    const coach::CallRepository calls(m_db);
    const auto total = calls.count(m_query);
    if (!total) {
        emit errorOccurred(total.error().message());
        return;
    }
    // The first page comes with the reset, so a fresh view is never blank
    // while it waits for its first fetchMore().
    auto page = calls.list(m_query, 0, PageSize);
    if (!page) {
        emit errorOccurred(page.error().message());
        return;
    }
    m_calls = std::move(*page);
    m_total = m_calls.size() < PageSize ? int(m_calls.size()) : std::max(*total, int(m_calls.size()));
}

const coach::Call *CallTableModel::callAt(int row) const
{
    if (row < 0 || row >= m_calls.size())
        return nullptr;
    return &m_calls.at(row);
}

int CallTableModel::rowOf(coach::CallId id) const
{
    for (int row = 0; row < m_calls.size(); ++row) {
        if (m_calls.at(row).id == id)
            return row;
    }
    return -1;
}

coach::CallQuery::Sort CallTableModel::sortForColumn(int column)
{
    using Sort = coach::CallQuery::Sort;
    switch (column) {
    case Rep:
        return Sort::Rep;
    case Team:
        return Sort::Team;
    case Duration:
        return Sort::Duration;
    case Channels:
        return Sort::Channels;
    case Csat:
        return Sort::Csat;
    case Queue:
        return Sort::Queue;
    case File:
        return Sort::File;
    default:
        return Sort::StartedAt;
    }
}

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::Call &call = m_calls.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(call, index.column());
    case Qt::ToolTipRole:
        if (index.column() == File)
            return call.recordingPath;
        if (index.column() == Date)
            return DisplayFormat::dateTime(call.startedAt, QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Duration:
        case Channels:
        case Csat:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case CallIdRole:
        return call.id.value();
    case SortKeyRole:
        return sortKey(call, index.column());
    default:
        return {};
    }
}

QVariant CallTableModel::displayData(const coach::Call &call, int column) const
{
    switch (column) {
    case Date:
        return DisplayFormat::dateTime(call.startedAt, QLocale::ShortFormat);
    case Rep:
        return call.repName;
    case Team:
        return call.teamName;
    case Duration:
        return DisplayFormat::duration(call.audio.durationMs);
    case Channels:
        return DisplayFormat::channels(call.audio.channels);
    case Csat:
        return DisplayFormat::score(call.csat);
    case Queue:
        return call.queue;
    case File:
        return QFileInfo(call.recordingPath).fileName();
    default:
        return {};
    }
}

QVariant CallTableModel::sortKey(const coach::Call &call, int column) const
{
    switch (column) {
    case Date:
        return call.startedAt;
    case Rep:
        return call.repName;
    case Team:
        return call.teamName;
    case Duration:
        return call.audio.durationMs;
    case Channels:
        return call.audio.channels;
    case Csat:
        return call.csat ? QVariant(*call.csat) : QVariant();
    case Queue:
        return call.queue;
    case File:
        return QFileInfo(call.recordingPath).fileName();
    default:
        return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = section == Duration || section == Channels || section == Csat;
        return QVariant::fromValue((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == Csat)
        return tr("Customer satisfaction score, as exported by the contact centre");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Rep:
        return tr("Rep");
    case Team:
        return tr("Team");
    case Duration:
        return tr("Duration");
    case Channels:
        return tr("Channels");
    case Csat:
        return tr("CSAT");
    case Queue:
        return tr("Queue");
    case File:
        return tr("File");
    default:
        return {};
    }
}

bool CallTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_calls.size() < m_total;
}

void CallTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A slot on rowsAboutToBeInserted may call fetchMore() again before this
    // page is appended; it must not fetch the same page twice.
    const QScopedValueRollback busy(m_busy, true);
    const coach::CallRepository calls(m_db);
    auto page = calls.list(m_query, int(m_calls.size()), PageSize);
    if (!page) {
        // Stop asking: the view would otherwise retry on every scroll.
        m_total = int(m_calls.size());
        emit errorOccurred(page.error().message());
        return;
    }
    if (page->isEmpty()) {
        // Calls vanished since the count; the list is complete as it is.
        m_total = int(m_calls.size());
        return;
    }
    const int first = int(m_calls.size());
    const int fetched = int(page->size());
    beginInsertRows({}, first, first + fetched - 1);
    m_calls.append(std::move(*page));
    endInsertRows();
    // A short page means the end, whatever the count said.
    if (fetched < PageSize)
        m_total = int(m_calls.size());
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    coach::CallQuery query = m_query;
    query.sort = sortForColumn(column);
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    setQuery(query);
}
