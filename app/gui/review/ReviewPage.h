// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Id.h"

#include <QMap>
#include <QWidget>

class AnnotationEditor;
class AnnotationListView;
class CheckpointStrip;
class DropOverlay;
class EmptyStateWidget;
class QAction;
class QLabel;
class QShortcut;
class QSplitter;
class QStackedWidget;
class SearchBar;
class TranscriptView;
class TransportBar;
class WaveformWidget;

/*
 * The Review section: the call's name, the checkpoint strip, the waveform
 * with the transport and the annotation editor under it, then the transcript
 * (with search) beside the annotation list. Until a call is open it shows an
 * empty state. Owns the screen's one-key shortcuts as actions, which work
 * wherever focus is on the page except while typing in the editor or the
 * search box. A transcript file dragged onto the open call is offered to
 * it (the page lights up and says so); other files pass on to the window,
 * which imports recordings. A view only: ReviewController connects it to a
 * call.
 */
class ReviewPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Action {
        PlayPause, Back, Forward, ShuttleBack, Pause, ShuttleForward, MarkMoment, DeleteAnnotation,
        PreviousAnnotation, NextAnnotation, Loop, ZoomIn, ZoomOut, ZoomToFit, ExportAnnotations,
        ImportAnnotations, NewExercise, ExportClip,
    };

    explicit ReviewPage(QWidget *parent = nullptr);

    [[nodiscard]] WaveformWidget *waveform() const { return m_waveform; }
    [[nodiscard]] TransportBar *transport() const { return m_transport; }
    [[nodiscard]] TranscriptView *transcriptView() const { return m_transcript; }
    [[nodiscard]] AnnotationListView *annotationList() const { return m_annotations; }
    [[nodiscard]] AnnotationEditor *editor() const { return m_editor; }
    [[nodiscard]] CheckpointStrip *checkpointStrip() const { return m_checkpoints; }
    [[nodiscard]] SearchBar *searchBar() const { return m_search; }
    [[nodiscard]] QAction *action(Action action) const { return m_actions.value(action); }

    // One key per tag ("1", "E"), as TagRepository::shortcuts() gives them.
    void setTagShortcuts(const QMap<coach::TagId, QString> &shortcuts);

    void setCallOpen(bool open);
    [[nodiscard]] bool isCallOpen() const;
    void setHeading(const QString &title, const QString &subtitle);
    // Why something does not work (the recording cannot be played), in the
    // window; an empty text hides it.
    void setProblem(const QString &text);
    [[nodiscard]] QString problem() const;
    // What the page says while a transcript is dragged over it; empty when none is.
    [[nodiscard]] QString dropHint() const;

signals:
    void tagShortcutActivated(coach::TagId tag);
    void libraryRequested();
    void transcriptDropped(const QString &path);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *addPageAction(Action id, const QString &text, const QList<QKeySequence> &keys);

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_problem = nullptr;
    CheckpointStrip *m_checkpoints = nullptr;
    WaveformWidget *m_waveform = nullptr;
    TransportBar *m_transport = nullptr;
    AnnotationEditor *m_editor = nullptr;
    SearchBar *m_search = nullptr;
    TranscriptView *m_transcript = nullptr;
    AnnotationListView *m_annotations = nullptr;
    QMap<Action, QAction *> m_actions;
    QList<QShortcut *> m_tagShortcuts;
    DropOverlay *m_dropOverlay = nullptr;
};
