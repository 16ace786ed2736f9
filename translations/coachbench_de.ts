<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 · %2
%3
With %4</source>
        <translation>%1 · %2
%3
Mit %4</translation>
    </message>
    <message>
        <source>This meeting overlaps another meeting, busy time or working hours.</source>
        <translation>Diese Besprechung überschneidet sich mit einer anderen Besprechung, einer belegten Zeit oder der Arbeitszeit.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AmazonTranscribeReader</name>
    <message>
        <source>%1: the Amazon Transcribe job is not complete (status %2)</source>
        <translation>%1: Der Amazon-Transcribe-Auftrag ist nicht abgeschlossen (Status %2)</translation>
    </message>
    <message>
        <source>%1: not an Amazon Transcribe result (it has no “results.items”)</source>
        <translation>%1: kein Amazon-Transcribe-Ergebnis (es enthält kein „results.items“)</translation>
    </message>
    <message>
        <source>%1: the word “%2” has no valid start and end time</source>
        <translation>%1: Das Wort „%2“ hat keine gültige Start- und Endzeit</translation>
    </message>
    <message>
        <source>%1: audio segment %2 has no valid start and end time</source>
        <translation>%1: Audiosegment %2 hat keine gültige Start- und Endzeit</translation>
    </message>
    <message>
        <source>%1: the Amazon Transcribe result holds no words</source>
        <translation>%1: Das Amazon-Transcribe-Ergebnis enthält keine Wörter</translation>
    </message>
