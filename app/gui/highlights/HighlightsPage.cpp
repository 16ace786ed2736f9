// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightsPage.h"

#include "HighlightCard.h"
#include "HighlightFormat.h"
#include "HighlightTableModel.h"
#include "common/EmptyStateWidget.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

enum Page { EmptyPage, WeekPage, RepPage };

} // namespace

HighlightsPage::HighlightsPage(QWidget *parent)
    : QWidget(parent)
    , m_weekLabel(new QLabel(this))
    , m_repBox(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_repModel(new HighlightTableModel(this))
{
    setObjectName(u"highlightsPage"_s);

    m_previousAction = new QAction(QIcon::fromTheme(u"go-previous"_s, style()->standardIcon(QStyle::SP_ArrowLeft)),
                                   tr("Previous Week"), this);
    m_previousAction->setShortcut(Qt::ALT | Qt::Key_PageUp);
    m_thisWeekAction = new QAction(tr("This Week"), this);
    m_thisWeekAction->setShortcut(Qt::ALT | Qt::Key_Home);
    m_nextAction = new QAction(QIcon::fromTheme(u"go-next"_s, style()->standardIcon(QStyle::SP_ArrowRight)),
                               tr("Next Week"), this);
    m_nextAction->setShortcut(Qt::ALT | Qt::Key_PageDown);
    for (QAction *action : { m_previousAction, m_thisWeekAction, m_nextAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        addAction(action);
    }
    connect(m_previousAction, &QAction::triggered, this, [this] { emit weekRequested(m_week.previous()); });
    connect(m_nextAction, &QAction::triggered, this, [this] { emit weekRequested(m_week.next()); });
    connect(m_thisWeekAction, &QAction::triggered, this,
            [this] { emit weekRequested(coach::IsoWeek::current(QTimeZone::systemTimeZone())); });

    m_empty->setObjectName(u"highlightsEmpty"_s);
    m_empty->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));

    auto *cards = new QWidget(m_scroll);
    cards->setObjectName(u"highlightCards"_s);
    m_cardsLayout = new QVBoxLayout(cards);
    m_cardsLayout->setContentsMargins(16, 12, 16, 16);
    m_cardsLayout->setSpacing(12);
    m_cardsLayout->addStretch(1);
    m_scroll->setObjectName(u"highlightScroll"_s);
    m_scroll->setWidget(cards);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_repPanel = new QWidget(this);
    m_repTitle = new QLabel(m_repPanel);
    m_repTitle->setObjectName(u"repTitle"_s);
    QFont font = m_repTitle->font();
    font.setWeight(QFont::DemiBold);
    m_repTitle->setFont(font);
    m_repView = new QTableView(m_repPanel);
    m_repView->setObjectName(u"repHighlightsView"_s);
    m_repView->setModel(m_repModel);
    m_repView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_repView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_repView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_repView->verticalHeader()->hide();
    m_repView->setWordWrap(false);
    // The rep is the page's subject and only current choices are listed.
    m_repView->hideColumn(HighlightTableModel::Rep);
    m_repView->hideColumn(HighlightTableModel::Status);
    m_repView->horizontalHeader()->setSectionResizeMode(HighlightTableModel::Reason, QHeaderView::Stretch);
    connect(m_repView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequested(coach::CallId(index.data(HighlightTableModel::CallIdRole).toLongLong()),
                           index.data(HighlightTableModel::StartMsRole).toLongLong());
    });
    auto *repLayout = new QVBoxLayout(m_repPanel);
    repLayout->setContentsMargins(16, 12, 16, 16);
    repLayout->addWidget(m_repTitle);
    repLayout->addWidget(m_repView, 1);

    m_stack->insertWidget(EmptyPage, m_empty);
    m_stack->insertWidget(WeekPage, m_scroll);
    m_stack->insertWidget(RepPage, m_repPanel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    m_fallback = new QWidget(this);
    m_fallback->setObjectName(u"fallbackNotice"_s);
    m_fallbackLabel = new QLabel(m_fallback);
    m_fallbackLabel->setObjectName(u"fallbackLabel"_s);
    m_fallbackLabel->setForegroundRole(QPalette::PlaceholderText);
    // The navigator's "This Week" just above goes back; no second button here.
    auto *fallbackRow = new QHBoxLayout(m_fallback);
    fallbackRow->setContentsMargins(14, 0, 8, 4);
    fallbackRow->addWidget(m_fallbackLabel, 1);
    m_fallback->hide();
    layout->addWidget(m_fallback);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);

    setWeek(coach::IsoWeek::current(QTimeZone::systemTimeZone()));
    updateView();
}

