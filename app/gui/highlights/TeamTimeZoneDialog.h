// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

/*
 * "Time Zone…" on a team's highlight slot: picks the zone the team's ISO
 * weeks are read in from every zone this system knows, or the machine's own.
 * The zone box is searchable: typing any part of a name ("auck", "Berlin")
 * narrows it. OK is enabled only for a zone in the list.
 */
class TeamTimeZoneDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamTimeZoneDialog(QWidget *parent = nullptr);

    void setTeam(const QString &teamName, const QString &ianaId);
    // The chosen IANA id; '' for the machine's zone.
    [[nodiscard]] QString zoneId() const;
    // Selects `ianaId` ('' for the machine's); false when the list lacks it.
    bool selectZone(const QString &ianaId);

    [[nodiscard]] QComboBox *zoneBox() const { return m_zones; }
    [[nodiscard]] QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void validate();

    QLabel *m_intro = nullptr;
    QComboBox *m_zones = nullptr;
    QLabel *m_now = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
