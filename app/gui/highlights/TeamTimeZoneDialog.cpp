// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamTimeZoneDialog.h"

#include "HighlightFormat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

TeamTimeZoneDialog::TeamTimeZoneDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"teamTimeZoneDialog"_s);
    setWindowTitle(tr("Team Time Zone"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_zones = new QComboBox(this);
    m_zones->setObjectName(u"zoneBox"_s);
    m_zones->setEditable(true);
    m_zones->setInsertPolicy(QComboBox::NoInsert);
    m_zones->setMaxVisibleItems(16);
    m_zones->addItem(tr("This computer's time zone — %1").arg(HighlightFormat::zoneName({})), QString());
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        m_zones->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    // The default completer matches only from the start; "auck" should find Pacific/Auckland.
    m_zones->completer()->setFilterMode(Qt::MatchContains);
    m_zones->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zones->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zones->lineEdit()->setPlaceholderText(tr("Type part of a city or region"));
    connect(m_zones, &QComboBox::currentIndexChanged, this, &TeamTimeZoneDialog::validate);
    connect(m_zones, &QComboBox::editTextChanged, this, &TeamTimeZoneDialog::validate);

    m_now = new QLabel(this);
    m_now->setObjectName(u"zoneNow"_s);
    m_now->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Time zone:"), m_zones);
    form->addRow(QString(), m_now);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Time Zone"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    validate();
}

void TeamTimeZoneDialog::setTeam(const QString &teamName, const QString &ianaId)
{
    m_intro->setText(tr("A call belongs to the week of %1's own calendar: a call on Sunday evening in one "
                        "zone can already be Monday, the next week, in another. Highlights and candidates "
                        "regroup as soon as the zone is set.")
                             .arg(teamName));
    if (!selectZone(ianaId))
        m_zones->setEditText(ianaId);
    validate();
}

bool TeamTimeZoneDialog::selectZone(const QString &ianaId)
{
    const int index = m_zones->findData(ianaId.isEmpty() ? QString() : ianaId);
    if (index < 0)
        return false;
    m_zones->setCurrentIndex(index);
    return true;
}

QString TeamTimeZoneDialog::zoneId() const
{
    // Typed text counts only when it names a listed zone exactly.
    const int typed = m_zones->findText(m_zones->currentText(), Qt::MatchFixedString);
    return typed >= 0 ? m_zones->itemData(typed).toString() : m_zones->currentData().toString();
}

void TeamTimeZoneDialog::validate()
{
    const int typed = m_zones->findText(m_zones->currentText(), Qt::MatchFixedString);
    const bool known = typed >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(known);
    if (!known) {
        m_now->setText(tr("Choose a zone from the list."));
        return;
    }
    const QString id = m_zones->itemData(typed).toString();
    const QTimeZone zone = id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
    m_now->setText(tr("It is %1 there now.")
                           .arg(QLocale().toString(QDateTime::currentDateTimeUtc().toTimeZone(zone),
                                                   u"ddd d MMM, HH:mm"_s)));
}
