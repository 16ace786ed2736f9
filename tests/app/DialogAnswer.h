// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

/*
 * Answers the next message box a test's code opens (a modal dialog would
 * otherwise wait for a person): clicks the button with `button` as its text
 * (without the "&"), and keeps what the box said, so the test can check the
 * wording. Gives up after a few seconds without a box.
 */
class DialogAnswer final
{
public:
    explicit DialogAnswer(const QString &button)
        : m_timer(new QTimer)
    {
        m_timer->setInterval(20);
        QObject::connect(m_timer, &QTimer::timeout, m_timer, [this, button] {
            if (++m_ticks > 500) {
                m_timer->stop();
                return;
            }
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            m_timer->stop();
            m_title = box->windowTitle();
            m_text = box->text() + u'\n' + box->informativeText();
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *candidate : buttons) {
                if (candidate->text().remove(u'&') == button) {
                    candidate->click();
                    m_answered = true;
                    return;
                }
            }
            box->reject();
        });
        m_timer->start();
    }
    ~DialogAnswer() { delete m_timer; }
    DialogAnswer(const DialogAnswer &) = delete;
    DialogAnswer &operator=(const DialogAnswer &) = delete;

    [[nodiscard]] bool answered() const { return m_answered; }
    [[nodiscard]] bool seen() const { return !m_text.isEmpty(); }
    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] const QString &text() const { return m_text; }

private:
    QTimer *m_timer;
    int m_ticks = 0;
    bool m_answered = false;
    QString m_title;
    QString m_text;
};
