<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnotationsCommand</name>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation>
            <numerusform>Wrote %n annotation</numerusform>
            <numerusform>Wrote %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n call(s) to %1</source>
        <translation>
            <numerusform>of %n call to %1</numerusform>
            <numerusform>of %n calls to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>Imported %n annotation</numerusform>
            <numerusform>Imported %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message numerus="yes">
        <source>Call %1: attached %2 (%3, %n segment(s))</source>
        <translation>
            <numerusform>Call %1: attached %2 (%3, %n segment)</numerusform>
            <numerusform>Call %1: attached %2 (%3, %n segments)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n call(s)</source>
        <translation>
            <numerusform>%1: ok, %n call</numerusform>
            <numerusform>%1: ok, %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recording(s) missing</source>
        <translation>
            <numerusform>, %n recording missing</numerusform>
            <numerusform>, %n recordings missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipExportDialog</name>
    <message numerus="yes">
        <source>Bleep personal data (%n span(s) in this range)</source>
        <translation>
            <numerusform>Bleep personal data (%n span in this range)</numerusform>
            <numerusform>Bleep personal data (%n spans in this range)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CueSheetHtml</name>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DebriefSuggestionModel</name>
    <message numerus="yes">
        <source>%n tough call(s) on %1</source>
        <translation>
            <numerusform>%n tough call on %1</numerusform>
            <numerusform>%n tough calls on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message numerus="yes">
        <source>%1: the turn to rewrite (%2) is not in the excerpt of %n turn(s)</source>
        <translation>
            <numerusform>%1: the turn to rewrite (%2) is not in the excerpt of %n turn</numerusform>
            <numerusform>%1: the turn to rewrite (%2) is not in the excerpt of %n turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message numerus="yes">
        <source>Delete “%1” and the %n rewrite(s) recorded for it? Handouts already exported are kept.</source>
        <translation>
            <numerusform>Delete “%1” and the %n rewrite recorded for it? Handouts already exported are kept.</numerusform>
            <numerusform>Delete “%1” and the %n rewrites recorded for it? Handouts already exported are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportClipCommand</name>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>Bleeped %n span of personal data</numerusform>
            <numerusform>Bleeped %n spans of personal data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HighlightFormat</name>
    <message numerus="yes">
        <source>%n confirmed effective moment(s)</source>
        <translation>
            <numerusform>%n confirmed effective moment</numerusform>
            <numerusform>%n confirmed effective moments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n suggested</numerusform>
            <numerusform>%n suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern tag(s)</source>
        <translation>
            <numerusform>%n pattern tag</numerusform>
            <numerusform>%n pattern tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnnotationsCommand</name>
    <message numerus="yes">
        <source>Import %n Annotation(s) from “%1”</source>
        <translation>
            <numerusform>Import %n Annotation from “%1”</numerusform>
            <numerusform>Import %n Annotations from “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Imported %n call(s)</source>
        <translation>
            <numerusform>Imported %n call</numerusform>
            <numerusform>Imported %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved recording(s) found again</source>
        <translation>
            <numerusform>%n moved recording found again</numerusform>
            <numerusform>%n moved recordings found again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved recording(s)</source>
        <translation>
            <numerusform>%Ln moved recording</numerusform>
            <numerusform>%Ln moved recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %Ln warning(s).</source>
        <translation>
            <numerusform>The manifest has %Ln warning.</numerusform>
            <numerusform>The manifest has %Ln warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 of %Ln call</numerusform>
            <numerusform>%1 of %Ln calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestImportDialog</name>
    <message numerus="yes">
        <source>The manifest describes %Ln call(s).</source>
        <translation>
            <numerusform>The manifest describes %Ln call.</numerusform>
            <numerusform>The manifest describes %Ln calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) in the folder,</source>
        <translation>
            <numerusform>%Ln recording in the folder,</numerusform>
            <numerusform>%Ln recordings in the folder,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them listed in the manifest.</source>
        <translation>
            <numerusform>%Ln of them listed in the manifest.</numerusform>
            <numerusform>%Ln of them listed in the manifest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manifest row(s) name no recording in this folder.</source>
        <translation>
            <numerusform>%Ln manifest row name no recording in this folder.</numerusform>
            <numerusform>%Ln manifest rows name no recording in this folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n annotation(s) in “%1” are already on this call.</source>
        <translation>
            <numerusform>The %n annotation in “%1” are already on this call.</numerusform>
            <numerusform>The %n annotations in “%1” are already on this call.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from “%1”</source>
        <translation>
            <numerusform>Imported %n annotation from “%1”</numerusform>
            <numerusform>Imported %n annotations from “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Exported %n event to %1</numerusform>
            <numerusform>Exported %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n busy time block(s) from %1</source>
        <translation>
            <numerusform>Imported %n busy time block from %1</numerusform>
            <numerusform>Imported %n busy time blocks from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n session(s) added</source>
        <translation>
            <numerusform>Imported %1 from %2: %n session added</numerusform>
            <numerusform>Imported %1 from %2: %n sessions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleReminder</name>
    <message numerus="yes">
        <source>%1 in %n minute(s)</source>
        <translation>
            <numerusform>%1 in %n minute</numerusform>
            <numerusform>%1 in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message numerus="yes">
        <source>%n match(es) in this call · Enter for the next</source>
        <translation>
            <numerusform>%n match in this call · Enter for the next</numerusform>
            <numerusform>%n matches in this call · Enter for the next</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the library</source>
        <translation>
            <numerusform>%n match in the library</numerusform>
            <numerusform>%n matches in the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message numerus="yes">
        <source>%n conflict(s): saving is still possible with Save Anyway.</source>
        <translation>
            <numerusform>%n conflict: saving is still possible with Save Anyway.</numerusform>
            <numerusform>%n conflicts: saving is still possible with Save Anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackCommand</name>
    <message numerus="yes">
        <source>Wrote %n clip(s)</source>
        <translation>
            <numerusform>Wrote %n clip</numerusform>
            <numerusform>Wrote %n clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>Bleeped %n span of personal data</numerusform>
            <numerusform>Bleeped %n spans of personal data</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackDialog</name>
    <message numerus="yes">
        <source>%n clip(s), %1 in all</source>
        <translation>
            <numerusform>%n clip, %1 in all</numerusform>
            <numerusform>%n clips, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clip(s), %1 in all, to %2</source>
        <translation>
            <numerusform>Wrote %n clip, %1 in all, to %2</numerusform>
            <numerusform>Wrote %n clips, %1 in all, to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rendering clips, %n span(s) of personal data bleeped</source>
        <translation>
            <numerusform>Rendering clips, %n span of personal data bleeped</numerusform>
            <numerusform>Rendering clips, %n spans of personal data bleeped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message numerus="yes">
        <source>%1: %2, %n cue(s)</source>
        <translation>
            <numerusform>%1: %2, %n cue</numerusform>
            <numerusform>%1: %2, %n cues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptDropController</name>
    <message numerus="yes">
        <source>Attached “%1”: %n line(s)</source>
        <translation>
            <numerusform>Attached “%1”: %n line</numerusform>
            <numerusform>Attached “%1”: %n lines</numerusform>
        </translation>
    </message>
</context>
</TS>