QWidget *HighlightsPage::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(8, 6, 8, 6);

    m_weekNavigator = new QWidget(header);
    auto *navigator = new QHBoxLayout(m_weekNavigator);
    navigator->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : { m_previousAction, m_thisWeekAction, m_nextAction }) {
        auto *button = new QToolButton(m_weekNavigator);
        button->setDefaultAction(action);
        button->setToolButtonStyle(action == m_thisWeekAction ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        navigator->addWidget(button);
    }
    m_weekLabel->setObjectName(u"weekLabel"_s);
    QFont font = m_weekLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setWeight(QFont::DemiBold);
    m_weekLabel->setFont(font);
    navigator->addSpacing(8);
    navigator->addWidget(m_weekLabel);
    row->addWidget(m_weekNavigator);
    row->addStretch(1);

    m_standupPack = new QPushButton(tr("Standup Pack…"), header);
    m_standupPack->setObjectName(u"standupPackButton"_s);
    m_standupPack->setToolTip(tr("Write this week's highlights and chosen tips into one folder for the standup"));
    m_standupPack->setVisible(false);
    connect(m_standupPack, &QPushButton::clicked, this, [this] {
        if (m_standupPackHandler)
            m_standupPackHandler(m_week);
    });
    row->addWidget(m_standupPack);
    row->addSpacing(12);

    auto *showLabel = new QLabel(tr("&Show:"), header);
    showLabel->setBuddy(m_repBox);
    m_repBox->setObjectName(u"repBox"_s);
    m_repBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_repBox->setToolTip(tr("Every team's highlight of the week, or one rep's highlights over time"));
    m_repBox->addItem(tr("Every team, by week"), QVariant());
    connect(m_repBox, &QComboBox::activated, this, [this] {
        emit repRequested(shownRep());
        updateView();
    });
    row->addWidget(showLabel);
    row->addWidget(m_repBox);
    return header;
}

void HighlightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        emit refreshRequested();
}

void HighlightsPage::setLibraryOpen(bool open)
{
    m_libraryOpen = open;
    if (!open) {
        setSlots({});
        setReps({});
        setFallbackWeek({});
    }
    updateView();
}

void HighlightsPage::setWeek(coach::IsoWeek week)
{
    m_week = week;
    m_weekLabel->setText(HighlightFormat::weekTitle(week));
}

void HighlightsPage::setFallbackWeek(coach::IsoWeek shown)
{
    m_fallbackLabel->setText(shown.isValid()
                                     ? tr("No calls this week yet — showing week %1, the latest with calls").arg(shown.week())
                                     : QString());
    m_fallback->setVisible(shown.isValid() && !shownRep().isValid());
}

