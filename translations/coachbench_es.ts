<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3
With %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting overlaps another meeting, busy time or working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmazonTranscribeReader</name>
    <message>
        <source>%1: the Amazon Transcribe job is not complete (status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an Amazon Transcribe result (it has no “results.items”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the word “%2” has no valid start and end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audio segment %2 has no valid start and end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Amazon Transcribe result holds no words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisCache</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shorter than its header; it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Coachbench analysis file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written in analysis format %2; this Coachbench reads format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its header announces %3; it is truncated or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails its checksum; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds values that do not fit together; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <source>Mark a moment or a region of a call with a tag and a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the mark starts: seconds (83.2) or m:ss (1:23.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where a region ends; without it the mark is a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag: its key, its label or the start of either, any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the manager noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who made the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new annotation as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say where with --at TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: give a --tag, a --comment or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --at “%1” is not a time (seconds such as 83.2, or m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --to “%1” is not a time at or after --at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: call %1 is only %2 long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation %1 on call %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened here, and what would work better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag (a comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotation, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New annotation at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit annotation at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationFormat</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Coachbench reads annotations from CSV and Audacity labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: the header has no start_s column (expected call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_s “%1” is not a time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_s “%1” is not a time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation ends (%1 s) before it starts (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at “%1” is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status “%1” is neither “confirmed” nor “suggested”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: holds annotations of %2 calls, none of them call %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a start and an end time in seconds, then the label, separated by tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a start time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an end time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label ends (%1 s) before it starts (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationListView</name>
    <message>
        <source>Show annotations tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>%1: an annotation must start at 0 or later and end no earlier than it starts (start %2 ms, end %3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the annotation: call %2 or tag %3 is not in the library (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only an annotation that was stored before can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: annotation %2 is already in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, export or import a call&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file; with --export, leave it out for every call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[CALL]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annotations as csv, audacity, eaf or textgrid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --export writes; a folder for every call&apos;s audacity, eaf or textgrid files, one per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Audacity labels (.txt) or Coachbench CSV (.csv) into CALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format of the --import file, when its name does not say (csv, audacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author of imported annotations that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name at most one call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --export and --import do not go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say where with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown format “%1”; use csv, audacity, eaf or textgrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [suggested]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n call(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>error: --import reads csv or audacity, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: the tag “%2” is not in the library; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>into call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach a transcript file to a call, replacing its transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one call (by id or recording file) and one transcript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Call %1: attached %2 (%3, %n segment(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioFilterChain</name>
    <message>
        <source>%1 cannot be played: the audio filters cannot be set up (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoder reports no sample rate, channels or sample format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters refuse the decoded audio (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>%1 has no usable length: FFmpeg reports it as zero or unknown, so the file may be damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say how many channels or samples per second it has; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioRenderer</name>
    <message>
        <source>%1 cannot be played: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio after %2 s is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read further after %2 s: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the decoder reports no sample rate; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be played at %2 samples per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: playback cannot jump to %2 s in this file (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>Working hours %1–%2 on day %3 are not a time span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the library to DEST, safely, even while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the copy to (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name the file to write the backup to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuddiesCommand</name>
    <message>
        <source>Propose this month&apos;s buddy pairs (rotating, no repeats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this team (default: every team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an odd team, the rep left over joins a pair instead of sitting out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the proposal as the month&apos;s pairs, so later months rotate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the buddies command knows one verb: propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --month takes a month as YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sits out this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuddyPairsDialog</name>
    <message>
        <source>With an odd team, the rep left over &amp;joins a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these pairs for the month, so the next month rotates on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no teams yet: import calls with a manifest that names each rep’s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting out this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team needs at least two reps to pair up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuddyPlanner</name>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>%1: there is no session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the calendar (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start a transaction on the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” lasts all day; only timed events can become sessions (import it as busy time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” uses the time zone “%3”, which has no IANA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” has %3 repeat rules; a session has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” (%3) is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2” at %3 overlaps “%4” at %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallArgument</name>
    <message>
        <source>no call “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallDetailsPane</name>
    <message>
        <source>Select a call to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FCR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording is no longer at this path. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo, agent on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo, agent on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags on this call yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the call, read its transcript and annotate it (Enter in the table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by rep, team, queue, customer or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to limit the calls by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPickerDialog</name>
    <message>
        <source>Link Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by rep, team, queue or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>Call %1 is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Customer satisfaction score, as exported by the contact centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the library for damage and recordings that went missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: call %1: recording %2 is missing; import it from its new place to find it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recording(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointStrip</name>
    <message>
        <source>Guided-conversation checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoints tagged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 checkpoints tagged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Run “coach %1 --help” for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: coach [--library FILE] COMMAND [options]

Reviews and manages a Coachbench library of recorded calls.

Options:
  --library FILE  the library to use (default: %1)
  -h, --help      show this help
  -v, --version   show the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “coach COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --library needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps “%2” (%3) for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps busy time “%2” (%3) of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the working hours of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentFingerprint</name>
    <message>
        <source>No file was given to fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be fingerprinted: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to the end (%2); it may have changed while it was being read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No library file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Coachbench (library version %2; this version reads up to %3). Update Coachbench to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coachbench library. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SQLite driver is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrading the library to version %2 failed (%3); the library was left at version %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript search index does not match the transcripts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a backup cannot replace the library itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the backup file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the backup (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backup cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the backup (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefSuggestionModel</name>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calls tagged as escalated or with an angry customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Move Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElanWriter</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FfmpegSupport</name>
    <message>
        <source>No audio file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not an audio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts like %2 but ends before its header does; the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in an audio format Coachbench can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like %2 but cannot be read; it may be damaged or truncated (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stream information cannot be read; the file may be damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an audio stream whose channels or sample rate cannot be read; the file may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no audio stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an audio codec FFmpeg does not know (codec tag 0x%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the audio codec &quot;%2&quot;, which this FFmpeg cannot decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 decoder cannot be set up (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 decoder refuses this stream; the file may be damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcalSupport</name>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule “%1” repeats too often to expand up to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>One-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 has no UID; store it before exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; it cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” has an invalid repeat rule “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>without a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 uses the unknown time zone “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed iCalendar in event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 has no start (DTSTART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large for a calendar (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed iCalendar (the file holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: the file ends before END:VCALENDAR (it may be cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: libical could not parse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: no VCALENDAR component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2”: its repeat rule “%3” gives no date at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 meetings between %3 and %4; import a shorter period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import recordings (files or folders) into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings or folders of recordings (searched recursively).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of call metadata whose header names the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only failures and the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name at least one recording or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved recording(s) found again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the calls imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: unknown column “%2” was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is not among the recordings being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: found again (it was at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, the same recording as %2 is already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; transcript not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There were no audio files among what you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, relinked %3, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved recording(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %Ln warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Calls imported before you cancelled are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag recordings here, or choose Import Recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other words, another team or a wider date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the calls in the library, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most N calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by date, rep, team, duration, channels, csat, queue or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort in ascending order (the default is descending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls whose rep, team, queue, customer, file or tags contain every word of TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls on or after this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only calls on or before this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot sort by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coachbench libraries (*.coachdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Recordings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recorded calls to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every recording in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import with &amp;Manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recordings with the call data from your contact centre&apos;s CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Coachbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coachbench could not open the library “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead of creating a new library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo recordings are not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Coachbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coachbench %1&lt;/h3&gt;&lt;p&gt;A coaching workbench for customer-service teams: review recorded calls, find the moments that matter and turn them into coaching.&lt;/p&gt;&lt;p&gt;Coachbench is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several CSV files were dropped; importing the recordings without a manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings are still being imported. Stop the import and quit? Calls imported so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the calls, or find words in the transcript of the call under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestImportDialog</name>
    <message>
        <source>Import with Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV exported by your contact centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manifest (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Recordings Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV to see what it holds before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The manifest describes %Ln call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) in the folder,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them listed in the manifest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manifest row(s) name no recording in this folder.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns Coachbench does not know and will ignore: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the manifest is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no column names the recording; the header row needs a column called “file” (or “filename”, “recording”, “path”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3 “%4” is not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (expected e.g. 2026-11-24T09:30:00+01:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time in seconds or m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left or right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no recording file is named; the row is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is listed twice; the first row is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingNotesDialog</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Well-being</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Drained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · Energised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 · Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 · Comfortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 · Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 · Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 · Overwhelming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are they doing? Private: never exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One struggle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something agreed, e.g. “Listen back to Tuesday’s refund call”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items come back at the next meeting of the series, marked “carried”. Tick an item when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls to discuss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (carried from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open from an earlier meeting of this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrenceMover</name>
    <message>
        <source>The meeting “%1” is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be moved into the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not moved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeaksCommand</name>
    <message>
        <source>Compute a recording&apos;s waveform peaks and speech activity, without a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the peaks to FILE: JSON when its name ends in .json, else binary (little-endian: &quot;CBPEAKS\0&quot;, u32 version 1, u32 channels, u32 sample rate, i64 frames, u32 levels; per level u32 samples per bin, i64 bins, then per channel bins × (i8 min, i8 max)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as a JSON object, with the speech ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse again even when the analysis is cached, and cache the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse without reading or writing the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing %1… %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels:      %1 (%2 samples per bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk ratio:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (channel 1&apos;s share of all speech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>A team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackStateRepository</name>
    <message>
        <source>%1: call %2 is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Show what Coachbench reads from a recording, without a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one recording to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec:       %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit rate:    %1 kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingAnalyzer</name>
    <message>
        <source>The analysis of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be analysed: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 channels at %3 Hz, which Coachbench cannot analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decodes to samples in a format Coachbench cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repeat rule “%1” is not a valid RRULE (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule “%1” never ends; add COUNT=… or UNTIL=… so the series has a last meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule “%1” starting %2 gives no meeting at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot start at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Cannot open this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played: %1 is no longer there. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the waveform… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a call from the Library: double-click it, press Enter, or choose Open for Review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M marks the moment, a tag&apos;s key tags it, Delete removes the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 Seconds, or Slower While Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play, or Faster While Playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark This Moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleAddCommand</name>
    <message>
        <source>Add a session or a series, checked for conflicts first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-on-one, buddy-debrief or huddle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant, by name; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first meeting, local time in --tz (YYYY-MM-DDTHH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone the series follows (default: this machine&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title shown in calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room or a meeting link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the invitation says (never the private notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save even if it overlaps other meetings or busy time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored session as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --kind is one-on-one, buddy-debrief or huddle, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown time zone “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: a session needs --start and at least one --rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --start “%1” is not a time (YYYY-MM-DDTHH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --duration takes a number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added session %1 “%2” (UID %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Plan one-on-ones, buddy debriefs and huddles; .ics in and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERB [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say what to do: add, list, export-ics or import-ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown schedule verb “%1”; use add, list, export-ics or import-ics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Move Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this meeting, or every meeting of the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole &amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would conflict at the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coachbench: meeting reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel This Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every meeting of “%1”, with their notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pair has met: the rotation starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 of the rotation; nobody repeats a buddy before every pair has met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debrief after a tough shift on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coachbench-schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the whole schedule, or only “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Schedule as iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coachbench could not export the schedule to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Coachbench use the events in “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As busy time, they only mark when you are not free, so new sessions avoid them; importing the file again replaces them.
As sessions, they become one-on-ones, debriefs or huddles you can edit and keep notes for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Busy Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coachbench could not import “%1”; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n busy time block(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n session(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleExportCommand</name>
    <message>
        <source>Write every session, or one series, as an .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this session or series (its id from “schedule list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say where to write with --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --series takes a session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>One-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleImportCommand</name>
    <message>
        <source>Read an .ics file as busy time or as sessions (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store its events as busy time for conflict checks (the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store its events as sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose busy time it is (default: the organiser&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy time from this day (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy time up to this day (YYYY-MM-DD; default a year on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: accept meetings that are over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: accept overlapping meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was stored as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one .ics file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: choose --as-busy or --as-sessions, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 event(s), %3 busy block(s) stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 session(s) added, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleListCommand</name>
    <message>
        <source>List meetings in a date range, series expanded, conflicts marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD; default two weeks on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Previous Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a one-on-one, a buddy debrief or a huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose &amp;Buddy Pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair reps up for a month, rotating so nobody repeats a buddy too soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an .ics file as busy time or as sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Schedule as iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the schedule, or the selected series, as an .ics file for Outlook, Google Calendar or Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a recurring one-on-one with each rep, a buddy debrief or the weekly huddle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tough shifts lately: no debriefs to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debriefs after a tough shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleReminder</name>
    <message numerus="yes">
        <source>%1 in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The session “%1” has no start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours, not %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session “%1” has no participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A buddy debrief needs two reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” would start in the past (%2); choose a later start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the session vanished while saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no meeting at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot be moved into the past (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find words in the transcript (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in this call · Enter for the next</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find words in the transcripts, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (all must occur), &quot;a phrase&quot;, or a prefix ending in *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search one call&apos;s transcript, in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N matches (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N matches, for the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: say what to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room or a meeting link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the invitation says; private notes stay in the meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session even though it conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ending after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 one of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-on-one with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): saving is still possible with Save Anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts with other meetings, busy time or working hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionNotesRepository</name>
    <message>
        <source>Energy and workload are rated 1 to 5, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no action item %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>The session was never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no session %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one call: its details, outcomes, tags and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no call “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 channel(s), %3 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerColors</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the disk is full; nothing was changed by this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the library file is damaged or not a Coachbench library (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SrtReader</name>
    <message>
        <source>%1: the transcript is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not an SRT timing line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an SRT file (no timing line such as “00:00:01,000 --&gt; 00:00:02,500”)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>“%1” cannot be a tag shortcut: use one letter, digit or punctuation key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a tag shortcut: playback uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag label “%1…” is too long (at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag label “%1” may not contain “|”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut “%1” already tags “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tag %2 is not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag “%1” in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could be any of these tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message>
        <source>A transcript file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cues as a JSON array (see the README for its fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: name one transcript file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n cue(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show how a transcript file is read (WebVTT, SRT, Whisper or Amazon JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptInput</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptReader</name>
    <message>
        <source>%1: the transcript is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a JSON file Coachbench does not read as a transcript (expected Whisper’s “segments” or Amazon Transcribe’s “results”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a transcript Coachbench reads (WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <source>Call %1 has no transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript of call %1 has no speaker “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptSearch</name>
    <message>
        <source>%1: searching the transcripts for “%2” failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: searching call %2 for “%3” failed (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed; the pitch stays the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen to both sides, or only the agent or the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip silence ≥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump over stretches where both sides are quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest silence to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip only silences at least this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop the selection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag across the waveform to select a stretch to loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the recording has been analysed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to play from there, drag to select a stretch; Ctrl+wheel zooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebVttReader</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a WebVTT file (the first line must be “WEBVTT”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the WebVTT file holds no cues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with another meeting, busy time or working hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhisperJsonReader</name>
    <message>
        <source>%1: not a Whisper transcript (it has no “segments” list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: segment %2 has no valid “start” and “end” time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Whisper transcript holds no segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coach::PlaybackWorker</name>
    <message>
        <source>%1 cannot be played: there is no audio output device. Check that a sound card or headset is connected and that the sound server (PulseAudio or PipeWire) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped playing: the audio output &quot;%2&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be played: the audio output device refused to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review recorded customer-service calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library &lt;file&gt;, creating it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo library, importing the demo calls on first use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
