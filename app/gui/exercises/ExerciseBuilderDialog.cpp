// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ExerciseBuilderDialog.h"

#include "exercises/RedactionListDialog.h"

#include "documents/HandoutPdf.h"
#include "export/HandoutHtml.h"
#include "export/HandoutMarkdown.h"
#include "storage/ExerciseRepository.h"

#include "media/ClipExporter.h"
#include "media/ClipFormat.h"
#include "core/TaskControl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextEdit>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString HandoutDirectoryKey = u"exercises/handoutDirectory"_s;

QTime timeOf(qint64 ms)
{
    return QTime(0, 0).addMSecs(int(std::clamp<qint64>(ms, 0, 86'399'000)));
}

qint64 msOf(const QTime &time)
{
    return QTime(0, 0).msecsTo(time);
}

QString firstWords(const QString &text, int max = 48)
{
    const QString simple = text.simplified();
    return simple.size() <= max ? simple : simple.left(max - 1) + u'…';
}

QString handoutSuffix(ExerciseBuilderDialog::HandoutFormat format)
{
    switch (format) {
    case ExerciseBuilderDialog::HandoutFormat::Pdf: return u"pdf"_s;
    case ExerciseBuilderDialog::HandoutFormat::Html: return u"html"_s;
    case ExerciseBuilderDialog::HandoutFormat::Markdown: return u"md"_s;
    }
    return {};
}

} // namespace

QColor ExerciseBuilderDialog::colorFor(coach::PiiType type)
{
    // Light enough to read black text on; distinct for the types that occur together.
    switch (type) {
    case coach::PiiType::CardNumber: return QColor(0xf8, 0xc4, 0xc4);
    case coach::PiiType::ExpiryDate: return QColor(0xf6, 0xd3, 0xb0);
    case coach::PiiType::SecurityCode: return QColor(0xf3, 0xb6, 0xd9);
    case coach::PiiType::Phone: return QColor(0xbf, 0xe3, 0xc0);
    case coach::PiiType::Email: return QColor(0xb9, 0xdc, 0xf2);
    case coach::PiiType::NationalId: return QColor(0xd9, 0xc8, 0xf0);
    case coach::PiiType::BankAccount: return QColor(0xc8, 0xd3, 0xe6);
    case coach::PiiType::DateOfBirth: return QColor(0xc9, 0xe8, 0xe3);
    case coach::PiiType::Address: return QColor(0xe2, 0xd6, 0xc4);
    case coach::PiiType::PersonName: return QColor(0xff, 0xe0, 0x8a);
    }
    return QColor(0xdd, 0xdd, 0xdd);
}

