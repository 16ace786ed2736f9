// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/BuddyPairsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

BuddyPairsDialog::BuddyPairsDialog(QWidget *parent)
    : QDialog(parent)
    , m_team(new QComboBox(this))
    , m_month(new QDateEdit(this))
    , m_trio(new QCheckBox(tr("With an odd team, the rep left over &joins a pair"), this))
    , m_pairs(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Buddy Pairs"));
    resize(520, 440);
    m_team->setObjectName(u"team"_s);
    m_month->setObjectName(u"month"_s);
    m_month->setDisplayFormat(u"MMMM yyyy"_s);
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    const QDate today = QDate::currentDate();
    // Pairs are planned ahead: next month unless this one has barely started.
    const QDate first(today.year(), today.month(), 1);
    m_month->setDate(today.day() <= 7 ? first : first.addMonths(1));
    m_pairs->setObjectName(u"pairs"_s);
    m_pairs->setHeaderLabels({tr("Buddies")});
    m_pairs->setRootIsDecorated(false);
    m_pairs->header()->hide();
    m_note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Month:"), m_month);
    form->addRow(QString(), m_trio);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Pairs"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"savePairs"_s);
    m_save->setToolTip(tr("Keep these pairs for the month, so the next month rotates on"));
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(team(), month()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pairs, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    connect(m_team, &QComboBox::currentIndexChanged, this, &BuddyPairsDialog::refresh);
    connect(m_month, &QDateEdit::dateChanged, this, &BuddyPairsDialog::refresh);
    connect(m_trio, &QCheckBox::toggled, this, &BuddyPairsDialog::refresh);
}

void BuddyPairsDialog::setTeams(const QList<coach::Team> &teams)
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    for (const coach::Team &team : teams)
        m_team->addItem(team.name, team.id.value());
    m_team->setEnabled(!teams.isEmpty());
}

coach::TeamId BuddyPairsDialog::team() const
{
    return coach::TeamId(m_team->currentData().toLongLong());
}

QString BuddyPairsDialog::month() const
{
    return m_month->date().toString(u"yyyy-MM"_s);
}

bool BuddyPairsDialog::trio() const
{
    return m_trio->isChecked();
}

void BuddyPairsDialog::refresh()
{
    m_pairs->clear();
    m_note->clear();
    m_save->setEnabled(false);
    if (!team().isValid()) {
        m_note->setText(tr("There are no teams yet: import calls with a manifest that names each rep’s team."));
        return;
    }
    emit proposalRequested(team(), month(), trio());
}

void BuddyPairsDialog::setProposal(const QList<QStringList> &pairs, const QStringList &unpaired, const QString &note)
{
    m_pairs->clear();
    const QLocale locale;
    for (const QStringList &pair : pairs)
        new QTreeWidgetItem(m_pairs, {locale.createSeparatedList(pair)});
    QStringList lines;
    if (!note.isEmpty())
        lines << note;
    if (!unpaired.isEmpty())
        lines << tr("Sitting out this month: %1").arg(locale.createSeparatedList(unpaired));
    if (pairs.isEmpty())
        lines << tr("This team needs at least two reps to pair up.");
    m_note->setText(lines.join(u'\n'));
    m_save->setEnabled(!pairs.isEmpty());
}

void BuddyPairsDialog::setSaved(bool saved)
{
    m_save->setEnabled(!saved);
    m_save->setText(saved ? tr("Saved") : tr("&Save Pairs"));
}

void BuddyPairsDialog::setError(const QString &message)
{
    m_note->setText(message);
}
