// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/SchedulePage.h"

#include "common/EmptyStateWidget.h"
#include "schedule/AgendaModel.h"
#include "schedule/DebriefSuggestionModel.h"
#include "schedule/ScheduleFormat.h"
#include "schedule/WeekView.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QPixmap swatch(const QColor &colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(120));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return pixmap;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(2, 6, 2, 2);
    return label;
}

} // namespace

SchedulePage::SchedulePage(QWidget *parent)
    : QWidget(parent)
    , m_week(new WeekView(this))
    , m_weekScroll(new QScrollArea(this))
    , m_weekLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(u"schedulePage"_s);

    m_previousAction = new QAction(QIcon::fromTheme(u"go-previous"_s, style()->standardIcon(QStyle::SP_ArrowLeft)),
                                   tr("Previous Week"), this);
    m_previousAction->setShortcut(Qt::ALT | Qt::Key_PageUp);
    m_previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_todayAction = new QAction(tr("This Week"), this);
    m_todayAction->setShortcut(Qt::ALT | Qt::Key_Home);
    m_todayAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextAction = new QAction(QIcon::fromTheme(u"go-next"_s, style()->standardIcon(QStyle::SP_ArrowRight)),
                               tr("Next Week"), this);
    m_nextAction->setShortcut(Qt::ALT | Qt::Key_PageDown);
    m_nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *action : {m_previousAction, m_todayAction, m_nextAction}) {
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_previousAction, &QAction::triggered, this, [this] { emit weekRequested(m_monday.addDays(-7)); });
    connect(m_nextAction, &QAction::triggered, this, [this] { emit weekRequested(m_monday.addDays(7)); });
    connect(m_todayAction, &QAction::triggered, this, [this] {
        const QDate today = QDate::currentDate();
        emit weekRequested(today.addDays(1 - today.dayOfWeek()));
    });

    m_newAction = new QAction(QIcon::fromTheme(u"appointment-new"_s, style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
                              tr("&New Session…"), this);
    m_newAction->setObjectName(u"newSessionAction"_s);
    m_newAction->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_N);
    m_newAction->setStatusTip(tr("Plan a one-on-one, a buddy debrief or a huddle"));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newAction); // for its shortcut: the button below only shows it
    connect(m_newAction, &QAction::triggered, this, &SchedulePage::newSessionRequested);
    m_buddiesAction = new QAction(tr("Propose &Buddy Pairs…"), this);
    m_buddiesAction->setStatusTip(tr("Pair reps up for a month, rotating so nobody repeats a buddy too soon"));
    connect(m_buddiesAction, &QAction::triggered, this, &SchedulePage::buddyPairsRequested);
    m_importAction = new QAction(QIcon::fromTheme(u"document-import"_s), tr("Import &Calendar…"), this);
    m_importAction->setObjectName(u"importCalendarAction"_s);
    m_importAction->setStatusTip(tr("Read an .ics file as busy time or as sessions"));
    connect(m_importAction, &QAction::triggered, this, &SchedulePage::importCalendarRequested);
    m_exportAction = new QAction(QIcon::fromTheme(u"document-export"_s), tr("&Export Schedule as iCalendar…"), this);
    m_exportAction->setObjectName(u"exportCalendarAction"_s);
    m_exportAction->setStatusTip(tr("Write the schedule, or the selected series, as an .ics file for Outlook, "
                                    "Google Calendar or Thunderbird"));
    connect(m_exportAction, &QAction::triggered, this, &SchedulePage::exportCalendarRequested);

    m_week->setMinimumWidth(m_week->minimumSizeHint().width());
    connect(m_week, &WeekView::weekRequested, this, &SchedulePage::weekRequested);
    m_weekScroll->setObjectName(u"weekScroll"_s);
    m_weekScroll->setWidget(m_week);
    m_weekScroll->setWidgetResizable(true);
    m_weekScroll->setFrameShape(QFrame::NoFrame);
    m_weekScroll->setFocusPolicy(Qt::NoFocus);

    m_splitter->setObjectName(u"scheduleSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_weekScroll);
    m_splitter->addWidget(createSidePanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({840, 360});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addWidget(m_splitter, 1);

    setWeek(QDate::currentDate());
    updateEmptyStates();
}

QWidget *SchedulePage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(8, 6, 8, 6);
    for (QAction *action : {m_previousAction, m_todayAction, m_nextAction}) {
        auto *button = new QToolButton(header);
        button->setDefaultAction(action);
        button->setToolButtonStyle(action == m_todayAction ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    m_weekLabel->setObjectName(u"weekLabel"_s);
    QFont font = m_weekLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    m_weekLabel->setFont(font);
    row->addSpacing(8);
    row->addWidget(m_weekLabel);
    row->addSpacing(16);

    // The legend: what each colour and mark means.
    const int size = fontMetrics().height() - 4;
    for (const auto kind : {coach::SessionKind::OneOnOne, coach::SessionKind::BuddyDebrief, coach::SessionKind::Huddle}) {
        auto *chip = new QLabel(header);
        chip->setPixmap(swatch(ScheduleFormat::kindColor(kind), size));
        row->addWidget(chip);
        row->addWidget(new QLabel(ScheduleFormat::kindName(kind), header));
        row->addSpacing(6);
    }
    auto *warning = new QLabel(header);
    warning->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size + 2));
    row->addWidget(warning);
    row->addWidget(new QLabel(tr("Conflict"), header));
    row->addStretch(1);

    auto *buddies = new QToolButton(header);
    buddies->setDefaultAction(m_buddiesAction);
    // Import and export share one button: the header has to fit a laptop screen.
    auto *calendar = new QToolButton(header);
    calendar->setObjectName(u"calendarButton"_s);
    calendar->setText(tr("&Calendar File"));
    calendar->setPopupMode(QToolButton::InstantPopup);
    auto *calendarMenu = new QMenu(calendar);
    calendarMenu->addAction(m_importAction);
    calendarMenu->addAction(m_exportAction);
    calendar->setMenu(calendarMenu);
    auto *create = new QPushButton(m_newAction->icon(), tr("New Session…"), header);
    create->setObjectName(u"newSessionButton"_s);
    create->setToolTip(tr("%1 (%2)").arg(m_newAction->statusTip(), m_newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(create, &QPushButton::clicked, m_newAction, &QAction::trigger);
    for (QToolButton *button : {buddies, calendar})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(buddies);
    row->addWidget(calendar);
    row->addSpacing(4);
    row->addWidget(create);
    return header;
}

QWidget *SchedulePage::createSidePanel()
{
    auto *panel = new QWidget(this);
    auto *column = new QVBoxLayout(panel);
    column->setContentsMargins(6, 0, 6, 6);

    m_agenda = new QTreeView(panel);
    m_agenda->setObjectName(u"agendaView"_s);
    m_agenda->setAccessibleName(tr("Upcoming meetings"));
    m_agenda->setRootIsDecorated(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_agenda, &QTreeView::activated, this, [this](const QModelIndex &index) { emit agendaActivated(index.row()); });

    m_agendaEmpty = new EmptyStateWidget(panel);
    m_agendaEmpty->setTitle(tr("Nothing planned"));
    m_agendaEmpty->setText(tr("Set up a recurring one-on-one with each rep, a buddy debrief or the weekly huddle."));
    m_agendaEmpty->setActionText(tr("New Session…"));
    connect(m_agendaEmpty, &EmptyStateWidget::actionTriggered, m_newAction, &QAction::trigger);
    m_agendaStack = new QStackedWidget(panel);
    m_agendaStack->addWidget(m_agenda);
    m_agendaStack->addWidget(m_agendaEmpty);

    m_debriefs = new QTableView(panel);
    m_debriefs->setObjectName(u"debriefView"_s);
    m_debriefs->setAccessibleName(tr("Suggested debriefs"));
    m_debriefs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_debriefs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_debriefs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_debriefs->setShowGrid(false);
    m_debriefs->setWordWrap(false);
    m_debriefs->verticalHeader()->hide();
    m_debriefs->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_debriefs->horizontalHeader()->setStretchLastSection(true);
    m_debriefs->setTabKeyNavigation(false);
    m_noDebriefs = new QLabel(tr("No tough shifts lately: no debriefs to suggest."), panel);
    m_noDebriefs->setWordWrap(true);
    m_noDebriefs->setForegroundRole(QPalette::PlaceholderText);
    m_noDebriefs->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_noDebriefs->setContentsMargins(4, 4, 4, 4);
    m_debriefStack = new QStackedWidget(panel);
    m_debriefStack->addWidget(m_debriefs);
    m_debriefStack->addWidget(m_noDebriefs);

    auto *agendaLabel = heading(tr("&Upcoming"), panel);
    agendaLabel->setBuddy(m_agenda);
    auto *debriefLabel = heading(tr("&Debriefs after a tough shift"), panel);
    debriefLabel->setBuddy(m_debriefs);
    column->addWidget(agendaLabel);
    column->addWidget(m_agendaStack, 3);
    column->addWidget(debriefLabel);
    column->addWidget(m_debriefStack, 1);
    return panel;
}

void SchedulePage::setWeek(const QDate &day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    const QDate sunday = m_monday.addDays(6);
    const QLocale locale;
    // "11 – 17 May 2026", or "27 Apr – 3 May 2026" across a month.
    const QString from = m_monday.month() == sunday.month() ? QString::number(m_monday.day())
                                                            : locale.toString(m_monday, u"d MMM"_s);
    m_weekLabel->setText(tr("%1 – %2").arg(from, locale.toString(sunday, u"d MMMM yyyy"_s)));
    m_week->setWeek(m_monday);
}

void SchedulePage::setAgendaModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = m_agenda->model())
        disconnect(old, nullptr, this, nullptr);
    m_agenda->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &SchedulePage::updateEmptyStates);
        connect(m_agenda->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) { emit agendaCurrentChanged(current.row()); });
        // Narrow beside the week: the kind is the title's colour, the reps are in its
        // words and tooltip, so those two columns stay hidden here.
        QHeaderView *header = m_agenda->header();
        header->setStretchLastSection(false);
        m_agenda->setColumnHidden(AgendaModel::Kind, true);
        m_agenda->setColumnHidden(AgendaModel::Participants, true);
        header->setSectionResizeMode(AgendaModel::When, QHeaderView::Fixed);
        header->resizeSection(AgendaModel::When, fontMetrics().horizontalAdvance(u"Wed 30 Sep, 00:00"_s) + 36);
        header->setSectionResizeMode(AgendaModel::Title, QHeaderView::Stretch);
        header->setSectionResizeMode(AgendaModel::Status, QHeaderView::ResizeToContents);
    }
    updateEmptyStates();
}

