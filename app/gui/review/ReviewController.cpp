// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewController.h"

#include "analysis/AnalysisCache.h"
#include "common/DisplayFormat.h"
#include "core/TaskControl.h"
#include "library/TranscriptDropController.h"
#include "review/AddAnnotationCommand.h"
#include "review/AnnotationListView.h"
#include "review/AnnotationModel.h"
#include "review/CheckpointStrip.h"
#include "review/EditAnnotationCommand.h"
#include "review/ImportAnnotationsCommand.h"
#include "review/RemoveAnnotationCommand.h"
#include "review/ReviewPage.h"
#include "review/SearchHitModel.h"
#include "review/SpeakerColors.h"
#include "review/TranscriptModel.h"
#include "review/TranscriptView.h"
#include "review/WaveformWidget.h"
#include "services/AnnotationImporter.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/PlaybackStateRepository.h"
#include "storage/TagRepository.h"
#include "storage/TranscriptRepository.h"
#include "storage/TranscriptSearch.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QMessageBox>
#include <QSaveFile>
#include <QUndoStack>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::Literals::StringLiterals;
using State = coach::PlaybackEngine::State;

namespace {
// "Previous" from just after an annotation's start goes to the one before it,
// as a media player's previous-track does.
constexpr qint64 PreviousGraceMs = 1500;
// "Next" skips the annotation the playhead is already on.
constexpr qint64 NextGraceMs = 250;
// A resume point this near the end starts the call over.
constexpr qint64 ResumeEndMarginMs = 3000;
constexpr int LibrarySearchLimit = 50;
// Lanes a mono call is split into; more speakers than this share the last one.
constexpr qsizetype MaxMonoLanes = 4;
} // namespace

