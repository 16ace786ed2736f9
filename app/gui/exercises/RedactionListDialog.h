// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace coach {
class Database;
}
class QLabel;
class QPlainTextEdit;
class QTimer;

/*
 * "Names to Always Redact": the library's own redaction list, one entry per
 * line — names the detector must redact wherever they appear, and terms it
 * must never redact (the company's own name, product names). Every change is
 * saved at once (a moment after the last keystroke, and on closing), so there
 * is nothing to confirm; a save that fails is shown in the dialog.
 */
class RedactionListDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RedactionListDialog(const coach::Database &db, QWidget *parent = nullptr);

    [[nodiscard]] QPlainTextEdit *alwaysEdit() const { return m_always; }
    [[nodiscard]] QPlainTextEdit *neverEdit() const { return m_never; }
    // Writes both lists now; false (with the reason shown) when the library refused.
    bool saveNow();
    [[nodiscard]] QString problem() const;

    void done(int result) override;

private:
    const coach::Database &m_db;
    QPlainTextEdit *m_always = nullptr;
    QPlainTextEdit *m_never = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_saveSoon = nullptr;
    bool m_loading = false;
};
