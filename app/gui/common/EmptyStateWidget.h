// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

/*
 * What a list shows instead of an empty table: a short headline, a line on
 * what to do next, and one button that does it. The owner decides the words
 * and connects actionTriggered().
 */
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // An empty text hides the button.
    void setActionText(const QString &text);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};
