// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <libical/ical.h>

#include <memory>

namespace coach {

struct IcalComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using IcalComponentPtr = std::unique_ptr<icalcomponent, IcalComponentDeleter>;

/*
 * The few conversions between libical and Qt that the schedule code shares.
 * Internal to libcoach/schedule: no libical type appears in the public API.
 *
 * libical keeps process-wide state (its error number, the loaded builtin time
 * zones, guarded by its own mutex); initialise() makes its errors non-fatal,
 * since a bad calendar from another client must give a message, not abort().
 */
class IcalSupport final
{
    Q_DECLARE_TR_FUNCTIONS(IcalSupport)
public:
    // The largest number of rule steps one expansion takes before giving up.
    static constexpr qsizetype MaxSteps = 500000;

    static void initialise();

    // libical's builtin zone for an IANA id; UTC for "" and "UTC"; null when unknown.
    [[nodiscard]] static icaltimezone *zone(const QString &iana);
    // The IANA id of a zone: its location, or its TZID without a vendor prefix
    // ("/freeassociation.sourceforge.net/Europe/London", "/citadel.org/…/Europe/London").
    [[nodiscard]] static QString ianaName(icaltimezone *zone);
    [[nodiscard]] static QString ianaFromTzid(const QString &tzid);

    // The wall-clock time of `utc` in `zone`, with the zone attached.
    [[nodiscard]] static icaltimetype fromUtc(const QDateTime &utc, icaltimezone *zone);
    // The instant of `time`; floating times and dates are read in `fallback` (UTC when null).
    [[nodiscard]] static QDateTime toUtc(const icaltimetype &time, icaltimezone *fallback = nullptr);

    /*
     * Starts (UTC, ascending, unique) in [from, to), at most `limit`: every rule
     * iterated by libical from `dtstart` in its zone, plus `rdates`, minus
     * `exdates`. `ruleText` only names the rule in messages.
     */
    [[nodiscard]] static Result<QList<QDateTime>> expand(const icaltimetype &dtstart, icaltimezone *zone,
                                                         const QList<icalrecurrencetype> &rules,
                                                         const QList<QDateTime> &rdates,
                                                         const QList<QDateTime> &exdates, const QDateTime &from,
                                                         const QDateTime &to, qsizetype limit,
                                                         const QString &ruleText);

    // Takes ownership of a string libical allocated with the *_r functions.
    [[nodiscard]] static QString take(char *owned);
};

} // namespace coach
