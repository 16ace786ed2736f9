// SPDX-License-Identifier: GPL-3.0-or-later
// Parses an .ics file with ical.js (the parser Thunderbird uses) and prints,
// as JSON, every series with its meetings expanded, so TestIcsExporter can
// compare them with Coachbench's own expansion.
// Usage: node validate-ics.cjs <node_modules dir> <file.ics> [max meetings per series]
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { createRequire } = require('node:module');

const [modulesDir, file, maxArg] = process.argv.slice(2);
const ICAL = createRequire(path.join(path.resolve(modulesDir), 'index.js'))('ical.js');
const max = Number(maxArg || 500);

try {
    const root = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    if (root.name !== 'vcalendar')
        throw new Error('the root component is ' + root.name);
    for (const vtz of root.getAllSubcomponents('vtimezone'))
        ICAL.TimezoneService.register(vtz);
    const vevents = root.getAllSubcomponents('vevent');
    const series = [];
    for (const master of vevents.filter((e) => !e.hasProperty('recurrence-id'))) {
        const event = new ICAL.Event(master);
        for (const ex of vevents.filter((e) => e.hasProperty('recurrence-id')
                                            && e.getFirstPropertyValue('uid') === event.uid))
            event.relateException(ex);
        const meetings = [];
        const it = event.iterator();
        for (let next = it.next(); next && meetings.length < max; next = it.next()) {
            const d = event.getOccurrenceDetails(next);
            meetings.push({
                occurrence: d.recurrenceId.toJSDate().toISOString(),
                start: d.startDate.toJSDate().toISOString(),
                end: d.endDate.toJSDate().toISOString(),
                status: String(d.item.component.getFirstPropertyValue('status') || ''),
            });
        }
        series.push({
            uid: event.uid,
            sequence: event.sequence,
            summary: event.summary,
            organizer: String(master.getFirstPropertyValue('organizer') || ''),
            attendees: master.getAllProperties('attendee').map((p) => p.getParameter('cn')),
            hasDtstamp: master.hasProperty('dtstamp'),
            timezone: event.startDate.zone ? event.startDate.zone.tzid : '',
            meetings,
        });
    }
    process.stdout.write(JSON.stringify({ ok: true, series }) + '\n');
} catch (e) {
    process.stdout.write(JSON.stringify({ ok: false, error: String(e && e.message || e) }) + '\n');
    process.exitCode = 1;
}
