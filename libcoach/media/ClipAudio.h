// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace coach {

// A clip's audio between decoding and encoding: interleaved float samples at
// the output's rate and channel count, small enough (30 s) to hold whole.
struct ClipAudio
{
    std::vector<float> samples;
    int sampleRate = 0;
    int channels = 0;

    [[nodiscard]] qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
};

} // namespace coach
