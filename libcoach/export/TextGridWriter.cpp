// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/TextGridWriter.h"

#include "export/AnnotationFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace coach {

namespace {

struct Interval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

// Praat's number style: "0", "83.2", "95.125" — exact, from milliseconds.
QString number(qint64 ms)
{
    QString result = QString::number(ms / 1000);
    if (ms % 1000 != 0) {
        QString fraction = QString::number(ms % 1000).rightJustified(3, u'0');
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        result += u'.' + fraction;
    }
    return result;
}

// Praat strings double their quotes; nothing else is escaped.
QString string(const QString &text)
{
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

QByteArray TextGridWriter::write(const QList<Annotation> &annotations, const Call &call)
{
    qint64 endMs = std::max<qint64>(call.audio.durationMs, 0);
    QList<Annotation> regions;
    QList<Annotation> moments;
    for (const Annotation &a : annotations) {
        endMs = std::max(endMs, a.endMs);
        (a.isMoment() ? moments : regions).append(a);
    }
    // Praat refuses a grid with no extent.
    endMs = std::max<qint64>(endMs, 1);
    const auto byTime = [](const Annotation &a, const Annotation &b) {
        return std::pair(a.startMs, a.endMs) < std::pair(b.startMs, b.endMs);
    };
    std::stable_sort(regions.begin(), regions.end(), byTime);
    std::stable_sort(moments.begin(), moments.end(), byTime);

    // An IntervalTier cannot hold overlapping intervals: each region goes to
    // the first tier it fits after, so most calls need only one.
    QList<QList<Interval>> tiers;
    for (const Annotation &a : std::as_const(regions)) {
        auto tier = std::find_if(tiers.begin(), tiers.end(),
                                 [&](const QList<Interval> &t) { return t.constLast().endMs <= a.startMs; });
        if (tier == tiers.end()) {
            tiers.append(QList<Interval>());
            tier = tiers.end() - 1;
        }
        tier->append({ a.startMs, a.endMs, AnnotationFormat::labelText(a) });
    }
    if (tiers.isEmpty())
        tiers.append(QList<Interval>());

    QString out;
    const auto line = [&out](int indent, const QString &text) { out += QString(indent, u' ') + text + u'\n'; };
    line(0, u"File type = \"ooTextFile\""_s);
    line(0, u"Object class = \"TextGrid\""_s);
    line(0, QString());
    line(0, u"xmin = 0 "_s);
    line(0, u"xmax = %1 "_s.arg(number(endMs)));
    line(0, u"tiers? <exists> "_s);
    line(0, u"size = %1 "_s.arg(tiers.size() + 1));
    line(0, u"item []: "_s);
    int item = 0;
    for (qsizetype t = 0; t < tiers.size(); ++t) {
        // Fill the gaps with empty intervals so the tier covers 0..end without holes.
        QList<Interval> filled;
        qint64 at = 0;
        for (const Interval &interval : std::as_const(tiers.at(t))) {
            if (interval.startMs > at)
                filled.append({ at, interval.startMs, QString() });
            filled.append(interval);
            at = interval.endMs;
        }
        if (at < endMs)
            filled.append({ at, endMs, QString() });
        line(4, u"item [%1]:"_s.arg(++item));
        line(8, u"class = \"IntervalTier\" "_s);
        line(8, u"name = %1 "_s.arg(string(t == 0 ? u"regions"_s : u"regions %1"_s.arg(t + 1))));
        line(8, u"xmin = 0 "_s);
        line(8, u"xmax = %1 "_s.arg(number(endMs)));
        line(8, u"intervals: size = %1 "_s.arg(filled.size()));
        for (qsizetype i = 0; i < filled.size(); ++i) {
            line(8, u"intervals [%1]:"_s.arg(i + 1));
            line(12, u"xmin = %1 "_s.arg(number(filled.at(i).startMs)));
            line(12, u"xmax = %1 "_s.arg(number(filled.at(i).endMs)));
            line(12, u"text = %1 "_s.arg(string(filled.at(i).text)));
        }
    }
    line(4, u"item [%1]:"_s.arg(++item));
    line(8, u"class = \"TextTier\" "_s);
    line(8, u"name = \"moments\" "_s);
    line(8, u"xmin = 0 "_s);
    line(8, u"xmax = %1 "_s.arg(number(endMs)));
    line(8, u"points: size = %1 "_s.arg(moments.size()));
    for (qsizetype i = 0; i < moments.size(); ++i) {
        line(8, u"points [%1]:"_s.arg(i + 1));
        line(12, u"number = %1 "_s.arg(number(moments.at(i).startMs)));
        line(12, u"mark = %1 "_s.arg(string(AnnotationFormat::labelText(moments.at(i)))));
    }
    return out.toUtf8();
}

} // namespace coach
