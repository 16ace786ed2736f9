// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/Occurrence.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

/*
 * One week of meetings, painted: days as columns, hours as rows, each meeting
 * a block coloured by kind, conflicts outlined in red with a warning sign,
 * moved meetings badged, today's column tinted. A view only: it shows the
 * meetings it is given and emits what the user asks for. Dragging a block
 * (or Alt+arrows on the selected one) asks for a preview of the conflicts at
 * the new slot, which the owner answers with setMovePreview(), and on drop
 * asks to move it. Times are shown in the machine's local zone.
 *
 * Keys: arrows select the previous or next meeting, Enter opens it, Alt+Up/
 * Down moves it by a quarter hour and Alt+Left/Right by a day, Page Up/Down
 * show the previous or next week, Home this week, the Menu key its actions.
 */
class WeekView final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int SnapMinutes = 15;
    static constexpr int MinHourHeight = 44;
    static constexpr qreal WeekendShare = 0.5;

    explicit WeekView(QWidget *parent = nullptr);

    // Shows the week holding `day` (weeks start on Monday).
    void setWeek(const QDate &day);
    [[nodiscard]] QDate week() const { return m_monday; }
    void setToday(const QDate &today);

    void setOccurrences(const QList<coach::Occurrence> &occurrences, const QHash<qint64, QString> &repNames);
    [[nodiscard]] const QList<coach::Occurrence> &occurrences() const { return m_items; }

    [[nodiscard]] int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    // Selects the meeting if it is in this week; returns whether it was.
    bool selectOccurrence(coach::SessionId session, const QDateTime &occurrence);

    // Geometry, in widget coordinates.
    [[nodiscard]] QRectF dayRect(int day) const; // the column under the header, 0 = Monday
    [[nodiscard]] qreal yForMinutes(int minutesSinceMidnight) const;
    [[nodiscard]] QRectF occurrenceRect(int index) const;
    [[nodiscard]] int occurrenceAt(const QPointF &pos) const;
    // The local time under `pos`, snapped to SnapMinutes; invalid outside the days.
    [[nodiscard]] QDateTime timeAt(const QPointF &pos) const;

    // The answer to movePreviewRequested(): why the slot is taken, empty when free.
    void setMovePreview(const QStringList &conflicts);
    [[nodiscard]] const QStringList &movePreview() const { return m_ghostConflicts; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void weekRequested(const QDate &monday);
    void currentChanged(int index);
    void occurrenceActivated(int index);
    void createRequested(const QDateTime &startUtc);
    void movePreviewRequested(const coach::Occurrence &occurrence, const QDateTime &startUtc);
    void moveRequested(const coach::Occurrence &occurrence, const QDateTime &startUtc);
    void contextMenuRequested(int index, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Lane
    {
        int lane = 0;
        int lanes = 1;
    };

    void layoutLanes();
    void updateHourRange();
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int gutterWidth() const;
    [[nodiscard]] qreal hourHeight() const;
    [[nodiscard]] QRectF blockRect(const QDateTime &startUtc, const QDateTime &endUtc, Lane lane) const;
    void paintHeader(QPainter &painter) const;
    void paintGrid(QPainter &painter) const;
    void paintBlock(QPainter &painter, int index) const;
    void paintGhost(QPainter &painter) const;
    void startPreview(const QDateTime &startUtc);
    void cancelDrag();
    void nudge(int minutes);

    QDate m_monday;
    QDate m_today;
    int m_firstHour = 8;
    int m_lastHour = 18; // exclusive
    QList<coach::Occurrence> m_items;
    QList<Lane> m_lanes;
    QHash<qint64, QString> m_repNames;
    int m_current = -1;

    // Dragging: the block pressed, where in it, and the slot it would go to.
    int m_pressed = -1;
    QPointF m_pressPos;
    int m_grabMinutes = 0;
    bool m_dragging = false;
    QDateTime m_ghostStart; // UTC; invalid when no drag is shown
    QStringList m_ghostConflicts;
};