ReviewController::ReviewController(const coach::Database &db, ReviewPage *page, coach::CallId call,
                                   const Options &options, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_page(page)
    , m_annotationRepo(db)
    , m_engine(new coach::PlaybackEngine(this))
    , m_undo(new QUndoStack(this))
    , m_transcript(new TranscriptModel(this))
    , m_annotations(new AnnotationModel(this))
    , m_hits(new SearchHitModel(this))
    , m_drops(new TranscriptDropController(db, page, this))
{
    m_context.repository = &m_annotationRepo;
    m_context.model = m_annotations;
    m_context.reportError = [this](const QString &message) { reportError(message); };

    m_page->setProblem({});
    m_page->transcriptView()->setModel(m_transcript);
    m_page->annotationList()->setModel(m_annotations);
    m_page->searchBar()->setModel(m_hits);
    m_page->waveform()->setPeaks({});
    m_page->waveform()->setSelection({});
    m_page->waveform()->setPosition(0);
    m_page->editor()->hide();
    m_page->setCallOpen(true);

    if (const auto loaded = load(call); !loaded) {
        m_call = {};
        m_page->setHeading(tr("Cannot open this call"), {});
        m_page->setProblem(loaded.error().message());
        return;
    }
    connectPage();
    startPlayback(options);
    startAnalysis(options.analysisCacheDirectory);
}

ReviewController::~ReviewController()
{
    if (m_analysisControl)
        m_analysisControl->cancel();
    if (m_analysisWatcher) {
        m_analysisWatcher->disconnect(this);
        m_analysisWatcher->waitForFinished();
    }
    rememberPosition();
    // Detaching the views below emits their signals; nothing of this call may react.
    m_engine->disconnect(this);
    m_page->disconnect(this);
    const QList<QObject *> children = m_page->findChildren<QObject *>();
    for (QObject *child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
    m_page->transcriptView()->setModel(nullptr);
    m_page->annotationList()->setModel(nullptr);
    m_page->searchBar()->setModel(nullptr);
    m_page->waveform()->setPeaks({});
    m_page->waveform()->setRegions({});
    m_page->waveform()->setStatus({});
    m_page->setTagShortcuts({});
    m_page->setCallOpen(false);
}

coach::Result<void> ReviewController::load(coach::CallId id)
{
    const auto call = coach::CallRepository(m_db).find(id);
    if (!call)
        return std::unexpected(call.error());
    if (!*call)
        return coach::fail(coach::ErrorCode::NotFound, tr("This call is no longer in the library."));
    m_call = **call;

    const auto segments = coach::TranscriptRepository(m_db).segments(m_call.id);
    const auto roles = coach::TranscriptRepository(m_db).speakerRoles(m_call.id);
    if (!segments)
        return std::unexpected(segments.error());
    m_transcript->setTranscript(*segments, roles ? *roles : QHash<QString, coach::SpeakerRole>());

    const coach::TagRepository tagRepo(m_db);
    const auto tags = tagRepo.all();
    if (!tags)
        return std::unexpected(tags.error());
    m_tags = *tags;
    const auto shortcuts = tagRepo.shortcuts();
    m_page->setTagShortcuts(shortcuts ? *shortcuts : QMap<coach::TagId, QString>());
    m_page->annotationList()->setTags(m_tags);
    m_page->editor()->setTags(m_tags);

    const auto annotations = m_annotationRepo.forCall(m_call.id);
    if (!annotations)
        return std::unexpected(annotations.error());
    m_annotations->setAnnotations(*annotations);

    QStringList subtitle;
    if (!m_call.teamName.isEmpty())
        subtitle << m_call.teamName;
    if (m_call.startedAt.isValid())
        subtitle << DisplayFormat::dateTime(m_call.startedAt, QLocale::ShortFormat);
    if (!m_call.queue.isEmpty())
        subtitle << m_call.queue;
    if (m_call.audio.durationMs > 0)
        subtitle << DisplayFormat::duration(m_call.audio.durationMs);
    m_page->setHeading(m_call.repName.isEmpty() ? QFileInfo(m_call.recordingPath).completeBaseName() : m_call.repName,
                       subtitle.join(u" · "_s));

    updateLanes();
    m_page->waveform()->setDuration(m_call.audio.durationMs);
    m_page->editor()->setDuration(m_call.audio.durationMs);
    m_page->transport()->setDuration(m_call.audio.durationMs);
    m_page->transport()->setSoloAvailable(m_call.audio.channels >= 2);
    m_page->transport()->setSkipSilenceAvailable(false);
    m_page->transport()->setLoopAvailable(false);
    m_page->transport()->setLooping(false);
    m_page->transport()->setPlaying(false);
    m_duration = m_call.audio.durationMs;
    updateRegions();
    return {};
}

void ReviewController::updateLanes()
{
    using coach::SpeakerRole;
    QList<WaveformWidget::Lane> lanes;
    // A stereo call has the agent and the customer each on a channel.
    if (m_call.audio.channels >= 2) {
        const bool agentKnown = m_call.agentChannel != coach::AgentChannel::Unknown;
        const int agent = m_call.agentChannel == coach::AgentChannel::Right ? 1 : 0;
        lanes << WaveformWidget::Lane {agentKnown ? SpeakerColors::name(SpeakerRole::Agent) : tr("Left"),
                                       SpeakerColors::color(SpeakerRole::Agent), agent, false, {},
                                       agentKnown ? m_call.repName : QString()};
        lanes << WaveformWidget::Lane {agentKnown ? SpeakerColors::name(SpeakerRole::Customer) : tr("Right"),
                                       SpeakerColors::color(SpeakerRole::Customer), 1 - agent, false, {},
                                       agentKnown ? m_call.customerRef : QString()};
        m_page->waveform()->setLanes(lanes);
        return;
    }

    // A mono call is split by who the transcript says is speaking: the agent,
    // the customer, and each speaker it names without a role (diarised
    // "SPEAKER_00", a third voice), up to a few lanes; the rest share the last.
    QSet<QString> agents;
    QSet<QString> customers;
    QStringList others;
    for (const coach::Segment &segment : m_transcript->segments()) {
        switch (m_transcript->roleOf(segment.speaker)) {
        case SpeakerRole::Agent:
            agents.insert(segment.speaker);
            break;
        case SpeakerRole::Customer:
            customers.insert(segment.speaker);
            break;
        case SpeakerRole::Unknown:
            if (!others.contains(segment.speaker))
                others << segment.speaker;
            break;
        }
    }
    if (!agents.isEmpty() || !customers.isEmpty()) {
        lanes << WaveformWidget::Lane {SpeakerColors::name(SpeakerRole::Agent), SpeakerColors::color(SpeakerRole::Agent),
                                       0, true, speakerRanges(agents), m_call.repName};
        lanes << WaveformWidget::Lane {SpeakerColors::name(SpeakerRole::Customer),
                                       SpeakerColors::color(SpeakerRole::Customer), 0, true, speakerRanges(customers),
                                       m_call.customerRef};
    }
    // One unnamed voice beside no agent or customer is just the recording.
    if (!lanes.isEmpty() || others.size() >= 2) {
        const QColor color = SpeakerColors::color(SpeakerRole::Unknown);
        const qsizetype room = std::max<qsizetype>(1, MaxMonoLanes - lanes.size());
        for (qsizetype i = 0; i < others.size() && i < room; ++i) {
            const bool rest = i == room - 1 && others.size() > room;
            const QStringList speakers = rest ? others.mid(i) : QStringList {others.at(i)};
            const QString label = rest ? tr("Others")
                                       : (others.at(i).isEmpty() ? tr("Unnamed") : others.at(i));
            lanes << WaveformWidget::Lane {label, color, 0, true,
                                           speakerRanges(QSet<QString>(speakers.cbegin(), speakers.cend())),
                                           rest ? tr("%n speaker(s)", nullptr, int(speakers.size())) : QString()};
        }
    }
    if (lanes.isEmpty())
        lanes << WaveformWidget::Lane {SpeakerColors::name(SpeakerRole::Unknown),
                                       SpeakerColors::color(SpeakerRole::Unknown), 0, false, {}, {}};
    m_page->waveform()->setLanes(lanes);
}

coach::TimeRanges ReviewController::speakerRanges(const QSet<QString> &speakers) const
{
    coach::TimeRanges cues;
    for (const coach::Segment &segment : m_transcript->segments()) {
        if (speakers.contains(segment.speaker) && segment.endMs > segment.startMs)
            cues << coach::TimeRange {segment.startMs, segment.endMs};
    }
    // The lane's mask is walked in time order without overlaps; files are not always in order.
    std::sort(cues.begin(), cues.end(), [](const coach::TimeRange &a, const coach::TimeRange &b) {
        return a.startMs < b.startMs;
    });
    coach::TimeRanges ranges;
    for (const coach::TimeRange &cue : std::as_const(cues)) {
        if (!ranges.isEmpty() && cue.startMs <= ranges.last().endMs)
            ranges.last().endMs = std::max(ranges.last().endMs, cue.endMs);
        else
            ranges << cue;
    }
    return ranges;
}

void ReviewController::connectPage()
{
    ReviewPage *page = m_page;
    TransportBar *transport = page->transport();
    WaveformWidget *waveform = page->waveform();

    connect(m_engine, &coach::PlaybackEngine::positionChanged, this, &ReviewController::onPosition);
    connect(m_engine, &coach::PlaybackEngine::stateChanged, this, &ReviewController::onState);
    connect(m_engine, &coach::PlaybackEngine::durationChanged, this, [this](qint64 ms) {
        if (ms <= 0)
            return;
        m_duration = ms;
        m_page->waveform()->setDuration(ms);
        m_page->transport()->setDuration(ms);
        m_page->editor()->setDuration(ms);
    });
    connect(m_engine, &coach::PlaybackEngine::errorOccurred, this,
            [this](const QString &message) { m_page->setProblem(message); });

    connect(transport, &TransportBar::playPauseRequested, m_engine, &coach::PlaybackEngine::togglePlayPause);
    connect(transport, &TransportBar::stepRequested, this, &ReviewController::step);
    connect(transport, &TransportBar::previousAnnotationRequested, this, &ReviewController::previousAnnotation);
    connect(transport, &TransportBar::nextAnnotationRequested, this, &ReviewController::nextAnnotation);
    connect(transport, &TransportBar::rateRequested, m_engine, &coach::PlaybackEngine::setRate);
    connect(transport, &TransportBar::volumeRequested, m_engine, &coach::PlaybackEngine::setVolume);
    connect(transport, &TransportBar::mutedRequested, m_engine, &coach::PlaybackEngine::setMuted);
    connect(transport, &TransportBar::soloRequested, this, &ReviewController::setSolo);
    connect(transport, &TransportBar::loopRequested, this, &ReviewController::setLooping);
    connect(transport, &TransportBar::skipSilenceRequested, this, [this](bool enabled) {
        m_skipSilence = enabled;
        m_engine->setSkipSilence(enabled);
    });
    connect(transport, &TransportBar::silenceThresholdRequested, this, [this](qint64 ms) {
        m_silenceThresholdMs = ms;
        applySilences();
    });

    connect(waveform, &WaveformWidget::seekRequested, this, &ReviewController::seek);
    connect(waveform, &WaveformWidget::selectionChanged, this, [this](const coach::TimeRange &range) {
        m_selection = range;
        m_page->transport()->setLoopAvailable(range.length() > 0);
        if (range.length() <= 0 && m_looping)
            setLooping(false);
    });
    connect(waveform, &WaveformWidget::selectionFinished, this, &ReviewController::onSelectionFinished);
    connect(waveform, &WaveformWidget::annotationClicked, this, &ReviewController::selectAnnotation);
    connect(waveform, &WaveformWidget::annotationMoveRequested, this, &ReviewController::moveAnnotation);

    connect(page->transcriptView(), &TranscriptView::seekRequested, this, &ReviewController::seek);
    connect(m_transcript, &TranscriptModel::currentRowChanged, page->transcriptView(), &TranscriptView::showCurrentRow);

    connect(page->annotationList(), &AnnotationListView::currentAnnotationChanged, this,
            [this](coach::AnnotationId id) {
                m_page->waveform()->setCurrentRegion(id);
                if (m_syncingSelection || !id.isValid())
                    return;
                const int row = m_annotations->rowOf(id);
                if (row >= 0)
                    seek(m_annotations->annotation(row).startMs);
            });
    connect(page->annotationList(), &AnnotationListView::editRequested, this, [this](coach::AnnotationId id) {
        const int row = m_annotations->rowOf(id);
        if (row >= 0)
            m_page->editor()->startEdit(m_annotations->annotation(row));
    });
    connect(m_annotations, &AnnotationModel::annotationsChanged, this, &ReviewController::updateRegions);

    connect(page->editor(), &AnnotationEditor::saveRequested, this, &ReviewController::onEditorSaved);
    connect(page->editor(), &AnnotationEditor::cancelled, this, [this] { m_page->waveform()->setFocus(); });
    connect(page->checkpointStrip(), &CheckpointStrip::seekRequested, this, &ReviewController::seek);

    connect(page->searchBar(), &SearchBar::searchRequested, this, &ReviewController::search);
    connect(page->searchBar(), &SearchBar::hitActivated, this, [this](coach::CallId call, qint64 ms) {
        if (call == m_call.id)
            seek(ms);
        else
            emit openCallRequested(call, ms);
    });

    connect(page, &ReviewPage::tagShortcutActivated, this, &ReviewController::onTagShortcut);
    const auto on = [this](ReviewPage::Action action, auto slot) {
        connect(m_page->action(action), &QAction::triggered, this, slot);
    };
    on(ReviewPage::Action::PlayPause, [this] { m_engine->togglePlayPause(); });
    on(ReviewPage::Action::Back, [this] { step(-5000); });
    on(ReviewPage::Action::Forward, [this] { step(5000); });
    on(ReviewPage::Action::ShuttleBack, [this] { shuttleBack(); });
    on(ReviewPage::Action::Pause, [this] { m_engine->pause(); });
    on(ReviewPage::Action::ShuttleForward, [this] { shuttleForward(); });
    on(ReviewPage::Action::MarkMoment, [this] { markMoment(); });
    on(ReviewPage::Action::ExportAnnotations, [this] { chooseAnnotationExport(); });
    on(ReviewPage::Action::ImportAnnotations, [this] { chooseAnnotationImport(); });

    // Queued: attaching may ask a question, and a dialog inside the drop
    // handler would hold the drag source.
    connect(page, &ReviewPage::transcriptDropped, this,
            [this](const QString &path) { m_drops->attach(m_call.id, path); }, Qt::QueuedConnection);
    connect(m_drops, &TranscriptDropController::attached, this, [this](coach::CallId call, const QString &message) {
        if (call != m_call.id)
            return;
        reloadTranscript();
        emit transcriptAttached(call, message);
    });
    on(ReviewPage::Action::DeleteAnnotation, [this] { removeAnnotation(m_page->annotationList()->currentAnnotation()); });
    on(ReviewPage::Action::PreviousAnnotation, [this] { previousAnnotation(); });
    on(ReviewPage::Action::NextAnnotation, [this] { nextAnnotation(); });
    on(ReviewPage::Action::Loop, [this] {
        if (m_selection.length() > 0 || m_looping)
            setLooping(!m_looping);
    });
}

void ReviewController::startPlayback(const Options &options)
{
    if (!QFileInfo::exists(m_call.recordingPath)) {
        m_page->setProblem(tr("The recording cannot be played: %1 is no longer there. It was moved, renamed or "
                              "deleted since the import; import it again from its new place to relink it.")
                               .arg(QDir::toNativeSeparators(m_call.recordingPath)));
        m_page->waveform()->setStatus(tr("Recording not found"));
        return;
    }
    qint64 start = options.startMs;
    if (start < 0) {
        const auto saved = coach::PlaybackStateRepository(m_db).position(m_call.id);
        start = saved ? *saved : 0;
        if (m_duration > 0 && start >= m_duration - ResumeEndMarginMs)
            start = 0;
    }
    m_position = start;
    m_page->waveform()->setPosition(start);
    m_page->waveform()->ensureVisible(start);
    m_page->transport()->setPosition(start);
    m_transcript->setPosition(start);
    m_engine->open(m_call.recordingPath, start);
    if (options.autoPlay)
        m_engine->play();
    m_page->waveform()->setFocus(Qt::OtherFocusReason);
}

void ReviewController::startAnalysis(const QString &cacheDirectory)
{
    if (!QFileInfo::exists(m_call.recordingPath))
        return;
    m_page->waveform()->setStatus(tr("Reading the waveform…"), 0);
    // Progress comes on the worker's thread; only whole percents are posted.
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    m_analysisControl = std::make_shared<coach::TaskControl>(
        [this, lastPercent](qint64 done, qint64 total, const QString &) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (lastPercent->exchange(percent) == percent)
                return;
            QMetaObject::invokeMethod(
                this,
                [this, percent] { m_page->waveform()->setStatus(tr("Reading the waveform… %1%").arg(percent), percent / 100.0); },
                Qt::QueuedConnection);
        });
    m_analysisWatcher = new QFutureWatcher<coach::Result<coach::RecordingAnalysis>>(this);
    connect(m_analysisWatcher, &QFutureWatcherBase::finished, this, &ReviewController::onAnalysisFinished);
    m_analysisWatcher->setFuture(QtConcurrent::run(
        [cacheDirectory, path = m_call.recordingPath, fingerprint = m_call.fingerprint, control = m_analysisControl] {
            const coach::AnalysisCache cache(cacheDirectory);
            return cache.obtain(path, fingerprint, control.get());
        }));
}

void ReviewController::onAnalysisFinished()
{
    const auto result = m_analysisWatcher->result();
    if (!result) {
        if (result.error().code() != coach::ErrorCode::Cancelled) {
            m_page->waveform()->setStatus(tr("No waveform: %1").arg(result.error().message()));
            reportError(result.error().message());
        }
        return;
    }
    m_analysis = *result;
    m_page->waveform()->setStatus({});
    m_page->waveform()->setPeaks(m_analysis.peaks);
    m_page->transport()->setSkipSilenceAvailable(true);
    applySilences();
    emit analysisFinished();
}

void ReviewController::applySilences()
{
    if (!isAnalysed())
        return;
    m_engine->setSkippedRanges(m_analysis.silences(m_silenceThresholdMs));
}

void ReviewController::onPosition(qint64 ms)
{
    m_position = ms;
    m_page->waveform()->setPosition(ms);
    m_page->transport()->setPosition(ms);
    m_transcript->setPosition(ms);
}

void ReviewController::onState(State state)
{
    const State previous = std::exchange(m_state, state);
    m_page->transport()->setPlaying(state == State::Playing);
    if (previous == State::Playing && state != State::Playing)
        rememberPosition();
    if (state == State::Playing)
        m_page->setProblem({});
}

void ReviewController::rememberPosition()
{
    if (!m_call.id.isValid() || m_state == State::Empty || m_state == State::Failed)
        return;
    if (const auto saved = coach::PlaybackStateRepository(m_db).setPosition(m_call.id, m_position); !saved)
        reportError(saved.error().message());
}

void ReviewController::seek(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(m_duration, 0));
    // Show it at once; the engine confirms through positionChanged.
    onPosition(ms);
    m_page->waveform()->ensureVisible(ms);
    m_engine->seek(ms);
}

