// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/MeetingNotesStore.h"

#include "schedule/ScheduleService.h"
#include "storage/CallRepository.h"
#include "storage/Database.h"
#include "storage/SessionNotesRepository.h"
#include "storage/Transaction.h"

namespace {

bool sameCheckIn(const coach::CheckIn &a, const coach::CheckIn &b)
{
    return a.energy == b.energy && a.workload == b.workload && a.notes == b.notes;
}

bool isBlank(const coach::CheckIn &c)
{
    return !c.energy && !c.workload && c.notes.trimmed().isEmpty();
}

} // namespace

coach::Result<MeetingNotes> MeetingNotesStore::load(const coach::Occurrence &meeting) const
{
    const coach::SessionNotesRepository notes(m_db);
    MeetingNotes result;
    result.meeting = meeting;
    result.status = meeting.status;
    for (const coach::RepId rep : meeting.participants) {
        auto checkIn = notes.checkIn(meeting.sessionId, meeting.occurrence, rep);
        if (!checkIn)
            return std::unexpected(checkIn.error());
        coach::CheckIn value = checkIn->value_or(coach::CheckIn());
        value.sessionId = meeting.sessionId;
        value.occurrence = meeting.occurrence;
        value.repId = rep;
        result.checkIns << value;
    }
    auto items = notes.actionItemsFor(meeting.sessionId, meeting.occurrence);
    if (!items)
        return std::unexpected(items.error());
    result.actionItems = *items;

    auto callIds = notes.linkedCalls(meeting.sessionId, meeting.occurrence);
    if (!callIds)
        return std::unexpected(callIds.error());
    const coach::CallRepository calls(m_db);
    for (const coach::CallId id : std::as_const(*callIds)) {
        auto call = calls.find(id);
        if (!call)
            return std::unexpected(call.error());
        if (*call)
            result.linkedCalls << **call;
    }

    if (meeting.kind == coach::SessionKind::Huddle) {
        auto entries = notes.huddleEntries(meeting.sessionId, meeting.occurrence);
        if (!entries)
            return std::unexpected(entries.error());
        for (const coach::RepId rep : meeting.participants) {
            const auto it = std::find_if(entries->cbegin(), entries->cend(),
                                         [rep](const coach::HuddleEntry &e) { return e.repId == rep; });
            coach::HuddleEntry entry = it != entries->cend() ? *it : coach::HuddleEntry();
            entry.sessionId = meeting.sessionId;
            entry.occurrence = meeting.occurrence;
            entry.repId = rep;
            result.huddleEntries << entry;
        }
    }
    return result;
}

coach::Result<void> MeetingNotesStore::save(const MeetingNotes &before, const MeetingNotes &after)
{
    coach::SessionNotesRepository notes(m_db);
    {
        coach::Transaction transaction(m_db);
        for (const coach::CheckIn &checkIn : after.checkIns) {
            const auto old = std::find_if(before.checkIns.cbegin(), before.checkIns.cend(),
                                          [&](const coach::CheckIn &c) { return c.repId == checkIn.repId; });
            const bool unchanged = old != before.checkIns.cend() ? sameCheckIn(*old, checkIn) : isBlank(checkIn);
            if (unchanged)
                continue;
            coach::CheckIn value = checkIn;
            value.recordedAt = QDateTime::currentDateTimeUtc();
            if (auto saved = notes.saveCheckIn(value); !saved)
                return saved;
        }
        for (const coach::ActionItem &item : after.actionItems) {
            if (!item.id.isValid()) {
                if (item.text.trimmed().isEmpty())
                    continue;
                coach::ActionItem value = item;
                value.sessionId = after.meeting.sessionId;
                value.occurrence = after.meeting.occurrence;
                auto added = notes.addActionItem(value);
                if (!added)
                    return std::unexpected(added.error());
                if (item.done) {
                    if (auto done = notes.setActionItemDone(*added, true); !done)
                        return done;
                }
                continue;
            }
            const auto old = std::find_if(before.actionItems.cbegin(), before.actionItems.cend(),
                                          [&](const coach::ActionItem &a) { return a.id == item.id; });
            if (old != before.actionItems.cend() && old->done != item.done) {
                if (auto done = notes.setActionItemDone(item.id, item.done); !done)
                    return done;
            }
        }
        const auto has = [](const QList<coach::Call> &calls, coach::CallId id) {
            return std::any_of(calls.cbegin(), calls.cend(), [id](const coach::Call &c) { return c.id == id; });
        };
        for (const coach::Call &call : after.linkedCalls) {
            if (!has(before.linkedCalls, call.id)) {
                if (auto linked = notes.linkCall(after.meeting.sessionId, after.meeting.occurrence, call.id); !linked)
                    return linked;
            }
        }
        for (const coach::Call &call : before.linkedCalls) {
            if (!has(after.linkedCalls, call.id)) {
                if (auto unlinked = notes.unlinkCall(after.meeting.sessionId, after.meeting.occurrence, call.id);
                    !unlinked)
                    return unlinked;
            }
        }
        for (const coach::HuddleEntry &entry : after.huddleEntries) {
            const auto old = std::find_if(before.huddleEntries.cbegin(), before.huddleEntries.cend(),
                                          [&](const coach::HuddleEntry &e) { return e.repId == entry.repId; });
            const bool unchanged = old != before.huddleEntries.cend()
                ? old->success == entry.success && old->struggle == entry.struggle
                : entry.success.isEmpty() && entry.struggle.isEmpty();
            if (unchanged)
                continue;
            if (auto saved = notes.saveHuddleEntry(entry); !saved)
                return saved;
        }
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    if (after.status != before.status) {
        coach::ScheduleService service(m_db);
        if (auto moved = service.setOccurrenceStatus(after.meeting.sessionId, after.meeting.occurrence, after.status);
            !moved)
            return std::unexpected(moved.error());
    }
    return {};
}
