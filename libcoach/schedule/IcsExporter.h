// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "schedule/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace coach {

// The name and address a rep appears under in an invitation.
struct IcsContact
{
    QString name;
    QString email;
};

/*
 * Writes sessions as one RFC 5545 VCALENDAR with libical: each series a VEVENT
 * with RRULE/RDATE/EXDATE, each moved or cancelled meeting a VEVENT with the
 * same UID and a RECURRENCE-ID, the zones libical knows as VTIMEZONEs (their
 * TZID the plain IANA id, which Outlook and Google both map). DESCRIPTION is
 * the agenda; private notes and check-ins are never written.
 */
class IcsExporter final
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)
public:
    // `contacts` maps RepId values to how they are named; `stamp` is DTSTAMP (now when invalid).
    [[nodiscard]] static Result<QByteArray> write(const QList<Session> &sessions,
                                                  const QHash<qint64, IcsContact> &contacts,
                                                  const QDateTime &stamp = {});

    // The address used for a rep without e-mail, so ATTENDEE stays a valid URI.
    [[nodiscard]] static QString placeholderAddress(const QString &name);
};

} // namespace coach