void ReviewController::step(qint64 deltaMs)
{
    seek(m_position + deltaMs);
}

void ReviewController::shuttleBack()
{
    const QList<double> rates = TransportBar::rates();
    const double rate = m_page->transport()->rate();
    if (m_state == State::Playing && rate > 1.0) {
        const double slower = rates.at(std::max<qsizetype>(0, rates.indexOf(rate) - 1));
        m_page->transport()->setRate(slower);
        m_engine->setRate(slower);
        return;
    }
    step(-10000);
}

void ReviewController::shuttleForward()
{
    if (m_state != State::Playing) {
        m_engine->play();
        return;
    }
    const QList<double> rates = TransportBar::rates();
    const double faster = rates.at(std::min<qsizetype>(rates.size() - 1, rates.indexOf(m_page->transport()->rate()) + 1));
    m_page->transport()->setRate(faster);
    m_engine->setRate(faster);
}

void ReviewController::setSolo(TransportBar::Solo solo)
{
    const int agent = m_call.agentChannel == coach::AgentChannel::Right ? 1 : 0;
    switch (solo) {
    case TransportBar::Solo::Both:
        m_engine->setSoloChannel(-1);
        break;
    case TransportBar::Solo::Agent:
        m_engine->setSoloChannel(agent);
        break;
    case TransportBar::Solo::Customer:
        m_engine->setSoloChannel(1 - agent);
        break;
    }
}

