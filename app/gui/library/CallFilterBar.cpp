// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/CallFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

CallFilterBar::CallFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_team(new QComboBox(this))
    , m_fromEnabled(new QCheckBox(tr("&From"), this))
    , m_from(new QDateEdit(this))
    , m_toEnabled(new QCheckBox(tr("T&o"), this))
    , m_to(new QDateEdit(this))
    , m_reset(new QToolButton(this))
{
    m_search->setObjectName(u"filterText"_s);
    m_search->setPlaceholderText(tr("Filter by rep, team, queue, customer or tag"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter calls"));
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);

    m_team->setObjectName(u"filterTeam"_s);
    m_team->setAccessibleName(tr("Team"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->addItem(tr("All teams"), qint64(0));

    // A range is open until the user ticks its side: a date edit alone cannot
    // say "any date".
    const auto setUpRangeSide = [this](QCheckBox *check, QDateEdit *edit, QDate date) {
        edit->setCalendarPopup(true);
        edit->setDate(date);
        edit->setEnabled(false);
        edit->setAccessibleName(check->text().remove(u'&'));
        check->setToolTip(tr("Tick to limit the calls by date"));
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_silent)
                emit filterChanged();
        });
        connect(edit, &QDateEdit::dateChanged, this, [this, check] {
            if (!m_silent && check->isChecked())
                emit filterChanged();
        });
    };
    const QDate today = QDate::currentDate();
    setUpRangeSide(m_fromEnabled, m_from, today.addMonths(-1));
    setUpRangeSide(m_toEnabled, m_to, today);
    m_fromEnabled->setObjectName(u"filterFromEnabled"_s);
    m_from->setObjectName(u"filterFrom"_s);
    m_toEnabled->setObjectName(u"filterToEnabled"_s);
    m_to->setObjectName(u"filterTo"_s);

    m_reset->setObjectName(u"filterReset"_s);
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Show all calls again"));
    m_reset->setEnabled(false);

    auto *teamLabel = new QLabel(tr("&Team:"), this);
    teamLabel->setBuddy(m_team);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addSpacing(8);
    layout->addWidget(teamLabel);
    layout->addWidget(m_team);
    layout->addSpacing(8);
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_reset);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_silent)
            m_debounce.start();
    });
    // Enter applies at once, for users who type and expect a result now.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce.isActive()) {
            m_debounce.stop();
            emit filterChanged();
        }
    });
    connect(&m_debounce, &QTimer::timeout, this, &CallFilterBar::filterChanged);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_silent)
            emit filterChanged();
    });
    connect(m_reset, &QToolButton::clicked, this, &CallFilterBar::clear);
    connect(this, &CallFilterBar::filterChanged, this, [this] { m_reset->setEnabled(isFiltering()); });
}

QString CallFilterBar::text() const
{
    return m_search->text().simplified();
}

coach::TeamId CallFilterBar::team() const
{
    return coach::TeamId(m_team->currentData().toLongLong());
}

QDate CallFilterBar::from() const
{
    return m_fromEnabled->isChecked() ? m_from->date() : QDate();
}

QDate CallFilterBar::to() const
{
    return m_toEnabled->isChecked() ? m_to->date() : QDate();
}

bool CallFilterBar::isFiltering() const
{
    return !text().isEmpty() || team().isValid() || from().isValid() || to().isValid();
}

void CallFilterBar::setTeams(const QList<coach::Team> &teams)
{
    const qint64 chosen = team().value();
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), qint64(0));
    for (const coach::Team &t : teams)
        m_team->addItem(t.name, t.id.value());
    const int index = m_team->findData(chosen);
    m_team->setCurrentIndex(std::max(index, 0));
    m_team->setEnabled(!teams.isEmpty());
    // The chosen team is gone: what the table shows no longer matches the bar.
    if (index < 0)
        emit filterChanged();
}

void CallFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CallFilterBar::clear()
{
    if (!isFiltering())
        return;
    m_silent = true;
    m_debounce.stop();
    m_search->clear();
    m_team->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_silent = false;
    emit filterChanged();
}
