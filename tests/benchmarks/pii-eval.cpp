// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluates the PII detector on Presidio's labelled sets and prints recall
// per type and precision. Run:
//   pii-eval [CORPUS_DIR] [--misses TYPE|all] [--false-positives TYPE|all]
// CORPUS_DIR defaults to ../shared/corpus/pii beside the source tree.
#include "pii-eval-corpus.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString corpus = QStringLiteral(COACH_SHARED_CORPUS) + u"/pii"_s;
    QString misses;
    QString falsePositives;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--misses"_s && i + 1 < args.size())
            misses = args[++i];
        else if (args[i] == u"--false-positives"_s && i + 1 < args.size())
            falsePositives = args[++i];
        else
            corpus = args[i];
    }
    QTextStream out(stdout);
    const auto evaluation = coach::bench::PiiEvaluation::run(corpus, coach::PiiDetector());
    if (!evaluation) {
        QTextStream(stderr) << "pii-eval: " << evaluation.error().message() << '\n';
        return 1;
    }
    const auto print = [&out](const QList<coach::bench::PiiEvaluation::Miss> &list, const QString &type) {
        for (const auto &miss : list) {
            if (type == u"all"_s || miss.type == type)
                out << miss.type << " [" << miss.expected << "] in " << miss.source << ": "
                    << QString(miss.text).replace(u'\n', u" ⏎ "_s) << '\n';
        }
    };
    if (!misses.isEmpty())
        print(evaluation->misses(), misses);
    if (!falsePositives.isEmpty())
        print(evaluation->falsePositives(), falsePositives);
    out << evaluation->table();
    return 0;
}
