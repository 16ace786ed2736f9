// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ElanWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QXmlStreamWriter>

#include <map>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

struct Tier
{
    QString id;
    QList<const Annotation *> annotations;
    qint64 lastEnd = -1;
};

// ELAN plays what its media framework knows; these are the types it names itself.
QString mimeType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"wav"_s)
        return u"audio/x-wav"_s;
    if (suffix == u"mp3"_s)
        return u"audio/mpeg"_s;
    if (suffix == u"m4a"_s || suffix == u"aac"_s || suffix == u"mp4"_s)
        return u"audio/mp4"_s;
    if (suffix == u"ogg"_s || suffix == u"opus"_s || suffix == u"oga"_s)
        return u"audio/ogg"_s;
    if (suffix == u"flac"_s)
        return u"audio/flac"_s;
    return u"unknown"_s;
}

} // namespace

QByteArray ElanWriter::write(const QList<Annotation> &annotations, const Call &call)
{
    // Tiers in the order their tag first appears; within a tag, the first tier
    // whose last annotation has ended takes the next one.
    QList<const Annotation *> sorted;
    for (const Annotation &a : annotations)
        sorted.append(&a);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Annotation *a, const Annotation *b) {
        return std::pair(a->startMs, a->endMs) < std::pair(b->startMs, b->endMs);
    });
    QList<Tier> tiers;
    std::map<QString, QList<qsizetype>> tiersOfTag;
    for (const Annotation *a : std::as_const(sorted)) {
        const QString name = a->tagLabel.isEmpty() ? QCoreApplication::translate("ElanWriter", "Comments")
                                                   : a->tagLabel;
        QList<qsizetype> &own = tiersOfTag[name];
        qsizetype chosen = -1;
        for (const qsizetype t : std::as_const(own)) {
            // A moment at the very end of a region would share its time; ELAN wants them apart.
            if (tiers.at(t).lastEnd < a->startMs || (tiers.at(t).lastEnd == a->startMs && a->startMs != a->endMs)) {
                chosen = t;
                break;
            }
        }
        if (chosen < 0) {
            own.append(tiers.size());
            chosen = tiers.size();
            tiers.append({ own.size() == 1 ? name : u"%1 (%2)"_s.arg(name).arg(own.size()), {}, -1 });
        }
        tiers[chosen].annotations.append(a);
        tiers[chosen].lastEnd = a->endMs;
    }

    // Two boundaries per annotation, numbered in time order as ELAN writes them.
    struct Slot
    {
        qint64 ms;
        qsizetype order;
    };
    QList<Slot> boundaries;
    QHash<const Annotation *, qsizetype> firstSlot;
    for (const Annotation *a : std::as_const(sorted)) {
        firstSlot.insert(a, boundaries.size());
        boundaries.append({ a->startMs, boundaries.size() });
        boundaries.append({ a->endMs, boundaries.size() });
    }
    QList<qsizetype> byTime(boundaries.size());
    std::iota(byTime.begin(), byTime.end(), 0);
    std::stable_sort(byTime.begin(), byTime.end(),
                     [&](qsizetype a, qsizetype b) { return boundaries.at(a).ms < boundaries.at(b).ms; });
    QList<qsizetype> slotNumber(boundaries.size());
    for (qsizetype i = 0; i < byTime.size(); ++i)
        slotNumber[byTime.at(i)] = i + 1;

    QDateTime date;
    for (const Annotation &a : annotations)
        date = std::max(date, a.updatedAt.isValid() ? a.updatedAt : a.createdAt);
    if (!date.isValid())
        date = QDateTime::currentDateTimeUtc();

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter xml(&buffer);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument();
    xml.writeStartElement(u"ANNOTATION_DOCUMENT"_s);
    xml.writeAttribute(u"AUTHOR"_s, QString());
    xml.writeAttribute(u"DATE"_s, date.toOffsetFromUtc(0).toString(Qt::ISODateWithMs).replace(u"Z"_s, u"+00:00"_s));
    xml.writeAttribute(u"FORMAT"_s, u"3.0"_s);
    xml.writeAttribute(u"VERSION"_s, u"3.0"_s);
    xml.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    xml.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"noNamespaceSchemaLocation"_s,
                       u"http://www.mpi.nl/tools/elan/EAFv3.0.xsd"_s);

    xml.writeStartElement(u"HEADER"_s);
    xml.writeAttribute(u"MEDIA_FILE"_s, QString());
    xml.writeAttribute(u"TIME_UNITS"_s, u"milliseconds"_s);
    if (!call.recordingPath.isEmpty()) {
        xml.writeEmptyElement(u"MEDIA_DESCRIPTOR"_s);
        xml.writeAttribute(u"MEDIA_URL"_s, QUrl::fromLocalFile(call.recordingPath).toString(QUrl::FullyEncoded));
        xml.writeAttribute(u"MIME_TYPE"_s, mimeType(call.recordingPath));
    }
    xml.writeStartElement(u"PROPERTY"_s);
    xml.writeAttribute(u"NAME"_s, u"lastUsedAnnotationId"_s);
    xml.writeCharacters(QString::number(sorted.size()));
    xml.writeEndElement();
    xml.writeEndElement(); // HEADER

    xml.writeStartElement(u"TIME_ORDER"_s);
    for (const qsizetype i : std::as_const(byTime)) {
        xml.writeEmptyElement(u"TIME_SLOT"_s);
        xml.writeAttribute(u"TIME_SLOT_ID"_s, u"ts%1"_s.arg(slotNumber.at(i)));
        xml.writeAttribute(u"TIME_VALUE"_s, QString::number(boundaries.at(i).ms));
    }
    xml.writeEndElement();

    qsizetype annotationNumber = 0;
    QHash<const Annotation *, qsizetype> numbers;
    for (const Annotation *a : std::as_const(sorted))
        numbers.insert(a, ++annotationNumber);
    for (const Tier &tier : std::as_const(tiers)) {
        xml.writeStartElement(u"TIER"_s);
        xml.writeAttribute(u"LINGUISTIC_TYPE_REF"_s, u"coachbench"_s);
        xml.writeAttribute(u"TIER_ID"_s, tier.id);
        for (const Annotation *a : tier.annotations) {
            const qsizetype slot = firstSlot.value(a);
            xml.writeStartElement(u"ANNOTATION"_s);
            xml.writeStartElement(u"ALIGNABLE_ANNOTATION"_s);
            xml.writeAttribute(u"ANNOTATION_ID"_s, u"a%1"_s.arg(numbers.value(a)));
            xml.writeAttribute(u"TIME_SLOT_REF1"_s, u"ts%1"_s.arg(slotNumber.at(slot)));
            xml.writeAttribute(u"TIME_SLOT_REF2"_s, u"ts%1"_s.arg(slotNumber.at(slot + 1)));
            // The tier names the tag, so the value is the comment (or the tag when there is none).
            xml.writeTextElement(u"ANNOTATION_VALUE"_s, a->comment.isEmpty() ? a->tagLabel : a->comment);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    xml.writeEmptyElement(u"LINGUISTIC_TYPE"_s);
    xml.writeAttribute(u"GRAPHIC_REFERENCES"_s, u"false"_s);
    xml.writeAttribute(u"LINGUISTIC_TYPE_ID"_s, u"coachbench"_s);
    xml.writeAttribute(u"TIME_ALIGNABLE"_s, u"true"_s);
    xml.writeEndElement(); // ANNOTATION_DOCUMENT
    xml.writeEndDocument();
    return bytes;
}

} // namespace coach