void ReviewController::setLooping(bool loop)
{
    m_looping = loop && m_selection.length() > 0;
    m_page->transport()->setLooping(m_looping);
    m_engine->setLoop(m_looping ? m_selection : coach::TimeRange {});
}

coach::TimeRange ReviewController::markRange() const
{
    return m_selection.length() > 0 ? m_selection : coach::TimeRange {m_position, m_position};
}

void ReviewController::markMoment()
{
    m_page->editor()->startNew(markRange());
}

void ReviewController::onTagShortcut(coach::TagId tag)
{
    tagAtPlayhead(tag);
}

void ReviewController::tagAtPlayhead(coach::TagId tag)
{
    addAnnotation(markRange(), tag, {});
}

void ReviewController::onSelectionFinished(const coach::TimeRange &range)
{
    if (m_looping)
        m_engine->setLoop(range);
    m_page->editor()->startNew(range);
}

coach::Tag ReviewController::tagById(coach::TagId id) const
{
    for (const coach::Tag &tag : m_tags) {
        if (tag.id == id)
            return tag;
    }
    return {};
}

void ReviewController::addAnnotation(const coach::TimeRange &range, coach::TagId tag, const QString &comment)
{
    if (!m_call.id.isValid())
        return;
    coach::Annotation annotation;
    annotation.call = m_call.id;
    annotation.startMs = range.startMs;
    annotation.endMs = std::max(range.startMs, range.endMs);
    annotation.tag = tag;
    annotation.tagLabel = tagById(tag).label;
    annotation.comment = comment;
    auto *command = new AddAnnotationCommand(m_context, annotation);
    const int before = m_undo->count();
    m_undo->push(command);
    // Pushed (not refused): select it, so Enter edits it and Delete removes it.
    if (m_undo->count() > before)
        selectAnnotation(static_cast<const AddAnnotationCommand *>(m_undo->command(m_undo->count() - 1))->annotationId());
}

