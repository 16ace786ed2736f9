// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Highlight.h"
#include "model/Tag.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/*
 * The small editor behind "Choose…" and "Edit…": which stretch of the call to
 * share (prefilled from the best effective off-script annotation), the
 * pattern it shows and why it was good. OK stays disabled until the region
 * reads as times inside the call and a reason is written.
 *
 * Knows nothing of the library: HighlightsController fills it and stores
 * highlight() when it is accepted.
 */
class HighlightEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HighlightEditorDialog(QWidget *parent = nullptr);

    // "Maya Okafor · 24/11/2026 10:00 · 3:00"; the call's length bounds the region (0: unknown).
    void setCallSummary(const QString &summary, qint64 callDurationMs);
    // The pattern tags to offer, in the order given.
    void setPatterns(const QList<coach::Tag> &patterns);
    // Prefills every field from `highlight` (team, week and call are kept as they are).
    void setHighlight(const coach::Highlight &highlight);
    // The highlight as edited.
    [[nodiscard]] coach::Highlight highlight() const;

    // Why OK is disabled; empty when the input is complete.
    [[nodiscard]] QString problem() const;

    [[nodiscard]] QCheckBox *wholeCallBox() const { return m_wholeCall; }
    [[nodiscard]] QLineEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QLineEdit *toEdit() const { return m_to; }
    [[nodiscard]] QComboBox *patternBox() const { return m_pattern; }
    [[nodiscard]] QPlainTextEdit *reasonEdit() const { return m_reason; }
    [[nodiscard]] QLineEdit *chosenByEdit() const { return m_chosenBy; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    coach::Highlight m_base;
    qint64 m_durationMs = 0;
    QLabel *m_summary = nullptr;
    QCheckBox *m_wholeCall = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_pattern = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_chosenBy = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