void HighlightsPage::setSlots(const QList<TeamWeekSlot> &teamSlots)
{
    for (HighlightCard *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    for (const TeamWeekSlot &slot : teamSlots) {
        auto *card = new HighlightCard(m_scroll->widget());
        card->setSlot(slot);
        card->setClipExportAvailable(bool(m_clipExport));
        connect(card, &HighlightCard::chooseRequested, this, &HighlightsPage::chooseRequested);
        connect(card, &HighlightCard::changeRequested, this, &HighlightsPage::changeRequested);
        connect(card, &HighlightCard::openRequested, this, &HighlightsPage::openRequested);
        connect(card, &HighlightCard::historyRequested, this, &HighlightsPage::historyRequested);
        connect(card, &HighlightCard::timeZoneRequested, this, &HighlightsPage::timeZoneRequested);
        connect(card, &HighlightCard::exportClipRequested, this, [this](const coach::Highlight &highlight) {
            if (m_clipExport)
                m_clipExport(highlight);
        });
        // Before the closing stretch, so cards stack from the top.
        m_cardsLayout->insertWidget(m_cardsLayout->count() - 1, card);
        // The layout would show it only from the event loop; a click right after a reload must reach it.
        if (m_scroll->widget()->isVisible())
            card->show();
        m_cards << card;
    }
    m_hasSlots = !teamSlots.isEmpty();
    updateView();
}

HighlightCard *HighlightsPage::card(coach::TeamId team) const
{
    for (HighlightCard *card : m_cards) {
        if (card->slot().team.id == team)
            return card;
    }
    return nullptr;
}

void HighlightsPage::setReps(const QList<coach::Rep> &reps)
{
    const QVariant current = m_repBox->currentData();
    while (m_repBox->count() > 1)
        m_repBox->removeItem(1);
    if (!reps.isEmpty())
        m_repBox->insertSeparator(1);
    for (const coach::Rep &rep : reps)
        m_repBox->addItem(tr("%1's highlights").arg(rep.name), rep.id.value());
    const int index = current.isValid() ? m_repBox->findData(current) : 0;
    m_repBox->setCurrentIndex(index < 0 ? 0 : index);
    updateView();
}

coach::RepId HighlightsPage::shownRep() const
{
    const QVariant data = m_repBox->currentData();
    return data.isValid() ? coach::RepId(data.toLongLong()) : coach::RepId();
}

void HighlightsPage::setRepHighlights(const QString &repName, const QList<coach::Highlight> &highlights)
{
    m_repTitle->setText(highlights.isEmpty()
                                ? tr("%1 has no highlight calls yet.").arg(repName)
                                : tr("%1's highlight calls, newest week first. Double-click one to play it.")
                                          .arg(repName));
    m_repModel->setHighlights(highlights);
    m_repView->resizeColumnsToContents();
    m_repView->horizontalHeader()->setSectionResizeMode(HighlightTableModel::Reason, QHeaderView::Stretch);
    updateView();
}

void HighlightsPage::setClipExportHandler(ClipExportHandler handler)
{
    m_clipExport = std::move(handler);
    for (HighlightCard *card : std::as_const(m_cards))
        card->setClipExportAvailable(bool(m_clipExport));
}

void HighlightsPage::setStandupPackHandler(StandupPackHandler handler)
{
    m_standupPackHandler = std::move(handler);
    m_standupPack->setVisible(bool(m_standupPackHandler));
}

void HighlightsPage::updateView()
{
    const bool repShown = shownRep().isValid();
    m_weekNavigator->setVisible(!repShown);
    m_fallback->setVisible(!repShown && m_libraryOpen && !m_fallbackLabel->text().isEmpty());
    m_standupPack->setEnabled(m_libraryOpen && !repShown);
    m_repBox->setEnabled(m_libraryOpen);
    if (!m_libraryOpen) {
        m_empty->setTitle(tr("No library open"));
        m_empty->setText(tr("Open or create a library to choose each team's highlight call of the week."));
        m_empty->setActionText({});
        m_stack->setCurrentIndex(EmptyPage);
    } else if (repShown) {
        m_stack->setCurrentIndex(RepPage);
    } else if (!m_hasSlots) {
        m_empty->setTitle(tr("No teams yet"));
        m_empty->setText(tr("Highlights are chosen per team. Import calls with a manifest that names each "
                            "rep's team, and every team gets a slot for each week."));
        m_empty->setActionText({});
        m_stack->setCurrentIndex(EmptyPage);
    } else {
        m_stack->setCurrentIndex(WeekPage);
    }
}