ExerciseBuilderDialog::ExerciseBuilderDialog(const coach::Database &db, coach::CallId call,
                                             const coach::TimeRange &range, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_builder(db)
    , m_call(call)
    , m_range(range)
{
    build();
    setWindowTitle(tr("New Rewrite Exercise"));
    setDate(coach::ExerciseBuilder::nextMonday(QDate::currentDate()));
    onPatternChanged();
    reload();
}

ExerciseBuilderDialog::ExerciseBuilderDialog(const coach::Database &db, const coach::Exercise &exercise,
                                             QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_builder(db)
    , m_exercise(exercise)
    , m_call(exercise.call)
    , m_range(exercise.range)
{
    build();
    setWindowTitle(tr("Edit Rewrite Exercise"));
    m_titleEdited = !exercise.title.isEmpty() && exercise.title != coach::ExerciseBuilder::defaultTitle(exercise.pattern);
    if (m_titleEdited)
        m_title->setText(exercise.title);
    setPattern(exercise.pattern);
    onPatternChanged();
    setDate(exercise.scheduledFor.isValid() ? exercise.scheduledFor
                                            : coach::ExerciseBuilder::nextMonday(QDate::currentDate()));
    m_instructions->setPlainText(exercise.instructions);
    m_lastInstructionsDefault = coach::ExercisePatterns::defaultInstructions(exercise.pattern);
    auto rebuilt = m_builder.rebuild(exercise);
    if (rebuilt) {
        m_draft = std::move(*rebuilt);
        render();
        setTargetTurn(exercise.targetTurn);
    } else {
        // The call or its transcript is gone: the stored excerpt can still be exported.
        showProblem(rebuilt.error().message());
        render();
        setTargetTurn(exercise.targetTurn);
    }
    updateButtons();
}

void ExerciseBuilderDialog::build()
{
    setObjectName(u"exerciseBuilderDialog"_s);
    setSizeGripEnabled(true);
    resize(980, 720);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"exerciseHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_from = new QTimeEdit(this);
    m_from->setObjectName(u"exerciseFrom"_s);
    m_to = new QTimeEdit(this);
    m_to->setObjectName(u"exerciseTo"_s);
    for (QTimeEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(u"HH:mm:ss"_s);
        edit->setAccessibleName(edit == m_from ? tr("Excerpt starts at") : tr("Excerpt ends at"));
    }
    auto *apply = new QPushButton(tr("&Update Excerpt"), this);
    apply->setObjectName(u"exerciseApplyRange"_s);
    apply->setToolTip(tr("Build the excerpt again from the call for this stretch"));
    connect(apply, &QPushButton::clicked, this, [this] { setRange({ msOf(m_from->time()), msOf(m_to->time()) }); });
    auto *rangeRow = new QHBoxLayout;
    rangeRow->addWidget(new QLabel(tr("From"), this));
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(new QLabel(tr("to"), this));
    rangeRow->addWidget(m_to);
    rangeRow->addWidget(apply);
    rangeRow->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"exerciseProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(u"QLabel { background: #fdecea; color: #7a1c12; border: 1px solid #f2b8b0; "
                             "border-radius: 4px; padding: 6px; }"_s);
    m_problem->hide();
    m_attach = new QPushButton(tr("&Attach Transcript…"), this);
    m_attach->setObjectName(u"exerciseAttachTranscript"_s);
    m_attach->hide();
    connect(m_attach, &QPushButton::clicked, this, &ExerciseBuilderDialog::chooseTranscript);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problem, 1);
    problemRow->addWidget(m_attach, 0, Qt::AlignTop);

    m_excerpt = new QTextEdit(this);
    m_excerpt->setObjectName(u"exerciseExcerpt"_s);
    m_excerpt->setReadOnly(true);
    m_excerpt->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_excerpt->setAccessibleName(tr("Anonymised excerpt"));
    m_excerpt->setMinimumWidth(460);
    connect(m_excerpt, &QTextEdit::cursorPositionChanged, this, &ExerciseBuilderDialog::updateButtons);
    connect(m_excerpt, &QTextEdit::selectionChanged, this, &ExerciseBuilderDialog::updateButtons);

    m_redact = new QToolButton(this);
    m_redact->setObjectName(u"exerciseRedact"_s);
    m_redact->setText(tr("&Redact Selection"));
    m_redact->setToolTip(tr("Replace the selected words as a name; the arrow chooses another kind of data"));
    m_redact->setPopupMode(QToolButton::MenuButtonPopup);
    m_redact->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *types = new QMenu(m_redact);
    for (coach::PiiType type : coach::allPiiTypes) {
        QAction *action = types->addAction(coach::piiTypeName(type));
        QPixmap swatch(12, 12);
        swatch.fill(colorFor(type));
        action->setIcon(QIcon(swatch));
        connect(action, &QAction::triggered, this, [this, type] { redactSelection(type); });
    }
    m_redact->setMenu(types);
    connect(m_redact, &QToolButton::clicked, this, [this] { redactSelection(coach::PiiType::PersonName); });
    m_keep = new QPushButton(tr("&Keep as Spoken"), this);
    m_keep->setObjectName(u"exerciseKeep"_s);
    m_keep->setToolTip(tr("The highlighted replacement under the cursor is not personal data: show the words again"));
    connect(m_keep, &QPushButton::clicked, this, &ExerciseBuilderDialog::keepSpanAtCursor);
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"exerciseLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    auto *names = new QPushButton(tr("&Names to Always Redact…"), this);
    names->setObjectName(u"exerciseRedactionList"_s);
    names->setToolTip(tr("The library's own list: names to redact wherever they appear, and terms never to redact"));
    connect(names, &QPushButton::clicked, this, &ExerciseBuilderDialog::editRedactionList);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_redact);
    editRow->addWidget(m_keep);
    editRow->addStretch(1);
    editRow->addWidget(names);

    auto *hint = new QLabel(tr("Highlighted: what was replaced. Select anything missed and press Redact Selection; "
                               "put the cursor on a highlight and press Keep as Spoken if it is not personal data."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *left = new QVBoxLayout;
    left->addLayout(rangeRow);
    left->addWidget(hint);
    left->addLayout(problemRow);
    left->addWidget(m_excerpt, 1);
    left->addLayout(editRow);
    left->addWidget(m_legend);

    m_turn = new QComboBox(this);
    m_turn->setObjectName(u"exerciseTurn"_s);
    m_turn->setMinimumContentsLength(28);
    m_turn->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_turn, &QComboBox::currentIndexChanged, this, [this] {
        render();
        updateButtons();
    });
    m_pattern = new QComboBox(this);
    m_pattern->setObjectName(u"exercisePattern"_s);
    for (coach::ExercisePattern pattern : coach::allExercisePatterns)
        m_pattern->addItem(coach::ExercisePatterns::name(pattern), int(pattern));
    connect(m_pattern, &QComboBox::currentIndexChanged, this, &ExerciseBuilderDialog::onPatternChanged);
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"exerciseTitle"_s);
    // textEdited: only the trainer's typing, not the pattern filling it in.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Emptied: the default comes back and follows the pattern again.
        m_titleEdited = !text.trimmed().isEmpty();
        if (!m_titleEdited)
            m_title->setPlaceholderText(coach::ExerciseBuilder::defaultTitle(
                coach::ExercisePattern(m_pattern->currentData().toInt())));
    });
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"exerciseDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setObjectName(u"exerciseInstructions"_s);
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(m_instructions->fontMetrics().lineSpacing() * 7);
    m_audio = new QCheckBox(tr("Include &audio excerpt (bleeped)"), this);
    m_audio->setObjectName(u"exerciseAudio"_s);
    m_audio->setToolTip(tr("Write the excerpt's audio beside the handout, every redacted span replaced by a tone"));
    auto *reminder = new QLabel(this);
    reminder->setObjectName(u"exerciseReminder"_s);
    reminder->setWordWrap(true);
    reminder->setForegroundRole(QPalette::PlaceholderText);
    connect(m_pattern, &QComboBox::currentIndexChanged, reminder, [this, reminder] {
        reminder->setText(coach::ExercisePatterns::reminder(coach::ExercisePattern(m_pattern->currentData().toInt())));
    });
    reminder->setText(coach::ExercisePatterns::reminder(coach::ExercisePattern(m_pattern->currentData().toInt())));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Turn to rewrite:"), m_turn);
    form->addRow(tr("&Pattern:"), m_pattern);
    form->addRow(QString(), reminder);
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(QString(), m_audio);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);

    auto *split = new QHBoxLayout;
    split->addLayout(left, 3);
    split->addSpacing(8);
    split->addLayout(right, 2);

    m_export = new QToolButton(this);
    m_export->setObjectName(u"exerciseExport"_s);
    m_export->setText(tr("&Export Handout"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *formats = new QMenu(m_export);
    connect(formats->addAction(tr("PDF…")), &QAction::triggered, this, [this] { chooseExport(HandoutFormat::Pdf); });
    connect(formats->addAction(tr("HTML…")), &QAction::triggered, this, [this] { chooseExport(HandoutFormat::Html); });
    connect(formats->addAction(tr("Markdown…")), &QAction::triggered, this,
            [this] { chooseExport(HandoutFormat::Markdown); });
    m_export->setMenu(formats);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"exerciseSave"_s);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (auto saved = save(); !saved)
            showProblem(saved.error().message());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(split, 1);
    layout->addWidget(buttons);
}

