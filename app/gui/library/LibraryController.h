// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QObject>

namespace coach {
class Database;
}
class CallTableModel;
class LibraryPage;
class TranscriptDropController;
class QModelIndex;

/*
 * Wires the Library page to one open library: turns the filter bar into a
 * CallQuery for the table model, picks the empty state, and reads the
 * selected call's details, tags and transcript for the details pane;
 * attaches a transcript dropped on a call (TranscriptDropController).
 *
 * One per open library, on the GUI thread; MainWindow makes a new one when it
 * opens another library. Borrows the Database and the page, which outlive it.
 */
class LibraryController final : public QObject
{
    Q_OBJECT
public:
    LibraryController(const coach::Database &db, LibraryPage *page, QObject *parent = nullptr);
    ~LibraryController() override;

    [[nodiscard]] CallTableModel *model() const { return m_model; }
    [[nodiscard]] TranscriptDropController *transcriptDrops() const { return m_drops; }
    // Calls the filter matches, and calls in the library.
    [[nodiscard]] int matchingCount() const;
    [[nodiscard]] int totalCount() const { return m_total; }

    // Re-reads teams, counts and rows after the library changed (an import),
    // keeping the filter and, when it is still listed, the selected call.
    void reload();
    // Shows the call's details again when it is the selected one (its
    // transcript changed elsewhere, on the Review screen).
    void refreshCall(coach::CallId call);

signals:
    void countsChanged(int matching, int total);
    void errorOccurred(const QString &message);
    // A dropped transcript was attached; `message` is for the status bar.
    void transcriptAttached(coach::CallId call, const QString &message);

private:
    void applyFilter();
    void reloadTeams();
    void refreshTotal();
    void updateView();
    void showCall(const QModelIndex &index);
    void revealRecording(const QString &path);

    const coach::Database &m_db;
    LibraryPage *m_page = nullptr;
    CallTableModel *m_model = nullptr;
    TranscriptDropController *m_drops = nullptr;
    int m_total = 0;
    coach::CallId m_selectedBeforeReset;
};
