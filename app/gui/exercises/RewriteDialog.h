// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Exercise.h"
#include "model/Rep.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

/*
 * Records one rep's rewrite after the Monday session: who wrote it and what
 * they wrote. The turn they rewrote is shown above for reference.
 */
class RewriteDialog final : public QDialog
{
    Q_OBJECT
public:
    RewriteDialog(const QList<coach::Rep> &reps, const coach::ExcerptTurn &target, QWidget *parent = nullptr);

    void setRewrite(const coach::ExerciseRewrite &rewrite);
    // The rewrite as entered; id, exercise and best are the caller's.
    [[nodiscard]] coach::ExerciseRewrite rewrite() const;

    [[nodiscard]] QComboBox *repBox() const { return m_rep; }
    [[nodiscard]] QPlainTextEdit *textEdit() const { return m_text; }

private:
    void updateOk();

    QComboBox *m_rep = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    coach::ExerciseRewrite m_rewrite;
};
