// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/RecordingAnalysis.h"
#include "core/Error.h"
#include "export/AnnotationFormat.h"
#include "media/PlaybackEngine.h"
#include "model/Call.h"
#include "model/Segment.h"
#include "model/Tag.h"
#include "review/AnnotationCommandContext.h"
#include "review/AnnotationEditor.h"
#include "review/SearchBar.h"
#include "review/TransportBar.h"
#include "storage/AnnotationRepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <memory>

namespace coach {
class Database;
class TaskControl;
}
class AnnotationModel;
class QUndoStack;
class ReviewPage;
class SearchHitModel;
class TranscriptDropController;
class TranscriptModel;

/*
 * One open call on the Review page: owns the PlaybackEngine (which plays on
 * its own thread), the undo stack of the call's annotations and the models
 * the page's views show; reads the call, transcript, tags and annotations
 * through libcoach's repositories; computes the waveform's analysis with
 * QtConcurrent while the window stays usable; remembers where the user left
 * off. Every annotation change goes through the undo stack and is written at
 * once.
 *
 * MainWindow makes one per opened call, on the GUI thread, and deletes it
 * before the Database it borrows. Deleting it stops playback, saves the
 * position and detaches the page, which goes back to its empty state.
 */
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 startMs = -1;     // -1: where the user left off
        bool autoPlay = true;    // "open a call and it plays at once"
        QString analysisCacheDirectory; // empty: AnalysisCache's default
    };

    ReviewController(const coach::Database &db, ReviewPage *page, coach::CallId call, const Options &options,
                     QObject *parent = nullptr);
    ~ReviewController() override;

    [[nodiscard]] bool isLoaded() const { return m_call.id.isValid(); }
    [[nodiscard]] const coach::Call &call() const { return m_call; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] coach::PlaybackEngine *engine() const { return m_engine; }
    [[nodiscard]] AnnotationModel *annotationModel() const { return m_annotations; }
    [[nodiscard]] TranscriptModel *transcriptModel() const { return m_transcript; }
    [[nodiscard]] SearchHitModel *searchModel() const { return m_hits; }
    [[nodiscard]] const QList<coach::Tag> &tags() const { return m_tags; }

    // Writes the open call's annotations to `path` in `kind`'s format.
    [[nodiscard]] coach::Result<void> exportAnnotations(coach::AnnotationFormat::Kind kind,
                                                        const QString &path) const;
    // Adds the annotations of a CSV or Audacity label file to the open call,
    // as one undo step; those the call already has are left out. Returns how
    // many were added, and how many were already there.
    struct ImportCount
    {
        int added = 0;
        int alreadyThere = 0;
    };
    [[nodiscard]] coach::Result<ImportCount> importAnnotations(coach::AnnotationFormat::Kind kind,
                                                               const QString &path);
    // Re-reads the call's transcript and speakers (attached here or in the Library).
    void reloadTranscript();
    [[nodiscard]] TranscriptDropController *transcriptDrops() const { return m_drops; }
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] bool isAnalysed() const { return !m_analysis.peaks.isEmpty(); }

    void seek(qint64 ms);
    // Opens the editor for a new annotation at the playhead (or the selection).
    void markMoment();
    // Tags the playhead (or the selection) at once, without the editor.
    void tagAtPlayhead(coach::TagId tag);
    void addAnnotation(const coach::TimeRange &range, coach::TagId tag, const QString &comment);
    void editAnnotation(const AnnotationEditor::Request &request);
    void moveAnnotation(coach::AnnotationId id, qint64 startMs);
    void removeAnnotation(coach::AnnotationId id);
    void selectAnnotation(coach::AnnotationId id);
    void previousAnnotation();
    void nextAnnotation();
    void search(const QString &text, SearchBar::Scope scope);

signals:
    // The user picked a hit in another call.
    void openCallRequested(coach::CallId call, qint64 ms);
    void analysisFinished();
    void errorOccurred(const QString &message);
    // Something finished that the user should hear of, for the status bar.
    void statusMessage(const QString &message);
    // A transcript dropped on the page was attached to this call.
    void transcriptAttached(coach::CallId call, const QString &message);

private:
    [[nodiscard]] coach::Result<void> load(coach::CallId id);
    void chooseAnnotationExport();
    void chooseAnnotationImport();
    void connectPage();
    void startPlayback(const Options &options);
    void startAnalysis(const QString &cacheDirectory);
    void onAnalysisFinished();
    void onPosition(qint64 ms);
    void onState(coach::PlaybackEngine::State state);
    void onSelectionFinished(const coach::TimeRange &range);
    void onEditorSaved(const AnnotationEditor::Request &request);
    void onTagShortcut(coach::TagId tag);
    void setSolo(TransportBar::Solo solo);
    void setLooping(bool loop);
    void applySilences();
    void shuttleBack();
    void shuttleForward();
    void step(qint64 deltaMs);
    void updateRegions();
    void rememberPosition();
    void reportError(const QString &message);
    void updateLanes();
    // When any of `speakers` talks, in time order, overlaps merged.
    [[nodiscard]] coach::TimeRanges speakerRanges(const QSet<QString> &speakers) const;
    [[nodiscard]] coach::TimeRange markRange() const;
    [[nodiscard]] coach::Tag tagById(coach::TagId id) const;

    const coach::Database &m_db;
    ReviewPage *m_page = nullptr;
    coach::Call m_call;
    coach::AnnotationRepository m_annotationRepo;
    AnnotationCommandContext m_context;

    coach::PlaybackEngine *m_engine = nullptr;
    QUndoStack *m_undo = nullptr;
    TranscriptModel *m_transcript = nullptr;
    AnnotationModel *m_annotations = nullptr;
    SearchHitModel *m_hits = nullptr;
    TranscriptDropController *m_drops = nullptr;
    QList<coach::Tag> m_tags;

    coach::RecordingAnalysis m_analysis;
    QFutureWatcher<coach::Result<coach::RecordingAnalysis>> *m_analysisWatcher = nullptr;
    std::shared_ptr<coach::TaskControl> m_analysisControl;

    qint64 m_position = 0;
    qint64 m_duration = 0;
    coach::PlaybackEngine::State m_state = coach::PlaybackEngine::State::Empty;
    coach::TimeRange m_selection;
    bool m_looping = false;
    bool m_skipSilence = false;
    qint64 m_silenceThresholdMs = 2000;
    bool m_syncingSelection = false;
};