void ReviewController::onEditorSaved(const AnnotationEditor::Request &request)
{
    if (request.id.isValid())
        editAnnotation(request);
    else
        addAnnotation(request.range, request.tag, request.comment);
    m_page->waveform()->setFocus(Qt::OtherFocusReason);
}

void ReviewController::editAnnotation(const AnnotationEditor::Request &request)
{
    const int row = m_annotations->rowOf(request.id);
    if (row < 0)
        return;
    const coach::Annotation before = m_annotations->annotation(row);
    coach::Annotation after = before;
    after.startMs = request.range.startMs;
    after.endMs = std::max(request.range.startMs, request.range.endMs);
    after.tag = request.tag;
    after.comment = request.comment;
    if (after.startMs == before.startMs && after.endMs == before.endMs && after.tag == before.tag
        && after.comment == before.comment)
        return;
    m_undo->push(new EditAnnotationCommand(m_context, before, after, EditAnnotationCommand::Kind::Edit));
}

void ReviewController::moveAnnotation(coach::AnnotationId id, qint64 startMs)
{
    const int row = m_annotations->rowOf(id);
    if (row < 0)
        return;
    const coach::Annotation before = m_annotations->annotation(row);
    coach::Annotation after = before;
    const qint64 length = before.endMs - before.startMs;
    after.startMs = std::clamp<qint64>(startMs, 0, std::max<qint64>(0, m_duration - length));
    after.endMs = after.startMs + length;
    if (after.startMs == before.startMs)
        return;
    m_undo->push(new EditAnnotationCommand(m_context, before, after, EditAnnotationCommand::Kind::Move));
    selectAnnotation(id);
}

