// SPDX-License-Identifier: GPL-3.0-or-later
#include "StandupPackDialog.h"

#include "StandupTipModel.h"
#include "core/DurationFormat.h"
#include "core/TaskControl.h"
#include "documents/PdfExporter.h"
#include "export/StandupPackLayout.h"
#include "export/StandupPackPlanner.h"
#include "services/ClipRedaction.h"
#include "media/ClipFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::Literals::StringLiterals;
using namespace coach;

StandupPackDialog::StandupPackDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_tips(new StandupTipModel(this))
{
    setWindowTitle(tr("Standup Pack"));

    m_team = new QComboBox;
    m_previousWeek = new QToolButton;
    m_previousWeek->setArrowType(Qt::LeftArrow);
    m_previousWeek->setToolTip(tr("Previous week"));
    m_nextWeek = new QToolButton;
    m_nextWeek->setArrowType(Qt::RightArrow);
    m_nextWeek->setToolTip(tr("Next week"));
    m_weekLabel = new QLabel;
    m_weekLabel->setMinimumWidth(m_weekLabel->fontMetrics().horizontalAdvance(u"0000-W00 · 00/00/0000 – 00/00/0000"_s));
    m_weekLabel->setAlignment(Qt::AlignCenter);
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_previousWeek);
    weekRow->addWidget(m_weekLabel);
    weekRow->addWidget(m_nextWeek);
    weekRow->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->setMinimumContentsLength(16);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("Week:"), weekRow);

    auto *highlightBox = new QGroupBox(tr("Highlight of the week"));
    m_includeHighlight = new QCheckBox;
    m_highlightLabel = new QLabel;
    m_highlightLabel->setWordWrap(true);
    m_highlightLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *highlightRow = new QHBoxLayout(highlightBox);
    highlightRow->addWidget(m_includeHighlight, 0, Qt::AlignTop);
    highlightRow->addWidget(m_highlightLabel, 1);

    auto *tipsBox = new QGroupBox(tr("Tips"));
    m_tipView = new QTableView;
    m_tipView->setModel(m_tips);
    m_tipView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tipView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tipView->verticalHeader()->hide();
    m_tipView->setWordWrap(false);
    m_tipView->setAlternatingRowColors(true);
    m_tipView->horizontalHeader()->setSectionResizeMode(StandupTipModel::Note, QHeaderView::Stretch);
    m_tipView->horizontalHeader()->setSectionResizeMode(StandupTipModel::Length, QHeaderView::ResizeToContents);
    m_tipView->setColumnWidth(StandupTipModel::Rep, 170);
    m_tipView->setColumnWidth(StandupTipModel::Pattern, 190);
    m_tipsEmpty = new QLabel(tr("No tips this week: tag moments with a pattern (or “Off-script — effective”) "
                                "in Review and they appear here."));
    m_tipsEmpty->setWordWrap(true);
    m_tipsEmpty->setStyleSheet(u"color: palette(mid);"_s);
    m_summary = new QLabel;
    auto *tipsLayout = new QVBoxLayout(tipsBox);
    tipsLayout->addWidget(m_tipView, 1);
    tipsLayout->addWidget(m_tipsEmpty);
    tipsLayout->addWidget(m_summary);

    auto *outputBox = new QGroupBox(tr("Output"));
    m_format = new QComboBox;
    for (const ClipFormat &format : ClipFormat::available())
        m_format->addItem(format.displayName(), format.extension());
    setFormat(u"opus"_s);
    m_asFolder = new QRadioButton(tr("&Folder"));
    m_asZip = new QRadioButton(tr("&Zip file"));
    m_asFolder->setChecked(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_asFolder);
    kindRow->addWidget(m_asZip);
    kindRow->addStretch();
    m_destination = new QLineEdit;
    m_browse = new QPushButton(tr("&Browse…"));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *outputForm = new QFormLayout(outputBox);
    outputForm->addRow(tr("F&ormat:"), m_format);
    outputForm->addRow(tr("Save as:"), kindRow);
    // A row holding a layout gets no buddy from addRow(), so the mnemonic needs its own label.
    auto *destinationLabel = new QLabel(tr("&Destination:"));
    destinationLabel->setBuddy(m_destination);
    outputForm->addRow(destinationLabel, destinationRow);
    m_bleepPersonal = new QCheckBox(tr("&Bleep personal data"));
    m_bleepPersonal->setChecked(true);
    m_bleepPersonal->setToolTip(tr("Card numbers, names, phone numbers and the like the transcripts show are bleeped "
                                   "in the speaker's channel and replaced in the captions and cue sheet"));
    outputForm->addRow(tr("Privacy:"), m_bleepPersonal);

    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false); // shown from the first write on
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openFolder = new QPushButton(tr("&Open Folder"));
    m_openFolder->setVisible(false);
    m_cancel = new QPushButton(tr("Close"));
    m_write = new QPushButton(tr("&Write Pack"));
    m_write->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_write);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(highlightBox);
    layout->addWidget(tipsBox, 1);
    layout->addWidget(outputBox);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(760, 620);

    connect(m_team, &QComboBox::currentIndexChanged, this, &StandupPackDialog::reload);
    connect(m_previousWeek, &QToolButton::clicked, this, [this] {
        m_week = m_week.previous();
        reload();
    });
    connect(m_nextWeek, &QToolButton::clicked, this, [this] {
        m_week = m_week.next();
        reload();
    });
    connect(m_includeHighlight, &QCheckBox::toggled, this, &StandupPackDialog::updateSummary);
    connect(m_tips, &StandupTipModel::checkedChanged, this, &StandupPackDialog::updateSummary);
    connect(m_format, &QComboBox::currentIndexChanged, this, &StandupPackDialog::updateSummary);
    connect(m_asFolder, &QRadioButton::toggled, this, &StandupPackDialog::outputKindChanged);
    connect(m_destination, &QLineEdit::textEdited, this, [this] {
        m_destinationEdited = true;
        updateSummary();
    });
    connect(m_browse, &QPushButton::clicked, this, &StandupPackDialog::chooseDestination);
    connect(m_write, &QPushButton::clicked, this, &StandupPackDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &StandupPackDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, &StandupPackDialog::openResult);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StandupPackDialog::finishWrite);

    const auto teams = StandupPackPlanner(m_db).teams();
    if (teams)
        m_teams = *teams;
    else
        m_status->setText(teams.error().message());
    {
        const QSignalBlocker blocker(m_team);
        for (const Team &team : std::as_const(m_teams))
            m_team->addItem(team.name, team.id.value());
    }
    const auto zone = m_teams.isEmpty() ? IsoWeek::zoneFor({}) : IsoWeek::zoneFor(m_teams.first().timeZone);
    m_week = IsoWeek::current(zone.value_or(QTimeZone::systemTimeZone()));
    reload();
}

