// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "model/Exercise.h"
#include "redact/PiiType.h"
#include "services/ExerciseBuilder.h"

#include <QDialog>

#include <optional>

namespace coach {
class Database;
}
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextEdit;
class QTimeEdit;
class QToolButton;

/*
 * Builds a Monday rewrite exercise from a stretch of a call, or edits one:
 * shows the excerpt as it will leave the building (pseudonyms, placeholders),
 * every detection highlighted in its type's colour with the type and the
 * detector's confidence in a tooltip. The trainer redacts a missed span
 * (select, Redact), keeps a false one (Keep as Spoken), picks the rep turn,
 * the pattern, the date (the next Monday) and the instructions, saves, and
 * exports the handout as PDF, HTML or Markdown.
 *
 * A call without a transcript gets a message and an Attach Transcript button
 * instead of an excerpt. Every problem is shown in the dialog, in words.
 */
class ExerciseBuilderDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class HandoutFormat { Pdf, Html, Markdown };

    // A new exercise from `range` of `call`.
    ExerciseBuilderDialog(const coach::Database &db, coach::CallId call, const coach::TimeRange &range,
                          QWidget *parent = nullptr);
    // An exercise already stored.
    ExerciseBuilderDialog(const coach::Database &db, const coach::Exercise &exercise, QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<coach::ExerciseBuilder::Draft> &draft() const { return m_draft; }
    [[nodiscard]] coach::ExerciseId exerciseId() const { return m_exercise.id; }
    // What is shown, as text: what the handout will hold.
    [[nodiscard]] QString excerptText() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QTextEdit *excerptView() const { return m_excerpt; }

    // The range changed, the transcript attached: redact again from the call.
    void reload();
    void setRange(const coach::TimeRange &range);
    // Redacts the text selected in the excerpt view as `type`; false (with the reason shown) when it cannot.
    bool redactSelection(coach::PiiType type);
    // Keeps the data under the excerpt view's cursor as spoken.
    bool keepSpanAtCursor();
    void setTargetTurn(int turn);
    void setPattern(coach::ExercisePattern pattern);
    void setDate(const QDate &date);
    // The title field: "Rewrite practice: <pattern>" until the trainer types their own.
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    // Opens the library's redaction list, then redacts the excerpt again with it.
    void editRedactionList();
    // Stores the exercise (new or changed).
    [[nodiscard]] coach::Result<coach::ExerciseId> save();
    // Saves, then writes the handout; the exercise becomes "handed out". With
    // setIncludeAudio(true) the bleeped audio excerpt is written beside it first
    // (same name, .mp3) and the handout names it.
    void setIncludeAudio(bool include);
    [[nodiscard]] QString audioPathFor(const QString &handoutPath) const;
    [[nodiscard]] coach::Result<void> exportHandout(HandoutFormat format, const QString &path);
    [[nodiscard]] coach::Result<void> attachTranscript(const QString &path);

    [[nodiscard]] static QColor colorFor(coach::PiiType type);

signals:
    void exerciseSaved(coach::ExerciseId id);

private:
    void build();
    void render();
    void fillTurns();
    void showProblem(const QString &text, bool offerAttach = false);
    void chooseExport(HandoutFormat format);
    void chooseTranscript();
    void onPatternChanged();
    void updateButtons();
    [[nodiscard]] coach::Result<coach::Exercise> currentExercise() const;
    // Cuts the bleeped excerpt on a worker thread while a progress dialog offers Cancel.
    [[nodiscard]] coach::Result<void> exportAudio(const QString &path);
    // The segment and the offset in its redacted text of a document position; segment -1 outside any text.
    [[nodiscard]] std::pair<int, qsizetype> segmentAt(int position) const;

    const coach::Database &m_db;
    coach::ExerciseBuilder m_builder;
    std::optional<coach::ExerciseBuilder::Draft> m_draft;
    coach::Exercise m_exercise; // what is stored (id, createdAt) or the stored excerpt when the call is gone
    coach::CallId m_call;
    coach::TimeRange m_range;
    QList<int> m_blockPrefix; // characters before each segment's text in its block ("Rep: ")
    QString m_lastInstructionsDefault;
    bool m_titleEdited = false; // the trainer typed a title: it no longer follows the pattern

    QLabel *m_heading = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_attach = nullptr;
    QTextEdit *m_excerpt = nullptr;
    QToolButton *m_redact = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_legend = nullptr;
    QComboBox *m_turn = nullptr;
    QComboBox *m_pattern = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QCheckBox *m_audio = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_save = nullptr;
};
