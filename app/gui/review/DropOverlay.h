// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

/*
 * While a file is dragged over a page that takes it: a tinted frame over the
 * whole page with one line saying what a drop will do. It covers its parent
 * and lets every mouse event through; the page shows and hides it.
 */
class DropOverlay final : public QWidget
{
    Q_OBJECT
public:
    explicit DropOverlay(QWidget *parent);

    void showText(const QString &text);
    [[nodiscard]] QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};