void ExerciseBuilderDialog::setRange(const coach::TimeRange &range)
{
    m_range = range;
    reload();
}

void ExerciseBuilderDialog::reload()
{
    m_from->setTime(timeOf(m_range.startMs));
    m_to->setTime(timeOf(m_range.endMs));
    showProblem({});
    auto started = m_builder.start(m_call, m_range);
    if (!started) {
        m_draft.reset();
        const auto transcript = m_builder.hasTranscript(m_call);
        showProblem(started.error().message(), transcript && !*transcript);
    } else {
        m_draft = std::move(*started);
    }
    render();
    updateButtons();
}

void ExerciseBuilderDialog::showProblem(const QString &text, bool offerAttach)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_attach->setVisible(offerAttach);
}

QString ExerciseBuilderDialog::problem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void ExerciseBuilderDialog::fillTurns()
{
    const int previous = m_turn->currentData().isValid() ? m_turn->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_turn);
    m_turn->clear();
    int suggested = -1;
    if (m_draft) {
        const auto &segments = m_draft->redacted.segments;
        for (int i = 0; i < segments.size(); ++i) {
            if (segments.at(i).role != coach::SpeakerRole::Agent)
                continue;
            m_turn->addItem(tr("%1. %2: %3").arg(i + 1).arg(segments.at(i).speaker, firstWords(segments.at(i).text)), i);
        }
        suggested = coach::ExerciseBuilder::suggestTargetTurn(m_draft->redacted);
    } else {
        for (int i = 0; i < m_exercise.excerpt.size(); ++i) {
            const coach::ExcerptTurn &turn = m_exercise.excerpt.at(i);
            if (turn.role == coach::SpeakerRole::Agent)
                m_turn->addItem(tr("%1. %2: %3").arg(i + 1).arg(turn.speaker, firstWords(turn.text)), i);
        }
        suggested = m_exercise.targetTurn;
    }
    const int keep = m_turn->findData(previous);
    m_turn->setCurrentIndex(keep >= 0 ? keep : std::max(0, m_turn->findData(suggested)));
    if (m_turn->count() == 0)
        m_turn->addItem(tr("No rep turn in this excerpt"));
}

