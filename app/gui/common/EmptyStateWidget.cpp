// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/EmptyStateWidget.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();

    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_text->setObjectName(u"emptyStateText"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);

    m_action->setObjectName(u"emptyStateAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_icon);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(4);
    column->addWidget(m_action, 0, Qt::AlignHCenter);

    // Centred, and narrow enough that the text wraps like a sentence, not a banner.
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 3);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
}

void EmptyStateWidget::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(64, 64));
    m_icon->setVisible(!icon.isNull());
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}
