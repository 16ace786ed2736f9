// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/WeekView.h"

#include "schedule/ScheduleFormat.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QToolTip>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

int minutesOf(const QDateTime &local)
{
    return local.time().hour() * 60 + local.time().minute();
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

WeekView::WeekView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(u"weekView"_s);
    setAccessibleName(tr("Week"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setWeek(m_today);
}

void WeekView::setWeek(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    cancelDrag();
    update();
}

void WeekView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

void WeekView::setOccurrences(const QList<coach::Occurrence> &occurrences, const QHash<qint64, QString> &repNames)
{
    const coach::Occurrence *before = m_current >= 0 && m_current < m_items.size() ? &m_items.at(m_current) : nullptr;
    const coach::SessionId session = before ? before->sessionId : coach::SessionId();
    const QDateTime occurrence = before ? before->occurrence : QDateTime();
    cancelDrag();
    m_items = occurrences;
    m_repNames = repNames;
    m_current = -1;
    updateHourRange();
    layoutLanes();
    if (session.isValid())
        selectOccurrence(session, occurrence);
    updateGeometry();
    update();
}

void WeekView::setCurrentIndex(int index)
{
    if (index < -1 || index >= m_items.size() || index == m_current)
        return;
    m_current = index;
    update();
    emit currentChanged(index);
}

bool WeekView::selectOccurrence(coach::SessionId session, const QDateTime &occurrence)
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).sessionId == session && m_items.at(i).occurrence == occurrence) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void WeekView::updateHourRange()
{
    // Working hours by default, widened to show every meeting of the week.
    m_firstHour = 8;
    m_lastHour = 18;
    for (const coach::Occurrence &o : std::as_const(m_items)) {
        const QDateTime start = o.start.toLocalTime();
        const QDateTime end = o.end.toLocalTime();
        if (start.date() < m_monday || start.date() > m_monday.addDays(6))
            continue;
        m_firstHour = std::min(m_firstHour, start.time().hour());
        const int endMinutes = end.date() > start.date() ? 24 * 60 : minutesOf(end);
        m_lastHour = std::max(m_lastHour, (endMinutes + 59) / 60);
    }
    m_lastHour = std::clamp(m_lastHour, m_firstHour + 1, 24);
}

void WeekView::layoutLanes()
{
    // Meetings that overlap on a day share its width side by side.
    m_lanes = QList<Lane>(m_items.size());
    QList<int> order(m_items.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_items.at(a).start < m_items.at(b).start; });
    QList<int> cluster;
    QList<QDateTime> laneEnds;
    QDateTime clusterEnd;
    const auto close = [&] {
        for (int i : std::as_const(cluster))
            m_lanes[i].lanes = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (int i : std::as_const(order)) {
        const coach::Occurrence &o = m_items.at(i);
        if (!cluster.isEmpty() && (o.start >= clusterEnd || o.start.toLocalTime().date()
                                                                 != m_items.at(cluster.first()).start.toLocalTime().date()))
            close();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > o.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(o.end);
        else
            laneEnds[lane] = o.end;
        m_lanes[i].lane = lane;
        clusterEnd = cluster.isEmpty() ? o.end : std::max(clusterEnd, o.end);
        cluster.append(i);
    }
    close();
}

int WeekView::headerHeight() const
{
    return fontMetrics().height() * 2 + 14;
}

int WeekView::gutterWidth() const
{
    return fontMetrics().horizontalAdvance(u"00:00"_s) + 16;
}

qreal WeekView::hourHeight() const
{
    const int hours = m_lastHour - m_firstHour;
    return std::max<qreal>(MinHourHeight, qreal(height() - headerHeight() - 8) / hours);
}

QSize WeekView::sizeHint() const
{
    return {gutterWidth() + 6 * 130, headerHeight() + (m_lastHour - m_firstHour) * 52};
}

QSize WeekView::minimumSizeHint() const
{
    return {gutterWidth() + 6 * 80, headerHeight() + (m_lastHour - m_firstHour) * MinHourHeight};
}

