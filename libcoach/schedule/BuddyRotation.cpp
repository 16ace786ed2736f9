// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/BuddyRotation.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace coach {

namespace {

quint64 key(RepId a, RepId b)
{
    const auto lo = quint64(std::min(a.value(), b.value()));
    const auto hi = quint64(std::max(a.value(), b.value()));
    return (hi << 32) | lo;
}

// Pairs `pool` without repeating `met`, as many as possible; small pools, bounded search.
QList<BuddyPair> matchFree(const QList<RepId> &pool, const QSet<quint64> &met, QList<RepId> &left)
{
    QList<BuddyPair> best;
    QList<BuddyPair> current;
    QList<bool> used(pool.size(), false);
    qsizetype steps = 0;
    const qsizetype target = pool.size() / 2;
    std::function<void(qsizetype)> search = [&](qsizetype from) {
        if (best.size() == target || ++steps > 200000)
            return;
        while (from < pool.size() && used[from])
            ++from;
        if (from >= pool.size()) {
            if (current.size() > best.size())
                best = current;
            return;
        }
        used[from] = true;
        for (qsizetype j = from + 1; j < pool.size(); ++j) {
            if (used[j] || met.contains(key(pool[from], pool[j])))
                continue;
            used[j] = true;
            current.append({ pool[from], pool[j], {} });
            search(from + 1);
            current.removeLast();
            used[j] = false;
            if (best.size() == target)
                break;
        }
        // Or leave this rep out.
        if (current.size() + (pool.size() - from - 1) / 2 > best.size())
            search(from + 1);
        used[from] = false;
        if (current.size() > best.size())
            best = current;
    };
    search(0);
    QSet<qint64> paired;
    for (const BuddyPair &p : best) {
        paired.insert(p.a.value());
        paired.insert(p.b.value());
    }
    for (RepId r : pool) {
        if (!paired.contains(r.value()))
            left.append(r);
    }
    return best;
}

} // namespace

QList<QList<std::pair<int, int>>> BuddyRotation::circleRounds(int n)
{
    QList<QList<std::pair<int, int>>> rounds;
    if (n < 2)
        return rounds;
    const int m = n % 2 == 0 ? n : n + 1; // with the placeholder
    const int rot = m - 1;                // rotating positions 0..m-2; m-1 is fixed
    for (int r = 0; r < rot; ++r) {
        QList<std::pair<int, int>> round;
        round.append({ r, m - 1 });
        for (int i = 1; i < m / 2; ++i) {
            const int a = (r + i) % rot;
            const int b = (r - i + rot) % rot;
            round.append({ std::min(a, b), std::max(a, b) });
        }
        rounds.append(round);
    }
    return rounds;
}

BuddyRotation::Proposal BuddyRotation::propose(QList<RepId> team, const QList<QList<BuddyPair>> &history,
                                               const QSet<qint64> &unavailable, OddMode mode)
{
    std::sort(team.begin(), team.end());
    team.erase(std::unique(team.begin(), team.end()), team.end());
    Proposal proposal;
    const int n = int(team.size());
    QHash<qint64, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(team[i].value(), i);
    QList<RepId> available;
    for (RepId r : team) {
        if (!unavailable.contains(r.value()))
            available.append(r);
    }
    if (available.size() < 2) {
        proposal.unpaired = available;
        proposal.round = -1;
        return proposal;
    }

    // Replay history to find the current cycle: the core pairs met since every pair last had met.
    const qsizetype allPairs = qsizetype(n) * (n - 1) / 2;
    QSet<quint64> met;
    int monthsInCycle = 0;
    for (const QList<BuddyPair> &month : history) {
        for (const BuddyPair &p : month) {
            if (index.contains(p.a.value()) && index.contains(p.b.value()))
                met.insert(key(p.a, p.b));
        }
        ++monthsInCycle;
        if (met.size() >= allPairs) {
            met.clear();
            monthsInCycle = 0;
        }
    }
    // If no unmet pair is left among the available reps, they start a new cycle.
    bool anyUnmet = false;
    for (qsizetype i = 0; i < available.size() && !anyUnmet; ++i) {
        for (qsizetype j = i + 1; j < available.size() && !anyUnmet; ++j)
            anyUnmet = !met.contains(key(available[i], available[j]));
    }
    if (!anyUnmet) {
        met.clear();
        monthsInCycle = 0;
        proposal.newCycle = true;
    } else if (met.isEmpty()) {
        proposal.newCycle = true;
    }

    const auto rounds = circleRounds(n);
    const auto isAvailable = [&](int i) { return i < n && !unavailable.contains(team[i].value()); };
    QList<BuddyPair> chosen;
    QList<RepId> left;
    proposal.round = -1;
    for (int k = 0; k < rounds.size(); ++k) {
        const int r = (monthsInCycle + k) % int(rounds.size());
        QList<BuddyPair> pairs;
        QList<RepId> loose;
        bool clean = true;
        for (const auto &[i, j] : rounds[r]) {
            const bool ai = isAvailable(i), aj = isAvailable(j);
            if (ai && aj) {
                if (met.contains(key(team[i], team[j]))) {
                    clean = false;
                    break;
                }
                pairs.append({ team[i], team[j], {} });
            } else if (ai) {
                loose.append(team[i]);
            } else if (aj) {
                loose.append(team[j]);
            }
        }
        if (!clean)
            continue;
        // Partners of absent reps pair up among themselves where they can.
        std::sort(loose.begin(), loose.end());
        QList<RepId> stillLoose;
        pairs.append(matchFree(loose, met, stillLoose));
        chosen = pairs;
        left = stillLoose;
        proposal.round = r;
        break;
    }
    if (proposal.round < 0)
        chosen = matchFree(available, met, left);

    // Trio: each rep left over joins a pair as its guest, a different pair each.
    if (mode == OddMode::Trio && !chosen.isEmpty()) {
        QList<RepId> stay;
        qsizetype host = proposal.round < 0 ? 0 : proposal.round % chosen.size();
        for (RepId r : left) {
            qsizetype tries = 0;
            while (tries < chosen.size() && chosen[host].isTrio()) {
                host = (host + 1) % chosen.size();
                ++tries;
            }
            if (tries == chosen.size()) {
                stay.append(r);
                continue;
            }
            chosen[host].c = r;
            host = (host + 1) % chosen.size();
        }
        left = stay;
    }
    std::sort(chosen.begin(), chosen.end(), [](const BuddyPair &x, const BuddyPair &y) { return x.a < y.a; });
    proposal.pairs = chosen;
    proposal.unpaired = left;
    return proposal;
}

} // namespace coach
