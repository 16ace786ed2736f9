// SPDX-License-Identifier: GPL-3.0-or-later
// The "A" side of bench-search.sh: TranscriptSearch through our own SQLite
// connection, timed inside the process (so start-up and opening the library do
// not count; prints wall ms, CPU ms, hits, snippet characters), against the sqlite3 CLI timing the same query with `.timer on`.
#include "storage/Database.h"
#include "storage/TranscriptSearch.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times TranscriptSearch on a library; prints ms per query."_s);
    parser.addHelpOption();
    parser.addOptions({
            { u"library"_s, u"The library file (created with our schema when missing)."_s, u"FILE"_s },
            { u"query"_s, u"What the user types."_s, u"TEXT"_s },
            { u"repeat"_s, u"Timed searches (after one untimed warm-up); default 20."_s, u"N"_s, u"20"_s },
            { u"offset"_s, u"Page offset; default 0."_s, u"N"_s, u"0"_s },
            { u"limit"_s, u"Page size; default 50."_s, u"N"_s, u"50"_s },
            { u"call"_s, u"Search this call only (searchCall)."_s, u"ID"_s },
            { u"expression"_s, u"Print the FTS5 MATCH expression for --query and exit."_s },
    });
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString text = parser.value(u"query"_s);
    if (parser.isSet(u"expression"_s)) {
        out << coach::TranscriptSearch::matchExpression(text) << u'\n';
        return 0;
    }
    auto db = coach::Database::open(parser.value(u"library"_s));
    if (!db) {
        err << db.error().message() << u'\n';
        return 1;
    }
    if (text.isEmpty())
        return 0; // just created or migrated the library
    const coach::TranscriptSearch search(**db);
    const int repeat = std::max(1, parser.value(u"repeat"_s).toInt());
    const int offset = parser.value(u"offset"_s).toInt();
    const int limit = parser.value(u"limit"_s).toInt();
    const coach::CallId call(parser.value(u"call"_s).toLongLong());
    const auto once = [&] {
        return parser.isSet(u"call"_s) ? search.searchCall(call, text) : search.search(text, offset, limit);
    };
    auto hits = once(); // warm-up: pages in cache, statement compiled once by SQLite
    if (!hits) {
        err << hits.error().message() << u'\n';
        return 1;
    }
    qsizetype chars = 0;
    // CPU time beside wall time: on a loaded machine the wall time swells, the CPU time much less.
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < repeat; ++i) {
        hits = once();
        if (!hits) {
            err << hits.error().message() << u'\n';
            return 1;
        }
        for (const coach::SearchHit &hit : *hits)
            chars += hit.snippet.size(); // use the result, as the app would
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6 / repeat;
    const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / repeat;
    out << QString::number(ms, 'f', 4) << u' ' << QString::number(cpuMs, 'f', 4) << u' ' << hits->size() << u' '
        << chars << u'\n';
    return 0;
}
