// SPDX-License-Identifier: GPL-3.0-or-later
#include "HighlightCard.h"

#include "HighlightFormat.h"
#include "common/DisplayFormat.h"
#include "core/IsoWeek.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString repOrUnknown(const QString &name)
{
    return name.isEmpty() ? HighlightCard::tr("Unknown rep") : name;
}

} // namespace

HighlightCard::HighlightCard(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"highlightCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setObjectName(u"teamTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_history = new QPushButton(tr("History…"), this);
    m_history->setObjectName(u"historyButton"_s);
    m_history->setToolTip(tr("Every highlight chosen for this team and week, and who chose it"));
    m_history->setFlat(true);
    connect(m_history, &QPushButton::clicked, this, [this] { emit historyRequested(m_slot.team, m_slot.week); });

    m_zone = new QLabel(this);
    m_zone->setObjectName(u"teamTimeZone"_s);
    m_zone->setForegroundRole(QPalette::PlaceholderText);
    m_timeZone = new QPushButton(tr("Time Zone…"), this);
    m_timeZone->setObjectName(u"timeZoneButton"_s);
    m_timeZone->setToolTip(tr("The time zone this team's weeks are read in: a call belongs to the week of "
                              "the team's own calendar"));
    m_timeZone->setFlat(true);
    connect(m_timeZone, &QPushButton::clicked, this, [this] { emit timeZoneRequested(m_slot.team); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(8);
    header->addWidget(m_zone, 0, Qt::AlignBaseline);
    header->addStretch(1);
    header->addWidget(m_timeZone);
    header->addWidget(m_history);

    m_status = wrappingLabel(this);
    m_status->setObjectName(u"slotStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    // The chosen highlight.
    m_highlightPanel = new QWidget(this);
    m_callLine = wrappingLabel(m_highlightPanel);
    m_callLine->setObjectName(u"highlightCall"_s);
    QFont callFont = m_callLine->font();
    callFont.setWeight(QFont::DemiBold);
    m_callLine->setFont(callFont);
    m_reason = wrappingLabel(m_highlightPanel);
    m_reason->setObjectName(u"highlightReason"_s);
    m_chosen = wrappingLabel(m_highlightPanel);
    m_chosen->setObjectName(u"highlightChosen"_s);
    m_chosen->setForegroundRole(QPalette::PlaceholderText);

    m_open = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Open in Review"), m_highlightPanel);
    m_open->setObjectName(u"openInReviewButton"_s);
    m_open->setToolTip(tr("Play the highlight in the Review section, from the start of its region"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_slot.highlight)
            emit openRequested(m_slot.highlight->call, m_slot.highlight->region ? m_slot.highlight->region->startMs : 0);
    });
    m_change = new QPushButton(tr("Edit…"), m_highlightPanel);
    m_change->setObjectName(u"editHighlightButton"_s);
    m_change->setToolTip(tr("Change the region, the pattern or the reason; the earlier version stays in the history"));
    connect(m_change, &QPushButton::clicked, this, [this] {
        if (m_slot.highlight)
            emit changeRequested(*m_slot.highlight);
    });
    m_exportClip = new QPushButton(tr("Export Clip…"), m_highlightPanel);
    m_exportClip->setObjectName(u"exportClipButton"_s);
    m_exportClip->setToolTip(tr("Save the highlight's region as an audio clip to play in the standup"));
    m_exportClip->setVisible(false);
    connect(m_exportClip, &QPushButton::clicked, this, [this] {
        if (m_slot.highlight)
            emit exportClipRequested(*m_slot.highlight);
    });
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 4, 0, 0);
    buttons->addWidget(m_open);
    buttons->addWidget(m_change);
    buttons->addWidget(m_exportClip);
    buttons->addStretch(1);

    auto *highlightLayout = new QVBoxLayout(m_highlightPanel);
    highlightLayout->setContentsMargins(0, 0, 0, 0);
    highlightLayout->setSpacing(4);
    highlightLayout->addWidget(m_callLine);
    highlightLayout->addWidget(m_reason);
    highlightLayout->addWidget(m_chosen);
    highlightLayout->addLayout(buttons);

    // The candidates: the empty slot's content, folded away under a chosen highlight.
    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(u"candidatesToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_candidatesPanel->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    m_candidatesPanel = new QWidget(this);
    m_candidatesPanel->setObjectName(u"candidatesPanel"_s);
    m_candidatesLayout = new QVBoxLayout(m_candidatesPanel);
    m_candidatesLayout->setContentsMargins(0, 0, 0, 0);
    m_candidatesLayout->setSpacing(2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_highlightPanel);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_candidatesPanel);
}

void HighlightCard::setClipExportAvailable(bool available)
{
    m_clipExportAvailable = available;
    m_exportClip->setVisible(available && m_slot.highlight.has_value());
}

// Calls are shown in the team's zone, the one its weeks are read in.
QTimeZone HighlightCard::teamZone() const
{
    return coach::IsoWeek::zoneFor(m_slot.team.timeZone).value_or(QTimeZone::systemTimeZone());
}

void HighlightCard::setSlot(const TeamWeekSlot &slot)
{
    m_slot = slot;
    m_title->setText(slot.team.name);
    m_zone->setText(HighlightFormat::zoneNote(slot.team.timeZone));
    m_zone->setVisible(!m_zone->text().isEmpty());
    m_history->setVisible(slot.historyCount > 0);
    m_history->setText(slot.historyCount > 1 ? tr("History (%1)…").arg(slot.historyCount) : tr("History…"));

    const bool chosen = slot.highlight.has_value();
    m_highlightPanel->setVisible(chosen);
    m_exportClip->setVisible(m_clipExportAvailable && chosen);
    if (chosen) {
        const coach::Highlight &h = *slot.highlight;
        QStringList facts{ repOrUnknown(h.repName) };
        if (h.callStartedAt.isValid())
            facts << DisplayFormat::dateTimeIn(h.callStartedAt, teamZone());
        facts << HighlightFormat::region(h.region);
        if (!h.patternLabel.isEmpty())
            facts << h.patternLabel;
        m_callLine->setText(facts.join(u"  ·  "_s));
        m_reason->setText(h.reason.isEmpty() ? tr("No reason given.") : u"“"_s + h.reason + u"”"_s);
        m_chosen->setText(tr("Chosen by %1 on %2")
                                  .arg(h.chosenBy.isEmpty() ? tr("someone") : h.chosenBy,
                                       DisplayFormat::dateTime(h.chosenAt, QLocale::ShortFormat)));
    }

    if (!slot.error.isEmpty()) {
        m_status->setText(slot.error);
    } else if (chosen) {
        m_status->clear();
    } else if (slot.candidates.isEmpty()) {
        m_status->setText(tr("No highlight yet, and no candidates: no call of this team's week has an "
                             "“Off-script — effective” annotation. Tag one in Review to see it here."));
    } else {
        m_status->setText(tr("No highlight yet. Candidates, best first: this week's calls with an effective "
                             "off-script moment."));
    }
    m_status->setVisible(!m_status->text().isEmpty());

    rebuildCandidates();
    // Empty slot: candidates are the point, shown without a toggle. Chosen: folded away.
    const bool any = !m_chooseButtons.isEmpty();
    m_toggle->setVisible(chosen && any);
    m_toggle->setText(tr("Other candidates (%1)").arg(m_chooseButtons.size()));
    m_toggle->setChecked(false);
    m_toggle->setArrowType(Qt::RightArrow);
    m_candidatesPanel->setVisible(!chosen && any);
}

void HighlightCard::rebuildCandidates()
{
    m_chooseButtons.clear();
    while (QLayoutItem *item = m_candidatesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // The chosen call is on the card already; it is not its own alternative.
    int rank = 0;
    for (const coach::HighlightCandidate &candidate : std::as_const(m_slot.candidates)) {
        if (m_slot.highlight && m_slot.highlight->call == candidate.call)
            continue;
        m_candidatesLayout->addWidget(candidateRow(candidate, ++rank));
    }
}

QWidget *HighlightCard::candidateRow(const coach::HighlightCandidate &candidate, int rank)
{
    auto *row = new QFrame(m_candidatesPanel);
    row->setObjectName(u"candidateRow"_s);
    row->setFrameShape(QFrame::NoFrame);
    auto *rankLabel = new QLabel(QLocale().toString(rank) + u'.', row);
    rankLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    rankLabel->setMinimumWidth(rankLabel->fontMetrics().horizontalAdvance(u"00."_s));

    QStringList facts{ repOrUnknown(candidate.repName) };
    if (candidate.callStartedAt.isValid())
        facts << DisplayFormat::dateTimeIn(candidate.callStartedAt, teamZone());
    facts << HighlightFormat::region(candidate.region);
    if (!candidate.patternLabel.isEmpty())
        facts << candidate.patternLabel;
    auto *main = new QLabel(facts.join(u"  ·  "_s), row);
    main->setTextFormat(Qt::PlainText);
    QString detail = HighlightFormat::evidence(candidate);
    if (!candidate.regionComment.isEmpty())
        detail = u"“"_s + candidate.regionComment + u"”  ·  "_s + detail;
    auto *evidence = new QLabel(detail, row);
    evidence->setTextFormat(Qt::PlainText);
    evidence->setWordWrap(true);
    evidence->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(main);
    text->addWidget(evidence);

    auto *listen = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Listen"), row);
    listen->setToolTip(tr("Open the call in Review at the effective off-script moment"));
    connect(listen, &QPushButton::clicked, this,
            [this, call = candidate.call, at = candidate.region.startMs] { emit openRequested(call, at); });
    auto *choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(u"chooseCandidateButton"_s);
    choose->setToolTip(tr("Make this call the team's highlight of the week"));
    connect(choose, &QPushButton::clicked, this,
            [this, candidate] { emit chooseRequested(m_slot.team, candidate); });
    m_chooseButtons << choose;

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->addWidget(rankLabel, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(listen, 0, Qt::AlignVCenter);
    layout->addWidget(choose, 0, Qt::AlignVCenter);
    return row;
}
