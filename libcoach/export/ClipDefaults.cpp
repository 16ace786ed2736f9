// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ClipDefaults.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace coach {

TimeRange ClipDefaults::rangeFor(const Annotation &annotation, qint64 recordingMs)
{
    if (!annotation.isMoment())
        return { annotation.startMs, annotation.endMs };
    const qint64 length = recordingMs > 0 ? std::min(kMomentClipMs, recordingMs) : kMomentClipMs;
    qint64 start = std::max<qint64>(0, annotation.startMs - length / 2);
    if (recordingMs > 0)
        start = std::min(start, recordingMs - length);
    return { start, start + length };
}

ClipMetadata ClipDefaults::metadata(const Call &call, const std::optional<Annotation> &annotation)
{
    ClipMetadata tags;
    tags.artist = call.repName;
    if (call.startedAt.isValid())
        tags.date = call.startedAt.toLocalTime().date().toString(Qt::ISODate);
    QStringList title;
    if (annotation && !annotation->tagLabel.isEmpty())
        title.append(annotation->tagLabel);
    if (!call.repName.isEmpty())
        title.append(call.repName);
    if (!tags.date.isEmpty())
        title.append(tags.date);
    tags.title = title.isEmpty() ? tr("Call %1").arg(call.id.value()) : title.join(u" — "_s);
    if (annotation) {
        QStringList comment;
        if (!annotation->tagLabel.isEmpty())
            comment.append(annotation->tagLabel);
        if (!annotation->comment.isEmpty())
            comment.append(annotation->comment);
        tags.comment = comment.join(u": "_s);
    }
    return tags;
}

QString ClipDefaults::fileName(const Call &call, qint64 startMs, const ClipFormat &format)
{
    QStringList parts;
    if (!call.repName.isEmpty())
        parts.append(call.repName);
    if (call.startedAt.isValid())
        parts.append(call.startedAt.toLocalTime().date().toString(Qt::ISODate));
    if (parts.isEmpty())
        parts.append(u"call-%1"_s.arg(call.id.value()));
    const qint64 seconds = std::max<qint64>(0, startMs) / 1000;
    const auto two = [](qint64 n) { return QString::number(n).rightJustified(2, u'0'); };
    if (seconds >= 3600)
        parts.append(QString::number(seconds / 3600) + u'h' + two(seconds / 60 % 60) + u'm' + two(seconds % 60) + u's');
    else
        parts.append(QString::number(seconds / 60) + u'm' + two(seconds % 60) + u's');
    // Letters of any script stay; anything a file system or a mail filter
    // might object to becomes a dash.
    static const QRegularExpression unsafe(u"[^\\w.]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString name = parts.join(u'-').toLower().replace(unsafe, u"-"_s);
    name.replace(QRegularExpression(u"-{2,}"_s), u"-"_s);
    while (name.startsWith(u'-') || name.startsWith(u'.'))
        name.remove(0, 1);
    return name + u'.' + format.extension();
}

QHash<QString, QString> ClipDefaults::speakerNames(const QHash<QString, SpeakerRole> &roles, const Call &call)
{
    QHash<QString, QString> names;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
        if (it.value() == SpeakerRole::Agent)
            names.insert(it.key(), call.repName.isEmpty() ? tr("Agent") : call.repName);
        else if (it.value() == SpeakerRole::Customer)
            names.insert(it.key(), tr("Customer"));
    }
    return names;
}

int ClipDefaults::agentChannel(const Call &call)
{
    return call.agentChannel == AgentChannel::Right ? 1 : 0;
}

} // namespace coach