void ReviewController::removeAnnotation(coach::AnnotationId id)
{
    const int row = m_annotations->rowOf(id);
    if (row < 0)
        return;
    m_undo->push(new RemoveAnnotationCommand(m_context, m_annotations->annotation(row)));
}

void ReviewController::selectAnnotation(coach::AnnotationId id)
{
    m_syncingSelection = true;
    m_page->annotationList()->setCurrentAnnotation(id);
    m_page->waveform()->setCurrentRegion(id);
    m_syncingSelection = false;
}

void ReviewController::previousAnnotation()
{
    const QList<coach::Annotation> &all = m_annotations->annotations();
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->startMs < m_position - PreviousGraceMs) {
            seek(it->startMs);
            selectAnnotation(it->id);
            return;
        }
    }
}

void ReviewController::nextAnnotation()
{
    for (const coach::Annotation &annotation : m_annotations->annotations()) {
        if (annotation.startMs > m_position + NextGraceMs) {
            seek(annotation.startMs);
            selectAnnotation(annotation.id);
            return;
        }
    }
}

void ReviewController::updateRegions()
{
    QList<WaveformWidget::Region> regions;
    for (const coach::Annotation &a : m_annotations->annotations()) {
        const QString label = a.tag.isValid() ? a.tagLabel : (a.comment.isEmpty() ? tr("Note") : a.comment);
        regions << WaveformWidget::Region {a.id, a.startMs, a.endMs,
                                           a.tagColor.isEmpty() ? QColor(0x7a, 0x7a, 0x7a) : QColor(a.tagColor), label};
    }
    m_page->waveform()->setRegions(regions);
    m_page->checkpointStrip()->setAnnotations(m_annotations->annotations());
}

