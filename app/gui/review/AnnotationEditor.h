// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Annotation.h"
#include "model/Tag.h"
#include "model/TimeRange.h"

#include <QFrame>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

/*
 * The inline panel for one annotation: tag, comment, and where it lies.
 * Opens for a new mark (M at the playhead, or after a drag) or for an
 * existing one; Enter saves, Escape cancels, and playback carries on
 * meanwhile. While it has focus the review screen's one-key shortcuts stay
 * quiet, so typing "e" into the comment does not tag anything.
 */
class AnnotationEditor final : public QFrame
{
    Q_OBJECT
public:
    struct Request
    {
        coach::AnnotationId id; // invalid: a new annotation
        coach::TimeRange range;
        coach::TagId tag;
        QString comment;
    };

    explicit AnnotationEditor(QWidget *parent = nullptr);

    void setTags(const QList<coach::Tag> &tags);
    void setDuration(qint64 ms);
    void startNew(const coach::TimeRange &range, coach::TagId tag = {});
    void startEdit(const coach::Annotation &annotation);
    [[nodiscard]] bool isEditing() const { return isVisible(); }
    [[nodiscard]] coach::AnnotationId annotationId() const { return m_id; }
    [[nodiscard]] Request request() const;

    [[nodiscard]] QComboBox *tagBox() const { return m_tagBox; }
    [[nodiscard]] QLineEdit *commentEdit() const { return m_comment; }

public slots:
    void save();
    void cancel();

signals:
    void saveRequested(const AnnotationEditor::Request &request);
    void cancelled();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(const QString &heading);

    QLabel *m_heading = nullptr;
    QComboBox *m_tagBox = nullptr;
    QLineEdit *m_comment = nullptr;
    QDoubleSpinBox *m_start = nullptr;
    QDoubleSpinBox *m_end = nullptr;
    QPushButton *m_saveButton = nullptr;
    coach::AnnotationId m_id;
};
