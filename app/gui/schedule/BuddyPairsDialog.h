// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Rep.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

/*
 * Buddy pairs for a team and a month: the user picks both, sees the pairs
 * BuddyPlanner proposes (rotating so nobody repeats a buddy before every
 * pair has met) and saves them so next month rotates on. Asks for the
 * proposal and the save; the owner answers with setProposal() and setSaved().
 */
class BuddyPairsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BuddyPairsDialog(QWidget *parent = nullptr);

    void setTeams(const QList<coach::Team> &teams);
    // Each pair as its members' names; `note` says where in the rotation this month is.
    void setProposal(const QList<QStringList> &pairs, const QStringList &unpaired, const QString &note);
    void setSaved(bool saved);
    void setError(const QString &message);

    [[nodiscard]] coach::TeamId team() const;
    // "2026-12".
    [[nodiscard]] QString month() const;
    [[nodiscard]] bool trio() const;
    // Asks for the current team and month again.
    void refresh();

signals:
    void proposalRequested(coach::TeamId team, const QString &month, bool trio);
    void saveRequested(coach::TeamId team, const QString &month);

private:
    QComboBox *m_team = nullptr;
    QDateEdit *m_month = nullptr;
    QCheckBox *m_trio = nullptr;
    QTreeWidget *m_pairs = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_save = nullptr;
};
