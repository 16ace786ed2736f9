// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace coach::fuzz {

// Deterministic damage for the parser robustness tests (so g++ builds, which
// have no libFuzzer, still feed every parser hostile input): bit flips,
// truncations, tokens of the format's grammar, repeated and deleted chunks.
inline QByteArray mutate(QByteArray data, QRandomGenerator &random, const QList<QByteArray> &tokens)
{
    const int steps = 1 + int(random.bounded(4));
    for (int step = 0; step < steps; ++step) {
        const qsizetype at = data.isEmpty() ? 0 : qsizetype(random.bounded(quint32(data.size() + 1)));
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (!data.isEmpty()) {
                const qsizetype i = qMin(at, data.size() - 1);
                data[i] = char(data.at(i) ^ (1 << random.bounded(8)));
            }
            break;
        case 1: // truncate
            data.truncate(at);
            break;
        case 2: // insert a token of the grammar
        case 3:
            data.insert(at, tokens.at(random.bounded(int(tokens.size()))));
            break;
        case 4: { // repeat a chunk
            const qsizetype length = qMin<qsizetype>(data.size() - qMin(at, data.size()), 1 + random.bounded(64));
            data.insert(at, data.mid(at, length));
            break;
        }
        case 5: // delete a chunk
            data.remove(at, 1 + random.bounded(16));
            break;
        }
    }
    return data;
}

} // namespace coach::fuzz