StandupPackDialog::~StandupPackDialog()
{
    // The worker holds references into this dialog's control; it must end first.
    if (m_control)
        m_control->cancel();
    m_watcher.waitForFinished();
}

void StandupPackDialog::setTeamWeek(TeamId team, IsoWeek week)
{
    if (week.isValid())
        m_week = week;
    const int index = m_team->findData(team.value());
    if (index >= 0 && index != m_team->currentIndex())
        m_team->setCurrentIndex(index); // reloads
    else
        reload();
}

std::optional<Team> StandupPackDialog::team() const
{
    const int index = m_team->currentIndex();
    if (index < 0 || index >= m_teams.size())
        return std::nullopt;
    return m_teams.at(index);
}

void StandupPackDialog::setDestination(const QString &path)
{
    m_destinationEdited = true;
    const QSignalBlocker blocker(m_asFolder);
    (StandupPackBuilder::isZip(path) ? m_asZip : m_asFolder)->setChecked(true);
    m_destination->setText(QDir::toNativeSeparators(path));
    updateSummary();
}

QString StandupPackDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

void StandupPackDialog::setFormat(const QString &extension)
{
    const int index = m_format->findData(extension.toLower());
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString StandupPackDialog::format() const
{
    return m_format->currentData().toString();
}

QString StandupPackDialog::statusText() const
{
    return m_status->text();
}

QString StandupPackDialog::highlightText() const
{
    return m_highlightLabel->text();
}

bool StandupPackDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void StandupPackDialog::reload()
{
    m_highlight.reset();
    const auto current = team();
    updateWeekLabel();
    QList<StandupClip> candidates;
    QString problem;
    if (current) {
        const StandupPackPlanner planner(m_db);
        if (const auto h = planner.highlight(*current, m_week); !h)
            problem = h.error().message();
        else
            m_highlight = *h;
        if (const auto tips = planner.tipCandidates(*current, m_week); !tips)
            problem = tips.error().message();
        else
            candidates = *tips;
    } else {
        problem = tr("The library has no teams yet: import calls with a rep and team first.");
    }
    m_tips->setCandidates(candidates);
    m_tipView->setVisible(!candidates.isEmpty());
    m_tipsEmpty->setVisible(candidates.isEmpty());

    if (m_highlight) {
        const QString when = m_highlight->callStartedAt.isValid()
                ? QLocale().toString(m_highlight->callStartedAt.toLocalTime().date(), QLocale::ShortFormat)
                : QString();
        m_highlightLabel->setText(tr("<b>%1</b> · %2%3<br><i>%4</i>")
                                          .arg(StandupPackLayout::clipTitle(*m_highlight).toHtmlEscaped(),
                                               formatDuration(m_highlight->durationMs()),
                                               when.isEmpty() ? QString() : u" · "_s + when,
                                               m_highlight->listenFor.simplified().toHtmlEscaped()));
        m_includeHighlight->setEnabled(true);
        m_includeHighlight->setChecked(true);
    } else {
        m_highlightLabel->setText(tr("No highlight chosen for this week; pick one in Highlights, or send tips only."));
        m_includeHighlight->setChecked(false);
        m_includeHighlight->setEnabled(false);
    }
    m_status->setText(problem);
    if (!m_destinationEdited)
        m_destination->setText(QDir::toNativeSeparators(defaultDestination()));
    updateSummary();
}

void StandupPackDialog::updateWeekLabel()
{
    const QLocale locale;
    m_weekLabel->setText(tr("%1 · %2 – %3", "ISO week · Monday – Sunday")
                                 .arg(m_week.toString(), locale.toString(m_week.monday(), QLocale::ShortFormat),
                                      locale.toString(m_week.sunday(), QLocale::ShortFormat)));
}

void StandupPackDialog::updateSummary()
{
    const int clips = int(m_tips->checkedTips().size()) + (m_includeHighlight->isChecked() ? 1 : 0);
    const qint64 ms = m_tips->checkedDurationMs() + (m_includeHighlight->isChecked() && m_highlight ? m_highlight->durationMs() : 0);
    m_summary->setText(clips == 0 ? tr("Tick the highlight or at least one tip.")
                                  : tr("%n clip(s), %1 in all", nullptr, clips).arg(formatDuration(ms)));
    m_write->setEnabled(!isRunning() && clips > 0 && !destination().isEmpty());
}

QString StandupPackDialog::defaultDestination() const
{
    StandupPack pack;
    if (const auto current = team())
        pack.teamName = current->name;
    pack.isoWeek = m_week.toString();
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(StandupPackBuilder::suggestedName(pack) + (m_asZip->isChecked() ? u".zip"_s : QString()));
}

void StandupPackDialog::outputKindChanged()
{
    QString path = destination();
    if (path.isEmpty() || !m_destinationEdited) {
        m_destination->setText(QDir::toNativeSeparators(defaultDestination()));
    } else if (m_asZip->isChecked() && !StandupPackBuilder::isZip(path)) {
        m_destination->setText(QDir::toNativeSeparators(path + u".zip"_s));
    } else if (m_asFolder->isChecked() && StandupPackBuilder::isZip(path)) {
        path.chop(4);
        m_destination->setText(QDir::toNativeSeparators(path));
    }
    updateSummary();
}

void StandupPackDialog::chooseDestination()
{
    QString chosen;
    if (m_asZip->isChecked()) {
        chosen = QFileDialog::getSaveFileName(this, tr("Save Standup Pack"), destination(), tr("Zip files (*.zip)"));
        if (!chosen.isEmpty() && !StandupPackBuilder::isZip(chosen))
            chosen += u".zip"_s;
    } else {
        // The pack is a new folder inside the one chosen.
        const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder for the Standup Pack"),
                                                                 QFileInfo(destination()).absolutePath());
        if (!parent.isEmpty())
            chosen = QDir(parent).filePath(QFileInfo(destination()).fileName());
    }
    if (!chosen.isEmpty())
        setDestination(chosen);
}

