// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"

#include <QWidget>

/*
 * The guide's five guided-conversation checkpoints (greeting, verification,
 * issue summary, resolution, confirmation) as a row of chips: which were
 * tagged in this call, and in what order they first came (the order is free,
 * so it is shown, not judged). Clicking a tagged chip, or Enter on it, asks to
 * play from there. Takes the call's annotations; reads nothing itself.
 */
class CheckpointStrip final : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString key;   // "checkpoint.greeting"
        QString label; // translated
        int order = 0; // 1 for the first checkpoint reached, 0 when not tagged
        qint64 startMs = -1;
    };

    explicit CheckpointStrip(QWidget *parent = nullptr);

    [[nodiscard]] static QStringList checkpointKeys();
    void setAnnotations(const QList<coach::Annotation> &annotations);
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    // "Greeting → Issue summary → …": the tagged checkpoints in the order reached.
    [[nodiscard]] QString orderText() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    [[nodiscard]] QRect chipRect(int index) const;
    [[nodiscard]] int chipAt(const QPoint &pos) const;
    [[nodiscard]] QRect titleRect() const;
    void updateAccessibleText();

    QList<Entry> m_entries;
    int m_focusIndex = 0;
};
