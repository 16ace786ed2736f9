// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace coach {
struct RecordingAnalysis;
}

namespace coach::cli {

/*
 * `coach peaks FILE`: analyses one recording without a library (waveform
 * peaks and per-channel speech, one decode pass) through the analysis cache,
 * and prints a summary, or writes the peaks with --out:
 *
 *  - FILE.json: {"version":1,"channels":C,"sample_rate":R,"frames":N,
 *    "levels":[{"samples_per_bin":S,"bins":B,"data":[[min,max,…] per channel]}]}
 *  - any other name: binary, little-endian: "CBPEAKS\0", u32 version (1),
 *    u32 channels, u32 sample rate, i64 frames, u32 level count; per level
 *    u32 samples per bin, i64 bin count, then per channel bin count × (i8 min,
 *    i8 max).
 *
 * Peaks are samples × 127 (full scale ±127), finest level 256 samples per bin,
 * each next level 4× coarser.
 */
class PeaksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PeaksCommand)
public:
    [[nodiscard]] QString name() const override { return QStringLiteral("peaks"); }
    [[nodiscard]] QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) override;
    int execute(const QCommandLineParser &parser, Context &context) override;

private:
    static int writePeaks(const RecordingAnalysis &analysis, const QString &path, Context &context);
    static void printSummary(const RecordingAnalysis &analysis, const QString &file, bool json, Context &context);
};

} // namespace coach::cli