QRectF WeekView::dayRect(int day) const
{
    // The weekend gets half a column each: few meetings fall there, and the
    // working days need the room for their titles.
    const qreal unit = qreal(width() - gutterWidth()) / (5 + 2 * WeekendShare);
    const auto share = [](int d) { return d >= 5 ? WeekendShare : 1.0; };
    qreal left = gutterWidth();
    for (int d = 0; d < day; ++d)
        left += unit * share(d);
    return {left, qreal(headerHeight()), unit * share(day), height() - qreal(headerHeight())};
}

qreal WeekView::yForMinutes(int minutesSinceMidnight) const
{
    return headerHeight() + (minutesSinceMidnight - m_firstHour * 60) * hourHeight() / 60;
}

QRectF WeekView::blockRect(const QDateTime &startUtc, const QDateTime &endUtc, Lane lane) const
{
    const QDateTime start = startUtc.toLocalTime();
    const QDateTime end = endUtc.toLocalTime();
    const int day = int(m_monday.daysTo(start.date()));
    if (day < 0 || day > 6)
        return {};
    const QRectF column = dayRect(day).adjusted(2, 0, -3, 0);
    const int endMinutes = end.date() > start.date() ? 24 * 60 : minutesOf(end);
    const qreal top = yForMinutes(minutesOf(start));
    const qreal bottom = std::max(yForMinutes(endMinutes), top + fontMetrics().height() + 4);
    if (lane.lanes <= 1)
        return {column.left(), top, column.width(), bottom - top};
    // Overlapping meetings cascade, each at least two thirds of the column wide so
    // its title stays readable; later ones lie on top.
    const qreal laneWidth = std::max(column.width() / lane.lanes, column.width() * 0.66);
    const qreal step = (column.width() - laneWidth) / (lane.lanes - 1);
    return {column.left() + lane.lane * step, top, laneWidth, bottom - top};
}

QRectF WeekView::occurrenceRect(int index) const
{
    if (index < 0 || index >= m_items.size())
        return {};
    return blockRect(m_items.at(index).start, m_items.at(index).end, m_lanes.value(index));
}

int WeekView::occurrenceAt(const QPointF &pos) const
{
    // Later blocks are painted on top, so they win.
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (occurrenceRect(i).contains(pos))
            return i;
    }
    return -1;
}

QDateTime WeekView::timeAt(const QPointF &pos) const
{
    if (pos.x() < gutterWidth() || pos.y() < headerHeight())
        return {};
    int day = 6;
    while (day > 0 && pos.x() < dayRect(day).left())
        --day;
    int minutes = m_firstHour * 60 + int((pos.y() - headerHeight()) * 60 / hourHeight());
    minutes = std::clamp(minutes / SnapMinutes * SnapMinutes, 0, 24 * 60 - SnapMinutes);
    return QDateTime(m_monday.addDays(day), QTime(minutes / 60, minutes % 60));
}

void WeekView::setMovePreview(const QStringList &conflicts)
{
    m_ghostConflicts = conflicts;
    update();
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    paintGrid(painter);
    paintHeader(painter);
    for (int i = 0; i < m_items.size(); ++i)
        paintBlock(painter, i);
    paintGhost(painter);
}

void WeekView::paintHeader(QPainter &painter) const
{
    const QLocale locale;
    const QRectF header(0, 0, width(), headerHeight());
    painter.fillRect(header, palette().window());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_monday.addDays(day);
        const QRectF cell(dayRect(day).left(), 0, dayRect(day).width(), headerHeight());
        const bool today = date == m_today;
        QFont font = painter.font();
        font.setBold(today);
        painter.setFont(font);
        painter.setPen(today ? palette().color(QPalette::Highlight) : palette().color(QPalette::WindowText));
        const QString name = locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        const QString number = locale.toString(date, u"d MMM"_s);
        painter.drawText(cell.adjusted(0, 5, 0, 0), Qt::AlignHCenter | Qt::AlignTop, name);
        painter.drawText(cell.adjusted(0, 0, 0, -5), Qt::AlignHCenter | Qt::AlignBottom, number);
        if (today) {
            painter.fillRect(QRectF(cell.left() + 6, cell.bottom() - 3, cell.width() - 12, 3),
                             palette().color(QPalette::Highlight));
        }
        font.setBold(false);
        painter.setFont(font);
    }
}

