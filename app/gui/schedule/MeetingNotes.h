// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Call.h"
#include "schedule/ActionItem.h"
#include "schedule/CheckIn.h"
#include "schedule/HuddleEntry.h"
#include "schedule/Occurrence.h"

#include <QList>

/*
 * Everything kept about one meeting, as the notes dialog edits it: its
 * status, a check-in per participant, the action items (new ones have no id
 * yet), the calls to discuss and, for a huddle, each rep's success and
 * struggle. MeetingNotesStore reads and writes it through libcoach.
 */
struct MeetingNotes
{
    coach::Occurrence meeting;
    coach::SessionStatus status = coach::SessionStatus::Planned;
    QList<coach::CheckIn> checkIns;        // one per participant, rated or not
    QList<coach::ActionItem> actionItems;  // raised here, and open ones carried from earlier meetings
    QList<coach::Call> linkedCalls;
    QList<coach::HuddleEntry> huddleEntries; // one per participant, for a huddle
};
