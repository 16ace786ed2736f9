// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TeamWeekSlot.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace coach {
class Database;
}
class HighlightEditorDialog;
class HighlightHistoryDialog;
class HighlightsPage;
class TeamTimeZoneDialog;

/*
 * Wires the Highlights section to one open library: fills the page with each
 * team's highlight and candidates for the shown week (read in the team's own
 * time zone), runs the editor behind Choose and Edit, stores the choice
 * through HighlightRepository, and shows a week's history or a rep's
 * highlights over time. Opens on the current week, or, while that week has
 * no calls in the library, on the latest week that has (said in one line on
 * the page) until the user picks a week. "Time Zone…" on a slot sets the
 * team's zone at once and regroups its calls into that zone's weeks.
 *
 * One per open library, on the GUI thread; MainWindow makes a new one when it
 * opens another library. Borrows the Database and the page, which outlive it.
 */
class HighlightsController final : public QObject
{
    Q_OBJECT
public:
    // Runs the editor; true when the user accepted it. The default is exec();
    // tests put a function here that fills the dialog in.
    using EditorRunner = std::function<bool(HighlightEditorDialog &)>;
    using ZoneRunner = std::function<bool(TeamTimeZoneDialog &)>;

    HighlightsController(const coach::Database &db, HighlightsPage *page, QObject *parent = nullptr);
    ~HighlightsController() override;

    void setEditorRunner(EditorRunner runner) { m_runEditor = std::move(runner); }
    void setZoneRunner(ZoneRunner runner) { m_runZone = std::move(runner); }

    // Re-reads teams, reps and the shown week (after an import, say): now if
    // the page is on screen, else when it is next shown. Ranking candidates
    // reads every annotation of the week, which a window start need not wait for.
    void reload();
    void showWeek(coach::IsoWeek week);
    void showRep(coach::RepId rep);
    void choose(const coach::Team &team, const coach::HighlightCandidate &candidate);
    void edit(const coach::Highlight &highlight);
    void showHistory(const coach::Team &team, coach::IsoWeek week);
    void changeTimeZone(const coach::Team &team);

    [[nodiscard]] const QList<TeamWeekSlot> &shownSlots() const { return m_slots; }
    [[nodiscard]] HighlightHistoryDialog *historyDialog() const;

signals:
    void openCallRequested(coach::CallId call, qint64 atMs);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadNow();
    // While the user has not picked a week: this week, or the latest with calls.
    void pickOpeningWeek();
    void reloadWeek();
    void reloadRep();
    // Shows the editor for `draft`; stores the result when accepted.
    void runEditor(const coach::Highlight &draft, const QString &callSummary, qint64 callDurationMs);
    [[nodiscard]] static QString defaultChooser();

    const coach::Database &m_db;
    HighlightsPage *m_page = nullptr;
    EditorRunner m_runEditor;
    ZoneRunner m_runZone;
    bool m_followCurrentWeek = false;
    bool m_stale = true; // teams, reps and slots not read since the last reload()
    QList<coach::Team> m_teams;
    QList<coach::Rep> m_reps;
    QList<TeamWeekSlot> m_slots;
    QPointer<HighlightHistoryDialog> m_history;
};
