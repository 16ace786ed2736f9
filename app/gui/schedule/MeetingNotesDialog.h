// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/MeetingNotes.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

/*
 * The notes of one meeting: its status, a well-being check-in per rep
 * (energy and workload 1–5, free notes), action items (add, tick done;
 * those carried from an earlier meeting are marked), calls to discuss and,
 * for a huddle, each rep's one success and one struggle. Edits a
 * MeetingNotes value; linking a call and saving are asked for, and the owner
 * answers with addLinkedCall() and accept() or setSaveError().
 */
class MeetingNotesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit MeetingNotesDialog(QWidget *parent = nullptr);

    void setNotes(const MeetingNotes &notes, const QHash<qint64, QString> &repNames);
    [[nodiscard]] MeetingNotes notes() const;

    void addLinkedCall(const coach::Call &call);
    void setSaveError(const QString &message);

    // For tests and keyboard users: adds an action item as the Add button does.
    void addActionItem(const QString &text, coach::RepId owner);

signals:
    void linkCallRequested();
    void openCallRequested(coach::CallId call);
    void saveRequested(const MeetingNotes &notes);

private:
    [[nodiscard]] QWidget *createCheckInTab();
    [[nodiscard]] QWidget *createActionTab();
    [[nodiscard]] QWidget *createCallsTab();
    [[nodiscard]] QWidget *createHuddleTab();
    void fillActionItems();
    void fillCalls();
    [[nodiscard]] QString repName(coach::RepId rep) const;

    MeetingNotes m_notes;
    QHash<qint64, QString> m_repNames;

    QLabel *m_heading = nullptr;
    QLabel *m_when = nullptr;
    QComboBox *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_checkInPage = nullptr;
    QList<QComboBox *> m_energy;
    QList<QComboBox *> m_workload;
    QList<QPlainTextEdit *> m_checkInNotes;
    QListWidget *m_actions = nullptr;
    QLineEdit *m_newAction = nullptr;
    QComboBox *m_newActionOwner = nullptr;
    QListWidget *m_calls = nullptr;
    QTableWidget *m_huddle = nullptr;
    QLabel *m_error = nullptr;
};