Result<StandupPack> StandupPackDialog::plannedPack() const
{
    const auto current = team();
    if (!current)
        return fail(ErrorCode::InvalidInput, tr("Choose a team"));
    return StandupPackPlanner(m_db).plan(*current, m_week, m_tips->checkedTips(), m_includeHighlight->isChecked());
}

bool StandupPackDialog::start()
{
    if (isRunning())
        return false;
    auto pack = plannedPack();
    if (!pack) {
        m_status->setText(pack.error().message());
        return false;
    }
    int bleeped = 0;
    if (m_bleepPersonal->isChecked()) {
        const auto redacted = ClipRedaction(m_db).apply(*pack);
        if (!redacted) {
            m_status->setText(redacted.error().message());
            return false;
        }
        bleeped = *redacted;
    }
    StandupPackBuilder::Options options;
    options.destination = destination();
    options.format = format();
    if (QFileInfo::exists(options.destination)) {
        m_status->setText(tr("%1 already exists; choose another name.").arg(QDir::toNativeSeparators(options.destination)));
        return false;
    }
    options.pdfWriter = [](const QString &html, const QString &path, const QString &title) -> Result<void> {
        PdfExporter::Options pdf;
        pdf.title = title;
        pdf.marginsMm = { 16.0, 14.0, 16.0, 14.0 };
        if (auto pages = PdfExporter::writeHtml(html, path, pdf); !pages)
            return std::unexpected(pages.error());
        return {};
    };

    m_control = std::make_shared<TaskControl>([this](qint64 done, qint64 total, const QString &what) {
        QMetaObject::invokeMethod(this, [this, done, total, what] {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_status->setText(what);
        }, Qt::QueuedConnection);
    });
    m_lastPath.clear();
    m_openFolder->setVisible(false);
    m_progress->setValue(0);
    m_status->setText(m_bleepPersonal->isChecked()
            ? tr("Rendering clips, %n span(s) of personal data bleeped", nullptr, bleeped)
            : tr("Rendering clips"));
    // Running first, so setBusy() sees the work under way; finished() arrives through the event loop.
    m_watcher.setFuture(QtConcurrent::run([pack = *pack, options, control = m_control] {
        return StandupPackBuilder::build(pack, options, *control);
    }));
    setBusy(true);
    m_progress->setVisible(true);
    return true;
}

