// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewPage.h"

#include "common/EmptyStateWidget.h"
#include "library/TranscriptDropController.h"
#include "review/AnnotationEditor.h"
#include "review/AnnotationListView.h"
#include "review/CheckpointStrip.h"
#include "review/DropOverlay.h"
#include "review/SearchBar.h"
#include "review/TranscriptView.h"
#include "review/TransportBar.h"
#include "review/WaveformWidget.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QLabel *paneTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(m_stack))
    , m_content(new QWidget(m_stack))
    , m_title(new QLabel(m_content))
    , m_subtitle(new QLabel(m_content))
    , m_problem(new QLabel(m_content))
    , m_checkpoints(new CheckpointStrip(m_content))
    , m_waveform(new WaveformWidget(m_content))
    , m_transport(new TransportBar(m_content))
    , m_editor(new AnnotationEditor(m_content))
    , m_search(new SearchBar(m_content))
    , m_transcript(new TranscriptView(m_content))
    , m_annotations(new AnnotationListView(m_content))
{
    setObjectName(u"reviewPage"_s);

    m_empty->setObjectName(u"reviewEmptyState"_s);
    m_empty->setIcon(QIcon::fromTheme(u"media-playback-start"_s));
    m_empty->setTitle(tr("No call open"));
    m_empty->setText(tr("Open a call from the Library: double-click it, press Enter, or choose Open for Review."));
    m_empty->setActionText(tr("Go to the Library"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &ReviewPage::libraryRequested);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setObjectName(u"reviewTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setObjectName(u"reviewSubtitle"_s);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_problem->setObjectName(u"reviewProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setMargin(8);
    m_problem->setAutoFillBackground(true);
    // A soft amber box: a warning the user reads, not an alarm.
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xd5));
    warning.setColor(QPalette::WindowText, QColor(0x6b, 0x45, 0x00));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *heading = new QHBoxLayout;
    heading->setSpacing(10);
    heading->addWidget(m_title);
    heading->addWidget(m_subtitle, 1, Qt::AlignBottom);

    auto *top = new QWidget(m_content);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(6);
    topLayout->addLayout(heading);
    topLayout->addWidget(m_problem);
    topLayout->addWidget(m_checkpoints);
    topLayout->addWidget(m_waveform, 1);
    topLayout->addWidget(m_transport);
    topLayout->addWidget(m_editor);

    auto *transcriptPane = new QWidget(m_content);
    auto *transcriptLayout = new QVBoxLayout(transcriptPane);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    transcriptLayout->setSpacing(4);
    transcriptLayout->addWidget(paneTitle(tr("Transcript"), transcriptPane));
    transcriptLayout->addWidget(m_search);
    transcriptLayout->addWidget(m_transcript, 1);

    auto *annotationPane = new QWidget(m_content);
    auto *annotationLayout = new QVBoxLayout(annotationPane);
    annotationLayout->setContentsMargins(0, 0, 0, 0);
    annotationLayout->setSpacing(4);
    auto *annotationTitle = paneTitle(tr("Annotations"), annotationPane);
    annotationTitle->setToolTip(tr("M marks the moment, a tag's key tags it, Delete removes the selected one"));
    auto *exportButton = new QToolButton(annotationPane);
    exportButton->setDefaultAction(addPageAction(Action::ExportAnnotations, tr("E&xport…"), {}));
    exportButton->setToolTip(tr("Save this call's annotations as CSV, Audacity labels, ELAN or Praat TextGrid"));
    exportButton->setAutoRaise(true);
    auto *importButton = new QToolButton(annotationPane);
    importButton->setDefaultAction(addPageAction(Action::ImportAnnotations, tr("&Import…"), {}));
    importButton->setToolTip(tr("Add annotations from a CSV file or Audacity labels to this call"));
    importButton->setAutoRaise(true);
    auto *annotationHeader = new QHBoxLayout;
    annotationHeader->addWidget(annotationTitle);
    annotationHeader->addStretch(1);
    annotationHeader->addWidget(importButton);
    annotationHeader->addWidget(exportButton);
    // MainWindow opens the exercise builder on the selection.
    auto *exerciseButton = new QToolButton(annotationPane);
    exerciseButton->setDefaultAction(addPageAction(Action::NewExercise, tr("&New Rewrite Exercise…"), {}));
    exerciseButton->setToolTip(tr("Turn the selected stretch of the call into an anonymised Monday rewrite exercise"));
    exerciseButton->setAutoRaise(true);
    annotationHeader->addWidget(exerciseButton);
    // MainWindow opens the clip export dialog on the selection or the selected annotation.
    auto *clipButton = new QToolButton(annotationPane);
    clipButton->setDefaultAction(addPageAction(Action::ExportClip, tr("Export &Clip…"), {}));
    clipButton->setToolTip(tr("Save the selection, or the selected annotation, as an audio clip to share"));
    clipButton->setAutoRaise(true);
    annotationHeader->addWidget(clipButton);
    annotationLayout->addLayout(annotationHeader);
    annotationLayout->addWidget(m_annotations, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, m_content);
    bottom->setObjectName(u"reviewBottomSplitter"_s);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(transcriptPane);
    bottom->addWidget(annotationPane);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Vertical, m_content);
    split->setObjectName(u"reviewSplitter"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(10, 8, 10, 6);
    contentLayout->addWidget(split);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    addPageAction(Action::PlayPause, tr("Play or Pause"), {Qt::Key_Space});
    addPageAction(Action::Back, tr("Back 5 Seconds"), {Qt::Key_Left});
    addPageAction(Action::Forward, tr("Forward 5 Seconds"), {Qt::Key_Right});
    addPageAction(Action::ShuttleBack, tr("Back 10 Seconds, or Slower While Fast"), {Qt::Key_J});
    addPageAction(Action::Pause, tr("Pause"), {Qt::Key_K});
    addPageAction(Action::ShuttleForward, tr("Play, or Faster While Playing"), {Qt::Key_L});
    addPageAction(Action::MarkMoment, tr("Mark This Moment"), {Qt::Key_M});
    addPageAction(Action::DeleteAnnotation, tr("Delete Annotation"), {QKeySequence::Delete, Qt::Key_Backspace});
    addPageAction(Action::PreviousAnnotation, tr("Previous Annotation"), {Qt::Key_BracketLeft});
    addPageAction(Action::NextAnnotation, tr("Next Annotation"), {Qt::Key_BracketRight});
    addPageAction(Action::Loop, tr("Loop the Selection"), {Qt::Key_R});
    addPageAction(Action::ZoomIn, tr("Zoom In"), {Qt::Key_Plus, Qt::Key_Equal, QKeySequence::ZoomIn});
    addPageAction(Action::ZoomOut, tr("Zoom Out"), {Qt::Key_Minus, QKeySequence::ZoomOut});
    addPageAction(Action::ZoomToFit, tr("Zoom to Fit"), {Qt::Key_0});
    connect(action(Action::ZoomIn), &QAction::triggered, m_waveform, &WaveformWidget::zoomIn);
    connect(action(Action::ZoomOut), &QAction::triggered, m_waveform, &WaveformWidget::zoomOut);
    connect(action(Action::ZoomToFit), &QAction::triggered, m_waveform, &WaveformWidget::zoomToFit);

    setAcceptDrops(true);
    m_dropOverlay = new DropOverlay(m_content);

    setCallOpen(false);
}

