// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace coach {

// What FFmpeg tells about a recording without decoding it all.
struct AudioInfo
{
    qint64 durationMs = 0;
    int channels = 0;
    int sampleRate = 0;
    QString codec;      // FFmpeg's short codec name, e.g. "pcm_mulaw", "opus"
    QString codecName;  // the long, human name, e.g. "PCM mu-law / G.711 mu-law"
    QString container;  // FFmpeg's format name, e.g. "wav", "ogg"
    qint64 bitRate = 0; // bit/s, 0 when unknown
    qint64 fileSize = 0;
};

} // namespace coach