void WeekView::paintGrid(QPainter &painter) const
{
    const QColor line = palette().color(QPalette::Mid);
    QColor faint = line;
    faint.setAlpha(70);
    for (int day = 0; day < 7; ++day) {
        const QRectF column = dayRect(day);
        const QDate date = m_monday.addDays(day);
        if (date == m_today) {
            QColor tint = palette().color(QPalette::Highlight);
            tint.setAlpha(28);
            painter.fillRect(column, tint);
        } else if (date.dayOfWeek() >= Qt::Saturday) {
            painter.fillRect(column, palette().alternateBase());
        }
        // The past is dimmed: meetings cannot be planned or moved there.
        const QDateTime now = QDateTime::currentDateTime();
        QColor past = palette().color(QPalette::WindowText);
        past.setAlpha(14);
        if (date < now.date())
            painter.fillRect(column, past);
        else if (date == now.date())
            painter.fillRect(QRectF(column.left(), column.top(), column.width(),
                                    std::clamp(yForMinutes(minutesOf(now)) - column.top(), 0.0, column.height())),
                             past);
        painter.setPen(line);
        painter.drawLine(column.topLeft(), column.bottomLeft());
    }
    const int labelWidth = gutterWidth() - 8;
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const qreal y = yForMinutes(hour * 60);
        painter.setPen(line);
        painter.drawLine(QPointF(gutterWidth(), y), QPointF(width(), y));
        if (hour < m_lastHour) {
            painter.setPen(QPen(faint, 1, Qt::DotLine));
            const qreal half = yForMinutes(hour * 60 + 30);
            painter.drawLine(QPointF(gutterWidth(), half), QPointF(width(), half));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            painter.drawText(QRectF(0, y + 2, labelWidth, fontMetrics().height()), Qt::AlignRight | Qt::AlignTop,
                             QTime(hour, 0).toString(u"HH:mm"_s));
        }
    }
    // Now, on today's column.
    const QDateTime now = QDateTime::currentDateTime();
    const int day = int(m_monday.daysTo(now.date()));
    if (day >= 0 && day < 7 && now.date() == m_today) {
        const qreal y = yForMinutes(minutesOf(now));
        if (y > headerHeight()) {
            const QRectF column = dayRect(day);
            painter.setPen(QPen(QColor(0xd5, 0x2b, 0x1e), 2));
            painter.drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
            painter.setBrush(QColor(0xd5, 0x2b, 0x1e));
            painter.drawEllipse(QPointF(column.left(), y), 3.5, 3.5);
            painter.setBrush(Qt::NoBrush);
        }
    }
}

