// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/MeetingNotesDialog.h"

#include "common/DisplayFormat.h"
#include "schedule/ScheduleFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ActionIndexRole = Qt::UserRole + 1;

QComboBox *ratingBox(const QStringList &labels, std::optional<int> value, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(MeetingNotesDialog::tr("Not rated"), 0);
    for (int i = 0; i < labels.size(); ++i)
        box->addItem(labels.at(i), i + 1);
    box->setCurrentIndex(value ? *value : 0);
    // A rating is a short choice; a full-width box would read as a text field.
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return box;
}

std::optional<int> rating(const QComboBox *box)
{
    const int value = box->currentData().toInt();
    return value > 0 ? std::optional<int>(value) : std::nullopt;
}

} // namespace

MeetingNotesDialog::MeetingNotesDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_when(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"meetingNotes"_s);
    setWindowTitle(tr("Meeting Notes"));
    resize(620, 560);

    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    m_heading->setFont(font);
    m_when->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(u"status"_s);
    for (const auto status : {coach::SessionStatus::Planned, coach::SessionStatus::Held, coach::SessionStatus::Cancelled})
        m_status->addItem(ScheduleFormat::statusName(status), int(status));
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_heading);
    titles->addWidget(m_when);
    top->addLayout(titles, 1);
    top->addWidget(statusLabel);
    top->addWidget(m_status);

    m_error->setWordWrap(true);
    m_error->hide();
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x26, 0x1b));
    m_error->setPalette(palette);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->hide();
        emit saveRequested(notes());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString MeetingNotesDialog::repName(coach::RepId rep) const
{
    return rep.isValid() ? m_repNames.value(rep.value(), tr("Rep %1").arg(rep.value())) : tr("Me");
}

void MeetingNotesDialog::setNotes(const MeetingNotes &notes, const QHash<qint64, QString> &repNames)
{
    m_notes = notes;
    m_repNames = repNames;
    const coach::Occurrence &o = notes.meeting;
    m_heading->setText(o.title);
    m_when->setText(tr("%1 · %2 · with %3")
                        .arg(ScheduleFormat::kindName(o.kind), ScheduleFormat::dayAndTimeRange(o.start, o.end),
                             ScheduleFormat::participantNames(o.participants, repNames)));
    m_status->setCurrentIndex(m_status->findData(int(notes.status)));

    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    m_energy.clear();
    m_workload.clear();
    m_checkInNotes.clear();
    m_huddle = nullptr;
    if (o.kind == coach::SessionKind::Huddle)
        m_tabs->addTab(createHuddleTab(), tr("&Huddle"));
    else
        m_tabs->addTab(createCheckInTab(), tr("&Well-being"));
    m_tabs->addTab(createActionTab(), tr("Action &Items"));
    m_tabs->addTab(createCallsTab(), tr("&Calls"));
    fillActionItems();
    fillCalls();
}

QWidget *MeetingNotesDialog::createCheckInTab()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    const QStringList energy = {tr("1 · Drained"), tr("2 · Low"), tr("3 · Okay"), tr("4 · Good"), tr("5 · Energised")};
    const QStringList workload = {tr("1 · Light"), tr("2 · Comfortable"), tr("3 · Full"), tr("4 · Heavy"),
                                  tr("5 · Overwhelming")};
    for (const coach::CheckIn &checkIn : std::as_const(m_notes.checkIns)) {
        auto *box = new QGroupBox(repName(checkIn.repId), page);
        auto *form = new QFormLayout(box);
        auto *energyBox = ratingBox(energy, checkIn.energy, box);
        energyBox->setObjectName(u"energy"_s);
        auto *workloadBox = ratingBox(workload, checkIn.workload, box);
        workloadBox->setObjectName(u"workload"_s);
        auto *notes = new QPlainTextEdit(checkIn.notes, box);
        notes->setObjectName(u"checkInNotes"_s);
        notes->setTabChangesFocus(true);
        notes->setPlaceholderText(tr("How are they doing? Private: never exported."));
        form->addRow(tr("&Energy:"), energyBox);
        form->addRow(tr("Wor&kload:"), workloadBox);
        form->addRow(tr("&Notes:"), notes);
        layout->addWidget(box);
        m_energy << energyBox;
        m_workload << workloadBox;
        m_checkInNotes << notes;
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QWidget *MeetingNotesDialog::createHuddleTab()
{
    m_huddle = new QTableWidget(int(m_notes.huddleEntries.size()), 3);
    m_huddle->setObjectName(u"huddle"_s);
    m_huddle->setHorizontalHeaderLabels({tr("Rep"), tr("One success"), tr("One struggle")});
    m_huddle->verticalHeader()->hide();
    m_huddle->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_huddle->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_huddle->setEditTriggers(QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_notes.huddleEntries.size(); ++row) {
        const coach::HuddleEntry &entry = m_notes.huddleEntries.at(row);
        auto *name = new QTableWidgetItem(repName(entry.repId));
        name->setFlags(Qt::ItemIsEnabled);
        m_huddle->setItem(row, 0, name);
        m_huddle->setItem(row, 1, new QTableWidgetItem(entry.success));
        m_huddle->setItem(row, 2, new QTableWidgetItem(entry.struggle));
    }
    return m_huddle;
}

QWidget *MeetingNotesDialog::createActionTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_actions = new QListWidget(page);
    m_actions->setObjectName(u"actionItems"_s);
    m_actions->setAccessibleName(tr("Action items"));
    connect(m_actions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const int index = item->data(ActionIndexRole).toInt();
        if (index >= 0 && index < m_notes.actionItems.size())
            m_notes.actionItems[index].done = item->checkState() == Qt::Checked;
    });
    m_newAction = new QLineEdit(page);
    m_newAction->setObjectName(u"newActionItem"_s);
    m_newAction->setPlaceholderText(tr("Something agreed, e.g. “Listen back to Tuesday’s refund call”"));
    m_newActionOwner = new QComboBox(page);
    m_newActionOwner->setAccessibleName(tr("Owner"));
    for (const coach::RepId rep : m_notes.meeting.participants)
        m_newActionOwner->addItem(repName(rep), rep.value());
    m_newActionOwner->addItem(tr("Me"), 0);
    auto *add = new QPushButton(tr("&Add"), page);
    const auto addTyped = [this] {
        addActionItem(m_newAction->text(), coach::RepId(m_newActionOwner->currentData().toLongLong()));
        m_newAction->clear();
    };
    connect(add, &QPushButton::clicked, this, addTyped);
    connect(m_newAction, &QLineEdit::returnPressed, this, addTyped);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newAction, 1);
    row->addWidget(m_newActionOwner);
    row->addWidget(add);
    auto *hint = new QLabel(tr("Open items come back at the next meeting of the series, marked “carried”. "
                               "Tick an item when it is done."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_actions, 1);
    layout->addLayout(row);
    layout->addWidget(hint);
    return page;
}

