// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/CheckpointStrip.h"

#include "common/DisplayFormat.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int ChipSpacing = 8;
constexpr int ChipHeight = 28;
const QColor ReachedColor(0x2e, 0x7d, 0x4f);
} // namespace

CheckpointStrip::CheckpointStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"checkpointStrip"_s);
    setAccessibleName(tr("Guided-conversation checkpoints"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAnnotations({});
}

QStringList CheckpointStrip::checkpointKeys()
{
    return {u"checkpoint.greeting"_s, u"checkpoint.verification"_s, u"checkpoint.issue_summary"_s,
            u"checkpoint.resolution"_s, u"checkpoint.confirmation"_s};
}

void CheckpointStrip::setAnnotations(const QList<coach::Annotation> &annotations)
{
    const QStringList labels {tr("Greeting"), tr("Verification"), tr("Issue summary"), tr("Resolution"),
                              tr("Confirmation")};
    const QStringList keys = checkpointKeys();
    m_entries.clear();
    for (int i = 0; i < keys.size(); ++i) {
        Entry entry;
        entry.key = keys.at(i);
        entry.label = labels.at(i);
        for (const coach::Annotation &a : annotations) {
            if (a.tagKey == entry.key && (entry.startMs < 0 || a.startMs < entry.startMs))
                entry.startMs = a.startMs;
        }
        m_entries << entry;
    }
    // Order by the first time each was tagged.
    QList<int> reached;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).startMs >= 0)
            reached << i;
    }
    std::stable_sort(reached.begin(), reached.end(),
                     [this](int a, int b) { return m_entries.at(a).startMs < m_entries.at(b).startMs; });
    for (int n = 0; n < reached.size(); ++n)
        m_entries[reached.at(n)].order = n + 1;
    updateAccessibleText();
    update();
}

QString CheckpointStrip::orderText() const
{
    QList<Entry> reached;
    for (const Entry &entry : m_entries) {
        if (entry.order > 0)
            reached << entry;
    }
    std::sort(reached.begin(), reached.end(), [](const Entry &a, const Entry &b) { return a.order < b.order; });
    QStringList names;
    for (const Entry &entry : std::as_const(reached))
        names << entry.label;
    return names.join(u" → "_s);
}

void CheckpointStrip::updateAccessibleText()
{
    const int count = int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.order > 0; }));
    const QString text = count == 0 ? tr("No checkpoints tagged yet")
                                    : tr("%1 of 5 checkpoints tagged: %2").arg(count).arg(orderText());
    setAccessibleDescription(text);
    setToolTip(text);
}

QSize CheckpointStrip::sizeHint() const
{
    return {700, ChipHeight + 8};
}

QSize CheckpointStrip::minimumSizeHint() const
{
    return {300, ChipHeight + 8};
}

QRect CheckpointStrip::titleRect() const
{
    const int width = fontMetrics().horizontalAdvance(tr("Checkpoints")) + 12;
    return {0, 4, width, ChipHeight};
}

QRect CheckpointStrip::chipRect(int index) const
{
    const QRect title = titleRect();
    const int count = int(m_entries.size());
    const int available = width() - title.width() - ChipSpacing * (count - 1);
    const int chipWidth = std::min(190, std::max(60, available / std::max(1, count)));
    return {title.right() + 1 + index * (chipWidth + ChipSpacing), 4, chipWidth, ChipHeight};
}

int CheckpointStrip::chipAt(const QPoint &pos) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (chipRect(i).contains(pos))
            return i;
    }
    return -1;
}

void CheckpointStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(titleRect(), Qt::AlignVCenter | Qt::AlignLeft, tr("Checkpoints"));
    painter.setFont(font());

    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        const QRectF chip = QRectF(chipRect(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool reached = entry.order > 0;
        QPainterPath path;
        path.addRoundedRect(chip, chip.height() / 2, chip.height() / 2);
        painter.setBrush(Qt::NoBrush);
        if (reached) {
            QColor fill = ReachedColor;
            fill.setAlpha(36);
            painter.fillPath(path, fill);
            painter.setPen(QPen(ReachedColor, 1.2));
        } else {
            painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        }
        painter.drawPath(path);

        // The order badge: a filled circle with the number, or an empty ring.
        const QRectF badge(chip.left() + 4, chip.top() + 4, chip.height() - 8, chip.height() - 8);
        if (reached) {
            painter.setBrush(ReachedColor);
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(badge);
            painter.setPen(Qt::white);
            QFont small = bold;
            small.setPointSizeF(small.pointSizeF() * 0.9);
            painter.setFont(small);
            painter.drawText(badge, Qt::AlignCenter, QString::number(entry.order));
            painter.setFont(font());
        } else {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Mid), 1.2));
            painter.drawEllipse(badge.adjusted(2, 2, -2, -2));
        }
        painter.setPen(reached ? palette().color(QPalette::WindowText) : palette().color(QPalette::PlaceholderText));
        const QRectF text = chip.adjusted(badge.width() + 10, 0, -10, 0);
        QString label = entry.label;
        if (reached && painter.fontMetrics().horizontalAdvance(label + u"  0:00"_s) < text.width())
            label += u"  "_s + DisplayFormat::position(entry.startMs);
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt::ElideRight, int(text.width())));

        if (hasFocus() && i == m_focusIndex) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.drawRoundedRect(chip.adjusted(-1.5, -1.5, 1.5, 1.5), chip.height() / 2 + 1, chip.height() / 2 + 1);
        }
    }
}

bool CheckpointStrip::event(QEvent *event)
{
    // The arrows and Enter move between chips here, not through the recording.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void CheckpointStrip::mousePressEvent(QMouseEvent *event)
{
    const int index = chipAt(event->position().toPoint());
    if (index < 0)
        return;
    m_focusIndex = index;
    update();
    if (m_entries.at(index).order > 0)
        emit seekRequested(m_entries.at(index).startMs);
}

void CheckpointStrip::mouseMoveEvent(QMouseEvent *event)
{
    const int index = chipAt(event->position().toPoint());
    setCursor(index >= 0 && m_entries.at(index).order > 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void CheckpointStrip::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        m_focusIndex = std::clamp(m_focusIndex + (event->key() == Qt::Key_Left ? -1 : 1), 0, int(m_entries.size()) - 1);
        update();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_entries.value(m_focusIndex).order > 0)
            emit seekRequested(m_entries.at(m_focusIndex).startMs);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}
