// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Segment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/*
 * One call's transcript as a table: time, speaker, words. Knows the playback
 * position only to say which line is being spoken (CurrentRole and a
 * highlighted background), so the view stays a plain view. Owned by
 * ReviewController, on the GUI thread.
 */
class TranscriptModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Speaker, Text, ColumnCount };
    enum Role {
        StartRole = Qt::UserRole + 1, // qint64 ms
        EndRole,                      // qint64 ms
        SpeakerRoleRole,              // coach::SpeakerRole as int
        CurrentRole,                  // bool: the line at the playhead
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscript(const QList<coach::Segment> &segments, const QHash<QString, coach::SpeakerRole> &roles);
    void clear();
    [[nodiscard]] const QList<coach::Segment> &segments() const { return m_segments; }
    [[nodiscard]] coach::SpeakerRole roleOf(const QString &speaker) const;

    // The line spoken at `ms`: the last one that started at or before it, or -1.
    [[nodiscard]] int rowAt(qint64 ms) const;
    void setPosition(qint64 ms);
    [[nodiscard]] int currentRow() const { return m_current; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void currentRowChanged(int row);

private:
    QList<coach::Segment> m_segments;
    QHash<QString, coach::SpeakerRole> m_roles;
    int m_current = -1;
};
