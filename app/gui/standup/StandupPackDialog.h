// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/IsoWeek.h"
#include "model/Rep.h"
#include "services/StandupPackBuilder.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>
#include <optional>

namespace coach {
class Database;
class TaskControl;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QToolButton;
class StandupTipModel;

/*
 * "Standup pack…": the manager picks a team and a week, sees the week's
 * highlight and ticks tips from the week's pattern-tagged annotations, picks
 * a format and a folder or zip, and writes the pack with progress and cancel;
 * "Open folder" shows the result. The planning reads go through
 * StandupPackPlanner on the GUI thread (the Database's); the rendering runs
 * StandupPackBuilder on a worker thread, with the cue sheet's PDF from
 * PdfExporter. Closing the dialog while writing cancels and leaves nothing.
 */
class StandupPackDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StandupPackDialog(const coach::Database &db, QWidget *parent = nullptr);
    ~StandupPackDialog() override;

    // Selects the team (by id) and the week; reloads the highlight and tips.
    void setTeamWeek(coach::TeamId team, coach::IsoWeek week);
    [[nodiscard]] std::optional<coach::Team> team() const;
    [[nodiscard]] coach::IsoWeek week() const { return m_week; }

    void setDestination(const QString &path); // a .zip name switches to zip output
    [[nodiscard]] QString destination() const;
    void setFormat(const QString &extension);
    [[nodiscard]] QString format() const;

    // Starts writing, as the Write button does; false (with the reason shown) when it cannot.
    bool start();
    [[nodiscard]] bool isRunning() const;
    // The planned pack for what is selected now, or why there is none.
    [[nodiscard]] coach::Result<coach::StandupPack> plannedPack() const;

    [[nodiscard]] StandupTipModel *tipModel() const { return m_tips; }
    [[nodiscard]] QPushButton *writeButton() const { return m_write; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton *openFolderButton() const { return m_openFolder; }
    [[nodiscard]] QCheckBox *highlightCheck() const { return m_includeHighlight; }
    [[nodiscard]] QCheckBox *bleepPersonalCheck() const { return m_bleepPersonal; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString highlightText() const;

signals:
    // After a pack is in place; `path` is its folder or zip.
    void packWritten(const QString &path);
    // After a failed or cancelled write, with the message shown.
    void packFailed(const QString &message);

protected:
    void reject() override;

private:
    void reload();
    void updateSummary();
    void updateWeekLabel();
    void chooseDestination();
    void outputKindChanged();
    void finishWrite();
    void setBusy(bool busy);
    void openResult();
    [[nodiscard]] QString defaultDestination() const;

    const coach::Database &m_db;
    QList<coach::Team> m_teams;
    coach::IsoWeek m_week;
    std::optional<coach::StandupClip> m_highlight;
    bool m_destinationEdited = false;
    QString m_lastPath;

    QComboBox *m_team = nullptr;
    QToolButton *m_previousWeek = nullptr;
    QToolButton *m_nextWeek = nullptr;
    QLabel *m_weekLabel = nullptr;
    QCheckBox *m_includeHighlight = nullptr;
    QCheckBox *m_bleepPersonal = nullptr;
    QLabel *m_highlightLabel = nullptr;
    StandupTipModel *m_tips = nullptr;
    QTableView *m_tipView = nullptr;
    QLabel *m_tipsEmpty = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_format = nullptr;
    QRadioButton *m_asFolder = nullptr;
    QRadioButton *m_asZip = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_write = nullptr;

    std::shared_ptr<coach::TaskControl> m_control;
    QFutureWatcher<coach::Result<coach::StandupPackBuilder::Outcome>> m_watcher;
};
