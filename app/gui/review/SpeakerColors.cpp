// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/SpeakerColors.h"

QColor SpeakerColors::color(coach::SpeakerRole role)
{
    // Blue and orange stay apart for the common colour-vision deficiencies.
    switch (role) {
    case coach::SpeakerRole::Agent:
        return QColor(0x2f, 0x6f, 0xb3);
    case coach::SpeakerRole::Customer:
        return QColor(0xc8, 0x6a, 0x12);
    case coach::SpeakerRole::Unknown:
        break;
    }
    return QColor(0x5e, 0x6b, 0x78);
}

QString SpeakerColors::name(coach::SpeakerRole role)
{
    switch (role) {
    case coach::SpeakerRole::Agent:
        return tr("Agent");
    case coach::SpeakerRole::Customer:
        return tr("Customer");
    case coach::SpeakerRole::Unknown:
        break;
    }
    return tr("Recording");
}