void ReviewController::search(const QString &text, SearchBar::Scope scope)
{
    const coach::TranscriptSearch searcher(m_db);
    QList<SearchHitModel::Hit> hits;
    if (scope == SearchBar::Scope::ThisCall) {
        const auto found = searcher.searchCall(m_call.id, text);
        if (!found) {
            m_hits->setHits({});
            m_page->searchBar()->showResults(found.error().message());
            return;
        }
        for (const coach::SearchHit &hit : *found)
            hits << SearchHitModel::Hit {hit, {}};
    } else {
        const auto found = searcher.search(text, 0, LibrarySearchLimit);
        if (!found) {
            m_hits->setHits({});
            m_page->searchBar()->showResults(found.error().message());
            return;
        }
        const coach::CallRepository calls(m_db);
        QHash<qint64, QString> titles;
        for (const coach::SearchHit &hit : *found) {
            if (!titles.contains(hit.call.value())) {
                QString title = tr("Call %1").arg(hit.call.value());
                if (const auto call = calls.find(hit.call); call && *call) {
                    QStringList parts;
                    parts << ((*call)->repName.isEmpty() ? QFileInfo((*call)->recordingPath).completeBaseName()
                                                         : (*call)->repName);
                    if ((*call)->startedAt.isValid())
                        parts << DisplayFormat::dateTime((*call)->startedAt, QLocale::ShortFormat);
                    title = parts.join(u" · "_s);
                }
                titles.insert(hit.call.value(), title);
            }
            hits << SearchHitModel::Hit {hit, titles.value(hit.call.value())};
        }
    }
    m_hits->setHits(hits);
    m_page->searchBar()->showResults();
}

coach::Result<void> ReviewController::exportAnnotations(coach::AnnotationFormat::Kind kind,
                                                       const QString &path) const
{
    const auto annotations = m_annotationRepo.forCall(m_call.id);
    if (!annotations)
        return std::unexpected(annotations.error());
    const QString file = QDir::toNativeSeparators(path);
    // QSaveFile: a full disk or a cancelled write never leaves half a file.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(coach::AnnotationFormat::write(kind, *annotations, { m_call })) < 0 || !out.commit())
        return coach::fail(coach::ErrorCode::Io, tr("%1 cannot be written: %2").arg(file, out.errorString()));
    return {};
}