void ExerciseBuilderDialog::render()
{
    QStringList heading { m_call.isValid() ? tr("Call %1").arg(m_call.value()) : tr("Removed call") };
    if (m_draft && !m_draft->call.queue.isEmpty())
        heading.append(m_draft->call.queue);
    if (m_draft && m_draft->call.startedAt.isValid())
        heading.append(QLocale().toString(m_draft->call.startedAt.toLocalTime().date(), QLocale::ShortFormat));
    heading.append(tr("%1–%2").arg(m_from->time().toString(u"H:mm:ss"_s), m_to->time().toString(u"H:mm:ss"_s)));
    m_heading->setText(heading.join(u" · "_s));
    if (m_turn->count() == 0 || sender() != m_turn)
        fillTurns();
    const int target = m_turn->currentData().isValid() ? m_turn->currentData().toInt() : -1;

    struct Turn {
        QString speaker;
        QString text;
        QList<coach::RedactedSpan> spans;
    };
    QList<Turn> turns;
    if (m_draft) {
        for (const coach::RedactedSegment &s : m_draft->redacted.segments)
            turns.append({ s.speaker, s.text, s.spans });
    } else {
        for (const coach::ExcerptTurn &t : m_exercise.excerpt)
            turns.append({ t.speaker, t.text, {} });
    }

    QTextDocument *doc = m_excerpt->document();
    doc->clear();
    m_blockPrefix.clear();
    QTextCursor cursor(doc);
    QTextCharFormat plain;
    QTextCharFormat speakerFormat;
    speakerFormat.setFontWeight(QFont::Bold);
    QMap<coach::PiiType, int> counts;
    for (int i = 0; i < turns.size(); ++i) {
        const Turn &turn = turns.at(i);
        QTextBlockFormat block;
        block.setBottomMargin(6);
        if (i == target)
            block.setBackground(QColor(0xff, 0xf3, 0xc4));
        if (i > 0)
            cursor.insertBlock(block);
        else
            cursor.setBlockFormat(block);
        const QString prefix = turn.speaker + u": "_s;
        cursor.insertText(prefix, speakerFormat);
        m_blockPrefix.append(int(prefix.size()));
        qsizetype at = 0;
        for (const coach::RedactedSpan &span : turn.spans) {
            cursor.insertText(turn.text.mid(at, span.start - at), plain);
            QTextCharFormat marked;
            marked.setBackground(colorFor(span.type));
            marked.setToolTip(span.userAdded
                                      ? tr("%1 · redacted by you").arg(coach::piiTypeName(span.type))
                                      : tr("%1 · confidence %2")
                                                .arg(coach::piiTypeName(span.type))
                                                .arg(QLocale().toString(span.confidence, 'f', 2)));
            cursor.insertText(turn.text.mid(span.start, span.end - span.start), marked);
            at = span.end;
            ++counts[span.type];
        }
        cursor.insertText(turn.text.mid(at), plain);
    }

    QStringList legend;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        legend.append(u"<span style=\"background-color: %1;\">&nbsp;%2&nbsp;</span>&nbsp;%3"_s.arg(
                colorFor(it.key()).name(), coach::piiTypeName(it.key()).toHtmlEscaped())
                              .arg(it.value()));
    }
    m_legend->setText(legend.isEmpty() ? (m_draft ? tr("No personal data found; select any that was missed and "
                                                       "press Redact Selection.")
                                                  : QString())
                                       : legend.join(u"&nbsp;&nbsp; "_s));
}

