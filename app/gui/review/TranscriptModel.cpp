// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/TranscriptModel.h"

#include "common/DisplayFormat.h"
#include "review/SpeakerColors.h"

#include <QFont>

#include <algorithm>

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TranscriptModel::setTranscript(const QList<coach::Segment> &segments,
                                    const QHash<QString, coach::SpeakerRole> &roles)
{
    beginResetModel();
    m_segments = segments;
    // rowAt() bisects by start; transcripts are stored in time order but a
    // hand-edited file may not be.
    std::stable_sort(m_segments.begin(), m_segments.end(),
                     [](const coach::Segment &a, const coach::Segment &b) { return a.startMs < b.startMs; });
    m_roles = roles;
    m_current = -1;
    endResetModel();
}

void TranscriptModel::clear()
{
    setTranscript({}, {});
}

coach::SpeakerRole TranscriptModel::roleOf(const QString &speaker) const
{
    return m_roles.value(speaker, coach::SpeakerRole::Unknown);
}

int TranscriptModel::rowAt(qint64 ms) const
{
    const auto after = std::upper_bound(m_segments.cbegin(), m_segments.cend(), ms,
                                        [](qint64 value, const coach::Segment &s) { return value < s.startMs; });
    return int(after - m_segments.cbegin()) - 1;
}

void TranscriptModel::setPosition(qint64 ms)
{
    const int row = rowAt(ms);
    if (row == m_current)
        return;
    const int old = m_current;
    m_current = row;
    const QList<int> roles {CurrentRole, Qt::BackgroundRole, Qt::FontRole};
    if (old >= 0)
        emit dataChanged(index(old, 0), index(old, ColumnCount - 1), roles);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), roles);
    emit currentRowChanged(row);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const coach::Segment &segment = m_segments.at(index.row());
    const coach::SpeakerRole speakerRole = roleOf(segment.speaker);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return DisplayFormat::position(segment.startMs);
        case Speaker:
            return segment.speaker.isEmpty() ? SpeakerColors::name(speakerRole) : segment.speaker;
        case Text:
            return segment.text;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Speaker && speakerRole != coach::SpeakerRole::Unknown)
            return SpeakerColors::name(speakerRole);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Speaker)
            return SpeakerColors::color(speakerRole);
        break;
    case Qt::FontRole:
        if (index.column() == Speaker || index.row() == m_current) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        break;
    case Qt::BackgroundRole:
        // Translucent, so it reads on light and dark palettes alike.
        if (index.row() == m_current)
            return QColor(255, 196, 0, 70);
        break;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignTop);
    case StartRole:
        return segment.startMs;
    case EndRole:
        return segment.endMs;
    case SpeakerRoleRole:
        return int(speakerRole);
    case CurrentRole:
        return index.row() == m_current;
    default:
        break;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Speaker:
        return tr("Speaker");
    case Text:
        return tr("Words");
    case ColumnCount:
        break;
    }
    return {};
}
