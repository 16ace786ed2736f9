// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchCommand.h"

#include "AnnotationJson.h"
#include "CallArgument.h"
#include "core/DurationFormat.h"
#include "storage/Database.h"
#include "storage/TranscriptSearch.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace coach::cli {

namespace {

constexpr int kDefaultLimit = 20;

int count(const QCommandLineParser &parser, const QString &name, int fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    const int value = parser.value(name).toInt(ok);
    *ok = *ok && value >= 0;
    return value;
}

} // namespace

QString SearchCommand::summary() const
{
    return tr("Find words in the transcripts, best match first");
}

void SearchCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"text"_s, tr("Words (all must occur), \"a phrase\", or a prefix ending in *."),
                                 tr("TEXT…"));
    parser.addOption({ u"call"_s, tr("Search one call's transcript, in time order."), tr("CALL") });
    parser.addOption({ u"limit"_s, tr("Show at most N matches (default %1).").arg(kDefaultLimit), tr("N") });
    parser.addOption({ u"offset"_s, tr("Skip the first N matches, for the next page."), tr("N") });
    parser.addOption({ u"json"_s, tr("Print a JSON array (see the README for its fields).") });
}

int SearchCommand::execute(const QCommandLineParser &parser, Context &context)
{
    const QString text = parser.positionalArguments().join(u' ');
    if (text.trimmed().isEmpty()) {
        context.err << tr("error: say what to search for") << u'\n';
        return Usage;
    }
    bool ok = true;
    const int limit = count(parser, u"limit"_s, kDefaultLimit, &ok);
    const int offset = ok ? count(parser, u"offset"_s, 0, &ok) : 0;
    if (!ok) {
        context.err << tr("error: --limit and --offset take a whole number, 0 or more") << u'\n';
        return Usage;
    }
    auto db = openLibrary(context);
    if (!db)
        return Failure;
    TranscriptSearch search(*db);
    Result<QList<SearchHit>> hits = QList<SearchHit>();
    if (parser.isSet(u"call"_s)) {
        const auto call = CallArgument::find(*db, parser.value(u"call"_s));
        if (!call)
            return report(call.error(), context);
        hits = search.searchCall(call->id, text);
        // One call's matches come all at once, in time order; page them here alike.
        if (hits)
            *hits = hits->mid(offset, limit);
    } else {
        hits = search.search(text, offset, limit);
    }
    if (!hits)
        return report(hits.error(), context);

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(AnnotationJson::searchHit(hit));
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (hits->isEmpty()) {
        context.out << tr("No matches.") << u'\n';
        return Success;
    }
    for (const SearchHit &hit : *hits) {
        QString snippet = hit.snippet;
        snippet.replace(QChar(2), u'[').replace(QChar(3), u']');
        context.out << tr("call %1").arg(hit.call.value()).leftJustified(11) << u' '
                    << formatDuration(hit.startMs).rightJustified(7) << u"  "_s
                    << (hit.speaker.isEmpty() ? QString() : hit.speaker + u": "_s) << snippet << u'\n';
    }
    return Success;
}

} // namespace coach::cli
