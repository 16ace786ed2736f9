// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Segment.h"

#include <QColor>
#include <QCoreApplication>

/*
 * One colour and one name per party of a call, shared by the waveform lanes
 * and the transcript so "the blue lane" and "the blue speaker" are the same
 * person. Stateless.
 */
class SpeakerColors final
{
    Q_DECLARE_TR_FUNCTIONS(SpeakerColors)
public:
    [[nodiscard]] static QColor color(coach::SpeakerRole role);
    [[nodiscard]] static QString name(coach::SpeakerRole role);
};
