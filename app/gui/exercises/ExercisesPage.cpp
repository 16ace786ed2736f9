// SPDX-License-Identifier: GPL-3.0-or-later
#include "exercises/ExercisesPage.h"

#include "common/EmptyStateWidget.h"
#include "exercises/ExerciseBuilderDialog.h"
#include "exercises/ExerciseHistoryModel.h"
#include "exercises/RedactionListDialog.h"
#include "exercises/RewriteDialog.h"
#include "export/HandoutHtml.h"
#include "library/CallTableModel.h"
#include "schedule/CallPickerDialog.h"
#include "storage/CallRepository.h"
#include "storage/ExerciseRepository.h"
#include "storage/PeopleRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 DefaultExcerptMs = 90'000;

QDate mondayOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}
} // namespace

ExercisesPage::ExercisesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ExerciseHistoryModel(this))
{
    setObjectName(u"exercisesPage"_s);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(u"exercisesEmpty"_s);
    connect(m_empty, &EmptyStateWidget::actionTriggered, this, &ExercisesPage::chooseCallForExercise);

    auto *content = new QWidget(this);
    m_patternFilter = new QComboBox(content);
    m_patternFilter->setObjectName(u"exercisePatternFilter"_s);
    m_patternFilter->setAccessibleName(tr("Pattern"));
    m_patternFilter->addItem(tr("All patterns"), -1);
    for (coach::ExercisePattern pattern : coach::allExercisePatterns)
        m_patternFilter->addItem(coach::ExercisePatterns::name(pattern), int(pattern));
    connect(m_patternFilter, &QComboBox::currentIndexChanged, this, &ExercisesPage::reload);
    m_weekFilter = new QComboBox(content);
    m_weekFilter->setObjectName(u"exerciseWeekFilter"_s);
    m_weekFilter->setAccessibleName(tr("Week"));
    m_weekFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_weekFilter->addItem(tr("All weeks"));
    connect(m_weekFilter, &QComboBox::currentIndexChanged, this, &ExercisesPage::reload);
    m_new = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New Exercise…"), content);
    m_new->setObjectName(u"exerciseNew"_s);
    m_new->setToolTip(tr("Choose a call and a stretch of it to turn into a rewrite exercise. "
                         "In Review, select a stretch and press New Rewrite Exercise."));
    connect(m_new, &QPushButton::clicked, this, &ExercisesPage::chooseCallForExercise);
    m_names = new QPushButton(tr("Names to &Always Redact…"), content);
    m_names->setObjectName(u"exerciseRedactionList"_s);
    m_names->setToolTip(tr("The library's own list: names to redact wherever they appear, and terms never to redact"));
    connect(m_names, &QPushButton::clicked, this, [this] {
        if (!m_db)
            return;
        RedactionListDialog dialog(*m_db, this);
        dialog.exec();
    });

    auto *heading = new QLabel(tr("Monday rewrite exercises"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addSpacing(16);
    header->addWidget(m_patternFilter);
    header->addWidget(m_weekFilter);
    header->addStretch(1);
    header->addWidget(m_names);
    header->addWidget(m_new);

    m_history = new QTableView(content);
    m_history->setObjectName(u"exerciseHistory"_s);
    m_history->setModel(m_model);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setAlternatingRowColors(true);
    m_history->setShowGrid(false);
    m_history->setWordWrap(false);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->horizontalHeader()->setSectionResizeMode(ExerciseHistoryModel::TitleColumn, QHeaderView::Stretch);
    m_history->horizontalHeader()->setSectionResizeMode(ExerciseHistoryModel::DateColumn, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(ExerciseHistoryModel::PatternColumn,
                                                        QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(ExerciseHistoryModel::StatusColumn,
                                                        QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(ExerciseHistoryModel::RewritesColumn,
                                                        QHeaderView::ResizeToContents);
    connect(m_history->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExercisesPage::showCurrent);
    connect(m_history, &QTableView::doubleClicked, this, &ExercisesPage::editCurrent);

    m_title = new QLabel(content);
    m_title->setObjectName(u"exerciseTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_preview = new QTextBrowser(content);
    m_preview->setObjectName(u"exercisePreview"_s);
    m_preview->setOpenLinks(false);
    m_edit = new QPushButton(tr("&Edit…"), content);
    m_edit->setObjectName(u"exerciseEdit"_s);
    connect(m_edit, &QPushButton::clicked, this, &ExercisesPage::editCurrent);
    m_delete = new QPushButton(tr("&Delete"), content);
    m_delete->setObjectName(u"exerciseDelete"_s);
    connect(m_delete, &QPushButton::clicked, this, &ExercisesPage::deleteCurrent);
    auto *exerciseButtons = new QHBoxLayout;
    exerciseButtons->addWidget(m_title, 1);
    exerciseButtons->addWidget(m_edit);
    exerciseButtons->addWidget(m_delete);

    auto *rewritesTitle = new QLabel(tr("Rewrites from the session"), content);
    rewritesTitle->setFont(titleFont);
    m_rewrites = new QTreeWidget(content);
    m_rewrites->setObjectName(u"exerciseRewrites"_s);
    m_rewrites->setHeaderLabels({ tr("Best"), tr("Rep"), tr("Rewrite") });
    m_rewrites->setRootIsDecorated(false);
    m_rewrites->setWordWrap(true);
    m_rewrites->setUniformRowHeights(false);
    m_rewrites->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rewrites->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rewrites->header()->setStretchLastSection(true);
    connect(m_rewrites, &QTreeWidget::itemDoubleClicked, this, &ExercisesPage::editRewrite);
    connect(m_rewrites, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = m_rewrites->currentItem() != nullptr;
        m_editRewrite->setEnabled(any);
        m_removeRewrite->setEnabled(any);
        m_best->setEnabled(any);
    });
    m_addRewrite = new QPushButton(tr("&Record Rewrite…"), content);
    m_addRewrite->setObjectName(u"exerciseAddRewrite"_s);
    connect(m_addRewrite, &QPushButton::clicked, this, &ExercisesPage::recordRewrite);
    m_editRewrite = new QPushButton(tr("Edit…"), content);
    connect(m_editRewrite, &QPushButton::clicked, this, &ExercisesPage::editRewrite);
    m_removeRewrite = new QPushButton(tr("Remove"), content);
    connect(m_removeRewrite, &QPushButton::clicked, this, &ExercisesPage::removeRewrite);
    m_best = new QPushButton(tr("Mark &Best"), content);
    m_best->setObjectName(u"exerciseMarkBest"_s);
    connect(m_best, &QPushButton::clicked, this, [this] { (void)markBest(m_rewrites->currentIndex().row()); });
    auto *rewriteButtons = new QHBoxLayout;
    rewriteButtons->addWidget(m_addRewrite);
    rewriteButtons->addWidget(m_editRewrite);
    rewriteButtons->addWidget(m_removeRewrite);
    rewriteButtons->addStretch(1);
    rewriteButtons->addWidget(m_best);

    auto *detail = new QWidget(content);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(exerciseButtons);
    detailLayout->addWidget(m_preview, 3);
    detailLayout->addWidget(rewritesTitle);
    detailLayout->addWidget(m_rewrites, 2);
    detailLayout->addLayout(rewriteButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->setObjectName(u"exercisesSplitter"_s);
    splitter->addWidget(m_history);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The history needs room for its five columns; the preview scrolls.
    splitter->setSizes({ 600, 600 });

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(header);
    contentLayout->addWidget(splitter, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setDatabase(nullptr);
}

void ExercisesPage::setDatabase(const coach::Database *db)
{
    m_db = db;
    {
        const QSignalBlocker pattern(m_patternFilter);
        const QSignalBlocker week(m_weekFilter);
        m_patternFilter->setCurrentIndex(0);
        m_weekFilter->setCurrentIndex(0);
    }
    reload();
}

void ExercisesPage::report(const QString &message)
{
    m_lastError = message;
    emit statusMessage(message);
    // Requests come from other sections too (Review's selection): answer in whichever window is showing.
    if (window()->isVisible())
        QMessageBox::warning(window(), tr("Exercises"), message);
}

void ExercisesPage::fillWeeks()
{
    const QDate chosen = m_weekFilter->currentData().toDate();
    const QSignalBlocker blocker(m_weekFilter);
    m_weekFilter->clear();
    m_weekFilter->addItem(tr("All weeks"));
    if (!m_db)
        return;
    const auto all = coach::ExerciseRepository(*m_db).history();
    if (!all)
        return;
    QList<QDate> weeks;
    for (const coach::Exercise &e : *all) {
        if (e.scheduledFor.isValid() && !weeks.contains(mondayOf(e.scheduledFor)))
            weeks.append(mondayOf(e.scheduledFor));
    }
    std::sort(weeks.begin(), weeks.end(), std::greater<>());
    for (const QDate &monday : std::as_const(weeks))
        m_weekFilter->addItem(tr("Week of %1").arg(QLocale().toString(monday, QLocale::ShortFormat)), monday);
    const int keep = m_weekFilter->findData(chosen);
    m_weekFilter->setCurrentIndex(keep >= 0 ? keep : 0);
}

void ExercisesPage::reload()
{
    const coach::ExerciseId keep = currentExercise();
    if (!m_db) {
        m_model->setExercises({}, {});
        m_empty->setTitle(tr("No library open"));
        m_empty->setText(tr("Open or create a library to prepare Monday rewrite exercises."));
        m_empty->setActionText({});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    fillWeeks();
    coach::ExerciseFilter filter;
    if (m_patternFilter->currentData().toInt() >= 0)
        filter.pattern = coach::ExercisePattern(m_patternFilter->currentData().toInt());
    if (const QDate monday = m_weekFilter->currentData().toDate(); monday.isValid()) {
        filter.from = monday;
        filter.to = monday.addDays(6);
    }
    coach::ExerciseRepository repository(*m_db);
    const auto exercises = repository.history(filter);
    const auto counts = repository.rewriteCounts();
    if (!exercises || !counts) {
        report((!exercises ? exercises.error() : counts.error()).message());
        return;
    }
    m_model->setExercises(*exercises, *counts);
    const bool filtered = filter.pattern || filter.from.isValid();
    if (exercises->isEmpty() && !filtered) {
        m_empty->setTitle(tr("No rewrite exercises yet"));
        m_empty->setText(tr("Each Monday, share a real customer interaction (anonymised) and ask the team to rewrite "
                            "the rep's response using one of the patterns. Select a stretch of a call in Review, or "
                            "start here by choosing a call."));
        m_empty->setActionText(tr("New Exercise…"));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentIndex(1);
    }
    selectExercise(keep);
    if (m_history->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_history->selectRow(0);
    showCurrent();
}

void ExercisesPage::setPatternFilter(std::optional<coach::ExercisePattern> pattern)
{
    m_patternFilter->setCurrentIndex(pattern ? m_patternFilter->findData(int(*pattern)) : 0);
}

void ExercisesPage::setWeekFilter(const QDate &monday)
{
    const int index = monday.isValid() ? m_weekFilter->findData(mondayOf(monday)) : 0;
    m_weekFilter->setCurrentIndex(std::max(0, index));
}

void ExercisesPage::selectExercise(coach::ExerciseId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_history->selectRow(row);
}

const coach::Exercise *ExercisesPage::current() const
{
    return m_model->exerciseAt(m_history->currentIndex().row());
}

coach::ExerciseId ExercisesPage::currentExercise() const
{
    const coach::Exercise *e = current();
    return e ? e->id : coach::ExerciseId();
}

void ExercisesPage::showCurrent()
{
    const coach::Exercise *e = current();
    m_rewrites->clear();
    m_currentRewrites.clear();
    for (QPushButton *button : { m_edit, m_delete, m_addRewrite })
        button->setEnabled(e != nullptr);
    for (QPushButton *button : { m_editRewrite, m_removeRewrite, m_best })
        button->setEnabled(false);
    if (!e || !m_db) {
        m_title->clear();
        m_preview->setHtml(u"<p style=\"color: gray;\">%1</p>"_s.arg(
                tr("No exercise matches these filters.").toHtmlEscaped()));
        return;
    }
    m_title->setText(e->title);
    coach::HandoutHtml::Options preview;
    preview.writingLines = 0;
    m_preview->setHtml(coach::HandoutHtml::render(*e, preview));
    const auto rewrites = coach::ExerciseRepository(*m_db).rewrites(e->id);
    if (!rewrites) {
        report(rewrites.error().message());
        return;
    }
    m_currentRewrites = *rewrites;
    for (const coach::ExerciseRewrite &w : std::as_const(m_currentRewrites)) {
        auto *item = new QTreeWidgetItem(m_rewrites, { w.best ? u"\u2605"_s : QString(),
                                                       w.repName.isEmpty() ? tr("(not in the library)") : w.repName,
                                                       w.text });
        item->setToolTip(2, w.text);
        if (w.best)
            item->setToolTip(0, tr("The best rewrite"));
    }
}

void ExercisesPage::openBuilder(ExerciseBuilderDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExerciseBuilderDialog::exerciseSaved, this, [this](coach::ExerciseId id) {
        reload();
        selectExercise(id);
    });
    dialog->open();
}

void ExercisesPage::newExercise(coach::CallId call, const coach::TimeRange &range)
{
    if (!m_db)
        return;
    if (range.length() <= 0) {
        report(tr("Nothing is selected: drag across the waveform to choose the stretch of the call the exercise "
                  "is about, then choose New Rewrite Exercise again."));
        return;
    }
    openBuilder(new ExerciseBuilderDialog(*m_db, call, range, window()));
}

void ExercisesPage::chooseCallForExercise()
{
    if (!m_db)
        return;
    CallTableModel calls(*m_db);
    CallPickerDialog picker(&calls, this);
    picker.setWindowTitle(tr("Choose the Call for the Exercise"));
    // The picker is shared with the Schedule, whose button says Link.
    if (auto *buttons = picker.findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    connect(&picker, &CallPickerDialog::filterChanged, &calls, [&calls](const QString &text) {
        coach::CallQuery query = calls.query();
        query.text = text;
        calls.setQuery(query);
    });
    if (picker.exec() != QDialog::Accepted || picker.selectedCalls().isEmpty())
        return;
    const coach::CallId id = picker.selectedCalls().constFirst();
    const auto call = coach::CallRepository(*m_db).find(id);
    if (!call || !call->has_value()) {
        report(call ? tr("Call %1 is no longer in the library.").arg(id.value()) : call.error().message());
        return;
    }
    const qint64 duration = (*call)->audio.durationMs;
    openBuilder(new ExerciseBuilderDialog(*m_db, id, { 0, duration > 0 ? std::min(duration, DefaultExcerptMs) : DefaultExcerptMs },
                                          window()));
}

void ExercisesPage::editCurrent()
{
    if (const coach::Exercise *e = current(); e && m_db)
        openBuilder(new ExerciseBuilderDialog(*m_db, *e, window()));
}

void ExercisesPage::deleteCurrent()
{
    const coach::Exercise *e = current();
    if (!e || !m_db)
        return;
    const auto answer = QMessageBox::question(
            this, tr("Delete Exercise"),
            tr("Delete “%1” and the %n rewrite(s) recorded for it? Handouts already exported are kept.",
               nullptr, int(m_currentRewrites.size()))
                    .arg(e->title));
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = coach::ExerciseRepository(*m_db).remove(e->id); !removed) {
        report(removed.error().message());
        return;
    }
    reload();
}

bool ExercisesPage::addRewrite(const coach::ExerciseRewrite &rewrite)
{
    const coach::Exercise *e = current();
    if (!e || !m_db)
        return false;
    coach::ExerciseRewrite w = rewrite;
    w.exercise = e->id;
    coach::ExerciseRepository repository(*m_db);
    if (auto added = repository.addRewrite(w); !added) {
        report(added.error().message());
        return false;
    }
    // A recorded rewrite means the session was held.
    if (e->status != coach::ExerciseStatus::Done) {
        if (auto status = repository.setStatus(e->id, coach::ExerciseStatus::Done); !status) {
            report(status.error().message());
            return false;
        }
    }
    reload();
    return true;
}

bool ExercisesPage::markBest(int rewriteRow)
{
    if (!m_db || rewriteRow < 0 || rewriteRow >= m_currentRewrites.size())
        return false;
    if (auto marked = coach::ExerciseRepository(*m_db).markBest(m_currentRewrites.at(rewriteRow).id); !marked) {
        report(marked.error().message());
        return false;
    }
    showCurrent();
    return true;
}

void ExercisesPage::recordRewrite()
{
    const coach::Exercise *e = current();
    if (!e || !m_db)
        return;
    const auto reps = coach::PeopleRepository(*m_db).reps();
    if (!reps) {
        report(reps.error().message());
        return;
    }
    const coach::ExcerptTurn target = e->targetTurn >= 0 && e->targetTurn < e->excerpt.size()
            ? e->excerpt.at(e->targetTurn)
            : coach::ExcerptTurn();
    RewriteDialog dialog(*reps, target, this);
    if (dialog.exec() == QDialog::Accepted)
        (void)addRewrite(dialog.rewrite());
}

void ExercisesPage::editRewrite()
{
    const coach::Exercise *e = current();
    const int row = m_rewrites->currentIndex().row();
    if (!e || !m_db || row < 0 || row >= m_currentRewrites.size())
        return;
    const auto reps = coach::PeopleRepository(*m_db).reps();
    if (!reps) {
        report(reps.error().message());
        return;
    }
    const coach::ExcerptTurn target = e->targetTurn >= 0 && e->targetTurn < e->excerpt.size()
            ? e->excerpt.at(e->targetTurn)
            : coach::ExcerptTurn();
    RewriteDialog dialog(*reps, target, this);
    dialog.setRewrite(m_currentRewrites.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto updated = coach::ExerciseRepository(*m_db).updateRewrite(dialog.rewrite()); !updated) {
        report(updated.error().message());
        return;
    }
    showCurrent();
}

void ExercisesPage::removeRewrite()
{
    const int row = m_rewrites->currentIndex().row();
    if (!m_db || row < 0 || row >= m_currentRewrites.size())
        return;
    if (auto removed = coach::ExerciseRepository(*m_db).removeRewrite(m_currentRewrites.at(row).id); !removed) {
        report(removed.error().message());
        return;
    }
    reload();
}