void WeekView::paintBlock(QPainter &painter, int index) const
{
    const coach::Occurrence &o = m_items.at(index);
    const QRectF rect = occurrenceRect(index);
    if (rect.isEmpty())
        return;
    const bool cancelled = o.status == coach::SessionStatus::Cancelled;
    const QColor kind = cancelled ? palette().color(QPalette::Mid) : ScheduleFormat::kindColor(o.kind);
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const bool dragged = m_dragging && index == m_pressed;

    QPainterPath path;
    path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QColor fill = blend(base, kind, dark ? 0.45 : 0.22);
    if (dragged)
        fill.setAlphaF(0.45);
    painter.fillPath(path, fill);
    if (m_lanes.value(index).lanes > 1)
        painter.strokePath(path, QPen(base, 1.5));
    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), kind);
    painter.restore();

    const QColor red(0xd5, 0x2b, 0x1e);
    painter.setBrush(Qt::NoBrush);
    if (o.conflicting && !cancelled) {
        painter.setPen(QPen(red, 2));
        painter.drawPath(path);
    } else if (o.moved) {
        painter.setPen(QPen(kind.darker(130), 1.2, Qt::DashLine));
        painter.drawPath(path);
    }
    if (index == m_current) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 2.5 : 1.5));
        painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5);
    }

    // Badges on the top right: a warning for a conflict, an arrow for a move.
    QRectF text = rect.adjusted(8, 2, -4, -2);
    qreal badgeRight = rect.right() - 3;
    const int badge = fontMetrics().height() - 2;
    if (o.conflicting && !cancelled) {
        const QRectF box(badgeRight - badge, rect.top() + 3, badge, badge);
        style()->standardIcon(QStyle::SP_MessageBoxWarning).paint(&painter, box.toRect());
        badgeRight -= badge + 2;
    }
    if (o.moved) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter.setFont(small);
        const QString label = tr("moved");
        const qreal w = QFontMetricsF(small).horizontalAdvance(label) + 6;
        if (w < rect.width() / 2) {
            const QRectF box(badgeRight - w, rect.top() + 3, w, badge);
            painter.setPen(Qt::NoPen);
            painter.setBrush(kind.darker(115));
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(Qt::white);
            painter.drawText(box, Qt::AlignCenter, label);
            badgeRight -= w + 2;
        }
        painter.setFont(font());
    }

    const QColor ink = dark ? QColor(0xf0, 0xf0, 0xf0) : QColor(0x1d, 0x1d, 0x1f);
    painter.setPen(cancelled ? palette().color(QPalette::PlaceholderText) : ink);
    QFont bold = font();
    bold.setBold(true);
    bold.setStrikeOut(cancelled);
    const QFontMetricsF fm(bold);
    const QRectF first(text.left(), text.top(), badgeRight - text.left(), fm.height());
    painter.setFont(bold);
    // Who the meeting is with is what a week is scanned for; the kind is the colour.
    const bool named = o.kind != coach::SessionKind::Huddle && !o.participants.isEmpty();
    const QString heading = named ? ScheduleFormat::participantNames(o.participants, m_repNames) : o.title;
    painter.drawText(first, Qt::AlignLeft | Qt::AlignTop, fm.elidedText(heading, Qt::ElideRight, first.width()));
    QFont plain = font();
    plain.setStrikeOut(cancelled);
    painter.setFont(plain);
    QStringList lines = {ScheduleFormat::timeRange(o.start, o.end)};
    if (named && !o.title.contains(heading))
        lines << o.title;
    if (!o.location.isEmpty())
        lines << o.location;
    qreal y = first.bottom();
    const QFontMetricsF pm(plain);
    for (const QString &line : std::as_const(lines)) {
        if (y + pm.height() > text.bottom() + 1)
            break;
        painter.drawText(QRectF(text.left(), y, text.width(), pm.height()), Qt::AlignLeft | Qt::AlignTop,
                         pm.elidedText(line, Qt::ElideRight, text.width()));
        y += pm.height();
    }
}

void WeekView::paintGhost(QPainter &painter) const
{
    if (!m_ghostStart.isValid() || m_pressed < 0 || m_pressed >= m_items.size())
        return;
    const coach::Occurrence &o = m_items.at(m_pressed);
    const QRectF rect = blockRect(m_ghostStart, m_ghostStart.addSecs(o.start.secsTo(o.end)), {});
    if (rect.isEmpty())
        return;
    const bool blocked = !m_ghostConflicts.isEmpty();
    const QColor colour = blocked ? QColor(0xd5, 0x2b, 0x1e) : ScheduleFormat::kindColor(o.kind);
    QColor fill = colour;
    fill.setAlpha(50);
    painter.setBrush(fill);
    painter.setPen(QPen(colour, 2, Qt::DashLine));
    painter.drawRoundedRect(rect, 4, 4);
    painter.setPen(palette().color(QPalette::Text));
    QString label = ScheduleFormat::timeRange(m_ghostStart, m_ghostStart.addSecs(o.start.secsTo(o.end)));
    if (blocked)
        label += u'\n' + tr("Conflict: %1").arg(m_ghostConflicts.first());
    painter.drawText(rect.adjusted(6, 3, -4, -2), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, label);
}

void WeekView::startPreview(const QDateTime &startUtc)
{
    if (startUtc == m_ghostStart)
        return;
    m_ghostStart = startUtc;
    m_ghostConflicts.clear();
    update();
    if (m_pressed >= 0 && startUtc != m_items.at(m_pressed).start)
        emit movePreviewRequested(m_items.at(m_pressed), startUtc);
}