void StandupPackDialog::finishWrite()
{
    const auto outcome = m_watcher.result();
    m_control.reset();
    setBusy(false);
    if (!outcome) {
        m_progress->setValue(0);
        m_progress->setVisible(false);
        m_status->setText(outcome.error().code() == ErrorCode::Cancelled ? tr("Cancelled; nothing was written.")
                                                                         : outcome.error().message());
        emit packFailed(m_status->text());
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_lastPath = outcome->path;
    m_status->setText(tr("Wrote %n clip(s), %1 in all, to %2", nullptr, int(outcome->files.filter(u'.' + format()).size()))
                              .arg(formatDuration(outcome->totalMs), QDir::toNativeSeparators(outcome->path)));
    m_openFolder->setVisible(true);
    emit packWritten(outcome->path);
}

void StandupPackDialog::setBusy(bool busy)
{
    for (QWidget *w : { static_cast<QWidget *>(m_team), static_cast<QWidget *>(m_previousWeek),
                        static_cast<QWidget *>(m_nextWeek), static_cast<QWidget *>(m_includeHighlight),
                        static_cast<QWidget *>(m_tipView), static_cast<QWidget *>(m_format),
                        static_cast<QWidget *>(m_asFolder), static_cast<QWidget *>(m_asZip),
                        static_cast<QWidget *>(m_destination), static_cast<QWidget *>(m_browse),
                        static_cast<QWidget *>(m_bleepPersonal) })
        w->setEnabled(!busy);
    if (!busy)
        m_includeHighlight->setEnabled(m_highlight.has_value());
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    m_progress->setTextVisible(busy);
    updateSummary();
}

void StandupPackDialog::reject()
{
    if (isRunning()) {
        // The first press stops the work; the dialog stays to say so.
        m_control->cancel();
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void StandupPackDialog::openResult()
{
    if (m_lastPath.isEmpty())
        return;
    const QFileInfo info(m_lastPath);
    QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
}