std::pair<int, qsizetype> ExerciseBuilderDialog::segmentAt(int position) const
{
    const QTextBlock block = m_excerpt->document()->findBlock(position);
    const int index = block.blockNumber();
    if (!block.isValid() || index >= m_blockPrefix.size())
        return { -1, 0 };
    return { index, std::max<qsizetype>(0, position - block.position() - m_blockPrefix.at(index)) };
}

bool ExerciseBuilderDialog::redactSelection(coach::PiiType type)
{
    if (!m_draft)
        return false;
    const QTextCursor cursor = m_excerpt->textCursor();
    if (!cursor.hasSelection()) {
        showProblem(tr("Select the words to redact in the excerpt first."));
        return false;
    }
    const auto [segment, start] = segmentAt(cursor.selectionStart());
    const auto [endSegment, end] = segmentAt(cursor.selectionEnd());
    if (segment < 0 || segment != endSegment) {
        showProblem(tr("Select words within one turn; redact each turn's words separately."));
        return false;
    }
    if (!coach::ExerciseBuilder::addSpan(*m_draft, segment, start, end, type)) {
        showProblem(tr("The selection is already redacted, or it is only the speaker's name label."));
        return false;
    }
    showProblem({});
    render();
    updateButtons();
    return true;
}

bool ExerciseBuilderDialog::keepSpanAtCursor()
{
    if (!m_draft)
        return false;
    const auto [segment, offset] = segmentAt(m_excerpt->textCursor().position());
    if (segment < 0)
        return false;
    const auto &spans = m_draft->redacted.segments.at(segment).spans;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (offset >= spans.at(i).start && offset <= spans.at(i).end) {
            coach::ExerciseBuilder::removeSpan(*m_draft, segment, i);
            render();
            updateButtons();
            return true;
        }
    }
    showProblem(tr("Put the cursor on a highlighted replacement to keep its words."));
    return false;
}

void ExerciseBuilderDialog::updateButtons()
{
    const bool editable = m_draft.has_value();
    m_redact->setEnabled(editable && m_excerpt->textCursor().hasSelection());
    bool onSpan = false;
    if (editable && !m_excerpt->textCursor().hasSelection()) {
        const auto [segment, offset] = segmentAt(m_excerpt->textCursor().position());
        if (segment >= 0 && segment < m_draft->redacted.segments.size()) {
            for (const coach::RedactedSpan &span : m_draft->redacted.segments.at(segment).spans)
                onSpan = onSpan || (offset >= span.start && offset <= span.end);
        }
    }
    m_keep->setEnabled(onSpan);
    const bool hasExcerpt = editable || !m_exercise.excerpt.isEmpty();
    const bool hasTarget = m_turn->currentData().isValid();
    m_save->setEnabled(hasExcerpt && hasTarget);
    m_export->setEnabled(hasExcerpt && hasTarget);
    m_turn->setEnabled(hasTarget);
    m_audio->setEnabled(editable && !m_draft->call.recordingPath.isEmpty());
    if (!m_audio->isEnabled())
        m_audio->setChecked(false);
}

void ExerciseBuilderDialog::setIncludeAudio(bool include)
{
    m_audio->setChecked(include && m_audio->isEnabled());
}