void ReviewController::chooseAnnotationExport()
{
    using Kind = coach::AnnotationFormat::Kind;
    const QList<std::pair<Kind, QString>> formats = {
        { Kind::Csv, tr("CSV spreadsheet (*.csv)") },
        { Kind::AudacityLabels, tr("Audacity labels (*.txt)") },
        { Kind::Elan, tr("ELAN annotation (*.eaf)") },
        { Kind::PraatTextGrid, tr("Praat TextGrid (*.TextGrid)") },
    };
    QStringList filters;
    for (const auto &format : formats)
        filters << format.second;
    QString chosen = filters.constFirst();
    const QString suggested = QFileInfo(m_call.recordingPath).dir().filePath(
            QFileInfo(m_call.recordingPath).completeBaseName() + u"-annotations."_s
            + coach::AnnotationFormat::fileSuffix(Kind::Csv));
    QString path = QFileDialog::getSaveFileName(m_page, tr("Export Annotations"), suggested,
                                                filters.join(u";;"_s), &chosen);
    if (path.isEmpty())
        return;
    const Kind kind = formats.at(std::max<qsizetype>(0, filters.indexOf(chosen))).first;
    const QString suffix = coach::AnnotationFormat::fileSuffix(kind);
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    if (const auto written = exportAnnotations(kind, path); !written)
        QMessageBox::warning(m_page, tr("Export Failed"), written.error().message());
}

coach::Result<ReviewController::ImportCount> ReviewController::importAnnotations(coach::AnnotationFormat::Kind kind,
                                                                              const QString &path)
{
    if (!m_call.id.isValid())
        return coach::fail(coach::ErrorCode::NotFound, tr("No call is open."));
    const coach::AnnotationImporter importer(m_db);
    auto prepared = importer.prepare(m_call.id, path, kind);
    if (!prepared)
        return std::unexpected(prepared.error());
    const ImportCount count {int(prepared->annotations.size()), prepared->alreadyThere};
    if (prepared->annotations.isEmpty())
        return count;
    // Stored before the command is pushed, so a refusal comes back here
    // rather than as an undo step that never happened.
    const auto ids = importer.store(prepared->annotations);
    if (!ids)
        return std::unexpected(ids.error());
    for (qsizetype i = 0; i < ids->size(); ++i)
        prepared->annotations[i].id = ids->at(i);
    m_undo->push(new ImportAnnotationsCommand(m_context, m_db, prepared->annotations, QFileInfo(path).fileName()));
    return count;
}

void ReviewController::chooseAnnotationImport()
{
    using Kind = coach::AnnotationFormat::Kind;
    const QString both = tr("Annotations (*.csv *.txt)");
    const QString csv = tr("CSV spreadsheet (*.csv)");
    const QString labels = tr("Audacity labels (*.txt)");
    const QString any = tr("All files (*)");
    QString chosen = both;
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Import Annotations"),
                                                      QFileInfo(m_call.recordingPath).absolutePath(),
                                                      QStringList {both, csv, labels, any}.join(u";;"_s), &chosen);
    if (path.isEmpty())
        return;
    // The name says the format; for another name, the filter the user picked does.
    const QString suffix = QFileInfo(path).suffix().toLower();
    Kind kind = Kind::AudacityLabels;
    if (suffix == u"csv"_s || (suffix != u"txt"_s && chosen == csv))
        kind = Kind::Csv;
    const QString name = QFileInfo(path).fileName();
    const auto imported = importAnnotations(kind, path);
    if (!imported) {
        QMessageBox box(QMessageBox::Warning, tr("Import Failed"),
                        tr("No annotations were imported from “%1”.").arg(name), QMessageBox::Ok, m_page);
        box.setInformativeText(imported.error().message());
        box.exec();
        return;
    }
    if (imported->added == 0) {
        QMessageBox::information(m_page, tr("Nothing to Import"),
                                 imported->alreadyThere > 0
                                         ? tr("The %n annotation(s) in “%1” are already on this call.", nullptr,
                                              imported->alreadyThere)
                                                   .arg(name)
                                         : tr("“%1” holds no annotations.").arg(name));
        return;
    }
    QString message = tr("Imported %n annotation(s) from “%1”", nullptr, imported->added).arg(name);
    if (imported->alreadyThere > 0)
        message += u"; "_s + tr("%n already there", nullptr, imported->alreadyThere);
    emit statusMessage(message);
}

void ReviewController::reloadTranscript()
{
    if (!m_call.id.isValid())
        return;
    const coach::TranscriptRepository transcripts(m_db);
    const auto segments = transcripts.segments(m_call.id);
    if (!segments) {
        reportError(segments.error().message());
        return;
    }
    const auto roles = transcripts.speakerRoles(m_call.id);
    m_transcript->setTranscript(*segments, roles ? *roles : QHash<QString, coach::SpeakerRole>());
    m_transcript->setPosition(m_position);
    m_call.hasTranscript = !segments->isEmpty();
    updateLanes();
}

void ReviewController::reportError(const QString &message)
{
    m_page->setProblem(message);
    emit errorOccurred(message);
}