void WeekView::cancelDrag()
{
    m_pressed = -1;
    m_dragging = false;
    m_ghostStart = QDateTime();
    m_ghostConflicts.clear();
    unsetCursor();
    update();
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const int index = occurrenceAt(event->position());
    setCurrentIndex(index);
    m_pressed = index;
    m_pressPos = event->position();
    m_dragging = false;
    if (index >= 0) {
        const QDateTime start = m_items.at(index).start.toLocalTime();
        const QDateTime at = timeAt(event->position());
        m_grabMinutes = at.isValid() ? int(start.secsTo(at) / 60) / SnapMinutes * SnapMinutes : 0;
    }
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton)) {
        setCursor(occurrenceAt(event->position()) >= 0 ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    const QDateTime at = timeAt(event->position());
    if (at.isValid())
        startPreview(at.addSecs(-qint64(m_grabMinutes) * 60).toUTC());
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_pressed < 0) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    // Copies: whoever moves the meeting reloads this view.
    const coach::Occurrence meeting = m_items.at(m_pressed);
    const QDateTime target = m_ghostStart;
    const bool dragged = m_dragging;
    cancelDrag();
    if (dragged && target.isValid() && target != meeting.start)
        emit moveRequested(meeting, target);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int index = occurrenceAt(event->position());
    if (index >= 0) {
        emit occurrenceActivated(index);
        return;
    }
    const QDateTime at = timeAt(event->position());
    if (at.isValid()) {
        // A new meeting starts on the half hour the user pointed at.
        const QTime t = at.time();
        emit createRequested(QDateTime(at.date(), QTime(t.hour(), t.minute() / 30 * 30)).toUTC());
    }
}

void WeekView::nudge(int minutes)
{
    if (m_current < 0)
        return;
    const coach::Occurrence o = m_items.at(m_current);
    emit moveRequested(o, o.start.addSecs(qint64(minutes) * 60));
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_dragging || m_pressed >= 0) {
            cancelDrag();
            return;
        }
        break;
    case Qt::Key_PageUp:
        emit weekRequested(m_monday.addDays(-7));
        return;
    case Qt::Key_PageDown:
        emit weekRequested(m_monday.addDays(7));
        return;
    case Qt::Key_Home:
        emit weekRequested(m_today.addDays(1 - m_today.dayOfWeek()));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            emit occurrenceActivated(m_current);
        return;
    case Qt::Key_N:
        if (event->modifiers() == Qt::NoModifier) {
            // A new meeting on the selected day, or today.
            const QDate day = m_current >= 0 ? m_items.at(m_current).start.toLocalTime().date() : m_today;
            emit createRequested(QDateTime(day, QTime(std::max(m_firstHour, 9), 0)).toUTC());
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const bool forward = event->key() == Qt::Key_Down || event->key() == Qt::Key_Right;
        if (alt) {
            const bool vertical = event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
            nudge((forward ? 1 : -1) * (vertical ? SnapMinutes : 24 * 60));
            return;
        }
        if (m_items.isEmpty())
            return;
        // m_items is in time order (ScheduleService sorts it).
        const int next = m_current < 0 ? (forward ? 0 : int(m_items.size()) - 1)
                                       : std::clamp(m_current + (forward ? 1 : -1), 0, int(m_items.size()) - 1);
        setCurrentIndex(next);
        return;
    }
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void WeekView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse) {
        setCurrentIndex(occurrenceAt(event->pos()));
        emit contextMenuRequested(m_current, event->globalPos());
        return;
    }
    // From the keyboard: under the selected meeting.
    const QRectF rect = occurrenceRect(m_current);
    const QPoint at = rect.isEmpty() ? QPoint(gutterWidth(), headerHeight()) : rect.center().toPoint();
    emit contextMenuRequested(m_current, mapToGlobal(at));
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = occurrenceAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const coach::Occurrence &o = m_items.at(index);
        QStringList lines = {o.title, ScheduleFormat::kindName(o.kind) + u" · "_s + ScheduleFormat::dayAndTimeRange(o.start, o.end),
                             tr("With %1").arg(ScheduleFormat::participantNames(o.participants, m_repNames))};
        if (!o.location.isEmpty())
            lines << o.location;
        if (o.status != coach::SessionStatus::Planned)
            lines << ScheduleFormat::statusName(o.status);
        if (o.moved)
            lines << tr("Moved from %1").arg(ScheduleFormat::dayAndTimeRange(o.occurrence, o.occurrence.addSecs(o.start.secsTo(o.end))));
        if (o.conflicting)
            lines << tr("Conflicts with another meeting, busy time or working hours");
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), this, occurrenceRect(index).toRect());
        return true;
    }
    return QWidget::event(event);
}
