// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DisplayFormat.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

QString DisplayFormat::absent()
{
    return u"—"_s;
}

QString DisplayFormat::duration(qint64 ms)
{
    if (ms <= 0)
        return {};
    return position(ms);
}

QString DisplayFormat::position(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    // Round to the nearest second so a 59.6 s call does not read as 0:59.
    const qint64 total = (ms + 500) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total / 60) % 60;
    const qint64 seconds = total % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(seconds, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
}

QString DisplayFormat::channels(int count)
{
    switch (count) {
    case 0:
        return {};
    case 1:
        return tr("Mono");
    case 2:
        return tr("Stereo");
    default:
        return QLocale().toString(count);
    }
}

QString DisplayFormat::score(std::optional<double> value)
{
    if (!value)
        return {};
    return QLocale().toString(*value, 'g', QLocale::FloatingPointShortest);
}

QString DisplayFormat::yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? tr("Yes") : tr("No");
}

QString DisplayFormat::dateTime(const QDateTime &utc, QLocale::FormatType format)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    if (format != QLocale::ShortFormat)
        return locale.toString(utc.toLocalTime(), format);
    // Many locales' short time carries seconds; a call list reads better
    // without them, in the locale's own order and 12/24-hour style.
    return locale.toString(utc.toLocalTime(), locale.dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat());
}

QString DisplayFormat::dateTimeIn(const QDateTime &utc, const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::systemTimeZone())
        return dateTime(utc, QLocale::ShortFormat);
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime there = utc.toTimeZone(zone);
    return locale.toString(there, locale.dateFormat(QLocale::ShortFormat) + u' ' + shortTimeFormat()) + u' '
            + zone.abbreviation(there);
}

QString DisplayFormat::longDateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2", "long date, time")
        .arg(locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), shortTimeFormat()));
}

QString DisplayFormat::shortTimeFormat()
{
    static const QRegularExpression seconds(u"[.:]ss"_s);
    return QLocale().timeFormat(QLocale::ShortFormat).remove(seconds);
}

QString DisplayFormat::sampleRate(int hz)
{
    if (hz <= 0)
        return {};
    if (hz % 1000 == 0)
        return tr("%1 kHz").arg(QLocale().toString(hz / 1000));
    return tr("%1 kHz").arg(QLocale().toString(hz / 1000.0, 'f', 1));
}
