// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Exercise.h"
#include "model/ExerciseFilter.h"
#include "model/TimeRange.h"

#include <QWidget>

namespace coach {
class Database;
}
class EmptyStateWidget;
class ExerciseHistoryModel;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTreeWidget;

/*
 * The Exercises section: the history of Monday rewrite exercises, filterable
 * by pattern and by week, the chosen exercise's handout preview and the
 * rewrites recorded after the session (one marked best). New exercises start
 * here (choose a call) or from the Review screen's selection; both open
 * ExerciseBuilderDialog. Borrows the open library's Database, set by MainWindow.
 */
class ExercisesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisesPage(QWidget *parent = nullptr);

    // nullptr when no library is open; the page then shows an empty state.
    void setDatabase(const coach::Database *db);
    void reload();

    // Opens the builder on `range` of `call` (the Review screen's selection).
    void newExercise(coach::CallId call, const coach::TimeRange &range);
    // Asks for a call, then opens the builder on its first minute and a half.
    void chooseCallForExercise();

    void setPatternFilter(std::optional<coach::ExercisePattern> pattern);
    // A week by its Monday; an invalid date shows every week.
    void setWeekFilter(const QDate &monday);
    void selectExercise(coach::ExerciseId id);
    [[nodiscard]] coach::ExerciseId currentExercise() const;

    // Rewrites of the current exercise; the dialogs call these too.
    [[nodiscard]] bool addRewrite(const coach::ExerciseRewrite &rewrite);
    [[nodiscard]] bool markBest(int rewriteRow);

    [[nodiscard]] ExerciseHistoryModel *historyModel() const { return m_model; }
    [[nodiscard]] QTableView *historyView() const { return m_history; }
    [[nodiscard]] QTreeWidget *rewriteList() const { return m_rewrites; }
    [[nodiscard]] QTextBrowser *preview() const { return m_preview; }
    [[nodiscard]] QComboBox *patternFilter() const { return m_patternFilter; }
    [[nodiscard]] QComboBox *weekFilter() const { return m_weekFilter; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

signals:
    void statusMessage(const QString &message);

private:
    void showCurrent();
    void fillWeeks();
    void editCurrent();
    void deleteCurrent();
    void recordRewrite();
    void editRewrite();
    void removeRewrite();
    void openBuilder(class ExerciseBuilderDialog *dialog);
    void report(const QString &message);
    [[nodiscard]] const coach::Exercise *current() const;

    const coach::Database *m_db = nullptr;
    ExerciseHistoryModel *m_model = nullptr;
    QList<coach::ExerciseRewrite> m_currentRewrites;
    QString m_lastError;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QComboBox *m_patternFilter = nullptr;
    QComboBox *m_weekFilter = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_names = nullptr;
    QTableView *m_history = nullptr;
    QLabel *m_title = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTreeWidget *m_rewrites = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_addRewrite = nullptr;
    QPushButton *m_editRewrite = nullptr;
    QPushButton *m_removeRewrite = nullptr;
    QPushButton *m_best = nullptr;
};