QString ExerciseBuilderDialog::audioPathFor(const QString &handoutPath) const
{
    const QFileInfo handout(handoutPath);
    const auto mp3 = coach::ClipFormat::of(coach::ClipFormat::Kind::Mp3);
    const QString extension = mp3.isAvailable() || coach::ClipFormat::available().isEmpty()
            ? mp3.extension()
            : coach::ClipFormat::available().constFirst().extension();
    return handout.dir().filePath(handout.completeBaseName() + u'.' + extension);
}

coach::Result<void> ExerciseBuilderDialog::exportAudio(const QString &path)
{
    auto request = coach::ExerciseBuilder::clipRequest(*m_draft, path);
    if (!request)
        return std::unexpected(request.error());
    if (auto checked = coach::ClipExporter::check(*request, m_draft->call.audio.durationMs); !checked)
        return checked;
    auto control = std::make_shared<coach::TaskControl>();
    QProgressDialog progress(tr("Cutting the bleeped audio excerpt…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    connect(&progress, &QProgressDialog::canceled, this, [control] { control->cancel(); });
    QFutureWatcher<coach::Result<coach::ClipResult>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([request = *request, control] {
        return coach::ClipExporter::render(request, *control);
    }));
    if (!watcher.isFinished())
        loop.exec();
    const auto result = watcher.result();
    if (!result)
        return std::unexpected(result.error());
    return {};
}

void ExerciseBuilderDialog::setTargetTurn(int turn)
{
    const int index = m_turn->findData(turn);
    if (index >= 0)
        m_turn->setCurrentIndex(index);
}

void ExerciseBuilderDialog::setPattern(coach::ExercisePattern pattern)
{
    m_pattern->setCurrentIndex(m_pattern->findData(int(pattern)));
}

void ExerciseBuilderDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void ExerciseBuilderDialog::onPatternChanged()
{
    const auto pattern = coach::ExercisePattern(m_pattern->currentData().toInt());
    // Follow the pattern only while the trainer has not written instructions of their own.
    const QString current = m_instructions->toPlainText().trimmed();
    if (current.isEmpty() || current == m_lastInstructionsDefault)
        m_instructions->setPlainText(coach::ExercisePatterns::defaultInstructions(pattern));
    m_lastInstructionsDefault = coach::ExercisePatterns::defaultInstructions(pattern);
    m_title->setPlaceholderText(coach::ExerciseBuilder::defaultTitle(pattern));
    if (!m_titleEdited)
        m_title->setText(coach::ExerciseBuilder::defaultTitle(pattern));
}

void ExerciseBuilderDialog::editRedactionList()
{
    RedactionListDialog dialog(m_db, this);
    dialog.exec();
    if (!m_draft)
        return;
    // The trainer's corrections outlive the new list: they are offsets into the call, not into the excerpt.
    const coach::RedactionCorrections corrections = m_draft->corrections;
    const int target = m_turn->currentData().isValid() ? m_turn->currentData().toInt() : -1;
    reload();
    if (m_draft) {
        m_draft->corrections = corrections;
        coach::ExerciseBuilder::redactAgain(*m_draft);
        render();
        setTargetTurn(target);
        updateButtons();
    }
}

QString ExerciseBuilderDialog::excerptText() const
{
    return m_excerpt->toPlainText();
}

coach::Result<coach::Exercise> ExerciseBuilderDialog::currentExercise() const
{
    coach::ExerciseBuilder::Choices choices;
    choices.pattern = coach::ExercisePattern(m_pattern->currentData().toInt());
    choices.date = m_date->date();
    choices.targetTurn = m_turn->currentData().isValid() ? m_turn->currentData().toInt() : -1;
    choices.instructions = m_instructions->toPlainText();
    // A title the trainer never typed follows the pattern.
    if (m_titleEdited)
        choices.title = m_title->text().trimmed();

    coach::Exercise exercise;
    if (m_draft) {
        auto built = coach::ExerciseBuilder::toExercise(*m_draft, choices);
        if (!built)
            return built;
        exercise = std::move(*built);
    } else {
        // The call is gone: the stored excerpt stays as it is, the rest can change.
        exercise = m_exercise;
        if (choices.targetTurn < 0)
            return coach::fail(coach::ErrorCode::InvalidInput, tr("The excerpt has no rep turn to rewrite."));
        exercise.pattern = choices.pattern;
        exercise.scheduledFor = choices.date;
        exercise.targetTurn = choices.targetTurn;
        exercise.instructions = choices.instructions.trimmed().isEmpty()
                ? coach::ExercisePatterns::defaultInstructions(choices.pattern)
                : choices.instructions.trimmed();
        exercise.title = choices.title.isEmpty() ? coach::ExerciseBuilder::defaultTitle(choices.pattern) : choices.title;
    }
    exercise.id = m_exercise.id;
    exercise.createdAt = m_exercise.createdAt;
    exercise.createdBy = m_exercise.createdBy;
    exercise.status = m_exercise.status;
    exercise.handoutPath = m_exercise.handoutPath;
    return exercise;
}

coach::Result<coach::ExerciseId> ExerciseBuilderDialog::save()
{
    auto exercise = currentExercise();
    if (!exercise)
        return std::unexpected(exercise.error());
    auto id = m_builder.save(*exercise);
    if (!id)
        return id;
    exercise->id = *id;
    m_exercise = *exercise;
    showProblem({});
    emit exerciseSaved(*id);
    return id;
}

coach::Result<void> ExerciseBuilderDialog::exportHandout(HandoutFormat format, const QString &path)
{
    auto id = save();
    if (!id)
        return std::unexpected(id.error());
    // The audio goes first: the handout names it only once it exists.
    QString audioName;
    if (m_audio->isChecked() && m_draft) {
        const QString audioPath = audioPathFor(path);
        if (auto audio = exportAudio(audioPath); !audio)
            return audio;
        audioName = QFileInfo(audioPath).fileName();
    }
    coach::Result<void> written;
    switch (format) {
    case HandoutFormat::Pdf: {
        coach::HandoutHtml::Options html;
        html.audioFileName = audioName;
        const auto pages = coach::HandoutPdf::write(m_exercise, path, html);
        if (!pages)
            written = std::unexpected(pages.error());
        break;
    }
    case HandoutFormat::Html: {
        coach::HandoutHtml::Options html;
        html.audioFileName = audioName;
        written = coach::HandoutHtml::write(m_exercise, path, html);
        break;
    }
    case HandoutFormat::Markdown:
        written = coach::HandoutMarkdown::write(m_exercise, path, { audioName });
        break;
    }
    if (!written)
        return written;
    coach::ExerciseRepository repository(m_db);
    if (auto stored = repository.setHandoutPath(*id, QFileInfo(path).absoluteFilePath()); !stored)
        return stored;
    m_exercise.handoutPath = QFileInfo(path).absoluteFilePath();
    if (m_exercise.status == coach::ExerciseStatus::Draft) {
        if (auto status = repository.setStatus(*id, coach::ExerciseStatus::Ready); !status)
            return status;
        m_exercise.status = coach::ExerciseStatus::Ready;
    }
    emit exerciseSaved(*id);
    return {};
}

void ExerciseBuilderDialog::chooseExport(HandoutFormat format)
{
    QSettings settings;
    QString directory = settings.value(HandoutDirectoryKey).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suffix = handoutSuffix(format);
    QString base = tr("rewrite-exercise-%1").arg(m_date->date().toString(Qt::ISODate));
    const QString filter = format == HandoutFormat::Pdf    ? tr("PDF documents (*.pdf)")
                         : format == HandoutFormat::Html   ? tr("Web pages (*.html *.htm)")
                                                           : tr("Markdown (*.md)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Handout"), QDir(directory).filePath(base + u'.' + suffix),
                                                filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    settings.setValue(HandoutDirectoryKey, QFileInfo(path).absolutePath());
    if (auto done = exportHandout(format, path); !done) {
        QMessageBox::warning(this, tr("Export Handout"), done.error().message());
        return;
    }
    showProblem({});
    m_heading->setToolTip(tr("Handout written to %1").arg(QDir::toNativeSeparators(path)));
}

coach::Result<void> ExerciseBuilderDialog::attachTranscript(const QString &path)
{
    if (auto attached = m_builder.attachTranscript(m_call, path); !attached)
        return attached;
    reload();
    return {};
}

void ExerciseBuilderDialog::chooseTranscript()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach Transcript"), QString(),
            tr("Transcripts (*.vtt *.srt *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto attached = attachTranscript(path); !attached)
        QMessageBox::warning(this, tr("Attach Transcript"), attached.error().message());
}