void SchedulePage::setDebriefModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = m_debriefs->model())
        disconnect(old, nullptr, this, nullptr);
    m_debriefs->setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildDebriefButtons();
            updateEmptyStates();
        });
    rebuildDebriefButtons();
    updateEmptyStates();
}

void SchedulePage::rebuildDebriefButtons()
{
    QAbstractItemModel *model = m_debriefs->model();
    if (!model)
        return;
    // One button per row: scheduling the debrief is a single click (or Space on the focused button).
    for (int row = 0; row < model->rowCount(); ++row) {
        auto *button = new QPushButton(tr("Schedule Debrief"), m_debriefs);
        button->setAccessibleDescription(model->index(row, DebriefSuggestionModel::Rep).data().toString());
        connect(button, &QPushButton::clicked, this, [this, row] { emit scheduleDebriefRequested(row); });
        m_debriefs->setIndexWidget(model->index(row, DebriefSuggestionModel::Action), button);
    }
    m_debriefs->resizeColumnsToContents();
}

void SchedulePage::updateEmptyStates()
{
    const bool agendaEmpty = !m_agenda->model() || m_agenda->model()->rowCount() == 0;
    m_agendaStack->setCurrentWidget(agendaEmpty ? static_cast<QWidget *>(m_agendaEmpty) : m_agenda);
    const bool noDebriefs = !m_debriefs->model() || m_debriefs->model()->rowCount() == 0;
    m_debriefStack->setCurrentWidget(noDebriefs ? static_cast<QWidget *>(m_noDebriefs) : m_debriefs);
    // The empty list would take the panel's room for nothing.
    m_debriefStack->setMaximumHeight(noDebriefs ? m_noDebriefs->sizeHint().height() + 8 : QWIDGETSIZE_MAX);
}

void SchedulePage::setLibraryOpen(bool open)
{
    for (QAction *action : {m_newAction, m_buddiesAction, m_importAction, m_exportAction, m_previousAction,
                            m_todayAction, m_nextAction})
        action->setEnabled(open);
    m_week->setEnabled(open);
}
