// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Rep.h"

#include <QDate>
#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

/*
 * The row above the call table: free text, team and an optional date range.
 * Only emits intent (filterChanged) and hands out its state; the controller
 * turns that into a CallQuery. Typing is debounced so each keystroke does not
 * re-query the library.
 */
class CallFilterBar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DebounceMs = 200;

    explicit CallFilterBar(QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] coach::TeamId team() const;
    // Invalid when the range is open on that side.
    [[nodiscard]] QDate from() const;
    [[nodiscard]] QDate to() const;
    [[nodiscard]] bool isFiltering() const;

    // Keeps the chosen team when it is still among `teams`.
    void setTeams(const QList<coach::Team> &teams);
    void focusSearch();
    void clear();

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_team = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_reset = nullptr;
    QTimer m_debounce;
    bool m_silent = false;
};
