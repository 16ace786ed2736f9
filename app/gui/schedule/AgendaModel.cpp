// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/AgendaModel.h"

#include "schedule/ScheduleFormat.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

AgendaModel::AgendaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgendaModel::setOccurrences(const QList<coach::Occurrence> &occurrences, const QHash<qint64, QString> &repNames)
{
    beginResetModel();
    m_rows = occurrences;
    m_repNames = repNames;
    endResetModel();
}

const coach::Occurrence *AgendaModel::occurrenceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AgendaModel::rowOf(coach::SessionId session, const QDateTime &occurrence) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).sessionId == session && m_rows.at(row).occurrence == occurrence)
            return row;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::statusText(const coach::Occurrence &o) const
{
    // "Planned" on every row would be noise; only what differs is said.
    QStringList parts;
    if (o.status != coach::SessionStatus::Planned)
        parts << ScheduleFormat::statusName(o.status);
    if (o.moved)
        parts << tr("moved");
    if (o.conflicting && o.status != coach::SessionStatus::Cancelled)
        parts << tr("conflict");
    return parts.join(tr(", "));
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::Occurrence &o = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            // The start is what a list is read by; the end is in the tooltip and the week.
            return QLocale().toString(o.start.toLocalTime(), u"ddd d MMM, HH:mm"_s);
        case Kind:
            return ScheduleFormat::kindName(o.kind);
        case Title:
            return o.title;
        case Participants:
            return ScheduleFormat::participantNames(o.participants, m_repNames);
        case Status:
            return statusText(o);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == When && o.conflicting && o.status != coach::SessionStatus::Cancelled)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == Kind || index.column() == Title)
            return ScheduleFormat::kindColor(o.kind);
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 · %2\n%3\nWith %4").arg(ScheduleFormat::kindName(o.kind), o.title,
                                                 ScheduleFormat::dayAndTimeRange(o.start, o.end),
                                                 ScheduleFormat::participantNames(o.participants, m_repNames));
        if (o.conflicting)
            tip += u'\n' + tr("This meeting overlaps another meeting, busy time or working hours.");
        return tip;
    }
    case Qt::FontRole:
        if (o.status == coach::SessionStatus::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status && o.conflicting && o.status != coach::SessionStatus::Cancelled)
            return QColor(0xd5, 0x2b, 0x1e);
        break;
    case SessionIdRole:
        return o.sessionId.value();
    case OccurrenceRole:
        return o.occurrence;
    case StartRole:
        return o.start;
    case ConflictingRole:
        return o.conflicting;
    default:
        break;
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Participants:
        return tr("With");
    case Status:
        return tr("Status");
    }
    return {};
}
