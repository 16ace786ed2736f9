// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/DropOverlay.h"

#include <QEvent>
#include <QPainter>

DropOverlay::DropOverlay(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    // Follows the page's size while shown.
    parent->installEventFilter(this);
}

void DropOverlay::showText(const QString &text)
{
    m_text = text;
    setGeometry(parentWidget()->rect());
    raise();
    show();
    update();
}

bool DropOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor tint = highlight;
    tint.setAlpha(40);
    const QRectF frame = QRectF(rect()).adjusted(3, 3, -3, -3);
    painter.setPen(QPen(highlight, 2, Qt::DashLine));
    painter.setBrush(tint);
    painter.drawRoundedRect(frame, 8, 8);

    // The text on a solid label, so it reads over the waveform and lists.
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    painter.setFont(bold);
    const QFontMetrics metrics(bold);
    const QString text = metrics.elidedText(m_text, Qt::ElideMiddle, width() - 80);
    const QRect label(0, 0, metrics.horizontalAdvance(text) + 40, metrics.height() + 24);
    const QRect box = label.translated(rect().center() - label.center());
    painter.setPen(Qt::NoPen);
    painter.setBrush(highlight);
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(box, Qt::AlignCenter, text);
}