</context>
<context>
    <name>AnalysisCache</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header; it is truncated.</source>
        <translation>%1 ist kürzer als sein Header; die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is not a Coachbench analysis file.</source>
        <translation>%1 ist keine Coachbench-Analysedatei.</translation>
    </message>
    <message>
        <source>%1 was written in analysis format %2; this Coachbench reads format %3.</source>
        <translation>%1 wurde im Analyseformat %2 geschrieben; diese Coachbench-Version liest Format %3.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its header announces %3; it is truncated or damaged.</source>
        <translation>%1 hat %2 Bytes, laut Header sollten es %3 sein; die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
        <source>%1 fails its checksum; it is damaged.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 holds values that do not fit together; it is damaged.</source>
        <translation>%1 enthält Werte, die nicht zusammenpassen; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <source>Mark a moment or a region of a call with a tag and a comment</source>
        <translation>Einen Moment oder Abschnitt eines Anrufs mit einem Tag und einem Kommentar markieren</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>Die ID des Anrufs (aus „coach list“) oder seine Aufnahmedatei.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>Where the mark starts: seconds (83.2) or m:ss (1:23.2).</source>
        <translation>Wo die Markierung beginnt: Sekunden (83.2) oder m:ss (1:23.2).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Where a region ends; without it the mark is a moment.</source>
        <translation>Wo ein Abschnitt endet; ohne diese Angabe ist die Markierung ein Moment.</translation>
    </message>
    <message>
        <source>The tag: its key, its label or the start of either, any case.</source>
        <translation>Das Tag: sein Schlüssel, seine Bezeichnung oder deren Anfang, Groß-/Kleinschreibung egal.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>What the manager noticed.</source>
        <translation>Was der Führungskraft aufgefallen ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Who made the mark.</source>
        <translation>Wer die Markierung gesetzt hat.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the new annotation as a JSON object.</source>
        <translation>Die neue Anmerkung als JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>Fehler: Geben Sie einen Anruf an, per ID oder Aufnahmedatei</translation>
    </message>
    <message>
        <source>error: say where with --at TIME</source>
        <translation>Fehler: Geben Sie die Stelle mit --at ZEIT an</translation>
    </message>
    <message>
        <source>error: give a --tag, a --comment or both</source>
        <translation>Fehler: Geben Sie --tag, --comment oder beides an</translation>
    </message>
    <message>
        <source>error: --at “%1” is not a time (seconds such as 83.2, or m:ss)</source>
        <translation>Fehler: --at „%1“ ist keine Zeitangabe (Sekunden wie 83.2 oder m:ss)</translation>
    </message>
    <message>
        <source>error: --to “%1” is not a time at or after --at</source>
        <translation>Fehler: --to „%1“ ist keine Zeitangabe gleich oder nach --at</translation>
    </message>
    <message>
        <source>error: call %1 is only %2 long</source>
        <translation>Fehler: Anruf %1 ist nur %2 lang</translation>
    </message>
    <message>
        <source>Annotation %1 on call %2 at %3: %4</source>
        <translation>Anmerkung %1 zu Anruf %2 bei %3: %4</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>What happened here, and what would work better?</source>
        <translation>Was ist hier passiert, und was würde besser funktionieren?</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start, in seconds</source>
        <translation>Beginn in Sekunden</translation>
    </message>
    <message>
        <source>End, in seconds</source>
        <translation>Ende in Sekunden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Eingabe speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>No tag (a comment)</source>
        <translation>Kein Tag (ein Kommentar)</translation>
    </message>
    <message>
        <source>New annotation, %1 to %2</source>
        <translation>Neue Anmerkung, %1 bis %2</translation>
    </message>
    <message>
        <source>New annotation at %1</source>
        <translation>Neue Anmerkung bei %1</translation>
    </message>
    <message>
        <source>Edit annotation at %1</source>
        <translation>Anmerkung bei %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>AnnotationFormat</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: Coachbench reads annotations from CSV and Audacity labels only</source>
        <translation>%1: Coachbench liest Anmerkungen nur aus CSV und Audacity-Labels</translation>
    </message>
    <message>
        <source>%1: line %2: the header has no start_s column (expected call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status)</source>
        <translation>%1: Zeile %2: Der Header hat keine Spalte start_s (erwartet: call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>start_s “%1” is not a time in seconds</source>
        <translation>start_s „%1“ ist keine Zeit in Sekunden</translation>
    </message>
    <message>
        <source>end_s “%1” is not a time in seconds</source>
        <translation>end_s „%1“ ist keine Zeit in Sekunden</translation>
    </message>
    <message>
        <source>the annotation ends (%1 s) before it starts (%2 s)</source>
        <translation>Die Anmerkung endet (%1 s), bevor sie beginnt (%2 s)</translation>
    </message>
    <message>
        <source>created_at “%1” is not an ISO 8601 date and time</source>
        <translation>created_at „%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>status “%1” is neither “confirmed” nor “suggested”</source>
        <translation>status „%1“ ist weder „confirmed“ noch „suggested“</translation>
    </message>
    <message>
        <source>%1: holds annotations of %2 calls, none of them call %3</source>
        <translation>%1: enthält Anmerkungen zu %2 Anrufen, keiner davon ist Anruf %3</translation>
    </message>
    <message>
        <source>expected a start and an end time in seconds, then the label, separated by tabs</source>
        <translation>Erwartet werden Start- und Endzeit in Sekunden, dann die Bezeichnung, getrennt durch Tabulatoren</translation>
    </message>
    <message>
        <source>“%1” is not a start time in seconds</source>
        <translation>„%1“ ist keine Startzeit in Sekunden</translation>
    </message>
    <message>
        <source>“%1” is not an end time in seconds</source>
        <translation>„%1“ ist keine Endzeit in Sekunden</translation>
    </message>
    <message>
        <source>the label ends (%1 s) before it starts (%2 s)</source>
        <translation>Das Label endet (%1 s), bevor es beginnt (%2 s)</translation>
    </message>
</context>
<context>
    <name>AnnotationListView</name>
    <message>
        <source>Show annotations tagged</source>
        <translation>Anmerkungen mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Kein Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>%1: an annotation must start at 0 or later and end no earlier than it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: Eine Anmerkung muss bei 0 oder später beginnen und darf nicht vor ihrem Beginn enden (Beginn %2 ms, Ende %3 ms)</translation>
    </message>
    <message>
        <source>%1: cannot store the annotation: call %2 or tag %3 is not in the library (%4)</source>
        <translation>%1: Die Anmerkung kann nicht gespeichert werden: Anruf %2 oder Tag %3 ist nicht in der Bibliothek (%4)</translation>
    </message>
    <message>
        <source>%1: annotation %2 is not in the library</source>
        <translation>%1: Anmerkung %2 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: only an annotation that was stored before can be restored</source>
        <translation>%1: Nur eine zuvor gespeicherte Anmerkung kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1: annotation %2 is already in the library</source>
        <translation>%1: Anmerkung %2 ist bereits in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>List, export or import a call&apos;s annotations</source>
        <translation>Anmerkungen eines Anrufs auflisten, exportieren oder importieren</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file; with --export, leave it out for every call.</source>
        <translation>Die ID des Anrufs (aus „coach list“) oder seine Aufnahmedatei; bei --export weglassen, um alle Anrufe zu exportieren.</translation>
    </message>
    <message>
        <source>[CALL]</source>
        <translation>[ANRUF]</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>Write the annotations as csv, audacity, eaf or textgrid.</source>
        <translation>Die Anmerkungen als csv, audacity, eaf oder textgrid schreiben.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Where --export writes; a folder for every call&apos;s audacity, eaf or textgrid files, one per call.</source>
        <translation>Wohin --export schreibt; für audacity, eaf oder textgrid aller Anrufe ein Ordner mit einer Datei pro Anruf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read Audacity labels (.txt) or Coachbench CSV (.csv) into CALL.</source>
        <translation>Audacity-Labels (.txt) oder Coachbench-CSV (.csv) in ANRUF einlesen.</translation>
    </message>
    <message>
        <source>The format of the --import file, when its name does not say (csv, audacity).</source>
        <translation>Das Format der --import-Datei, falls der Dateiname es nicht erkennen lässt (csv, audacity).</translation>
    </message>
    <message>
        <source>Author of imported annotations that name none.</source>
        <translation>Autor importierter Anmerkungen, die keinen angeben.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>error: name at most one call</source>
        <translation>Fehler: Geben Sie höchstens einen Anruf an</translation>
    </message>
    <message>
        <source>error: --export and --import do not go together</source>
        <translation>Fehler: --export und --import schließen sich aus</translation>
    </message>
    <message>
        <source>error: say where with --out FILE</source>
        <translation>Fehler: Geben Sie das Ziel mit --out DATEI an</translation>
    </message>
    <message>
        <source>error: unknown format “%1”; use csv, audacity, eaf or textgrid</source>
        <translation>Fehler: Unbekanntes Format „%1“; verwenden Sie csv, audacity, eaf oder textgrid</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>Fehler: Geben Sie einen Anruf an, per ID oder Aufnahmedatei</translation>
    </message>
    <message>
        <source>Call %1 has no annotations.</source>
        <translation>Anruf %1 hat keine Anmerkungen.</translation>
    </message>
    <message>
        <source>  [suggested]</source>
        <translation>  [vorgeschlagen]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation>
            <numerusform>Geschrieben: %n Anmerkung</numerusform>
            <numerusform>Geschrieben: %n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>error: %1: cannot create the folder</source>
        <translation>Fehler: %1: Der Ordner kann nicht erstellt werden</translation>
    </message>
    <message numerus="yes">
        <source>of %n call(s) to %1</source>
        <translation>
            <numerusform>aus %n Anruf in %1</numerusform>
            <numerusform>aus %n Anrufen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: --import reads csv or audacity, not “%1”</source>
        <translation>Fehler: --import liest csv oder audacity, nicht „%1“</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: the tag “%2” is not in the library; nothing was imported</source>
        <translation>Fehler: %1: Das Tag „%2“ ist nicht in der Bibliothek; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>Importiert: %n Anmerkung</numerusform>
            <numerusform>Importiert: %n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>into call %1</source>
        <translation>in Anruf %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach a transcript file to a call, replacing its transcript</source>
        <translation>Eine Transkriptdatei an einen Anruf anhängen und dessen Transkript ersetzen</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>Die ID des Anrufs (aus „coach list“) oder seine Aufnahmedatei.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>A WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON file.</source>
        <translation>Eine Datei im Format WebVTT, SRT, Whisper JSON oder Amazon Transcribe JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: name one call (by id or recording file) and one transcript file</source>
        <translation>Fehler: Geben Sie einen Anruf (per ID oder Aufnahmedatei) und eine Transkriptdatei an</translation>
    </message>
    <message numerus="yes">
        <source>Call %1: attached %2 (%3, %n segment(s))</source>
        <translation>
            <numerusform>Anruf %1: %2 angehängt (%3, %n Segment)</numerusform>
            <numerusform>Anruf %1: %2 angehängt (%3, %n Segmente)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioFilterChain</name>
    <message>
        <source>%1 cannot be played: the audio filters cannot be set up (%2).</source>
        <translation>%1 kann nicht abgespielt werden: Die Audiofilter lassen sich nicht einrichten (%2).</translation>
    </message>
    <message>
        <source>the decoder reports no sample rate, channels or sample format</source>
        <translation>Der Decoder meldet keine Abtastrate, keine Kanäle oder kein Sample-Format</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters refuse the decoded audio (%2).</source>
        <translation>%1 kann nicht weiter abgespielt werden: Die Audiofilter weisen das dekodierte Audio zurück (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters failed (%2).</source>
        <translation>%1 kann nicht weiter abgespielt werden: Die Audiofilter sind fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>%1 has no usable length: FFmpeg reports it as zero or unknown, so the file may be damaged or truncated.</source>
        <translation>%1 hat keine verwendbare Länge: FFmpeg meldet sie als null oder unbekannt, die Datei ist also möglicherweise beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation>%1 kann nicht dekodiert werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation>%1 enthält kein dekodierbares Audio; die Datei ist möglicherweise beschädigt oder abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>%1 does not say how many channels or samples per second it has; the file may be damaged.</source>
        <translation>%1 gibt nicht an, wie viele Kanäle oder Samples pro Sekunde es hat; die Datei ist möglicherweise beschädigt.</translation>
    </message>
</context>
<context>
    <name>AudioRenderer</name>
    <message>
        <source>%1 cannot be played: out of memory.</source>
        <translation>%1 kann nicht abgespielt werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio after %2 s is damaged (%3).</source>
        <translation>%1 kann nicht weiter abgespielt werden: Das Audio nach %2 s ist beschädigt (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read further after %2 s: %3.</source>
        <translation>%1 kann nach %2 s nicht weiter gelesen werden: %3.</translation>
    </message>
    <message>
        <source>%1: the decoder reports no sample rate; the file may be damaged.</source>
        <translation>%1: Der Decoder meldet keine Abtastrate; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 cannot be played at %2 samples per second.</source>
        <translation>%1 kann nicht mit %2 Samples pro Sekunde abgespielt werden.</translation>
    </message>
    <message>
        <source>%1: playback cannot jump to %2 s in this file (%3).</source>
        <translation>%1: Die Wiedergabe kann in dieser Datei nicht zu %2 s springen (%3).</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>Working hours %1–%2 on day %3 are not a time span</source>
        <translation>Die Arbeitszeit %1–%2 an Tag %3 ist kein gültiger Zeitraum</translation>
    </message>
    <message>
        <source>A shift must end after it starts</source>
        <translation>Eine Schicht muss nach ihrem Beginn enden</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the library to DEST, safely, even while it is in use</source>
        <translation>Die Bibliothek sicher nach ZIEL kopieren, auch während sie verwendet wird</translation>
    </message>
    <message>
        <source>The file to write the copy to (replaced if it exists).</source>
        <translation>Die Datei, in die die Kopie geschrieben wird (wird ersetzt, falls vorhanden).</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>error: name the file to write the backup to</source>
        <translation>Fehler: Geben Sie die Datei für die Sicherung an</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>Sicherung läuft… %1 %</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 nach %2 gesichert</translation>
    </message>
</context>
<context>
    <name>BuddiesCommand</name>
    <message>
        <source>Propose this month&apos;s buddy pairs (rotating, no repeats)</source>
        <translation>Buddy-Paare für diesen Monat vorschlagen (rotierend, ohne Wiederholungen)</translation>
    </message>
    <message>
        <source>propose</source>
        <translation>propose</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>Der Monat (YYYY-MM).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <source>Only this team (default: every team).</source>
        <translation>Nur dieses Team (Standard: alle Teams).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With an odd team, the rep left over joins a pair instead of sitting out.</source>
        <translation>Bei einer ungeraden Teamgröße schließt sich der übrige Agent einem Paar an, statt auszusetzen.</translation>
    </message>
    <message>
        <source>Keep the proposal as the month&apos;s pairs, so later months rotate on.</source>
        <translation>Den Vorschlag als Paare des Monats speichern, damit spätere Monate weiterrotieren.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: the buddies command knows one verb: propose</source>
        <translation>Fehler: Der Befehl buddies kennt nur ein Verb: propose</translation>
    </message>
    <message>
        <source>error: --month takes a month as YYYY-MM</source>
        <translation>Fehler: --month erwartet einen Monat im Format YYYY-MM</translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation>Fehler: In der Bibliothek gibt es kein Team „%1“</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>%1 sits out this month</source>
        <translation>%1 setzt diesen Monat aus</translation>
    </message>
</context>
<context>
    <name>BuddyPairsDialog</name>
    <message>
        <source>With an odd team, the rep left over &amp;joins a pair</source>
        <translation>Bei ungerader Teamgröße schließt sich der übrige Agent einem &amp;Paar an</translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation>Buddy-Paare</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Buddys</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>&amp;Save Pairs</source>
        <translation>Paare &amp;speichern</translation>
    </message>
    <message>
        <source>Keep these pairs for the month, so the next month rotates on</source>
        <translation>Diese Paare für den Monat speichern, damit der nächste Monat weiterrotiert</translation>
    </message>
    <message>
        <source>There are no teams yet: import calls with a manifest that names each rep’s team.</source>
        <translation>Es gibt noch keine Teams: Importieren Sie Anrufe mit einem Manifest, das das Team jedes Agenten nennt.</translation>
    </message>
    <message>
        <source>Sitting out this month: %1</source>
        <translation>Setzt diesen Monat aus: %1</translation>
    </message>
    <message>
        <source>This team needs at least two reps to pair up.</source>
        <translation>Dieses Team braucht mindestens zwei Agenten, um Paare zu bilden.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>BuddyPlanner</name>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>„%1“ ist kein Monat (YYYY-MM)</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Unbekannte Zeitzone „%1“</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>%1: there is no session %2</source>
        <translation>%1: Es gibt keinen Termin %2</translation>
    </message>
    <message>
        <source>%1: cannot write the calendar (%2)</source>
        <translation>%1: Der Kalender kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction on the library</source>
        <translation>%1: In der Bibliothek kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>%1: event “%2” lasts all day; only timed events can become sessions (import it as busy time)</source>
        <translation>%1: Ereignis „%2“ dauert den ganzen Tag; nur Ereignisse mit Uhrzeit können Termine werden (importieren Sie es als belegte Zeit)</translation>
    </message>
    <message>
        <source>%1: event “%2” uses the time zone “%3”, which has no IANA name</source>
        <translation>%1: Ereignis „%2“ verwendet die Zeitzone „%3“, die keinen IANA-Namen hat</translation>
    </message>
    <message>
        <source>%1: event “%2” has %3 repeat rules; a session has one</source>
        <translation>%1: Ereignis „%2“ hat %3 Wiederholungsregeln; ein Termin hat eine</translation>
    </message>
    <message>
        <source>%1: event “%2” has no length</source>
        <translation>%1: Ereignis „%2“ hat keine Dauer</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1: Ereignis „%2“: %3</translation>
    </message>
    <message>
        <source>%1: event “%2” (%3) is in the past</source>
        <translation>%1: Ereignis „%2“ (%3) liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>%1: event “%2” at %3 overlaps “%4” at %5</source>
        <translation>%1: Ereignis „%2“ um %3 überschneidet sich mit „%4“ um %5</translation>
    </message>
</context>
<context>
    <name>CallArgument</name>
    <message>
        <source>no call “%1” in the library</source>
        <translation>kein Anruf „%1“ in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>CallDetailsPane</name>
    <message>
        <source>Select a call to see its details.</source>
        <translation>Wählen Sie einen Anruf aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation>CSAT:</translation>
    </message>
    <message>
        <source>Felt heard:</source>
        <translation>Fühlte sich gehört:</translation>
    </message>
    <message>
        <source>FCR:</source>
        <translation>FCR:</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Repeat contact:</source>
        <translation>Erneuter Kontakt:</translation>
    </message>
    <message>
        <source>Handle time:</source>
        <translation>Bearbeitungszeit:</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Abtastrate:</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>Codec:</translation>
    </message>
    <message>
        <source>This recording is no longer at this path. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation>Diese Aufnahme befindet sich nicht mehr unter diesem Pfad. Sie wurde seit dem Import verschoben, umbenannt oder gelöscht; importieren Sie sie erneut von ihrem neuen Ort, um sie wieder zu verknüpfen.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>Stereo, agent on the left</source>
        <translation>Stereo, Agent links</translation>
    </message>
    <message>
        <source>Stereo, agent on the right</source>
        <translation>Stereo, Agent rechts</translation>
    </message>
    <message>
        <source>No tags on this call yet.</source>
        <translation>Dieser Anruf hat noch keine Tags.</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>Kein Transkript</translation>
    </message>
    <message>
        <source>O&amp;pen for Review</source>
        <translation>Zur &amp;Auswertung öffnen</translation>
    </message>
    <message>
        <source>Play the call, read its transcript and annotate it (Enter in the table)</source>
        <translation>Den Anruf abspielen, sein Transkript lesen und ihn mit Anmerkungen versehen (Eingabetaste in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Filter by rep, team, queue, customer or tag</source>
        <translation>Nach Agent, Team, Warteschlange, Kunde oder Tag filtern</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Anrufe filtern</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Tick to limit the calls by date</source>
        <translation>Ankreuzen, um die Anrufe nach Datum einzuschränken</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation>Wieder alle Anrufe anzeigen</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
</context>
<context>
    <name>CallPickerDialog</name>
    <message>
        <source>Link Calls</source>
        <translation>Anrufe verknüpfen</translation>
    </message>
    <message>
        <source>Filter by rep, team, queue or tag</source>
        <translation>Nach Agent, Team, Warteschlange oder Tag filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>Call %1 is not in the library</source>
        <translation>Anruf %1 ist nicht in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Customer satisfaction score, as exported by the contact centre</source>
        <translation>Kundenzufriedenheitswert, wie vom Contact-Center exportiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the library for damage and recordings that went missing</source>
        <translation>Die Bibliothek auf Schäden und verschwundene Aufnahmen prüfen</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>warning: call %1: recording %2 is missing; import it from its new place to find it again</source>
        <translation>Warnung: Anruf %1: Aufnahme %2 fehlt; importieren Sie sie von ihrem neuen Ort, um sie wiederzufinden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: %n Problem gefunden</numerusform>
            <numerusform>%1: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n call(s)</source>
        <translation>
            <numerusform>%1: OK, %n Anruf</numerusform>
            <numerusform>%1: OK, %n Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recording(s) missing</source>
        <translation>
            <numerusform>, %n Aufnahme fehlt</numerusform>
            <numerusform>, %n Aufnahmen fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointStrip</name>
    <message>
        <source>Guided-conversation checkpoints</source>
        <translation>Checkpoints des Gesprächsleitfadens</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Issue summary</source>
        <translation>Zusammenfassung des Anliegens</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>No checkpoints tagged yet</source>
        <translation>Noch keine Checkpoints getaggt</translation>
    </message>
    <message>
        <source>%1 of 5 checkpoints tagged: %2</source>
        <translation>%1 von 5 Checkpoints getaggt: %2</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Run “coach %1 --help” for its options.</source>
        <translation>Führen Sie „coach %1 --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
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
        <translation>Aufruf: coach [--library DATEI] BEFEHL [Optionen]

Wertet eine Coachbench-Bibliothek aufgezeichneter Anrufe aus und verwaltet sie.

Optionen:
  --library DATEI  die zu verwendende Bibliothek (Standard: %1)
  -h, --help       diese Hilfe anzeigen
  -v, --version    die Version anzeigen

Befehle:
</translation>
    </message>
    <message>
        <source>Run “coach COMMAND --help” for a command&apos;s options.</source>
        <translation>Führen Sie „coach BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <source>error: --library needs a file name</source>
        <translation>Fehler: --library erwartet einen Dateinamen</translation>
    </message>
    <message>
        <source>error: unknown option “%1”</source>
        <translation>Fehler: Unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>error: unknown command “%1”</source>
        <translation>Fehler: Unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” (%3) for %4</source>
        <translation>%1 überschneidet sich für %4 mit „%2“ (%3)</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>den Organisator</translation>
    </message>
    <message>
        <source>%1 overlaps busy time “%2” (%3) of %4</source>
        <translation>%1 überschneidet sich mit der belegten Zeit „%2“ (%3) für %4</translation>
    </message>
    <message>
        <source>%1: %2 is off</source>
        <translation>%1: %2 hat frei</translation>
    </message>
    <message>
        <source>%1 is outside the working hours of %2</source>
        <translation>%1 liegt außerhalb der Arbeitszeit von %2</translation>
    </message>
</context>
<context>
    <name>ContentFingerprint</name>
    <message>
        <source>No file was given to fingerprint.</source>
        <translation>Es wurde keine Datei für den Fingerabdruck angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be fingerprinted: the file is empty.</source>
        <translation>Für %1 kann kein Fingerabdruck erstellt werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end (%2); it may have changed while it was being read.</source>
        <translation>%1 kann nicht bis zum Ende gelesen werden (%2); sie wurde möglicherweise während des Lesens geändert.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is never closed</source>
        <translation>%1: Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No library file was given</source>
        <translation>Es wurde keine Bibliotheksdatei angegeben</translation>
    </message>
    <message>
        <source>%1: is a folder, not a library file</source>
        <translation>%1: ist ein Ordner, keine Bibliotheksdatei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: Der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Coachbench (library version %2; this version reads up to %3). Update Coachbench to open it. The file was not changed.</source>
        <translation>%1 wurde von einer neueren Coachbench-Version geschrieben (Bibliotheksversion %2; diese Version liest bis %3). Aktualisieren Sie Coachbench, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coachbench library. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Coachbench-Bibliothek. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: the SQLite driver is unavailable</source>
        <translation>%1: Der SQLite-Treiber ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Migration %1 fehlt</translation>
    </message>
    <message>
        <source>%1: upgrading the library to version %2 failed (%3); the library was left at version %4</source>
        <translation>%1: Die Aktualisierung der Bibliothek auf Version %2 ist fehlgeschlagen (%3); die Bibliothek bleibt auf Version %4</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <source>The transcript search index does not match the transcripts (%1)</source>
        <translation>Der Suchindex der Transkripte passt nicht zu den Transkripten (%1)</translation>
    </message>
    <message>
        <source>%1: a backup cannot replace the library itself</source>
        <translation>%1: Eine Sicherung kann nicht die Bibliothek selbst ersetzen</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name for the backup</source>
        <translation>%1: ist ein Ordner; geben Sie einen Dateinamen für die Sicherung an</translation>
    </message>
    <message>
        <source>%1: cannot create the backup file (%2)</source>
        <translation>%1: Die Sicherungsdatei kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start the backup (%2)</source>
        <translation>%1: Die Sicherung kann nicht gestartet werden (%2)</translation>
    </message>
    <message>
        <source>%1: backup cancelled</source>
        <translation>%1: Sicherung abgebrochen</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation>%1: Die Sicherung ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the backup (%2)</source>
        <translation>%1: Die Sicherung kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>DebriefSuggestionModel</name>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) on %1</source>
        <translation>
            <numerusform>%n schwieriger Anruf am %1</numerusform>
            <numerusform>%n schwierige Anrufe am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls tagged as escalated or with an angry customer</source>
        <translation>Anrufe, die als eskaliert oder mit verärgertem Kunden getaggt sind</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>long date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
</context>
<context>
    <name>EditAnnotationCommand</name>
    <message>
        <source>Move Annotation</source>
        <translation>Anmerkung verschieben</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
</context>
<context>
    <name>ElanWriter</name>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>FfmpegSupport</name>
    <message>
        <source>No audio file was given.</source>
        <translation>Es wurde keine Audiodatei angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audio file.</source>
        <translation>%1 ist ein Ordner, keine Audiodatei.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be used: the file is empty.</source>
        <translation>%1 kann nicht verwendet werden: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 starts like %2 but ends before its header does; the file is truncated.</source>
        <translation>%1 beginnt wie %2, endet aber vor dem Ende seines Headers; die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is not in an audio format Coachbench can read (%2).</source>
        <translation>%1 liegt in keinem Audioformat vor, das Coachbench lesen kann (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: out of memory.</source>
        <translation>%1 kann nicht geöffnet werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 looks like %2 but cannot be read; it may be damaged or truncated (%3).</source>
        <translation>%1 sieht wie %2 aus, kann aber nicht gelesen werden; die Datei ist möglicherweise beschädigt oder abgeschnitten (%3).</translation>
    </message>
    <message>
        <source>%1: the stream information cannot be read; the file may be damaged (%2).</source>
        <translation>%1: Die Streaminformationen können nicht gelesen werden; die Datei ist möglicherweise beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 has an audio stream whose channels or sample rate cannot be read; the file may be damaged.</source>
        <translation>%1 hat einen Audiostream, dessen Kanäle oder Abtastrate nicht lesbar sind; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 contains no audio stream.</source>
        <translation>%1 enthält keinen Audiostream.</translation>
    </message>
    <message>
        <source>%1 uses an audio codec FFmpeg does not know (codec tag 0x%2).</source>
        <translation>%1 verwendet einen Audiocodec, den FFmpeg nicht kennt (Codec-Tag 0x%2).</translation>
    </message>
    <message>
        <source>%1 uses the audio codec &quot;%2&quot;, which this FFmpeg cannot decode.</source>
        <translation>%1 verwendet den Audiocodec „%2“, den dieses FFmpeg nicht dekodieren kann.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation>%1 kann nicht dekodiert werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1: the %2 decoder cannot be set up (%3).</source>
        <translation>%1: Der %2-Decoder kann nicht eingerichtet werden (%3).</translation>
    </message>
    <message>
        <source>%1: the %2 decoder refuses this stream; the file may be damaged (%3).</source>
        <translation>%1: Der %2-Decoder weist diesen Stream zurück; die Datei ist möglicherweise beschädigt (%3).</translation>
    </message>
</context>
<context>
    <name>IcalSupport</name>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation>Die Wiederholungsregel „%1“ kann nicht aufgelöst werden (%2)</translation>
    </message>
    <message>
        <source>The repeat rule “%1” repeats too often to expand up to %2</source>
        <translation>Die Wiederholungsregel „%1“ wiederholt sich zu oft, um sie bis %2 aufzulösen</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>One-on-one</source>
        <translation>Einzelgespräch</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Buddy-Nachbesprechung</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Team-Huddle</translation>
    </message>
    <message>
        <source>Session %1 has no UID; store it before exporting</source>
        <translation>Termin %1 hat keine UID; speichern Sie ihn vor dem Export</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; it cannot be exported</source>
        <translation>Unbekannte Zeitzone „%1“; sie kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Session “%1” has an invalid repeat rule “%2”</source>
        <translation>Termin „%1“ hat eine ungültige Wiederholungsregel „%2“</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>without a title</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>%1: event %2 uses the unknown time zone “%3”</source>
        <translation>%1: Ereignis %2 verwendet die unbekannte Zeitzone „%3“</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar in event %2: %3</source>
        <translation>%1: Fehlerhaftes iCalendar in Ereignis %2: %3</translation>
    </message>
    <message>
        <source>(time zone)</source>
        <translation>(Zeitzone)</translation>
    </message>
    <message>
        <source>%1: event %2 has no start (DTSTART)</source>
        <translation>%1: Ereignis %2 hat keinen Beginn (DTSTART)</translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable start</source>
        <translation>%1: Ereignis %2 hat einen unlesbaren Beginn</translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable repeat rule</source>
        <translation>%1: Ereignis %2 hat eine unlesbare Wiederholungsregel</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: the file is too large for a calendar (%2 MB)</source>
        <translation>%1: Die Datei ist zu groß für einen Kalender (%2 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>%1: keine iCalendar-Datei (kein BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar (the file holds binary data)</source>
        <translation>%1: Fehlerhaftes iCalendar (die Datei enthält Binärdaten)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: the file ends before END:VCALENDAR (it may be cut short)</source>
        <translation>%1: Fehlerhaftes iCalendar: Die Datei endet vor END:VCALENDAR (sie ist möglicherweise unvollständig)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: libical could not parse it</source>
        <translation>%1: Fehlerhaftes iCalendar: libical konnte es nicht verarbeiten</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: no VCALENDAR component</source>
        <translation>%1: Fehlerhaftes iCalendar: keine VCALENDAR-Komponente</translation>
    </message>
    <message>
        <source>%1: event %2: %3</source>
        <translation>%1: Ereignis %2: %3</translation>
    </message>
    <message>
        <source>%1: event “%2”: its repeat rule “%3” gives no date at all</source>
        <translation>%1: Ereignis „%2“: Seine Wiederholungsregel „%3“ ergibt kein einziges Datum</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1: Ereignis „%2“: %3</translation>
    </message>
    <message>
        <source>%1: more than %2 meetings between %3 and %4; import a shorter period</source>
        <translation>%1: mehr als %2 Besprechungen zwischen %3 und %4; importieren Sie einen kürzeren Zeitraum</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import recordings (files or folders) into the library</source>
        <translation>Aufnahmen (Dateien oder Ordner) in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Recordings or folders of recordings (searched recursively).</source>
        <translation>Aufnahmen oder Ordner mit Aufnahmen (werden rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>PFAD…</translation>
    </message>
    <message>
        <source>A CSV of call metadata whose header names the columns.</source>
        <translation>Eine CSV-Datei mit Anrufmetadaten, deren Kopfzeile die Spalten benennt.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Print only failures and the summary.</source>
        <translation>Nur Fehler und die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>error: name at least one recording or folder to import</source>
        <translation>Fehler: Geben Sie mindestens eine Aufnahme oder einen Ordner zum Importieren an</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s)</source>
        <translation>
            <numerusform>%n Anruf importiert</numerusform>
            <numerusform>%n Anrufe importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n Duplikat übersprungen</numerusform>
            <numerusform>%n Duplikate übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved recording(s) found again</source>
        <translation>
            <numerusform>%n verschobene Aufnahme wiedergefunden</numerusform>
            <numerusform>%n verschobene Aufnahmen wiedergefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the calls imported so far are kept.</source>
        <translation>Import abgebrochen; die bisher importierten Anrufe bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing Recordings</source>
        <translation>Aufnahmen werden importiert</translation>
    </message>
    <message>
        <source>Looking for recordings…</source>
        <translation>Aufnahmen werden gesucht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Wird nach der aktuellen Datei angehalten…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: unknown column “%2” was ignored</source>
        <translation>%1: Unbekannte Spalte „%2“ wurde ignoriert</translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is not among the recordings being imported</source>
        <translation>%1: Zeile %2: „%3“ gehört nicht zu den importierten Aufnahmen</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>%1: already in the library</source>
        <translation>%1: bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: found again (it was at %2)</source>
        <translation>%1: wiedergefunden (war unter %2)</translation>
    </message>
    <message>
        <source>%1: skipped, the same recording as %2 is already in the library</source>
        <translation>%1: übersprungen, dieselbe Aufnahme ist als %2 bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>; transcript not attached: %1</source>
        <translation>; Transkript nicht angehängt: %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: importiert</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>&amp;Details ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;Details…</source>
        <translation>&amp;Details anzeigen…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>No recordings found</source>
        <translation>Keine Aufnahmen gefunden</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Import mit Problemen abgeschlossen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>There were no audio files among what you chose.</source>
        <translation>Unter den ausgewählten Elementen waren keine Audiodateien.</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, relinked %3, %4 failed.</source>
        <translation>Importiert: %1, übersprungen: %2, neu verknüpft: %3, fehlgeschlagen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln Duplikat</numerusform>
            <numerusform>%Ln Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved recording(s)</source>
        <translation>
            <numerusform>%Ln verschobene Aufnahme</numerusform>
            <numerusform>%Ln verschobene Aufnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %Ln warning(s).</source>
        <translation>
            <numerusform>Das Manifest enthält %Ln Warnung.</numerusform>
            <numerusform>Das Manifest enthält %Ln Warnungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls imported before you cancelled are kept.</source>
        <translation>Anrufe, die vor dem Abbruch importiert wurden, bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Stereo</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Noch keine Anrufe</translation>
    </message>
    <message>
        <source>Drag recordings here, or choose Import Recordings…</source>
        <translation>Ziehen Sie Aufnahmen hierher oder wählen Sie „Aufnahmen importieren…“</translation>
    </message>
    <message>
        <source>Import Recordings…</source>
        <translation>Aufnahmen importieren…</translation>
    </message>
    <message>
        <source>No calls match this filter</source>
        <translation>Keine Anrufe entsprechen diesem Filter</translation>
    </message>
    <message>
        <source>Try other words, another team or a wider date range.</source>
        <translation>Versuchen Sie andere Wörter, ein anderes Team oder einen größeren Zeitraum.</translation>
    </message>
    <message>
        <source>Show All Calls</source>
        <translation>Alle Anrufe anzeigen</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the calls in the library, newest first</source>
        <translation>Die Anrufe in der Bibliothek auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>Print at most N calls.</source>
        <translation>Höchstens N Anrufe ausgeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation>Die ersten N Anrufe überspringen.</translation>
    </message>
    <message>
        <source>Sort by date, rep, team, duration, channels, csat, queue or file.</source>
        <translation>Sortieren nach date, rep, team, duration, channels, csat, queue oder file.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Sort in ascending order (the default is descending).</source>
        <translation>Aufsteigend sortieren (Standard ist absteigend).</translation>
    </message>
    <message>
        <source>Only calls whose rep, team, queue, customer, file or tags contain every word of TEXT.</source>
        <translation>Nur Anrufe, deren Agent, Team, Warteschlange, Kunde, Datei oder Tags jedes Wort aus TEXT enthalten.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only calls of this team.</source>
        <translation>Nur Anrufe dieses Teams.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only calls on or after this date (YYYY-MM-DD).</source>
        <translation>Nur Anrufe an oder nach diesem Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only calls on or before this date (YYYY-MM-DD).</source>
        <translation>Nur Anrufe an oder vor diesem Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>error: cannot sort by “%1”</source>
        <translation>Fehler: Sortieren nach „%1“ ist nicht möglich</translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number</source>
        <translation>Fehler: --limit und --offset erwarten eine ganze Zahl</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>Fehler: --%1 „%2“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation>Fehler: In der Bibliothek gibt es kein Team „%1“</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>CH</source>
        <translation>KN</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coachbench libraries (*.coachdb);;All files (*)</source>
        <translation>Coachbench-Bibliotheken (*.coachdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Create an empty library file</source>
        <translation>Eine leere Bibliotheksdatei erstellen</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Eine andere Bibliotheksdatei öffnen</translation>
    </message>
    <message>
        <source>Import &amp;Recordings…</source>
        <translation>&amp;Aufnahmen importieren…</translation>
    </message>
    <message>
        <source>Add recorded calls to the library</source>
        <translation>Aufgezeichnete Anrufe zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Add every recording in a folder and its subfolders</source>
        <translation>Alle Aufnahmen in einem Ordner und seinen Unterordnern hinzufügen</translation>
    </message>
    <message>
        <source>Import with &amp;Manifest…</source>
        <translation>Mit &amp;Manifest importieren…</translation>
    </message>
    <message>
        <source>Add recordings with the call data from your contact centre&apos;s CSV export</source>
        <translation>Aufnahmen mit den Anrufdaten aus dem CSV-Export Ihres Contact-Centers hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Coachbench</source>
        <translation>&amp;Über Coachbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another library.</source>
        <translation>Warten Sie, bis der Import abgeschlossen ist, bevor Sie eine andere Bibliothek öffnen.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Coachbench could not open the library “%1”.</source>
        <translation>Coachbench konnte die Bibliothek „%1“ nicht öffnen.</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Andere Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>New Library…</source>
        <translation>Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead of creating a new library?</source>
        <translation>„%1“ existiert bereits. Möchten Sie sie öffnen, statt eine neue Bibliothek zu erstellen?</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>Keine zuletzt geöffneten Bibliotheken</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>The demo recordings are not installed.</source>
        <translation>Die Demo-Aufnahmen sind nicht installiert.</translation>
    </message>
    <message>
        <source>Import Recordings</source>
        <translation>Aufnahmen importieren</translation>
    </message>
    <message>
        <source>Recordings (%1);;All files (*)</source>
        <translation>Aufnahmen (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 von %Ln Anruf</numerusform>
            <numerusform>%1 von %Ln Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>About Coachbench</source>
        <translation>Über Coachbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coachbench %1&lt;/h3&gt;&lt;p&gt;A coaching workbench for customer-service teams: review recorded calls, find the moments that matter and turn them into coaching.&lt;/p&gt;&lt;p&gt;Coachbench is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coachbench %1&lt;/h3&gt;&lt;p&gt;Eine Coaching-Werkbank für Kundenservice-Teams: Werten Sie aufgezeichnete Anrufe aus, finden Sie die entscheidenden Momente und machen Sie daraus Coaching.&lt;/p&gt;&lt;p&gt;Coachbench ist freie Software unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several CSV files were dropped; importing the recordings without a manifest.</source>
        <translation>Es wurden mehrere CSV-Dateien abgelegt; die Aufnahmen werden ohne Manifest importiert.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Recordings are still being imported. Stop the import and quit? Calls imported so far are kept.</source>
        <translation>Es werden noch Aufnahmen importiert. Import abbrechen und beenden? Die bisher importierten Anrufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Terminplan</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the calls, or find words in the transcript of the call under review</source>
        <translation>Die Anrufe filtern oder Wörter im Transkript des ausgewerteten Anrufs suchen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ManifestImportDialog</name>
    <message>
        <source>Import with Manifest</source>
        <translation>Mit Manifest importieren</translation>
    </message>
    <message>
        <source>The folder that holds the recordings</source>
        <translation>Der Ordner mit den Aufnahmen</translation>
    </message>
    <message>
        <source>The CSV exported by your contact centre</source>
        <translation>Die von Ihrem Contact-Center exportierte CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Recordings &amp;folder:</source>
        <translation>Aufnahme&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Manifest (CSV):</source>
        <translation>&amp;Manifest (CSV):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Manifest rows</source>
        <translation>Manifest-Zeilen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the Recordings Folder</source>
        <translation>Aufnahmeordner auswählen</translation>
    </message>
    <message>
        <source>Choose the Manifest</source>
        <translation>Manifest auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the CSV to see what it holds before anything is imported.</source>
        <translation>Wählen Sie die CSV-Datei aus, um ihren Inhalt zu sehen, bevor etwas importiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>The manifest describes %Ln call(s).</source>
        <translation>
            <numerusform>Das Manifest beschreibt %Ln Anruf.</numerusform>
            <numerusform>Das Manifest beschreibt %Ln Anrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised columns: %1.</source>
        <translation>Erkannte Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) in the folder,</source>
        <translation>
            <numerusform>%Ln Aufnahme im Ordner,</numerusform>
            <numerusform>%Ln Aufnahmen im Ordner,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them listed in the manifest.</source>
        <translation>
            <numerusform>davon %Ln im Manifest aufgeführt.</numerusform>
            <numerusform>davon %Ln im Manifest aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manifest row(s) name no recording in this folder.</source>
        <translation>
            <numerusform>%Ln Manifest-Zeile nennt keine Aufnahme in diesem Ordner.</numerusform>
            <numerusform>%Ln Manifest-Zeilen nennen keine Aufnahme in diesem Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns Coachbench does not know and will ignore: %1.</source>
        <translation>Spalten, die Coachbench nicht kennt und ignoriert: %1.</translation>
    </message>
    <message>
        <source>The recordings folder %1 does not exist.</source>
        <translation>Der Aufnahmeordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>felt heard</source>
        <translation>fühlte sich gehört</translation>
    </message>
    <message>
        <source>first-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>erneuter Kontakt</translation>
    </message>
    <message>
        <source>handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>agent channel</source>
        <translation>Agentenkanal</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the manifest is empty</source>
        <translation>%1: Das Manifest ist leer</translation>
    </message>
    <message>
        <source>%1: no column names the recording; the header row needs a column called “file” (or “filename”, “recording”, “path”)</source>
        <translation>%1: Keine Spalte nennt die Aufnahme; die Kopfzeile braucht eine Spalte namens „file“ (oder „filename“, „recording“, „path“)</translation>
    </message>
    <message>
        <source>%1: line %2: %3 “%4” is not %5</source>
        <translation>%1: Zeile %2: %3 „%4“ ist ungültig, erwartet wird %5</translation>
    </message>
    <message>
        <source>a date and time (expected e.g. 2026-11-24T09:30:00+01:00)</source>
        <translation>ein Datum mit Uhrzeit (z. B. 2026-11-24T09:30:00+01:00)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>„yes“ oder „no“</translation>
    </message>
    <message>
        <source>a time in seconds or m:ss</source>
        <translation>eine Zeit in Sekunden oder m:ss</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>„left“ oder „right“</translation>
    </message>
    <message>
        <source>%1: line %2: no recording file is named; the row is ignored</source>
        <translation>%1: Zeile %2: Keine Aufnahmedatei angegeben; die Zeile wird ignoriert</translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is listed twice; the first row is used</source>
        <translation>%1: Zeile %2: „%3“ ist doppelt aufgeführt; die erste Zeile wird verwendet</translation>
    </message>
</context>
<context>
    <name>MeetingNotesDialog</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation>Besprechungsnotizen</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>%1 · %2 · with %3</source>
        <translation>%1 · %2 · mit %3</translation>
    </message>
    <message>
        <source>&amp;Huddle</source>
        <translation>&amp;Team-Huddle</translation>
    </message>
    <message>
        <source>&amp;Well-being</source>
        <translation>&amp;Wohlbefinden</translation>
    </message>
    <message>
        <source>Action &amp;Items</source>
        <translation>Auf&amp;gaben</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Anrufe</translation>
    </message>
    <message>
        <source>1 · Drained</source>
        <translation>1 · Erschöpft</translation>
    </message>
    <message>
        <source>2 · Low</source>
        <translation>2 · Niedrig</translation>
    </message>
    <message>
        <source>3 · Okay</source>
        <translation>3 · In Ordnung</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Gut</translation>
    </message>
    <message>
        <source>5 · Energised</source>
        <translation>5 · Voller Energie</translation>
    </message>
    <message>
        <source>1 · Light</source>
        <translation>1 · Leicht</translation>
    </message>
    <message>
        <source>2 · Comfortable</source>
        <translation>2 · Angenehm</translation>
    </message>
    <message>
        <source>3 · Full</source>
        <translation>3 · Ausgelastet</translation>
    </message>
    <message>
        <source>4 · Heavy</source>
        <translation>4 · Hoch</translation>
    </message>
    <message>
        <source>5 · Overwhelming</source>
        <translation>5 · Überfordernd</translation>
    </message>
    <message>
        <source>How are they doing? Private: never exported.</source>
        <translation>Wie geht es der Person? Privat: wird nie exportiert.</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>&amp;Energie:</translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation>Arbeits&amp;last:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>One success</source>
        <translation>Ein Erfolg</translation>
    </message>
    <message>
        <source>One struggle</source>
        <translation>Eine Herausforderung</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Something agreed, e.g. “Listen back to Tuesday’s refund call”</source>
        <translation>Etwas Vereinbartes, z. B. „Den Erstattungsanruf vom Dienstag noch einmal anhören“</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Open items come back at the next meeting of the series, marked “carried”. Tick an item when it is done.</source>
        <translation>Offene Aufgaben erscheinen bei der nächsten Besprechung der Serie wieder, markiert als „übernommen“. Haken Sie eine Aufgabe ab, wenn sie erledigt ist.</translation>
    </message>
    <message>
        <source>Calls to discuss</source>
        <translation>Zu besprechende Anrufe</translation>
    </message>
    <message>
        <source>&amp;Link Call…</source>
        <translation>Anruf &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  (carried from %2)</source>
        <translation>%1  (übernommen vom %2)</translation>
    </message>
    <message>
        <source>Still open from an earlier meeting of this series</source>
        <translation>Noch offen aus einer früheren Besprechung dieser Serie</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>OccurrenceMover</name>
    <message>
        <source>The meeting “%1” is no longer in the library</source>
        <translation>Die Besprechung „%1“ ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into the past</source>
        <translation>„%1“ kann nicht in die Vergangenheit verschoben werden</translation>
    </message>
    <message>
        <source>“%1” was not moved: %2</source>
        <translation>„%1“ wurde nicht verschoben: %2</translation>
    </message>
</context>
<context>
    <name>PeaksCommand</name>
    <message>
        <source>Compute a recording&apos;s waveform peaks and speech activity, without a library</source>
        <translation>Die Wellenform-Spitzen und die Sprachaktivität einer Aufnahme berechnen, ohne Bibliothek</translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation>Eine Aufnahme.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the peaks to FILE: JSON when its name ends in .json, else binary (little-endian: &quot;CBPEAKS\0&quot;, u32 version 1, u32 channels, u32 sample rate, i64 frames, u32 levels; per level u32 samples per bin, i64 bins, then per channel bins × (i8 min, i8 max)).</source>
        <translation>Die Spitzen in DATEI schreiben: JSON, wenn der Name auf .json endet, sonst binär (Little-Endian: &quot;CBPEAKS\0&quot;, u32 Version 1, u32 Kanäle, u32 Abtastrate, i64 Frames, u32 Stufen; je Stufe u32 Samples pro Bin, i64 Bins, dann je Kanal Bins × (i8 min, i8 max)).</translation>
    </message>
    <message>
        <source>Print the summary as a JSON object, with the speech ranges.</source>
        <translation>Die Zusammenfassung als JSON-Objekt ausgeben, mit den Sprachabschnitten.</translation>
    </message>
    <message>
        <source>Analyse again even when the analysis is cached, and cache the result.</source>
        <translation>Erneut analysieren, auch wenn die Analyse zwischengespeichert ist, und das Ergebnis zwischenspeichern.</translation>
    </message>
    <message>
        <source>Analyse without reading or writing the cache.</source>
        <translation>Analysieren, ohne den Cache zu lesen oder zu schreiben.</translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation>Fehler: Geben Sie eine Aufnahme an</translation>
    </message>
    <message>
        <source>Analysing %1… %2%</source>
        <translation>%1 wird analysiert… %2 %</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1 cannot be written: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>channel %1: %2 s</source>
        <translation>Kanal %1: %2 s</translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation>Datei:         %1</translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation>Dauer:         %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation>Kanäle:        %1</translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation>Abtastrate:    %1 Hz</translation>
    </message>
    <message>
        <source>Levels:      %1 (%2 samples per bin)</source>
        <translation>Stufen:        %1 (%2 Samples pro Bin)</translation>
    </message>
    <message>
        <source>Bins:        %1</source>
        <translation>Bins:          %1</translation>
    </message>
    <message>
        <source>Speech:      %1</source>
        <translation>Sprache:       %1</translation>
    </message>
    <message>
        <source>Talk ratio:  %1</source>
        <translation>Redeanteil:    %1</translation>
    </message>
    <message>
        <source>%1 (channel 1&apos;s share of all speech)</source>
        <translation>%1 (Anteil von Kanal 1 an der gesamten Sprache)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>A team needs a name</source>
        <translation>Ein Team braucht einen Namen</translation>
    </message>
    <message>
        <source>A rep needs a name</source>
        <translation>Ein Agent braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>PlaybackStateRepository</name>
    <message>
        <source>%1: call %2 is not in the library</source>
        <translation>%1: Anruf %2 ist nicht in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Show what Coachbench reads from a recording, without a library</source>
        <translation>Anzeigen, was Coachbench aus einer Aufnahme liest, ohne Bibliothek</translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation>Eine Aufnahme.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation>Ein JSON-Objekt ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: name one recording to probe</source>
        <translation>Fehler: Geben Sie eine zu untersuchende Aufnahme an</translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation>Datei:         %1</translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation>Dauer:         %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation>Kanäle:        %1</translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation>Abtastrate:    %1 Hz</translation>
    </message>
    <message>
        <source>Codec:       %1 (%2)</source>
        <translation>Codec:         %1 (%2)</translation>
    </message>
    <message>
        <source>Container:   %1</source>
        <translation>Container:     %1</translation>
    </message>
    <message>
        <source>Bit rate:    %1 kbit/s</source>
        <translation>Bitrate:       %1 kbit/s</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>RecordingAnalyzer</name>
    <message>
        <source>The analysis of %1 was cancelled.</source>
        <translation>Die Analyse von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation>%1 enthält kein dekodierbares Audio; die Datei ist möglicherweise beschädigt oder abgeschnitten (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be analysed: out of memory.</source>
        <translation>%1 kann nicht analysiert werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 has %2 channels at %3 Hz, which Coachbench cannot analyse.</source>
        <translation>%1 hat %2 Kanäle mit %3 Hz, was Coachbench nicht analysieren kann.</translation>
    </message>
    <message>
        <source>%1 decodes to samples in a format Coachbench cannot read (%2).</source>
        <translation>%1 wird zu Samples in einem Format dekodiert, das Coachbench nicht lesen kann (%2).</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repeat rule “%1” is not a valid RRULE (%2)</source>
        <translation>Die Wiederholungsregel „%1“ ist keine gültige RRULE (%2)</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>The series has no start</source>
        <translation>Die Serie hat keinen Beginn</translation>
    </message>
    <message>
        <source>The repeat rule “%1” never ends; add COUNT=… or UNTIL=… so the series has a last meeting</source>
        <translation>Die Wiederholungsregel „%1“ endet nie; fügen Sie COUNT=… oder UNTIL=… hinzu, damit die Serie eine letzte Besprechung hat</translation>
    </message>
    <message>
        <source>The repeat rule “%1” starting %2 gives no meeting at all</source>
        <translation>Die Wiederholungsregel „%1“ ab %2 ergibt keine einzige Besprechung</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar date or time</source>
        <translation>„%1“ ist kein iCalendar-Datum und keine iCalendar-Uhrzeit</translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation>Die Wiederholungsregel „%1“ kann nicht aufgelöst werden (%2)</translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot start at %2 (%3)</source>
        <translation>Die Wiederholungsregel „%1“ kann nicht am %2 beginnen (%3)</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Cannot open this call</source>
        <translation>Dieser Anruf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This call is no longer in the library.</source>
        <translation>Dieser Anruf ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1 is no longer there. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation>Die Aufnahme kann nicht abgespielt werden: %1 ist nicht mehr vorhanden. Sie wurde seit dem Import verschoben, umbenannt oder gelöscht; importieren Sie sie erneut von ihrem neuen Ort, um sie wieder zu verknüpfen.</translation>
    </message>
    <message>
        <source>Recording not found</source>
        <translation>Aufnahme nicht gefunden</translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation>Wellenform wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the waveform… %1%</source>
        <translation>Wellenform wird gelesen… %1 %</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Keine Wellenform: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation>Audacity-Textmarken (*.txt)</translation>
    </message>
    <message>
        <source>ELAN annotation (*.eaf)</source>
        <translation>ELAN-Annotation (*.eaf)</translation>
    </message>
    <message>
        <source>Praat TextGrid (*.TextGrid)</source>
        <translation>Praat-TextGrid (*.TextGrid)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No call open</source>
        <translation>Kein Anruf geöffnet</translation>
    </message>
    <message>
        <source>Open a call from the Library: double-click it, press Enter, or choose Open for Review.</source>
        <translation>Öffnen Sie einen Anruf aus der Bibliothek: per Doppelklick, mit der Eingabetaste oder über „Zur Auswertung öffnen“.</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Zur Bibliothek</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>M marks the moment, a tag&apos;s key tags it, Delete removes the selected one</source>
        <translation>M markiert den Moment, die Taste eines Tags taggt ihn, Entf löscht die ausgewählte Anmerkung</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Back 10 Seconds, or Slower While Fast</source>
        <translation>10 Sekunden zurück, bei schneller Wiedergabe langsamer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play, or Faster While Playing</source>
        <translation>Wiedergabe, während der Wiedergabe schneller</translation>
    </message>
    <message>
        <source>Mark This Moment</source>
        <translation>Diesen Moment markieren</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Previous Annotation</source>
        <translation>Vorherige Anmerkung</translation>
    </message>
    <message>
        <source>Next Annotation</source>
        <translation>Nächste Anmerkung</translation>
    </message>
    <message>
        <source>Loop the Selection</source>
        <translation>Auswahl in Schleife abspielen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this call&apos;s annotations as CSV, Audacity labels, ELAN or Praat TextGrid</source>
        <translation>Die Anmerkungen dieses Anrufs als CSV, Audacity-Textmarken, ELAN oder Praat-TextGrid speichern</translation>
    </message>
</context>
<context>
    <name>ScheduleAddCommand</name>
    <message>
        <source>Add a session or a series, checked for conflicts first</source>
        <translation>Einen Termin oder eine Serie hinzufügen, vorher auf Konflikte geprüft</translation>
    </message>
    <message>
        <source>one-on-one, buddy-debrief or huddle.</source>
        <translation>one-on-one, buddy-debrief oder huddle.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>A participant, by name; repeat for several.</source>
        <translation>Ein Teilnehmer, per Name; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The first meeting, local time in --tz (YYYY-MM-DDTHH:MM).</source>
        <translation>Die erste Besprechung, Ortszeit in --tz (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Dauer in Minuten.</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>IANA time zone the series follows (default: this machine&apos;s).</source>
        <translation>IANA-Zeitzone der Serie (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>Repeat rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=10.</source>
        <translation>Wiederholungsregel (RFC 5545), z. B. FREQ=WEEKLY;INTERVAL=2;COUNT=10.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Title shown in calendars.</source>
        <translation>In Kalendern angezeigter Titel.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A room or a meeting link.</source>
        <translation>Ein Raum oder ein Besprechungslink.</translation>
    </message>
    <message>
        <source>What the invitation says (never the private notes).</source>
        <translation>Der Text der Einladung (niemals die privaten Notizen).</translation>
    </message>
    <message>
        <source>Organiser&apos;s name.</source>
        <translation>Name des Organisators.</translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail.</source>
        <translation>E-Mail-Adresse des Organisators.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Save even if it overlaps other meetings or busy time.</source>
        <translation>Auch speichern, wenn es sich mit anderen Besprechungen oder belegter Zeit überschneidet.</translation>
    </message>
    <message>
        <source>Print the stored session as JSON.</source>
        <translation>Den gespeicherten Termin als JSON ausgeben.</translation>
    </message>
    <message>
        <source>error: --kind is one-on-one, buddy-debrief or huddle, not “%1”</source>
        <translation>Fehler: --kind ist one-on-one, buddy-debrief oder huddle, nicht „%1“</translation>
    </message>
    <message>
        <source>error: unknown time zone “%1”</source>
        <translation>Fehler: Unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>error: a session needs --start and at least one --rep</source>
        <translation>Fehler: Ein Termin braucht --start und mindestens ein --rep</translation>
    </message>
    <message>
        <source>error: --start “%1” is not a time (YYYY-MM-DDTHH:MM)</source>
        <translation>Fehler: --start „%1“ ist keine Zeitangabe (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>error: --duration takes a number of minutes</source>
        <translation>Fehler: --duration erwartet eine Anzahl Minuten</translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation>Fehler: In der Bibliothek gibt es keinen Agenten „%1“</translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation>Wöchentliches Team-Huddle</translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation>Buddy-Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>One-on-one: %1</source>
        <translation>Einzelgespräch: %1</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (UID %3)</source>
        <translation>Termin %1 „%2“ hinzugefügt (UID %3)</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Plan one-on-ones, buddy debriefs and huddles; .ics in and out</source>
        <translation>Einzelgespräche, Buddy-Nachbesprechungen und Team-Huddles planen; .ics-Import und -Export</translation>
    </message>
    <message>
        <source>One of:%1</source>
        <translation>Eines von:%1</translation>
    </message>
    <message>
        <source>VERB [options]</source>
        <translation>VERB [Optionen]</translation>
    </message>
    <message>
        <source>error: say what to do: add, list, export-ics or import-ics</source>
        <translation>Fehler: Geben Sie an, was zu tun ist: add, list, export-ics oder import-ics</translation>
    </message>
    <message>
        <source>error: unknown schedule verb “%1”; use add, list, export-ics or import-ics</source>
        <translation>Fehler: Unbekanntes schedule-Verb „%1“; verwenden Sie add, list, export-ics oder import-ics</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Move Meeting</source>
        <translation>Besprechung verschieben</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this meeting, or every meeting of the series?</source>
        <translation>„%1“ wiederholt sich. Nur diese Besprechung oder alle Besprechungen der Serie verschieben?</translation>
    </message>
    <message>
        <source>This &amp;Meeting</source>
        <translation>Nur diese &amp;Besprechung</translation>
    </message>
    <message>
        <source>The Whole &amp;Series</source>
        <translation>Die ganze &amp;Serie</translation>
    </message>
    <message>
        <source>“%1” would conflict at the new time.</source>
        <translation>„%1“ hätte zur neuen Zeit einen Konflikt.</translation>
    </message>
    <message>
        <source>&amp;Move Anyway</source>
        <translation>Trotzdem &amp;verschieben</translation>
    </message>
    <message>
        <source>Coachbench: meeting reminders</source>
        <translation>Coachbench: Besprechungserinnerungen</translation>
    </message>
    <message>
        <source>That session is no longer in the library.</source>
        <translation>Dieser Termin ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation>„%1“ auf %2 verschoben</translation>
    </message>
    <message>
        <source>Open &amp;Notes…</source>
        <translation>&amp;Notizen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Edit Series…</source>
        <translation>Serie &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark &amp;Held</source>
        <translation>Als &amp;stattgefunden markieren</translation>
    </message>
    <message>
        <source>&amp;Cancel This Meeting</source>
        <translation>Diese Besprechung &amp;absagen</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>Besprechung &amp;absagen</translation>
    </message>
    <message>
        <source>Mark &amp;Planned</source>
        <translation>Als &amp;geplant markieren</translation>
    </message>
    <message>
        <source>&amp;Delete Series…</source>
        <translation>Serie &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>Delete every meeting of “%1”, with their notes?</source>
        <translation>Alle Besprechungen von „%1“ mitsamt ihren Notizen löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and its notes?</source>
        <translation>„%1“ und die zugehörigen Notizen löschen?</translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation>Besprechungsnotizen</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>Die Notizen zu „%1“ können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation>Buddy-Paare</translation>
    </message>
    <message>
        <source>The teams cannot be read.</source>
        <translation>Die Teams können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Every pair has met: the rotation starts again.</source>
        <translation>Alle Paare haben sich getroffen: Die Rotation beginnt von vorn.</translation>
    </message>
    <message>
        <source>Round %1 of the rotation; nobody repeats a buddy before every pair has met.</source>
        <translation>Runde %1 der Rotation; niemand bekommt denselben Buddy erneut, bevor sich alle Paare getroffen haben.</translation>
    </message>
    <message>
        <source>Buddy debrief: %1 and %2</source>
        <translation>Buddy-Nachbesprechung: %1 und %2</translation>
    </message>
    <message>
        <source>A debrief after a tough shift on %1.</source>
        <translation>Eine Nachbesprechung nach einer harten Schicht am %1.</translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2</source>
        <translation>„%1“ für %2 geplant</translation>
    </message>
    <message>
        <source>coachbench-schedule</source>
        <translation>coachbench-terminplan</translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation>Terminplan exportieren</translation>
    </message>
    <message>
        <source>Export the whole schedule, or only “%1”?</source>
        <translation>Den ganzen Terminplan oder nur „%1“ exportieren?</translation>
    </message>
    <message>
        <source>&amp;Whole Schedule</source>
        <translation>&amp;Ganzen Terminplan</translation>
    </message>
    <message>
        <source>This &amp;Series</source>
        <translation>Diese &amp;Serie</translation>
    </message>
    <message>
        <source>Export Schedule as iCalendar</source>
        <translation>Terminplan als iCalendar exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Coachbench could not export the schedule to “%1”.</source>
        <translation>Coachbench konnte den Terminplan nicht nach „%1“ exportieren.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>How should Coachbench use the events in “%1”?</source>
        <translation>Wie soll Coachbench die Ereignisse in „%1“ verwenden?</translation>
    </message>
    <message>
        <source>As busy time, they only mark when you are not free, so new sessions avoid them; importing the file again replaces them.
As sessions, they become one-on-ones, debriefs or huddles you can edit and keep notes for.</source>
        <translation>Als belegte Zeit markieren sie nur, wann Sie nicht verfügbar sind, damit neue Termine sie meiden; ein erneuter Import der Datei ersetzt sie.
Als Termine werden sie zu Einzelgesprächen, Nachbesprechungen oder Team-Huddles, die Sie bearbeiten und zu denen Sie Notizen führen können.</translation>
    </message>
    <message>
        <source>As &amp;Busy Time</source>
        <translation>Als &amp;belegte Zeit</translation>
    </message>
    <message>
        <source>As &amp;Sessions</source>
        <translation>Als &amp;Termine</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Coachbench could not import “%1”; nothing was changed.</source>
        <translation>Coachbench konnte „%1“ nicht importieren; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>Trotzdem &amp;importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n busy time block(s) from %1</source>
        <translation>
            <numerusform>%n belegter Zeitblock aus %1 importiert</numerusform>
            <numerusform>%n belegte Zeitblöcke aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n session(s) added</source>
        <translation>
            <numerusform>%1 aus %2 importiert: %n Termin hinzugefügt</numerusform>
            <numerusform>%1 aus %2 importiert: %n Termine hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>This start has already passed; choose a later one.</source>
        <translation>Dieser Beginn liegt bereits in der Vergangenheit; wählen Sie einen späteren.</translation>
    </message>
    <message>
        <source>this time has passed</source>
        <translation>diese Zeit ist vorbei</translation>
    </message>
    <message>
        <source>A meeting cannot be moved into the past.</source>
        <translation>Eine Besprechung kann nicht in die Vergangenheit verschoben werden.</translation>
    </message>
    <message>
        <source>Choose a time after now (%1).</source>
        <translation>Wählen Sie eine Zeit nach jetzt (%1).</translation>
    </message>
    <message>
        <source>“%1” was not moved.</source>
        <translation>„%1“ wurde nicht verschoben.</translation>
    </message>
</context>
<context>
    <name>ScheduleExportCommand</name>
    <message>
        <source>Write every session, or one series, as an .ics file</source>
        <translation>Alle Termine oder eine Serie als .ics-Datei schreiben</translation>
    </message>
    <message>
        <source>Only this session or series (its id from “schedule list”).</source>
        <translation>Nur dieser Termin bzw. diese Serie (die ID aus „schedule list“).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Die zu schreibende .ics-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: say where to write with --out FILE</source>
        <translation>Fehler: Geben Sie das Ziel mit --out DATEI an</translation>
    </message>
    <message>
        <source>error: --series takes a session id</source>
        <translation>Fehler: --series erwartet eine Termin-ID</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 geschrieben</numerusform>
            <numerusform>%n Ereignisse in %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>One-on-one</source>
        <translation>Einzelgespräch</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Buddy-Nachbesprechung</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Team-Huddle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
</context>
<context>
    <name>ScheduleImportCommand</name>
    <message>
        <source>Read an .ics file as busy time or as sessions (all or nothing)</source>
        <translation>Eine .ics-Datei als belegte Zeit oder als Termine einlesen (alles oder nichts)</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>Die .ics-Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Store its events as busy time for conflict checks (the default).</source>
        <translation>Die Ereignisse als belegte Zeit für Konfliktprüfungen speichern (Standard).</translation>
    </message>
    <message>
        <source>Store its events as sessions.</source>
        <translation>Die Ereignisse als Termine speichern.</translation>
    </message>
    <message>
        <source>Whose busy time it is (default: the organiser&apos;s).</source>
        <translation>Wessen belegte Zeit es ist (Standard: die des Organisators).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Busy time from this day (YYYY-MM-DD; default today).</source>
        <translation>Belegte Zeit ab diesem Tag (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Busy time up to this day (YYYY-MM-DD; default a year on).</source>
        <translation>Belegte Zeit bis zu diesem Tag (YYYY-MM-DD; Standard: ein Jahr später).</translation>
    </message>
    <message>
        <source>Sessions: accept meetings that are over.</source>
        <translation>Termine: bereits vergangene Besprechungen akzeptieren.</translation>
    </message>
    <message>
        <source>Sessions: accept overlapping meetings.</source>
        <translation>Termine: sich überschneidende Besprechungen akzeptieren.</translation>
    </message>
    <message>
        <source>Print what was stored as JSON.</source>
        <translation>Das Gespeicherte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>error: name one .ics file</source>
        <translation>Fehler: Geben Sie eine .ics-Datei an</translation>
    </message>
    <message>
        <source>error: choose --as-busy or --as-sessions, not both</source>
        <translation>Fehler: Wählen Sie --as-busy oder --as-sessions, nicht beides</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>Fehler: --%1 „%2“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation>Fehler: In der Bibliothek gibt es keinen Agenten „%1“</translation>
    </message>
    <message>
        <source>%1: %2 event(s), %3 busy block(s) stored</source>
        <translation>%1: Ereignisse: %2, gespeicherte belegte Zeitblöcke: %3</translation>
    </message>
    <message>
        <source>%1: %2 session(s) added, %3 updated</source>
        <translation>%1: Termine hinzugefügt: %2, aktualisiert: %3</translation>
    </message>
</context>
<context>
    <name>ScheduleListCommand</name>
    <message>
        <source>List meetings in a date range, series expanded, conflicts marked</source>
        <translation>Besprechungen in einem Zeitraum auflisten, Serien aufgelöst, Konflikte markiert</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default today).</source>
        <translation>Erster Tag (YYYY-MM-DD; Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD; default two weeks on).</source>
        <translation>Letzter Tag, einschließlich (YYYY-MM-DD; Standard: in zwei Wochen).</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>Fehler: --%1 „%2“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: --to is before --from</source>
        <translation>Fehler: --to liegt vor --from</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Previous Week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neuer Termin…</translation>
    </message>
    <message>
        <source>Plan a one-on-one, a buddy debrief or a huddle</source>
        <translation>Ein Einzelgespräch, eine Buddy-Nachbesprechung oder ein Team-Huddle planen</translation>
    </message>
    <message>
        <source>Propose &amp;Buddy Pairs…</source>
        <translation>&amp;Buddy-Paare vorschlagen…</translation>
    </message>
    <message>
        <source>Pair reps up for a month, rotating so nobody repeats a buddy too soon</source>
        <translation>Agenten für einen Monat zu Paaren einteilen, rotierend, damit niemand zu früh denselben Buddy bekommt</translation>
    </message>
    <message>
        <source>Import &amp;Calendar…</source>
        <translation>&amp;Kalender importieren…</translation>
    </message>
    <message>
        <source>Read an .ics file as busy time or as sessions</source>
        <translation>Eine .ics-Datei als belegte Zeit oder als Termine einlesen</translation>
    </message>
    <message>
        <source>&amp;Export Schedule as iCalendar…</source>
        <translation>Terminplan als iCalendar &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the schedule, or the selected series, as an .ics file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Den Terminplan oder die ausgewählte Serie als .ics-Datei für Outlook, Google Kalender oder Thunderbird schreiben</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>&amp;Calendar File</source>
        <translation>&amp;Kalenderdatei</translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation>Neuer Termin…</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Anstehende Besprechungen</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>Nichts geplant</translation>
    </message>
    <message>
        <source>Set up a recurring one-on-one with each rep, a buddy debrief or the weekly huddle.</source>
        <translation>Richten Sie ein regelmäßiges Einzelgespräch mit jedem Agenten, eine Buddy-Nachbesprechung oder das wöchentliche Team-Huddle ein.</translation>
    </message>
    <message>
        <source>Suggested debriefs</source>
        <translation>Vorgeschlagene Nachbesprechungen</translation>
    </message>
    <message>
        <source>No tough shifts lately: no debriefs to suggest.</source>
        <translation>Zuletzt keine harten Schichten: keine Nachbesprechungen vorzuschlagen.</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Anstehend</translation>
    </message>
    <message>
        <source>&amp;Debriefs after a tough shift</source>
        <translation>Nachbesprechungen nach &amp;harter Schicht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Schedule Debrief</source>
        <translation>Nachbesprechung planen</translation>
    </message>
</context>
<context>
    <name>ScheduleReminder</name>
    <message numerus="yes">
        <source>%1 in %n minute(s)</source>
        <translation>
            <numerusform>%1 in %n Minute</numerusform>
            <numerusform>%1 in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts now</source>
        <translation>%1 beginnt jetzt</translation>
    </message>
    <message>
        <source>Open for %1:</source>
        <translation>Offen für %1:</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The session “%1” has no start</source>
        <translation>Der Termin „%1“ hat keinen Beginn</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours, not %1 minutes</source>
        <translation>Ein Termin dauert zwischen 1 Minute und 24 Stunden, nicht %1 Minuten</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>The session “%1” has no participants</source>
        <translation>Der Termin „%1“ hat keine Teilnehmer</translation>
    </message>
    <message>
        <source>A buddy debrief needs two reps</source>
        <translation>Eine Buddy-Nachbesprechung braucht zwei Agenten</translation>
    </message>
    <message>
        <source>“%1” would start in the past (%2); choose a later start</source>
        <translation>„%1“ würde in der Vergangenheit beginnen (%2); wählen Sie einen späteren Beginn</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>„%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1: the session vanished while saving</source>
        <translation>%1: Der Termin ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Es gibt keinen Termin %1</translation>
    </message>
    <message>
        <source>“%1” has no meeting at %2</source>
        <translation>„%1“ hat keine Besprechung am %2</translation>
    </message>
    <message>
        <source>A meeting cannot be moved into the past (%1)</source>
        <translation>Eine Besprechung kann nicht in die Vergangenheit verschoben werden (%1)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find words in the transcript (Ctrl+F)</source>
        <translation>Wörter im Transkript suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in transcripts</source>
        <translation>In Transkripten suchen</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>Dieser Anruf</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in this call · Enter for the next</source>
        <translation>
            <numerusform>%n Treffer in diesem Anruf · Eingabetaste für den nächsten</numerusform>
            <numerusform>%n Treffer in diesem Anruf · Eingabetaste für den nächsten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the library</source>
        <translation>
            <numerusform>%n Treffer in der Bibliothek</numerusform>
            <numerusform>%n Treffer in der Bibliothek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find words in the transcripts, best match first</source>
        <translation>Wörter in den Transkripten suchen, beste Treffer zuerst</translation>
    </message>
    <message>
        <source>Words (all must occur), &quot;a phrase&quot;, or a prefix ending in *.</source>
        <translation>Wörter (alle müssen vorkommen), &quot;eine Phrase&quot; oder ein Präfix, das auf * endet.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEXT…</translation>
    </message>
    <message>
        <source>Search one call&apos;s transcript, in time order.</source>
        <translation>Das Transkript eines einzelnen Anrufs durchsuchen, in zeitlicher Reihenfolge.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>Show at most N matches (default %1).</source>
        <translation>Höchstens N Treffer anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N matches, for the next page.</source>
        <translation>Die ersten N Treffer überspringen, für die nächste Seite.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: say what to search for</source>
        <translation>Fehler: Geben Sie an, wonach gesucht werden soll</translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number, 0 or more</source>
        <translation>Fehler: --limit und --offset erwarten eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf %1</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A room or a meeting link</source>
        <translation>Ein Raum oder ein Besprechungslink</translation>
    </message>
    <message>
        <source>What the invitation says; private notes stay in the meeting notes</source>
        <translation>Text der Einladung; private Notizen bleiben in den Besprechungsnotizen</translation>
    </message>
    <message>
        <source>f&amp;or</source>
        <translation>f&amp;ür</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>A&amp;genten:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Agen&amp;da:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Trotzdem s&amp;peichern</translation>
    </message>
    <message>
        <source>Keep the session even though it conflicts</source>
        <translation>Den Termin trotz des Konflikts speichern</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>&amp;Ending after</source>
        <translation>&amp;Endet nach</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> Besprechungen</translation>
    </message>
    <message>
        <source>Ending &amp;on</source>
        <translation>Endet a&amp;m</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweite</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritte</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierte</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>the %1 one of each month</source>
        <translation>jeweils der %1 im Monat</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>Einzelgespräch</translation>
    </message>
    <message>
        <source>One-on-one with %1</source>
        <translation>Einzelgespräch mit %1</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Buddy-Nachbesprechung</translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation>Buddy-Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation>Wöchentliches Team-Huddle</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): saving is still possible with Save Anyway.</source>
        <translation>
            <numerusform>%n Konflikt: Speichern ist mit „Trotzdem speichern“ weiterhin möglich.</numerusform>
            <numerusform>%n Konflikte: Speichern ist mit „Trotzdem speichern“ weiterhin möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts with other meetings, busy time or working hours.</source>
        <translation>Keine Konflikte mit anderen Besprechungen, belegter Zeit oder Arbeitszeit.</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
</context>
<context>
    <name>SessionNotesRepository</name>
    <message>
        <source>Energy and workload are rated 1 to 5, not %1</source>
        <translation>Energie und Arbeitslast werden von 1 bis 5 bewertet, nicht mit %1</translation>
    </message>
    <message>
        <source>An action item needs some text</source>
        <translation>Eine Aufgabe braucht einen Text</translation>
    </message>
    <message>
        <source>%1: there is no action item %2</source>
        <translation>%1: Es gibt keine Aufgabe %2</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>The session was never stored</source>
        <translation>Der Termin wurde nie gespeichert</translation>
    </message>
    <message>
        <source>%1: there is no session %2</source>
        <translation>%1: Es gibt keinen Termin %2</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one call: its details, outcomes, tags and transcript</source>
        <translation>Einen Anruf anzeigen: Details, Ergebnisse, Tags und Transkript</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>Die ID des Anrufs (aus „coach list“) oder seine Aufnahmedatei.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation>Ein JSON-Objekt ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>Fehler: Geben Sie einen Anruf an, per ID oder Aufnahmedatei</translation>
    </message>
    <message>
        <source>error: no call “%1” in the library</source>
        <translation>Fehler: Kein Anruf „%1“ in der Bibliothek</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1, %2 channel(s), %3 Hz</source>
        <translation>%1, Kanäle: %2, %3 Hz</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Felt heard</source>
        <translation>Fühlte sich gehört</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Erneuter Kontakt</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No transcript.</source>
        <translation>Kein Transkript.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transkript:</translation>
    </message>
</context>
<context>
    <name>SpeakerColors</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the disk is full; nothing was changed by this step</source>
        <translation>%1: Der Datenträger ist voll; dieser Schritt hat nichts verändert</translation>
    </message>
    <message>
        <source>%1: the library file is damaged or not a Coachbench library (%2)</source>
        <translation>%1: Die Bibliotheksdatei ist beschädigt oder keine Coachbench-Bibliothek (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SrtReader</name>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: Das Transkript ist leer</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not an SRT timing line</source>
        <translation>%1:%2: „%3“ ist keine SRT-Zeitzeile</translation>
    </message>
    <message>
        <source>%1: not an SRT file (no timing line such as “00:00:01,000 --&gt; 00:00:02,500”)</source>
        <translation>%1: keine SRT-Datei (keine Zeitzeile wie „00:00:01,000 --&gt; 00:00:02,500“)</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>“%1” cannot be a tag shortcut: use one letter, digit or punctuation key</source>
        <translation>„%1“ kann kein Tag-Kürzel sein: Verwenden Sie einen Buchstaben, eine Ziffer oder ein Satzzeichen</translation>
    </message>
    <message>
        <source>“%1” cannot be a tag shortcut: playback uses it</source>
        <translation>„%1“ kann kein Tag-Kürzel sein: Die Wiedergabe verwendet es</translation>
    </message>
    <message>
        <source>A tag needs a label</source>
        <translation>Ein Tag braucht eine Bezeichnung</translation>
    </message>
    <message>
        <source>The tag label “%1…” is too long (at most %2 characters)</source>
        <translation>Die Tag-Bezeichnung „%1…“ ist zu lang (höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>The tag label “%1” may not contain “|”</source>
        <translation>Die Tag-Bezeichnung „%1“ darf kein „|“ enthalten</translation>
    </message>
    <message>
        <source>There is already a tag “%1”</source>
        <translation>Es gibt bereits ein Tag „%1“</translation>
    </message>
    <message>
        <source>The shortcut “%1” already tags “%2”</source>
        <translation>Das Kürzel „%1“ vergibt bereits das Tag „%2“</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb</source>
        <translation>„%1“ ist keine Farbe; verwenden Sie #rrggbb</translation>
    </message>
    <message>
        <source>%1: tag %2 is not in the library</source>
        <translation>%1: Tag %2 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>No tag was given</source>
        <translation>Es wurde kein Tag angegeben</translation>
    </message>
    <message>
        <source>No tag “%1” in the library</source>
        <translation>Kein Tag „%1“ in der Bibliothek</translation>
    </message>
    <message>
        <source>“%1” could be any of these tags: %2</source>
        <translation>„%1“ könnte jedes dieser Tags sein: %2</translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message>
        <source>A transcript file.</source>
        <translation>Eine Transkriptdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the cues as a JSON array (see the README for its fields).</source>
        <translation>Die Cues als JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: name one transcript file</source>
        <translation>Fehler: Geben Sie eine Transkriptdatei an</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n cue(s)</source>
        <translation>
            <numerusform>%1: %2, %n Cue</numerusform>
            <numerusform>%1: %2, %n Cues</numerusform>
        </translation>
    </message>
    <message>
        <source>Show how a transcript file is read (WebVTT, SRT, Whisper or Amazon JSON)</source>
        <translation>Anzeigen, wie eine Transkriptdatei gelesen wird (WebVTT, SRT, Whisper oder Amazon JSON)</translation>
    </message>
</context>
<context>
    <name>TranscriptInput</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: Das Transkript ist leer</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation>%1:%2: kein gültiges JSON (%3)</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
</context>
<context>
    <name>TranscriptReader</name>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: Das Transkript ist leer</translation>
    </message>
    <message>
        <source>%1: a JSON file Coachbench does not read as a transcript (expected Whisper’s “segments” or Amazon Transcribe’s “results”)</source>
        <translation>%1: eine JSON-Datei, die Coachbench nicht als Transkript liest (erwartet: „segments“ von Whisper oder „results“ von Amazon Transcribe)</translation>
    </message>
    <message>
        <source>%1: not a transcript Coachbench reads (WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON)</source>
        <translation>%1: kein Transkript, das Coachbench lesen kann (WebVTT, SRT, Whisper JSON oder Amazon Transcribe JSON)</translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <source>Call %1 has no transcript</source>
        <translation>Anruf %1 hat kein Transkript</translation>
    </message>
    <message>
        <source>The transcript of call %1 has no speaker “%2”</source>
        <translation>Das Transkript von Anruf %1 hat keinen Sprecher „%2“</translation>
    </message>
</context>
<context>
    <name>TranscriptSearch</name>
    <message>
        <source>%1: searching the transcripts for “%2” failed (%3)</source>
        <translation>%1: Die Suche nach „%2“ in den Transkripten ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: searching call %2 for “%3” failed (%4)</source>
        <translation>%1: Die Suche nach „%3“ in Anruf %2 ist fehlgeschlagen (%4)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>Vorherige Anmerkung</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>Nächste Anmerkung</translation>
    </message>
    <message>
        <source>Loop the selection</source>
        <translation>Auswahl in Schleife abspielen</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Playback speed; the pitch stays the same</source>
        <translation>Wiedergabegeschwindigkeit; die Tonhöhe bleibt gleich</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Listen to both sides, or only the agent or the customer</source>
        <translation>Beide Seiten anhören oder nur den Agenten bzw. den Kunden</translation>
    </message>
    <message>
        <source>Hear</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>S&amp;kip silence ≥</source>
        <translation>Stille ü&amp;berspringen ≥</translation>
    </message>
    <message>
        <source>Jump over stretches where both sides are quiet</source>
        <translation>Abschnitte überspringen, in denen beide Seiten schweigen</translation>
    </message>
    <message>
        <source>Shortest silence to skip</source>
        <translation>Kürzeste zu überspringende Stille</translation>
    </message>
    <message>
        <source>Skip only silences at least this long</source>
        <translation>Nur Stille überspringen, die mindestens so lang ist</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm schalten</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Ton einschalten</translation>
    </message>
    <message>
        <source>Loop the selection (%1)</source>
        <translation>Auswahl in Schleife abspielen (%1)</translation>
    </message>
    <message>
        <source>Drag across the waveform to select a stretch to loop</source>
        <translation>Ziehen Sie über die Wellenform, um einen Abschnitt für die Schleife auszuwählen</translation>
    </message>
    <message>
        <source>Available once the recording has been analysed</source>
        <translation>Verfügbar, sobald die Aufnahme analysiert wurde</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>Click to play from there, drag to select a stretch; Ctrl+wheel zooms</source>
        <translation>Klicken, um ab dort abzuspielen, ziehen, um einen Abschnitt auszuwählen; Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>WebVttReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: Das Transkript ist leer</translation>
    </message>
    <message>
        <source>%1: not a WebVTT file (the first line must be “WEBVTT”)</source>
        <translation>%1: keine WebVTT-Datei (die erste Zeile muss „WEBVTT“ lauten)</translation>
    </message>
    <message>
        <source>%1: the WebVTT file holds no cues</source>
        <translation>%1: Die WebVTT-Datei enthält keine Cues</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verschoben von %1</translation>
    </message>
    <message>
        <source>Conflicts with another meeting, busy time or working hours</source>
        <translation>Konflikt mit einer anderen Besprechung, belegter Zeit oder der Arbeitszeit</translation>
    </message>
</context>
<context>
    <name>WhisperJsonReader</name>
    <message>
        <source>%1: not a Whisper transcript (it has no “segments” list)</source>
        <translation>%1: kein Whisper-Transkript (es enthält keine „segments“-Liste)</translation>
    </message>
    <message>
        <source>%1: segment %2 has no valid “start” and “end” time in seconds</source>
        <translation>%1: Segment %2 hat keine gültige „start“- und „end“-Zeit in Sekunden</translation>
    </message>
    <message>
        <source>%1: the Whisper transcript holds no segments</source>
        <translation>%1: Das Whisper-Transkript enthält keine Segmente</translation>
    </message>
</context>
<context>
    <name>coach::PlaybackWorker</name>
    <message>
        <source>%1 cannot be played: there is no audio output device. Check that a sound card or headset is connected and that the sound server (PulseAudio or PipeWire) is running.</source>
        <translation>%1 kann nicht abgespielt werden: Es gibt kein Audioausgabegerät. Prüfen Sie, ob eine Soundkarte oder ein Headset angeschlossen ist und der Soundserver (PulseAudio oder PipeWire) läuft.</translation>
    </message>
    <message>
        <source>%1 stopped playing: the audio output &quot;%2&quot; failed.</source>
        <translation>Die Wiedergabe von %1 wurde beendet: Die Audioausgabe „%2“ ist ausgefallen.</translation>
    </message>
    <message>
        <source>%1 cannot be played: the audio output device refused to start.</source>
        <translation>%1 kann nicht abgespielt werden: Das Audioausgabegerät ließ sich nicht starten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review recorded customer-service calls.</source>
        <translation>Aufgezeichnete Kundenservice-Anrufe auswerten.</translation>
    </message>
    <message>
        <source>Open the library &lt;file&gt;, creating it if needed.</source>
        <translation>Die Bibliothek &lt;Datei&gt; öffnen und bei Bedarf erstellen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open the demo library, importing the demo calls on first use.</source>
        <translation>Die Demo-Bibliothek öffnen; beim ersten Start werden die Demo-Anrufe importiert.</translation>
    </message>
</context>
</TS>
