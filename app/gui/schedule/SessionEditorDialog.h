// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Rep.h"
#include "schedule/Conflict.h"
#include "schedule/RecurrencePattern.h"
#include "schedule/Session.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;
class QTimer;

/*
 * Plans a new session or edits a series: kind, title, reps, start in a time
 * zone, length, place, and how it repeats (none, weekly, every other week,
 * monthly; until a date or for a count), which it turns into an RRULE. While
 * the user edits it asks for the conflicts of what the form says
 * (conflictCheckRequested, a moment after the last change) and lists the
 * answer; with conflicts, Save gives way to an explicit "Save Anyway". Saving
 * is asked for, not done: the owner calls accept() or setSaveError().
 */
class SessionEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SessionEditorDialog(QWidget *parent = nullptr);

    void setReps(const QList<coach::Rep> &reps);
    // Fills the form; fields the form does not show (id, overrides, UID) are kept.
    void setSession(const coach::Session &session);
    [[nodiscard]] coach::Session session() const;
    [[nodiscard]] QString rrule() const;
    [[nodiscard]] RecurrencePattern pattern() const;

    // The answer to conflictCheckRequested(); a problem (an unknown zone, a rule
    // that gives no meeting) is shown instead and blocks saving.
    void setConflicts(const QList<coach::Conflict> &conflicts);
    void setProblem(const QString &problem);
    void setSaveError(const QString &message);
    // Asks now instead of after the pause; for tests and for the first show.
    void checkConflictsNow();

    [[nodiscard]] QListWidget *conflictList() const { return m_conflicts; }
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] QPushButton *saveAnywayButton() const { return m_saveAnyway; }

signals:
    void conflictCheckRequested(const coach::Session &session);
    void saveRequested(const coach::Session &session, bool allowConflicts);

private:
    [[nodiscard]] QWidget *createRepeatRow();
    void changed();
    void updateRepeatControls();
    void updateTitle();
    void syncWeekdayFromDate();
    void moveDateToWeekday();
    [[nodiscard]] QString zoneId() const;
    [[nodiscard]] QList<coach::RepId> checkedReps() const;

    coach::Session m_original;
    QList<coach::Rep> m_reps;
    bool m_titleEdited = false;
    bool m_filling = false;
    QString m_customRule;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_repList = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_zone = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_repeat = nullptr;
    QComboBox *m_weekday = nullptr;
    QLabel *m_monthlyHint = nullptr;
    QWidget *m_endRow = nullptr;
    QRadioButton *m_endCount = nullptr;
    QRadioButton *m_endUntil = nullptr;
    QSpinBox *m_count = nullptr;
    QDateEdit *m_until = nullptr;
    QPlainTextEdit *m_agenda = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QListWidget *m_conflicts = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAnyway = nullptr;
    QTimer *m_checkTimer = nullptr;
    bool m_hasConflicts = false;
    bool m_hasProblem = false;
};