QAction *ReviewPage::addPageAction(Action id, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, m_content);
    action->setShortcuts(keys);
    // Only while focus is on the review screen, so the Library's table keeps
    // its own keys.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setAutoRepeat(id != Action::MarkMoment && id != Action::DeleteAnnotation);
    m_content->addAction(action);
    m_actions.insert(id, action);
    return action;
}

void ReviewPage::setTagShortcuts(const QMap<coach::TagId, QString> &shortcuts)
{
    qDeleteAll(m_tagShortcuts);
    m_tagShortcuts.clear();
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it) {
        auto *shortcut = new QShortcut(QKeySequence(it.value()), m_content);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setAutoRepeat(false);
        const coach::TagId tag = it.key();
        connect(shortcut, &QShortcut::activated, this, [this, tag] { emit tagShortcutActivated(tag); });
        m_tagShortcuts << shortcut;
    }
}

void ReviewPage::setCallOpen(bool open)
{
    m_stack->setCurrentWidget(open ? m_content : static_cast<QWidget *>(m_empty));
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(open);
    if (!open) {
        m_editor->hide();
        setProblem({});
    }
}

bool ReviewPage::isCallOpen() const
{
    return m_stack->currentWidget() == m_content;
}

void ReviewPage::setHeading(const QString &title, const QString &subtitle)
{
    m_title->setText(title);
    m_subtitle->setText(subtitle);
}

void ReviewPage::setProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

QString ReviewPage::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

QString ReviewPage::dropHint() const
{
    return m_dropOverlay->isVisible() ? m_dropOverlay->text() : QString();
}

void ReviewPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QString path = TranscriptDropController::transcriptPath(event->mimeData());
    // Ignored, the drag goes on to the main window, which imports recordings.
    if (!isCallOpen() || path.isEmpty()) {
        event->ignore();
        return;
    }
    m_dropOverlay->showText(tr("Drop to attach “%1” as this call's transcript").arg(QFileInfo(path).fileName()));
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ReviewPage::dragMoveEvent(QDragMoveEvent *event)
{
    if (!m_dropOverlay->isVisible()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void ReviewPage::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    event->accept();
}

void ReviewPage::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    const QString path = TranscriptDropController::transcriptPath(event->mimeData());
    if (!isCallOpen() || path.isEmpty()) {
        event->ignore();
        return;
    }
    // Copy: the user's file stays where it is, whatever the source proposed.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit transcriptDropped(path);
}