QWidget *MeetingNotesDialog::createCallsTab()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    m_calls = new QListWidget(page);
    m_calls->setObjectName(u"linkedCalls"_s);
    m_calls->setAccessibleName(tr("Calls to discuss"));
    connect(m_calls, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openCallRequested(coach::CallId(item->data(Qt::UserRole).toLongLong()));
    });
    auto *link = new QPushButton(tr("&Link Call…"), page);
    connect(link, &QPushButton::clicked, this, &MeetingNotesDialog::linkCallRequested);
    auto *open = new QPushButton(tr("&Open"), page);
    connect(open, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_calls->currentItem())
            emit openCallRequested(coach::CallId(item->data(Qt::UserRole).toLongLong()));
    });
    auto *remove = new QPushButton(tr("&Remove"), page);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_calls->currentRow();
        if (row >= 0 && row < m_notes.linkedCalls.size()) {
            m_notes.linkedCalls.removeAt(row);
            fillCalls();
        }
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(link);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(m_calls, 1);
    layout->addLayout(buttons);
    return page;
}

void MeetingNotesDialog::fillActionItems()
{
    const QSignalBlocker blocker(m_actions);
    m_actions->clear();
    for (int i = 0; i < m_notes.actionItems.size(); ++i) {
        const coach::ActionItem &a = m_notes.actionItems.at(i);
        QString text = tr("%1 — %2").arg(a.text, repName(a.repId));
        auto *item = new QListWidgetItem(m_actions);
        if (a.carried) {
            text = tr("%1  (carried from %2)").arg(text, QLocale().toString(a.occurrence.toLocalTime().date(),
                                                                           QLocale::ShortFormat));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setToolTip(tr("Still open from an earlier meeting of this series"));
        }
        item->setText(text);
        item->setData(ActionIndexRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(a.done ? Qt::Checked : Qt::Unchecked);
    }
    if (m_notes.actionItems.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No action items yet."), m_actions);
        item->setFlags(Qt::NoItemFlags);
        item->setData(ActionIndexRole, -1);
    }
}

void MeetingNotesDialog::fillCalls()
{
    m_calls->clear();
    for (const coach::Call &call : std::as_const(m_notes.linkedCalls)) {
        QStringList parts = {DisplayFormat::dateTime(call.startedAt, QLocale::ShortFormat), call.repName, call.queue,
                             DisplayFormat::duration(call.audio.durationMs)};
        parts.removeAll(QString());
        auto *item = new QListWidgetItem(parts.join(u" · "_s), m_calls);
        item->setData(Qt::UserRole, call.id.value());
        item->setToolTip(call.recordingPath);
    }
}

void MeetingNotesDialog::addActionItem(const QString &text, coach::RepId owner)
{
    if (text.trimmed().isEmpty())
        return;
    coach::ActionItem item;
    item.sessionId = m_notes.meeting.sessionId;
    item.occurrence = m_notes.meeting.occurrence;
    item.repId = owner;
    item.text = text.trimmed();
    m_notes.actionItems << item;
    fillActionItems();
}

void MeetingNotesDialog::addLinkedCall(const coach::Call &call)
{
    const bool known = std::any_of(m_notes.linkedCalls.cbegin(), m_notes.linkedCalls.cend(),
                                   [&](const coach::Call &c) { return c.id == call.id; });
    if (!known)
        m_notes.linkedCalls << call;
    fillCalls();
}

MeetingNotes MeetingNotesDialog::notes() const
{
    MeetingNotes result = m_notes;
    result.status = coach::SessionStatus(m_status->currentData().toInt());
    for (int i = 0; i < result.checkIns.size() && i < m_energy.size(); ++i) {
        result.checkIns[i].energy = rating(m_energy.at(i));
        result.checkIns[i].workload = rating(m_workload.at(i));
        result.checkIns[i].notes = m_checkInNotes.at(i)->toPlainText().trimmed();
    }
    if (m_huddle) {
        for (int row = 0; row < result.huddleEntries.size() && row < m_huddle->rowCount(); ++row) {
            result.huddleEntries[row].success = m_huddle->item(row, 1)->text().trimmed();
            result.huddleEntries[row].struggle = m_huddle->item(row, 2)->text().trimmed();
        }
    }
    return result;
}

void MeetingNotesDialog::setSaveError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}
