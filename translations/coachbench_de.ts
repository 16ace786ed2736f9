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
    <name>AnnotationImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: the tag “%3” is not in the library; nothing was imported</source>
        <translation>%1: Zeile %2: Das Tag „%3“ ist nicht in der Bibliothek; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: the tag “%2” is not in the library; nothing was imported</source>
        <translation>%1: Das Tag „%2“ ist nicht in der Bibliothek; es wurde nichts importiert</translation>
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
    <name>CaptionSidecar</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
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
    <name>ClipCommand</name>
    <message>
        <source>Cut a clip from a recording (fades, loudness, captions), without a library</source>
        <translation>Einen Clip aus einer Aufnahme schneiden (Blenden, Lautheit, Untertitel), ohne Bibliothek</translation>
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
        <source>Where the clip starts in the recording (seconds or m:ss).</source>
        <translation>Wo der Clip in der Aufnahme beginnt (Sekunden oder m:ss).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>How long the clip is (seconds or m:ss).</source>
        <translation>Wie lang der Clip ist (Sekunden oder m:ss).</translation>
    </message>
    <message>
        <source>The transcript --captions comes from (WebVTT, SRT, Whisper or Amazon JSON); default: one beside FILE with the same name.</source>
        <translation>Das Transkript für --captions (WebVTT, SRT, Whisper oder Amazon JSON); Standard: eines mit gleichem Namen neben DATEI.</translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation>Fehler: Geben Sie eine Aufnahme an</translation>
    </message>
    <message>
        <source>error: --start, --duration and --out are needed</source>
        <translation>Fehler: --start, --duration und --out sind erforderlich</translation>
    </message>
    <message>
        <source>error: --captions needs a transcript: give --transcript FILE, or put one beside %1</source>
        <translation>Fehler: --captions braucht ein Transkript: Geben Sie --transcript DATEI an oder legen Sie eines neben %1</translation>
    </message>
</context>
<context>
    <name>ClipDefaults</name>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>ClipEncoder</name>
    <message>
        <source>%1 cannot be written: there is no space left on the disk (%2).</source>
        <translation>%1 kann nicht geschrieben werden: Auf dem Datenträger ist kein Platz mehr (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be encoded: %2.</source>
        <translation>%1 kann nicht kodiert werden: %2.</translation>
    </message>
    <message>
        <source>this FFmpeg has no %1 encoder</source>
        <translation>Dieses FFmpeg hat keinen %1-Encoder</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>the %1 encoder refuses %2 Hz, %3 channel(s) (%4)</source>
        <translation>Der %1-Encoder weist %2 Hz bei %3 Kanal/Kanälen zurück (%4)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Das Schreiben von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodieren</translation>
    </message>
</context>
<context>
    <name>ClipExportDialog</name>
    <message>
        <source>Export Clip</source>
        <translation>Clip exportieren</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Opus and MP3 are small and play in browsers and phones; WAV and FLAC keep every sample</source>
        <translation>Opus und MP3 sind klein und laufen in Browsern und auf Smartphones; WAV und FLAC behalten jedes Sample</translation>
    </message>
    <message>
        <source>Both voices, stereo</source>
        <translation>Beide Stimmen, Stereo</translation>
    </message>
    <message>
        <source>Both voices, mono</source>
        <translation>Beide Stimmen, Mono</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Nur Agent</translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation>Nur Kunde</translation>
    </message>
    <message>
        <source>Fade in at the start and out at the end; 0 for a hard cut</source>
        <translation>Am Anfang ein- und am Ende ausblenden; 0 für einen harten Schnitt</translation>
    </message>
    <message>
        <source>Normalise to</source>
        <translation>Normalisieren auf</translation>
    </message>
    <message>
        <source>Every clip plays at the same loudness (EBU R128), peaks kept under −1 dBTP</source>
        <translation>Jeder Clip wird gleich laut abgespielt (EBU R128), Spitzen bleiben unter −1 dBTP</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>WebVTT (.vtt)</source>
        <translation>WebVTT (.vtt)</translation>
    </message>
    <message>
        <source>SRT (.srt)</source>
        <translation>SRT (.srt)</translation>
    </message>
    <message>
        <source>This call has no transcript; attach one on the Review page for captions</source>
        <translation>Dieser Anruf hat kein Transkript; hängen Sie für Untertitel auf der Seite „Auswertung“ eines an</translation>
    </message>
    <message>
        <source>A caption file beside the clip, from the call&apos;s transcript</source>
        <translation>Eine Untertiteldatei neben dem Clip, aus dem Transkript des Anrufs</translation>
    </message>
    <message>
        <source>Bleep (1 kHz tone)</source>
        <translation>Piepton (1 kHz)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Voices:</source>
        <translation>Stimmen:</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>am Anfang und Ende</translation>
    </message>
    <message>
        <source>Fade:</source>
        <translation>Ein-/Ausblenden:</translation>
    </message>
    <message>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorhören</translation>
    </message>
    <message>
        <source>Hear the clip as it will be exported</source>
        <translation>Den Clip so anhören, wie er exportiert wird</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The preview cannot be made: no temporary folder (%1).</source>
        <translation>Die Vorschau kann nicht erstellt werden: kein temporärer Ordner (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Stop &amp;Preview</source>
        <translation>Vorhören &amp;beenden</translation>
    </message>
    <message>
        <source>The clip was saved, but its captions were not: %1</source>
        <translation>Der Clip wurde gespeichert, seine Untertitel aber nicht: %1</translation>
    </message>
    <message>
        <source>Bleep personal data</source>
        <translation>Persönliche Daten überpiepen</translation>
    </message>
    <message>
        <source>This call has no transcript to find personal data in</source>
        <translation>Dieser Anruf hat kein Transkript, in dem persönliche Daten gefunden werden könnten</translation>
    </message>
    <message>
        <source>Card numbers, names, phone numbers and the like the transcript shows are bleeped in the speaker&apos;s channel and replaced in the captions</source>
        <translation>Kartennummern, Namen, Telefonnummern und Ähnliches aus dem Transkript werden im Kanal des Sprechers überpiept und in den Untertiteln ersetzt</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message>
        <source>Bleep with:</source>
        <translation>Überpiepen mit:</translation>
    </message>
    <message>
        <source>Bleep personal data (none found in this range)</source>
        <translation>Persönliche Daten überpiepen (in diesem Bereich keine gefunden)</translation>
    </message>
    <message numerus="yes">
        <source>Bleep personal data (%n span(s) in this range)</source>
        <translation>
            <numerusform>Persönliche Daten überpiepen (%n Stelle in diesem Bereich)</numerusform>
            <numerusform>Persönliche Daten überpiepen (%n Stellen in diesem Bereich)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipExportSources</name>
    <message>
        <source>The highlight&apos;s call (%1) is no longer in the library.</source>
        <translation>Der Anruf des Highlights (%1) ist nicht mehr in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>ClipExporter</name>
    <message>
        <source>The clip from %1 is too long: at %2 Hz with %3 channel(s) a clip can be at most %4 minutes; choose a shorter range or a lower rate.</source>
        <translation>Der Clip aus %1 ist zu lang: Bei %2 Hz und %3 Kanal/Kanälen darf ein Clip höchstens %4 Minuten lang sein; wählen Sie einen kürzeren Bereich oder eine niedrigere Abtastrate.</translation>
    </message>
    <message>
        <source>The clip from %1 has no length: give a duration above zero.</source>
        <translation>Der Clip aus %1 hat keine Länge: Geben Sie eine Dauer über null an.</translation>
    </message>
    <message>
        <source>The clip from %1 starts before the recording does (%2 s).</source>
        <translation>Der Clip aus %1 beginnt vor der Aufnahme (%2 s).</translation>
    </message>
    <message>
        <source>The clip starts at %1 s, but %2 is only %3 s long.</source>
        <translation>Der Clip beginnt bei %1 s, aber %2 ist nur %3 s lang.</translation>
    </message>
    <message>
        <source>The clip ends at %1 s, but %2 is only %3 s long.</source>
        <translation>Der Clip endet bei %1 s, aber %2 ist nur %3 s lang.</translation>
    </message>
    <message>
        <source>The fade for %1 cannot be negative.</source>
        <translation>Die Blende für %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A loudness of %1 LUFS for %2 is outside −70 … −5 LUFS.</source>
        <translation>Eine Lautheit von %1 LUFS für %2 liegt außerhalb von −70 … −5 LUFS.</translation>
    </message>
    <message>
        <source>%1 cannot be written at %2 samples per second (8000 … 192000).</source>
        <translation>%1 kann nicht mit %2 Samples pro Sekunde geschrieben werden (8000 … 192000).</translation>
    </message>
    <message>
        <source>No file name was given for the clip.</source>
        <translation>Es wurde kein Dateiname für den Clip angegeben.</translation>
    </message>
    <message>
        <source>%1: the file name should end in one of %2.</source>
        <translation>%1: Der Dateiname sollte auf eine dieser Endungen enden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: this FFmpeg has no %2 encoder.</source>
        <translation>%1 kann nicht geschrieben werden: Dieses FFmpeg hat keinen %2-Encoder.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the clip.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen für den Clip an.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is the recording itself; choose another name for the clip.</source>
        <translation>%1 ist die Aufnahme selbst; wählen Sie einen anderen Namen für den Clip.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 takes no new files (%3).</source>
        <translation>%1 kann nicht geschrieben werden: Im Ordner %2 lassen sich keine neuen Dateien anlegen (%3).</translation>
    </message>
    <message>
        <source>%1 has one channel with both voices on it; an agent-only or customer-only clip needs a stereo recording.</source>
        <translation>%1 hat nur einen Kanal mit beiden Stimmen; ein Clip nur mit Agent oder nur mit Kunde braucht eine Stereoaufnahme.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Das Schreiben von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>ClipFilterGraph</name>
    <message>
        <source>%1: the decoder reports no sample rate, channels or sample format; the file may be damaged.</source>
        <translation>%1: Der Decoder meldet keine Abtastrate, keine Kanäle oder kein Sample-Format; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1: the audio filters for the clip cannot be set up (%2).</source>
        <translation>%1: Die Audiofilter für den Clip lassen sich nicht einrichten (%2).</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>%1: the audio filters refuse the decoded audio (%2).</source>
        <translation>%1: Die Audiofilter weisen das dekodierte Audio zurück (%2).</translation>
    </message>
    <message>
        <source>%1: the audio filters failed (%2).</source>
        <translation>%1: Die Audiofilter sind fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>ClipFormat</name>
    <message>
        <source>WAV, 16-bit PCM (.wav)</source>
        <translation>WAV, 16-Bit-PCM (.wav)</translation>
    </message>
    <message>
        <source>FLAC, lossless (.flac)</source>
        <translation>FLAC, verlustfrei (.flac)</translation>
    </message>
    <message>
        <source>Opus (.opus)</source>
        <translation>Opus (.opus)</translation>
    </message>
    <message>
        <source>MP3 (.mp3)</source>
        <translation>MP3 (.mp3)</translation>
    </message>
    <message>
        <source>AAC (.m4a)</source>
        <translation>AAC (.m4a)</translation>
    </message>
</context>
<context>
    <name>ClipLoudness</name>
    <message>
        <source>%1: the clip&apos;s loudness cannot be measured (libebur128 error %2).</source>
        <translation>%1: Die Lautheit des Clips kann nicht gemessen werden (libebur128-Fehler %2).</translation>
    </message>
    <message>
        <source>%1: out of memory while limiting the clip&apos;s peaks.</source>
        <translation>%1: Beim Begrenzen der Spitzen des Clips ist kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>Normalising the clip from %1 was cancelled.</source>
        <translation>Das Normalisieren des Clips aus %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Normalising loudness</source>
        <translation>Lautheit wird normalisiert</translation>
    </message>
</context>
<context>
    <name>ClipOptions</name>
    <message>
        <source>Write the clip to FILE; its extension picks the format: %1.</source>
        <translation>Den Clip in DATEI schreiben; die Dateiendung bestimmt das Format: %1.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Fade in and out over SECONDS each (default 0.3; 0 for none).</source>
        <translation>Über jeweils SEKUNDEN ein- und ausblenden (Standard 0.3; 0 für keine Blende).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Normalise to LUFS integrated loudness, EBU R128 (default -16), with true peaks under -1 dBTP; &quot;none&quot; keeps the recording&apos;s level.</source>
        <translation>Auf LUFS integrierte Lautheit nach EBU R128 normalisieren (Standard -16), mit True Peaks unter -1 dBTP; „none“ behält den Pegel der Aufnahme.</translation>
    </message>
    <message>
        <source>LUFS|none</source>
        <translation>LUFS|none</translation>
    </message>
    <message>
        <source>mono (both voices), stereo (default), agent or customer (one voice, mono).</source>
        <translation>mono (beide Stimmen), stereo (Standard), agent oder customer (eine Stimme, mono).</translation>
    </message>
    <message>
        <source>mono|stereo|agent|customer</source>
        <translation>mono|stereo|agent|customer</translation>
    </message>
    <message>
        <source>Sample rate of the clip (default: the recording&apos;s, or the nearest the format takes).</source>
        <translation>Abtastrate des Clips (Standard: die der Aufnahme oder die nächstliegende, die das Format unterstützt).</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Also write captions beside the clip (OUT.vtt or OUT.srt).</source>
        <translation>Zusätzlich Untertitel neben den Clip schreiben (OUT.vtt oder OUT.srt).</translation>
    </message>
    <message>
        <source>vtt|srt</source>
        <translation>vtt|srt</translation>
    </message>
    <message>
        <source>Bleep START-END (seconds or m:ss, recording time); repeat for more spans.</source>
        <translation>START-ENDE mit Piepton überdecken (Sekunden oder m:ss, Zeit in der Aufnahme); für weitere Abschnitte wiederholen.</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>START-ENDE</translation>
    </message>
    <message>
        <source>What replaces a redacted span: tone (1 kHz, default) or silence.</source>
        <translation>Was einen geschwärzten Abschnitt ersetzt: tone (1 kHz, Standard) oder silence.</translation>
    </message>
    <message>
        <source>tone|silence</source>
        <translation>tone|silence</translation>
    </message>
    <message>
        <source>Title tag.</source>
        <translation>Titel-Tag.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Artist tag (the rep).</source>
        <translation>Interpret-Tag (der Agent).</translation>
    </message>
    <message>
        <source>Date tag (YYYY-MM-DD).</source>
        <translation>Datums-Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Comment tag (the pattern it shows).</source>
        <translation>Kommentar-Tag (das gezeigte Muster).</translation>
    </message>
    <message>
        <source>--%1 needs seconds (like 83.5 or 1:23.5), not “%2”</source>
        <translation>--%1 erwartet Sekunden (etwa 83.5 oder 1:23.5), nicht „%2“</translation>
    </message>
    <message>
        <source>--captions takes vtt or srt, not “%1”</source>
        <translation>--captions erwartet vtt oder srt, nicht „%1“</translation>
    </message>
    <message>
        <source>--fade needs seconds from 0 to 30, not “%1”</source>
        <translation>--fade erwartet Sekunden von 0 bis 30, nicht „%1“</translation>
    </message>
    <message>
        <source>--loudness needs LUFS from -70 to -5, or none, not “%1”</source>
        <translation>--loudness erwartet LUFS von -70 bis -5 oder none, nicht „%1“</translation>
    </message>
    <message>
        <source>--channels takes mono, stereo, agent or customer, not “%1”</source>
        <translation>--channels erwartet mono, stereo, agent oder customer, nicht „%1“</translation>
    </message>
    <message>
        <source>--rate needs a sample rate from 8000 to 192000 Hz, not “%1”</source>
        <translation>--rate erwartet eine Abtastrate von 8000 bis 192000 Hz, nicht „%1“</translation>
    </message>
    <message>
        <source>--redact needs START-END, not “%1”</source>
        <translation>--redact erwartet START-ENDE, nicht „%1“</translation>
    </message>
    <message>
        <source>--redact “%1” ends before it starts</source>
        <translation>--redact „%1“ endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>--redact-with takes tone or silence, not “%1”</source>
        <translation>--redact-with erwartet tone oder silence, nicht „%1“</translation>
    </message>
    <message>
        <source>Exporting %1… %2%</source>
        <translation>%1 wird exportiert… %2 %</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>captions in %1</source>
        <translation>Untertitel in %1</translation>
    </message>
    <message>
        <source>%1 LUFS, true peak %2 dBTP</source>
        <translation>%1 LUFS, True Peak %2 dBTP</translation>
    </message>
    <message>
        <source>Wrote %1: %2 s, %3 Hz, %4 channel(s), %5%6%7</source>
        <translation>%1 geschrieben: %2 s, %3 Hz, Kanäle: %4, %5%6%7</translation>
    </message>
</context>
<context>
    <name>ClipSource</name>
    <message>
        <source>%1: its length, channels or sample rate cannot be read; the file may be damaged.</source>
        <translation>%1: Länge, Kanäle oder Abtastrate sind nicht lesbar; die Datei ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation>%1 kann nicht gelesen werden: Kein Speicher mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1: cannot jump to %2 s in this file (%3).</source>
        <translation>%1: In dieser Datei kann nicht zu %2 s gesprungen werden (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2.</source>
        <translation>%1 kann nicht dekodiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cutting the clip from %1 was cancelled.</source>
        <translation>Das Schneiden des Clips aus %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>%1 ends at %2 s, before the clip&apos;s end at %3 s.</source>
        <translation>%1 endet bei %2 s, vor dem Ende des Clips bei %3 s.</translation>
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
    <name>CueSheetHtml</name>
    <message>
        <source>Week %1, %2 – %3</source>
        <comment>ISO week, Monday – Sunday</comment>
        <translation>Woche %1, %2 – %3</translation>
    </message>
    <message>
        <source>Standup pack</source>
        <translation>Standup-Paket</translation>
    </message>
    <message>
        <source>Standup pack: %1</source>
        <translation>Standup-Paket: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <comment>total playing time</comment>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>Who and pattern</source>
        <translation>Wer und welches Muster</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>No pattern named</source>
        <translation>Kein Muster angegeben</translation>
    </message>
    <message>
        <source>No note written.</source>
        <translation>Keine Notiz geschrieben.</translation>
    </message>
    <message>
        <source>Play the clips in order from %1; each has captions (.vtt) beside it. Excerpts leave out anything bleeped in the clip.</source>
        <translation>Spielen Sie die Clips in der Reihenfolge aus %1 ab; neben jedem liegen Untertitel (.vtt). Die Auszüge lassen alles weg, was im Clip überpiept ist.</translation>
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
    <name>ExcerptRedactor</name>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Sprecher %1</translation>
    </message>
</context>
<context>
    <name>ExerciseBuilder</name>
    <message>
        <source>%1: call %2 is not in the library</source>
        <translation>%1: Anruf %2 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>Nothing is selected: drag across the waveform or the transcript to choose the stretch of call %1 the exercise is about</source>
        <translation>Nichts ausgewählt: Ziehen Sie über die Wellenform oder das Transkript, um den Abschnitt von Anruf %1 zu wählen, um den es in der Übung geht</translation>
    </message>
    <message>
        <source>Call %1 (%2) has no transcript: attach one to build an exercise from it</source>
        <translation>Anruf %1 (%2) hat kein Transkript: Hängen Sie eines an, um daraus eine Übung zu erstellen</translation>
    </message>
    <message>
        <source>Call %1: nobody speaks between %2 and %3 in its transcript; choose a stretch with speech</source>
        <translation>Anruf %1: Laut Transkript spricht zwischen %2 und %3 niemand; wählen Sie einen Abschnitt mit Sprache</translation>
    </message>
    <message>
        <source>%1: the call exercise %2 was made from has been removed from the library</source>
        <translation>%1: Der Anruf, aus dem Übung %2 erstellt wurde, wurde aus der Bibliothek entfernt</translation>
    </message>
    <message>
        <source>Rewrite practice: %1</source>
        <translation>Umformulierungsübung: %1</translation>
    </message>
    <message>
        <source>Call %1: the excerpt has no rep turn to rewrite (only the customer speaks between %2 and %3, or the rep&apos;s speaker is not known); widen the selection or set who the rep is</source>
        <translation>Anruf %1: Der Auszug enthält keinen Redebeitrag des Agenten zum Umformulieren (zwischen %2 und %3 spricht nur der Kunde, oder der Sprecher des Agenten ist unbekannt); erweitern Sie die Auswahl oder legen Sie fest, wer der Agent ist</translation>
    </message>
    <message>
        <source>Turn %1 of the excerpt is not the rep&apos;s; choose one of the rep&apos;s turns to rewrite</source>
        <translation>Redebeitrag %1 des Auszugs stammt nicht vom Agenten; wählen Sie einen Redebeitrag des Agenten zum Umformulieren</translation>
    </message>
    <message>
        <source>%1: call %2 has no recording to cut the audio excerpt from</source>
        <translation>%1: Anruf %2 hat keine Aufnahme, aus der der Audioauszug geschnitten werden kann</translation>
    </message>
    <message>
        <source>Rewrite exercise excerpt</source>
        <translation>Auszug für Umformulierungsübung</translation>
    </message>
    <message>
        <source>Anonymised: personal data bleeped</source>
        <translation>Anonymisiert: personenbezogene Daten überpiept</translation>
    </message>
</context>
<context>
    <name>ExerciseBuilderDialog</name>
    <message>
        <source>New Rewrite Exercise</source>
        <translation>Neue Umformulierungsübung</translation>
    </message>
    <message>
        <source>Edit Rewrite Exercise</source>
        <translation>Umformulierungsübung bearbeiten</translation>
    </message>
    <message>
        <source>Excerpt starts at</source>
        <translation>Auszug beginnt bei</translation>
    </message>
    <message>
        <source>Excerpt ends at</source>
        <translation>Auszug endet bei</translation>
    </message>
    <message>
        <source>&amp;Update Excerpt</source>
        <translation>Auszug a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Build the excerpt again from the call for this stretch</source>
        <translation>Den Auszug für diesen Abschnitt neu aus dem Anruf erstellen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Attach Transcript…</source>
        <translation>Transkript an&amp;hängen…</translation>
    </message>
    <message>
        <source>Anonymised excerpt</source>
        <translation>Anonymisierter Auszug</translation>
    </message>
    <message>
        <source>&amp;Redact Selection</source>
        <translation>Auswahl &amp;schwärzen</translation>
    </message>
    <message>
        <source>Replace the selected words as a name; the arrow chooses another kind of data</source>
        <translation>Die ausgewählten Wörter als Name ersetzen; über den Pfeil wählen Sie eine andere Datenart</translation>
    </message>
    <message>
        <source>&amp;Keep as Spoken</source>
        <translation>Wie &amp;gesprochen behalten</translation>
    </message>
    <message>
        <source>The highlighted replacement under the cursor is not personal data: show the words again</source>
        <translation>Die hervorgehobene Ersetzung unter dem Cursor ist keine personenbezogene Angabe: die Wörter wieder anzeigen</translation>
    </message>
    <message>
        <source>Highlighted: what was replaced. Select anything missed and press Redact Selection; put the cursor on a highlight and press Keep as Spoken if it is not personal data.</source>
        <translation>Hervorgehoben: was ersetzt wurde. Markieren Sie Übersehenes und klicken Sie auf „Auswahl schwärzen“; setzen Sie den Cursor auf eine Hervorhebung und klicken Sie auf „Wie gesprochen behalten“, wenn es sich nicht um personenbezogene Daten handelt.</translation>
    </message>
    <message>
        <source>Include &amp;audio excerpt (bleeped)</source>
        <translation>Audioauszug &amp;beifügen (überpiept)</translation>
    </message>
    <message>
        <source>Write the excerpt&apos;s audio beside the handout, every redacted span replaced by a tone</source>
        <translation>Den Ton des Auszugs neben das Handout schreiben, jeder geschwärzte Abschnitt durch einen Piepton ersetzt</translation>
    </message>
    <message>
        <source>&amp;Turn to rewrite:</source>
        <translation>&amp;Redebeitrag zum Umformulieren:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Durchgeführt am:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>&amp;Export Handout</source>
        <translation>Handout &amp;exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>No rep turn in this excerpt</source>
        <translation>Kein Redebeitrag des Agenten in diesem Auszug</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>Removed call</source>
        <translation>Entfernter Anruf</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · redacted by you</source>
        <translation>%1 · von Ihnen geschwärzt</translation>
    </message>
    <message>
        <source>%1 · confidence %2</source>
        <translation>%1 · Konfidenz %2</translation>
    </message>
    <message>
        <source>No personal data found; select any that was missed and press Redact Selection.</source>
        <translation>Keine personenbezogenen Daten gefunden; markieren Sie Übersehenes und klicken Sie auf „Auswahl schwärzen“.</translation>
    </message>
    <message>
        <source>Select the words to redact in the excerpt first.</source>
        <translation>Markieren Sie zuerst die zu schwärzenden Wörter im Auszug.</translation>
    </message>
    <message>
        <source>Select words within one turn; redact each turn&apos;s words separately.</source>
        <translation>Markieren Sie Wörter innerhalb eines Redebeitrags; schwärzen Sie die Wörter jedes Redebeitrags einzeln.</translation>
    </message>
    <message>
        <source>The selection is already redacted, or it is only the speaker&apos;s name label.</source>
        <translation>Die Auswahl ist bereits geschwärzt oder besteht nur aus der Sprecherbezeichnung.</translation>
    </message>
    <message>
        <source>Put the cursor on a highlighted replacement to keep its words.</source>
        <translation>Setzen Sie den Cursor auf eine hervorgehobene Ersetzung, um deren Wörter zu behalten.</translation>
    </message>
    <message>
        <source>Cutting the bleeped audio excerpt…</source>
        <translation>Der überpiepte Audioauszug wird geschnitten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The excerpt has no rep turn to rewrite.</source>
        <translation>Der Auszug enthält keinen Redebeitrag des Agenten zum Umformulieren.</translation>
    </message>
    <message>
        <source>rewrite-exercise-%1</source>
        <translation>umformulierungsuebung-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Handout in %1 geschrieben</translation>
    </message>
    <message>
        <source>Attach Transcript</source>
        <translation>Transkript anhängen</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json);;All files (*)</source>
        <translation>Transkripte (*.vtt *.srt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Names to Always Redact…</source>
        <translation>&amp;Immer zu schwärzende Namen…</translation>
    </message>
    <message>
        <source>The library&apos;s own list: names to redact wherever they appear, and terms never to redact</source>
        <translation>Die eigene Liste der Bibliothek: Namen, die überall geschwärzt werden, und Begriffe, die nie geschwärzt werden</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
</context>
<context>
    <name>ExerciseHistoryModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Ausgeteilt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Durchgeführt</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Umformulierungen</translation>
    </message>
</context>
<context>
    <name>ExercisePatterns</name>
    <message>
        <source>Paraphrase and confirm</source>
        <translation>Paraphrasieren und bestätigen</translation>
    </message>
    <message>
        <source>“Yes, And”</source>
        <translation>„Ja, und“</translation>
    </message>
    <message>
        <source>Layered questioning</source>
        <translation>Vertiefendes Nachfragen</translation>
    </message>
    <message>
        <source>Emotional mirroring with restraint</source>
        <translation>Emotionales Spiegeln mit Zurückhaltung</translation>
    </message>
    <message>
        <source>Empathy bridge</source>
        <translation>Empathiebrücke</translation>
    </message>
    <message>
        <source>Pause button</source>
        <translation>Pausetaste</translation>
    </message>
    <message>
        <source>Before offering any solution, say the customer&apos;s issue back in your own words and ask whether you have it right. It shows you listened without a single empathy buzzword: “So if I&apos;m hearing you correctly, the main issue is that the replacement part didn&apos;t fit, and you&apos;ve now been without a working unit for three days. Is that right?”</source>
        <translation>Bevor Sie eine Lösung anbieten, geben Sie das Anliegen des Kunden in eigenen Worten wieder und fragen Sie, ob Sie es richtig verstanden haben. Das zeigt, dass Sie zugehört haben – ganz ohne Empathie-Floskeln: „Wenn ich Sie richtig verstehe, liegt das Hauptproblem darin, dass das Ersatzteil nicht gepasst hat und Sie nun schon seit drei Tagen kein funktionierendes Gerät haben. Ist das richtig?“</translation>
    </message>
    <message>
        <source>Borrowed from improvisation: start by accepting the customer&apos;s reality. Instead of correcting or explaining at once, validate their perspective first, then move the conversation on together: “Yes, the website did show that item as in stock, and I can see why you&apos;d expect it to arrive. Let me check what happened.”</source>
        <translation>Aus dem Improvisationstheater entlehnt: Akzeptieren Sie zuerst die Wirklichkeit des Kunden. Statt sofort zu korrigieren oder zu erklären, bestätigen Sie zunächst seine Sichtweise und bringen das Gespräch dann gemeinsam voran: „Ja, auf der Website wurde der Artikel als vorrätig angezeigt, und ich verstehe, dass Sie mit der Lieferung gerechnet haben. Ich sehe gleich nach, was passiert ist.“</translation>
    </message>
    <message>
        <source>Match the customer&apos;s emotional intensity slightly below their level. If they are angry, stay calm but show concern; never match the anger. If they are cheerful, be warm but not over the top. A steady presence helps de-escalate tension.</source>
        <translation>Spiegeln Sie die emotionale Intensität des Kunden etwas unterhalb seines Niveaus. Ist er wütend, bleiben Sie ruhig, zeigen aber Anteilnahme; übernehmen Sie nie die Wut. Ist er gut gelaunt, seien Sie herzlich, aber nicht überschwänglich. Eine ruhige, beständige Präsenz hilft, Spannungen abzubauen.</translation>
    </message>
    <message>
        <source>When the customer&apos;s tone shifts to anger or fear, pause the script and address the emotion first, then lead back to the task: “I can hear this is really important to you. Let me make sure I understand everything before we proceed.”</source>
        <translation>Wenn der Ton des Kunden in Wut oder Angst umschlägt, unterbrechen Sie das Skript und gehen Sie zuerst auf das Gefühl ein; führen Sie dann zur Sache zurück: „Ich höre, dass Ihnen das wirklich wichtig ist. Ich möchte sichergehen, dass ich alles verstanden habe, bevor wir weitermachen.“</translation>
    </message>
    <message>
        <source>Under pressure, don&apos;t fall back on the script: use a phrase that buys a few seconds to collect yourself and shows the customer you are working for them: “Let me take a moment to review the details so I can give you the best answer.”</source>
        <translation>Fallen Sie unter Druck nicht ins Skript zurück: Verwenden Sie eine Formulierung, die Ihnen ein paar Sekunden verschafft, um sich zu sammeln, und dem Kunden zeigt, dass Sie sich für ihn einsetzen: „Ich nehme mir kurz einen Moment, um die Details durchzugehen, damit ich Ihnen die bestmögliche Antwort geben kann.“</translation>
    </message>
    <message>
        <source>Rewrite the highlighted rep turn with this week&apos;s pattern, %1. Keep what the rep had to say; change how it is said. Two or three sentences are enough.</source>
        <translation>Formulieren Sie den hervorgehobenen Redebeitrag des Agenten mit dem Muster dieser Woche um: %1. Behalten Sie bei, was der Agent sagen musste; ändern Sie, wie es gesagt wird. Zwei oder drei Sätze genügen.</translation>
    </message>
    <message>
        <source>Instead of one diagnostic question, ask a series that build on each other: start with a broad open question, then narrow based on the answer. “Can you walk me through what you were trying to do?” → “And when you clicked that button, what happened next?” → “Did you see any error message or did it just freeze?” It feels like a conversation, not an interrogation.</source>
        <translation>Statt einer einzigen Diagnosefrage stellen Sie eine Reihe aufeinander aufbauender Fragen: Beginnen Sie mit einer breiten, offenen Frage und grenzen Sie dann anhand der Antwort ein. „Können Sie mir zeigen, was Sie vorhatten?“ → „Und als Sie auf die Schaltfläche geklickt haben, was ist dann passiert?“ → „Haben Sie eine Fehlermeldung gesehen, oder ist einfach alles eingefroren?“ Das fühlt sich wie ein Gespräch an, nicht wie ein Verhör.</translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message>
        <source>%1: %2 %3 is not in the library</source>
        <translation>%1: %2 %3 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: an exercise&apos;s excerpt must start at 0 or later and end no earlier than it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: Der Auszug einer Übung muss bei 0 oder später beginnen und darf nicht vor seinem Beginn enden (Beginn %2 ms, Ende %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the turn to rewrite (%2) is not in the excerpt of %n turn(s)</source>
        <translation>
            <numerusform>%1: Der umzuformulierende Redebeitrag (%2) liegt nicht im Auszug mit %n Redebeitrag</numerusform>
            <numerusform>%1: Der umzuformulierende Redebeitrag (%2) liegt nicht im Auszug mit %n Redebeiträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>%1: a rewrite of exercise %2 has no text</source>
        <translation>%1: Eine Umformulierung zu Übung %2 hat keinen Text</translation>
    </message>
    <message>
        <source>%1: rewrite %2 has no text</source>
        <translation>%1: Umformulierung %2 hat keinen Text</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>Umformulierung</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>All patterns</source>
        <translation>Alle Muster</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Alle Wochen</translation>
    </message>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>Choose a call and a stretch of it to turn into a rewrite exercise. In Review, select a stretch and press New Rewrite Exercise.</source>
        <translation>Wählen Sie einen Anruf und einen Abschnitt daraus für eine Umformulierungsübung. Sie können auch in der Auswertung einen Abschnitt auswählen und auf „Neue Umformulierungsübung“ klicken.</translation>
    </message>
    <message>
        <source>Monday rewrite exercises</source>
        <translation>Montagsübungen zum Umformulieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rewrites from the session</source>
        <translation>Umformulierungen aus der Sitzung</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Umformulierung</translation>
    </message>
    <message>
        <source>&amp;Record Rewrite…</source>
        <translation>Umformulierung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Mark &amp;Best</source>
        <translation>Als beste &amp;markieren</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Keine Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>Open or create a library to prepare Monday rewrite exercises.</source>
        <translation>Öffnen oder erstellen Sie eine Bibliothek, um Montagsübungen zum Umformulieren vorzubereiten.</translation>
    </message>
    <message>
        <source>No rewrite exercises yet</source>
        <translation>Noch keine Umformulierungsübungen</translation>
    </message>
    <message>
        <source>Each Monday, share a real customer interaction (anonymised) and ask the team to rewrite the rep&apos;s response using one of the patterns. Select a stretch of a call in Review, or start here by choosing a call.</source>
        <translation>Teilen Sie jeden Montag eine echte (anonymisierte) Kundeninteraktion und bitten Sie das Team, die Antwort des Agenten mit einem der Muster umzuformulieren. Wählen Sie dazu in der Auswertung einen Abschnitt eines Anrufs aus, oder beginnen Sie hier mit der Auswahl eines Anrufs.</translation>
    </message>
    <message>
        <source>New Exercise…</source>
        <translation>Neue Übung…</translation>
    </message>
    <message>
        <source>No exercise matches these filters.</source>
        <translation>Keine Übung entspricht diesen Filtern.</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(nicht in der Bibliothek)</translation>
    </message>
    <message>
        <source>The best rewrite</source>
        <translation>Die beste Umformulierung</translation>
    </message>
    <message>
        <source>Nothing is selected: drag across the waveform to choose the stretch of the call the exercise is about, then choose New Rewrite Exercise again.</source>
        <translation>Nichts ausgewählt: Ziehen Sie über die Wellenform, um den Abschnitt des Anrufs zu wählen, um den es in der Übung geht, und wählen Sie dann erneut „Neue Umformulierungsübung“.</translation>
    </message>
    <message>
        <source>Choose the Call for the Exercise</source>
        <translation>Anruf für die Übung auswählen</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Auswählen</translation>
    </message>
    <message>
        <source>Call %1 is no longer in the library.</source>
        <translation>Anruf %1 ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Delete Exercise</source>
        <translation>Übung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n rewrite(s) recorded for it? Handouts already exported are kept.</source>
        <translation>
            <numerusform>„%1“ und die %n dafür erfasste Umformulierung löschen? Bereits exportierte Handouts bleiben erhalten.</numerusform>
            <numerusform>„%1“ und die %n dafür erfassten Umformulierungen löschen? Bereits exportierte Handouts bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names to &amp;Always Redact…</source>
        <translation>Immer zu &amp;schwärzende Namen…</translation>
    </message>
    <message>
        <source>The library&apos;s own list: names to redact wherever they appear, and terms never to redact</source>
        <translation>Die eigene Liste der Bibliothek: Namen, die überall geschwärzt werden, und Begriffe, die nie geschwärzt werden</translation>
    </message>
</context>
<context>
    <name>ExportClipCommand</name>
    <message>
        <source>Export a clip of a call or an annotation, tagged and captioned from the library</source>
        <translation>Einen Clip eines Anrufs oder einer Anmerkung exportieren, mit Tags und Untertiteln aus der Bibliothek</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file; not needed with --annotation.</source>
        <translation>Die ID des Anrufs (aus „coach list“) oder seine Aufnahmedatei; mit --annotation nicht nötig.</translation>
    </message>
    <message>
        <source>[CALL]</source>
        <translation>[ANRUF]</translation>
    </message>
    <message>
        <source>Clip the range of annotation ID (from “coach annotations”); a moment gets 30 s around it.</source>
        <translation>Den Bereich der Anmerkung ID (aus „coach annotations“) als Clip schneiden; bei einem Moment 30 s um ihn herum.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where the clip starts (seconds or m:ss); with CALL.</source>
        <translation>Wo der Clip beginnt (Sekunden oder m:ss); mit ANRUF.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>How long the clip is (seconds or m:ss); with CALL.</source>
        <translation>Wie lang der Clip ist (Sekunden oder m:ss); mit ANRUF.</translation>
    </message>
    <message>
        <source>error: name one call, or give --annotation ID</source>
        <translation>Fehler: Geben Sie einen Anruf oder --annotation ID an</translation>
    </message>
    <message>
        <source>error: a clip of a call needs --start and --duration</source>
        <translation>Fehler: Ein Clip eines Anrufs braucht --start und --duration</translation>
    </message>
    <message>
        <source>error: --annotation needs an id, not “%1”</source>
        <translation>Fehler: --annotation erwartet eine ID, nicht „%1“</translation>
    </message>
    <message>
        <source>no annotation %1 in the library</source>
        <translation>keine Anmerkung %1 in der Bibliothek</translation>
    </message>
    <message>
        <source>annotation %1 belongs to no call in the library</source>
        <translation>Anmerkung %1 gehört zu keinem Anruf in der Bibliothek</translation>
    </message>
    <message>
        <source>call %1 has no transcript to make captions from; attach one with “coach transcript”</source>
        <translation>Anruf %1 hat kein Transkript für Untertitel; hängen Sie eines mit „coach transcript“ an</translation>
    </message>
    <message>
        <source>Keep the audio and captions as recorded; by default personal data the transcript shows (card numbers, names, phone numbers…) is bleeped in the speaker&apos;s channel.</source>
        <translation>Ton und Untertitel wie aufgezeichnet lassen; standardmäßig werden persönliche Daten aus dem Transkript (Kartennummern, Namen, Telefonnummern…) im Kanal des Sprechers überpiept.</translation>
    </message>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>%n Stelle mit persönlichen Daten überpiept</numerusform>
            <numerusform>%n Stellen mit persönlichen Daten überpiept</numerusform>
        </translation>
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
    <name>HandoutHtml</name>
    <message>
        <source>MONDAY REWRITE EXERCISE</source>
        <translation>MONTAGSÜBUNG ZUM UMFORMULIEREN</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>The pattern: %1</source>
        <translation>Das Muster: %1</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>▶ rewrite this</source>
        <translation>▶ umformulieren</translation>
    </message>
    <message>
        <source>Listen: %1 (personal data bleeped)</source>
        <translation>Anhören: %1 (personenbezogene Daten überpiept)</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Ihre Aufgabe</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Ihre Umformulierung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1: cannot write the handout (%2)</source>
        <translation>%1: Das Handout kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, and personal data by the kind of data it was. Please do not try to identify the caller.</source>
        <translation>Anonymisierter Auszug aus einem echten Anruf: Namen sind durch „Agent“ und „Kunde“ ersetzt, persönliche Daten durch die Art der Daten. Bitte versuchen Sie nicht, den Anrufer zu identifizieren.</translation>
    </message>
</context>
<context>
    <name>HandoutMarkdown</name>
    <message>
        <source>Monday rewrite exercise</source>
        <translation>Montagsübung zum Umformulieren</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Muster: %1</translation>
    </message>
    <message>
        <source>The pattern: %1</source>
        <translation>Das Muster: %1</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>Das Gespräch</translation>
    </message>
    <message>
        <source>rewrite this</source>
        <translation>umformulieren</translation>
    </message>
    <message>
        <source>Listen: %1 (personal data bleeped)</source>
        <translation>Anhören: %1 (personenbezogene Daten überpiept)</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Ihre Aufgabe</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Ihre Umformulierung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1: cannot write the handout (%2)</source>
        <translation>%1: Das Handout kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, and personal data by the kind of data it was. Please do not try to identify the caller.</source>
        <translation>Anonymisierter Auszug aus einem echten Anruf: Namen sind durch „Agent“ und „Kunde“ ersetzt, persönliche Daten durch die Art der Daten. Bitte versuchen Sie nicht, den Anrufer zu identifizieren.</translation>
    </message>
</context>
<context>
    <name>HighlightCandidates</name>
    <message>
        <source>%1: team %2 is not in the library</source>
        <translation>%1: Team %2 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>%1: team “%2”: %3</source>
        <translation>%1: Team „%2“: %3</translation>
    </message>
    <message>
        <source>%1-W%2 is not an ISO week</source>
        <translation>%1-W%2 ist keine ISO-Woche</translation>
    </message>
</context>
<context>
    <name>HighlightCard</name>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Every highlight chosen for this team and week, and who chose it</source>
        <translation>Alle für dieses Team und diese Woche gewählten Highlights und wer sie gewählt hat</translation>
    </message>
    <message>
        <source>Open in Review</source>
        <translation>In der Auswertung öffnen</translation>
    </message>
    <message>
        <source>Play the highlight in the Review section, from the start of its region</source>
        <translation>Das Highlight im Bereich „Auswertung“ abspielen, ab dem Beginn seines Abschnitts</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the region, the pattern or the reason; the earlier version stays in the history</source>
        <translation>Abschnitt, Muster oder Begründung ändern; die frühere Version bleibt im Verlauf</translation>
    </message>
    <message>
        <source>Export Clip…</source>
        <translation>Clip exportieren…</translation>
    </message>
    <message>
        <source>Save the highlight&apos;s region as an audio clip to play in the standup</source>
        <translation>Den Abschnitt des Highlights als Audioclip zum Abspielen im Standup speichern</translation>
    </message>
    <message>
        <source>History (%1)…</source>
        <translation>Verlauf (%1)…</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>Keine Begründung angegeben.</translation>
    </message>
    <message>
        <source>Chosen by %1 on %2</source>
        <translation>Ausgewählt von %1 am %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>No highlight yet, and no candidates: no call of this team&apos;s week has an “Off-script — effective” annotation. Tag one in Review to see it here.</source>
        <translation>Noch kein Highlight und keine Kandidaten: Kein Anruf dieses Teams in dieser Woche hat eine Anmerkung „Abseits des Skripts — wirksam“. Taggen Sie in der Auswertung einen solchen Moment, um den Anruf hier zu sehen.</translation>
    </message>
    <message>
        <source>No highlight yet. Candidates, best first: this week&apos;s calls with an effective off-script moment.</source>
        <translation>Noch kein Highlight. Kandidaten, beste zuerst: die Anrufe dieser Woche mit einem wirksamen Moment abseits des Skripts.</translation>
    </message>
    <message>
        <source>Other candidates (%1)</source>
        <translation>Weitere Kandidaten (%1)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Anhören</translation>
    </message>
    <message>
        <source>Open the call in Review at the effective off-script moment</source>
        <translation>Den Anruf in der Auswertung beim wirksamen Moment abseits des Skripts öffnen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Make this call the team&apos;s highlight of the week</source>
        <translation>Diesen Anruf zum Highlight der Woche des Teams machen</translation>
    </message>
    <message>
        <source>Time Zone…</source>
        <translation>Zeitzone…</translation>
    </message>
    <message>
        <source>The time zone this team&apos;s weeks are read in: a call belongs to the week of the team&apos;s own calendar</source>
        <translation>Die Zeitzone, in der die Wochen dieses Teams gelesen werden: Ein Anruf gehört zur Woche im eigenen Kalender des Teams</translation>
    </message>
</context>
<context>
    <name>HighlightCommand</name>
    <message>
        <source>whole call</source>
        <translation>ganzer Anruf</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Choose and list each team&apos;s weekly highlight call; rank a week&apos;s candidates</source>
        <translation>Das wöchentliche Highlight jedes Teams wählen und auflisten; die Kandidaten einer Woche bewerten</translation>
    </message>
    <message>
        <source>One of:
  set         choose a team&apos;s highlight call of a week
  list        the highlights chosen so far
  candidates  a week&apos;s calls with effective off-script moments, best first</source>
        <translation>Eines von:
  set         das Highlight eines Teams für eine Woche wählen
  list        die bisher gewählten Highlights
  candidates  die Anrufe einer Woche mit wirksamen Momenten abseits des Skripts, beste zuerst</translation>
    </message>
    <message>
        <source>VERB [options]</source>
        <translation>VERB [Optionen]</translation>
    </message>
    <message>
        <source>error: say what to do: set, list or candidates</source>
        <translation>Fehler: Geben Sie an, was zu tun ist: set, list oder candidates</translation>
    </message>
    <message>
        <source>error: unknown highlight verb “%1”; use set, list or candidates</source>
        <translation>Fehler: Unbekanntes highlight-Verb „%1“; verwenden Sie set, list oder candidates</translation>
    </message>
    <message>
        <source>Run “%1 --help” for its options.</source>
        <translation>Führen Sie „%1 --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>%1: no team “%2” (teams: %3)</source>
        <translation>%1: kein Team „%2“ (Teams: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1: no rep “%2”</source>
        <translation>%1: kein Agent „%2“</translation>
    </message>
    <message>
        <source>Choose a team&apos;s highlight call of an ISO week. The previous choice stays in the week&apos;s history.</source>
        <translation>Das Highlight eines Teams für eine ISO-Woche wählen. Die vorherige Wahl bleibt im Verlauf der Woche erhalten.</translation>
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
        <source>The team (name or id); default: the call&apos;s rep&apos;s team.</source>
        <translation>Das Team (Name oder ID); Standard: das Team des Agenten des Anrufs.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W48; default: the week the call started in, in the team&apos;s time zone.</source>
        <translation>Die ISO-Woche, etwa 2026-W48; Standard: die Woche, in der der Anruf begann, in der Zeitzone des Teams.</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WOCHE</translation>
    </message>
    <message>
        <source>Start of the part to share (seconds such as 83.2, or m:ss).</source>
        <translation>Beginn des zu teilenden Teils (Sekunden wie 83.2 oder m:ss).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>End of the part to share.</source>
        <translation>Ende des zu teilenden Teils.</translation>
    </message>
    <message>
        <source>Why this call: what the team should hear in it.</source>
        <translation>Warum dieser Anruf: worauf das Team darin achten soll.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The pattern it shows: a tag&apos;s key or label, or the start of either.</source>
        <translation>Das gezeigte Muster: Schlüssel oder Bezeichnung eines Tags oder deren Anfang.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>Who chose it; default: the login name.</source>
        <translation>Wer es gewählt hat; Standard: der Anmeldename.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print the stored highlight as JSON (see the README).</source>
        <translation>Das gespeicherte Highlight als JSON ausgeben (siehe README).</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>Fehler: Geben Sie einen Anruf an, per ID oder Aufnahmedatei</translation>
    </message>
    <message>
        <source>error: say why with --reason TEXT</source>
        <translation>Fehler: Geben Sie mit --reason TEXT eine Begründung an</translation>
    </message>
    <message>
        <source>error: give both --from and --to, or neither for the whole call</source>
        <translation>Fehler: Geben Sie --from und --to an, oder keines von beiden für den ganzen Anruf</translation>
    </message>
    <message>
        <source>error: --from “%1” is not a time (seconds such as 83.2, or m:ss)</source>
        <translation>Fehler: --from „%1“ ist keine Zeitangabe (Sekunden wie 83.2 oder m:ss)</translation>
    </message>
    <message>
        <source>error: --to “%1” is not a time after --from</source>
        <translation>Fehler: --to „%1“ ist keine Zeitangabe nach --from</translation>
    </message>
    <message>
        <source>error: call %1 is only %2 long</source>
        <translation>Fehler: Anruf %1 ist nur %2 lang</translation>
    </message>
    <message>
        <source>error: call %1 has no rep with a team; name one with --team</source>
        <translation>Fehler: Anruf %1 hat keinen Agenten mit Team; geben Sie eines mit --team an</translation>
    </message>
    <message>
        <source>error: call %1 has no start time; name the week with --week</source>
        <translation>Fehler: Anruf %1 hat keine Startzeit; geben Sie die Woche mit --week an</translation>
    </message>
    <message>
        <source>error: %1: highlight %2 vanished as it was stored</source>
        <translation>Fehler: %1: Highlight %2 ist beim Speichern verschwunden</translation>
    </message>
    <message>
        <source>%1 %2: call %3 (%4), %5</source>
        <translation>%1 %2: Anruf %3 (%4), %5</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <source>List the highlight calls chosen so far, newest week first.</source>
        <translation>Die bisher gewählten Highlight-Anrufe auflisten, neueste Woche zuerst.</translation>
    </message>
    <message>
        <source>Only this team (name or id).</source>
        <translation>Nur dieses Team (Name oder ID).</translation>
    </message>
    <message>
        <source>Only this ISO week, as 2026-W48.</source>
        <translation>Nur diese ISO-Woche, etwa 2026-W48.</translation>
    </message>
    <message>
        <source>Only highlights of this rep&apos;s calls (name or id).</source>
        <translation>Nur Highlights aus Anrufen dieses Agenten (Name oder ID).</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Also the choices that were replaced.</source>
        <translation>Auch die Auswahlen, die ersetzt wurden.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (Felder siehe README).</translation>
    </message>
    <message>
        <source>error: list takes no arguments, only options</source>
        <translation>Fehler: list nimmt keine Argumente, nur Optionen</translation>
    </message>
    <message>
        <source>No highlights chosen.</source>
        <translation>Keine Highlights gewählt.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>chosen by %1 on %2</source>
        <translation>gewählt von %1 am %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>(replaced %1)</source>
        <translation>(ersetzt am %1)</translation>
    </message>
    <message>
        <source>A week&apos;s calls of the team with effective off-script moments, best first. The score reads each call&apos;s own annotations and outcomes; reps are never compared.</source>
        <translation>Die Anrufe des Teams in einer Woche mit wirksamen Momenten abseits des Skripts, beste zuerst. Die Wertung berücksichtigt nur die eigenen Anmerkungen und Ergebnisse jedes Anrufs; Agenten werden nie miteinander verglichen.</translation>
    </message>
    <message>
        <source>The team (name or id).</source>
        <translation>Das Team (Name oder ID).</translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W48; default: this week.</source>
        <translation>Die ISO-Woche, etwa 2026-W48; Standard: diese Woche.</translation>
    </message>
    <message>
        <source>error: name the team with --team TEAM</source>
        <translation>Fehler: Geben Sie das Team mit --team TEAM an</translation>
    </message>
    <message>
        <source>%1 %2: no call annotated “off-script — effective” that week.</source>
        <translation>%1 %2: kein Anruf mit der Anmerkung „abseits des Skripts — wirksam“ in dieser Woche.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wertung %1</translation>
    </message>
</context>
<context>
    <name>HighlightEditorDialog</name>
    <message>
        <source>Highlight of the Week</source>
        <translation>Highlight der Woche</translation>
    </message>
    <message>
        <source>The whole call</source>
        <translation>Der ganze Anruf</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No pattern named</source>
        <translation>Kein Muster angegeben</translation>
    </message>
    <message>
        <source>What should the team listen for? E.g. how the rep bridged from the customer&apos;s anger to the fix.</source>
        <translation>Worauf soll das Team achten? Z. B. wie der Agent die Brücke vom Ärger des Kunden zur Lösung geschlagen hat.</translation>
    </message>
    <message>
        <source>Make Highlight</source>
        <translation>Zum Highlight machen</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Abschnitt:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Why it was good:</source>
        <translation>Warum es gut war:</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Ausgewählt von:</translation>
    </message>
    <message>
        <source>Write where the part to share starts, as m:ss or seconds.</source>
        <translation>Geben Sie an, wo der zu teilende Teil beginnt, als m:ss oder Sekunden.</translation>
    </message>
    <message>
        <source>Write where the part to share ends, as m:ss or seconds.</source>
        <translation>Geben Sie an, wo der zu teilende Teil endet, als m:ss oder Sekunden.</translation>
    </message>
    <message>
        <source>The region must end after it starts.</source>
        <translation>Der Abschnitt muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>The call is only %1 long.</source>
        <translation>Der Anruf ist nur %1 lang.</translation>
    </message>
    <message>
        <source>Say why this call was good: the team hears it with your reason.</source>
        <translation>Sagen Sie, warum dieser Anruf gut war: Das Team hört ihn zusammen mit Ihrer Begründung.</translation>
    </message>
</context>
<context>
    <name>HighlightFormat</name>
    <message>
        <source>Week %1, %2 · %3 – %4</source>
        <translation>Woche %1, %2 · %3 – %4</translation>
    </message>
    <message>
        <source>Whole call</source>
        <translation>Ganzer Anruf</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed effective moment(s)</source>
        <translation>
            <numerusform>%n bestätigter wirksamer Moment</numerusform>
            <numerusform>%n bestätigte wirksame Momente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n vorgeschlagen</numerusform>
            <numerusform>%n vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern tag(s)</source>
        <translation>
            <numerusform>%n Muster-Tag</numerusform>
            <numerusform>%n Muster-Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>felt heard %1</source>
        <translation>fühlte sich gehört %1</translation>
    </message>
    <message>
        <source>%1 (unknown to this system)</source>
        <translation>%1 (diesem System unbekannt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>HighlightHistoryDialog</name>
    <message>
        <source>Open in Review</source>
        <translation>In der Auswertung öffnen</translation>
    </message>
</context>
<context>
    <name>HighlightRepository</name>
    <message>
        <source>%1: a highlight needs a team</source>
        <translation>%1: Ein Highlight braucht ein Team</translation>
    </message>
    <message>
        <source>%1: a highlight needs a call</source>
        <translation>%1: Ein Highlight braucht einen Anruf</translation>
    </message>
    <message>
        <source>%1: %2-W%3 is not an ISO week</source>
        <translation>%1: %2-W%3 ist keine ISO-Woche</translation>
    </message>
    <message>
        <source>%1: a highlight&apos;s region must start at 0 or later and end after it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: Der Abschnitt eines Highlights muss bei 0 oder später beginnen und nach seinem Beginn enden (Beginn %2 ms, Ende %3 ms)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction to store the highlight</source>
        <translation>%1: Zum Speichern des Highlights kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>%1: cannot store the highlight: team %2, call %3 or tag %4 is not in the library (%5)</source>
        <translation>%1: Das Highlight kann nicht gespeichert werden: Team %2, Anruf %3 oder Tag %4 ist nicht in der Bibliothek (%5)</translation>
    </message>
</context>
<context>
    <name>HighlightTableModel</name>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Ersetzt am %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Chosen By</source>
        <translation>Ausgewählt von</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>Highlight of %1 · %2</source>
        <translation>Highlight von %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s highlight of week %2 is chosen.</source>
        <translation>Das Highlight von %1 für Woche %2 ist gewählt.</translation>
    </message>
    <message>
        <source>%1 · %2: every choice</source>
        <translation>%1 · %2: alle Auswahlen</translation>
    </message>
    <message>
        <source>Time Zone of %1</source>
        <translation>Zeitzone von %1</translation>
    </message>
    <message>
        <source>%1&apos;s weeks are now read in %2.</source>
        <translation>Die Wochen von %1 werden jetzt in %2 gelesen.</translation>
    </message>
</context>
<context>
    <name>HighlightsPage</name>
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
        <source>Standup Pack…</source>
        <translation>Standup-Paket…</translation>
    </message>
    <message>
        <source>Write this week&apos;s highlights and chosen tips into one folder for the standup</source>
        <translation>Die Highlights und ausgewählten Tipps dieser Woche für das Standup in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Every team&apos;s highlight of the week, or one rep&apos;s highlights over time</source>
        <translation>Das Highlight der Woche jedes Teams oder die Highlights eines Agenten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Every team, by week</source>
        <translation>Alle Teams, nach Woche</translation>
    </message>
    <message>
        <source>%1&apos;s highlights</source>
        <translation>Highlights von %1</translation>
    </message>
    <message>
        <source>%1 has no highlight calls yet.</source>
        <translation>%1 hat noch keine Highlight-Anrufe.</translation>
    </message>
    <message>
        <source>%1&apos;s highlight calls, newest week first. Double-click one to play it.</source>
        <translation>Highlight-Anrufe von %1, neueste Woche zuerst. Doppelklicken Sie auf einen Anruf, um ihn abzuspielen.</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Keine Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>Open or create a library to choose each team&apos;s highlight call of the week.</source>
        <translation>Öffnen oder erstellen Sie eine Bibliothek, um für jedes Team den Highlight-Anruf der Woche zu wählen.</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Noch keine Teams</translation>
    </message>
    <message>
        <source>Highlights are chosen per team. Import calls with a manifest that names each rep&apos;s team, and every team gets a slot for each week.</source>
        <translation>Highlights werden pro Team gewählt. Importieren Sie Anrufe mit einem Manifest, das das Team jedes Agenten nennt; dann bekommt jedes Team für jede Woche einen Platz.</translation>
    </message>
    <message>
        <source>No calls this week yet — showing week %1, the latest with calls</source>
        <translation>Diese Woche noch keine Anrufe — angezeigt wird Woche %1, die letzte mit Anrufen</translation>
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
    <name>ImportAnnotationsCommand</name>
    <message numerus="yes">
        <source>Import %n Annotation(s) from “%1”</source>
        <translation>
            <numerusform>%n Anmerkung aus „%1“ importieren</numerusform>
            <numerusform>%n Anmerkungen aus „%1“ importieren</numerusform>
        </translation>
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
    <name>IsoWeek</name>
    <message>
        <source>%1 is not a year an ISO week can have (1 to 9999)</source>
        <translation>%1 ist kein Jahr, das eine ISO-Woche haben kann (1 bis 9999)</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2: its weeks run from 1 to %3</source>
        <translation>%1 hat keine ISO-Woche %2: Die Wochen reichen von 1 bis %3</translation>
    </message>
    <message>
        <source>“%1” is not an ISO week: write the year, “-W” and the week, as in 2026-W48</source>
        <translation>„%1“ ist keine ISO-Woche: Schreiben Sie das Jahr, „-W“ und die Woche, etwa 2026-W48</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>„%1“ ist keine Zeitzone, die dieses System kennt (ein IANA-Name wie Europe/Berlin)</translation>
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
    <name>M3uPlaylist</name>
    <message>
        <source>%1: cannot write the playlist (%2)</source>
        <translation>%1: Die Wiedergabeliste kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a duration in seconds</source>
        <translation>%1, Zeile %2: „%3“ ist keine Dauer in Sekunden</translation>
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
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Standup pack written to %1</source>
        <translation>Standup-Paket in %1 geschrieben</translation>
    </message>
    <message>
        <source>Clip saved as %1</source>
        <translation>Clip gespeichert als %1</translation>
    </message>
    <message>
        <source>Export Clip</source>
        <translation>Clip exportieren</translation>
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
    <message>
        <source>team time zone</source>
        <translation>Zeitzone des Teams</translation>
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
    <message>
        <source>a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>eine diesem System bekannte Zeitzone (ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>%1: line %2: a team time zone without a team is ignored</source>
        <translation>%1: Zeile %2: Eine Team-Zeitzone ohne Team wird ignoriert</translation>
    </message>
    <message>
        <source>%1: line %2: team “%3” is in %4 on line %5, not %6; %4 is used</source>
        <translation>%1: Zeile %2: Team „%3“ ist in Zeile %5 in %4, nicht in %6; %4 wird verwendet</translation>
    </message>
</context>
<context>
    <name>MediaModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a Coachbench media module of interface version %2</source>
        <translation>%1 ist kein Coachbench-Medienmodul der Schnittstellenversion %2</translation>
    </message>
    <message>
        <source>Coachbench cannot decode or play audio: its media module cannot be loaded (%1). Reinstall Coachbench, or set COACH_MEDIA_MODULE to the module&apos;s path.</source>
        <translation>Coachbench kann kein Audio dekodieren oder abspielen: Das Medienmodul lässt sich nicht laden (%1). Installieren Sie Coachbench neu oder setzen Sie COACH_MEDIA_MODULE auf den Pfad des Moduls.</translation>
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
    <name>PdfExporter</name>
    <message>
        <source>%1: cannot lay out the PDF without fonts (no GUI platform)</source>
        <translation>%1: Das PDF kann ohne Schriftarten nicht gesetzt werden (keine GUI-Plattform)</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF (%2)</source>
        <translation>%1: Das PDF kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: Das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1: cannot add page %2 to the PDF</source>
        <translation>%1: Seite %2 kann dem PDF nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1: Das PDF kann nicht abgeschlossen werden</translation>
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
    <message>
        <source>%1: “%2” is not a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>%1: „%2“ ist keine diesem System bekannte Zeitzone (ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>%1: team %2 is not in the library</source>
        <translation>%1: Team %2 ist nicht in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>PiiType</name>
    <message>
        <source>[card number]</source>
        <translation>[Kartennummer]</translation>
    </message>
    <message>
        <source>[expiry date]</source>
        <translation>[Ablaufdatum]</translation>
    </message>
    <message>
        <source>[security code]</source>
        <translation>[Sicherheitscode]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[Telefon]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[E-Mail]</translation>
    </message>
    <message>
        <source>[ID number]</source>
        <translation>[ID-Nummer]</translation>
    </message>
    <message>
        <source>[bank account]</source>
        <translation>[Bankkonto]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[Geburtsdatum]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[Adresse]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>SSN / NI number</source>
        <translation>Sozialversicherungsnummer (SSN/NI)</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankkonto</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
    <name>RedactCommand</name>
    <message>
        <source>Find and replace personal data in text read from stdin, one text per line</source>
        <translation>Personenbezogene Daten in Text von stdin finden und ersetzen, ein Text pro Zeile</translation>
    </message>
    <message>
        <source>Write one JSON object per input line: {&quot;spans&quot;:[{&quot;type&quot;,&quot;start&quot;,&quot;end&quot;,&quot;confidence&quot;}],&quot;redacted&quot;:&quot;…&quot;}, offsets in Unicode code points.</source>
        <translation>Pro Eingabezeile ein JSON-Objekt schreiben: {&quot;spans&quot;:[{&quot;type&quot;,&quot;start&quot;,&quot;end&quot;,&quot;confidence&quot;}],&quot;redacted&quot;:&quot;…&quot;}, Offsets in Unicode-Codepoints.</translation>
    </message>
    <message>
        <source>Also treat NAME as a person&apos;s name (repeatable).</source>
        <translation>NAME zusätzlich als Personennamen behandeln (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Also treat each line of FILE as a person&apos;s name.</source>
        <translation>Jede Zeile von DATEI zusätzlich als Personennamen behandeln.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: redact reads stdin and takes no file arguments</source>
        <translation>Fehler: redact liest stdin und nimmt keine Dateiargumente</translation>
    </message>
    <message>
        <source>error: cannot read the names file %1: %2</source>
        <translation>Fehler: Die Namensdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>error: cannot read stdin: %1</source>
        <translation>Fehler: stdin kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>error: stdin line %1: not valid UTF-8; line skipped</source>
        <translation>Fehler: stdin-Zeile %1: kein gültiges UTF-8; Zeile übersprungen</translation>
    </message>
    <message>
        <source>Also use the library in FILE: its reps&apos; and customers&apos; names, its list of names always to redact and of terms never to redact.</source>
        <translation>Zusätzlich die Bibliothek in FILE verwenden: die Namen ihrer Agenten und Kunden, ihre Liste immer zu schwärzender Namen und nie zu schwärzender Begriffe.</translation>
    </message>
    <message>
        <source>error: %1: no such library</source>
        <translation>Fehler: %1: Diese Bibliothek gibt es nicht</translation>
    </message>
</context>
<context>
    <name>RedactionListDialog</name>
    <message>
        <source>Names to Always Redact</source>
        <translation>Immer zu schwärzende Namen</translation>
    </message>
    <message>
        <source>&amp;Always redact these names, one per line — in every exercise and wherever they appear, even in lower case:</source>
        <translation>Diese Namen &amp;immer schwärzen, einer pro Zeile — in jeder Übung und überall, wo sie vorkommen, auch kleingeschrieben:</translation>
    </message>
    <message>
        <source>For example:
Gareth Lloyd
Priya</source>
        <translation>Zum Beispiel:
Gareth Lloyd
Priya</translation>
    </message>
    <message>
        <source>&amp;Never redact these, one per line — your company&apos;s own name, product names, anything taken for a person&apos;s name by mistake:</source>
        <translation>Diese &amp;nie schwärzen, einer pro Zeile — den Namen Ihres Unternehmens, Produktnamen, alles, was fälschlich für einen Personennamen gehalten wird:</translation>
    </message>
    <message>
        <source>For example:
Harbour Federal Bank
Streamly</source>
        <translation>Zum Beispiel:
Harbour Federal Bank
Streamly</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>RedactionTermRepository</name>
    <message>
        <source>%1: cannot start a transaction to store the redaction list</source>
        <translation>%1: Es kann keine Transaktion zum Speichern der Schwärzungsliste begonnen werden</translation>
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
    <message>
        <source>Others</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Unbenannt</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprecher</numerusform>
        </translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>Kein Anruf geöffnet.</translation>
    </message>
    <message>
        <source>Annotations (*.csv *.txt)</source>
        <translation>Anmerkungen (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>No annotations were imported from “%1”.</source>
        <translation>Aus „%1“ wurden keine Anmerkungen importiert.</translation>
    </message>
    <message>
        <source>Nothing to Import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message numerus="yes">
        <source>The %n annotation(s) in “%1” are already on this call.</source>
        <translation>
            <numerusform>Die %n Anmerkung in „%1“ ist bei diesem Anruf bereits vorhanden.</numerusform>
            <numerusform>Die %n Anmerkungen in „%1“ sind bei diesem Anruf bereits vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no annotations.</source>
        <translation>„%1“ enthält keine Anmerkungen.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from “%1”</source>
        <translation>
            <numerusform>%n Anmerkung aus „%1“ importiert</numerusform>
            <numerusform>%n Anmerkungen aus „%1“ importiert</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add annotations from a CSV file or Audacity labels to this call</source>
        <translation>Anmerkungen aus einer CSV-Datei oder Audacity-Textmarken zu diesem Anruf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New Rewrite Exercise…</source>
        <translation>&amp;Neue Umformulierungsübung…</translation>
    </message>
    <message>
        <source>Turn the selected stretch of the call into an anonymised Monday rewrite exercise</source>
        <translation>Den ausgewählten Abschnitt des Anrufs in eine anonymisierte Montagsübung zum Umformulieren verwandeln</translation>
    </message>
    <message>
        <source>Export &amp;Clip…</source>
        <translation>&amp;Clip exportieren…</translation>
    </message>
    <message>
        <source>Save the selection, or the selected annotation, as an audio clip to share</source>
        <translation>Die Auswahl oder die ausgewählte Anmerkung als Audioclip zum Teilen speichern</translation>
    </message>
    <message>
        <source>Drop to attach “%1” as this call&apos;s transcript</source>
        <translation>Ablegen, um „%1“ als Transkript dieses Anrufs anzuhängen</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>Record Rewrite</source>
        <translation>Umformulierung erfassen</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 sagte: „%2“</translation>
    </message>
    <message>
        <source>Someone not in the library</source>
        <translation>Jemand, der nicht in der Bibliothek ist</translation>
    </message>
    <message>
        <source>The rep&apos;s rewrite of the turn, as they wrote it</source>
        <translation>Die Umformulierung des Redebeitrags durch den Agenten, so wie er sie geschrieben hat</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Re&amp;write:</source>
        <translation>&amp;Umformulierung:</translation>
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
    <name>StandupPackBuilder</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Rendering clips</source>
        <translation>Clips werden gerendert</translation>
    </message>
    <message>
        <source>The standup pack has no clips</source>
        <translation>Das Standup-Paket enthält keine Clips</translation>
    </message>
    <message>
        <source>%1: clip %2 (%3) has no length; choose a longer range</source>
        <translation>%1: Clip %2 (%3) hat keine Länge; wählen Sie einen längeren Bereich</translation>
    </message>
    <message>
        <source>%1: clip %2 (%3) ends after the recording does</source>
        <translation>%1: Clip %2 (%3) endet nach dem Ende der Aufnahme</translation>
    </message>
    <message>
        <source>%1: the recording of clip %2 (%3) has moved or vanished</source>
        <translation>%1: Die Aufnahme von Clip %2 (%3) wurde verschoben oder ist verschwunden</translation>
    </message>
    <message>
        <source>Say where the standup pack goes</source>
        <translation>Geben Sie an, wohin das Standup-Paket geschrieben werden soll</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: Der Ordner %2 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: a folder of that name is in the way of the zip</source>
        <translation>%1: Ein Ordner dieses Namens ist der ZIP-Datei im Weg</translation>
    </message>
    <message>
        <source>%1: a file of that name is in the way of the folder</source>
        <translation>%1: Eine Datei dieses Namens ist dem Ordner im Weg</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or replace it</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie es</translation>
    </message>
    <message>
        <source>%1: cannot move the previous pack aside</source>
        <translation>%1: Das vorherige Paket kann nicht beiseitegeschoben werden</translation>
    </message>
    <message>
        <source>%1: cannot move the finished pack into place</source>
        <translation>%1: Das fertige Paket kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>“%1” is not a clip format this FFmpeg writes; use one of %2</source>
        <translation>„%1“ ist kein Clipformat, das dieses FFmpeg schreiben kann; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>%1: cannot write in that folder (%2)</source>
        <translation>%1: In diesen Ordner kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled; no pack was written</source>
        <translation>%1: abgebrochen; es wurde kein Paket geschrieben</translation>
    </message>
    <message>
        <source>Writing the cue sheet</source>
        <translation>Ablaufplan wird geschrieben</translation>
    </message>
    <message>
        <source>Standup pack: %1, %2</source>
        <translation>Standup-Paket: %1, %2</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Wird abgeschlossen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>StandupPackCommand</name>
    <message>
        <source>Write a team&apos;s weekly highlight and chosen tips as a standup pack</source>
        <translation>Das wöchentliche Highlight und ausgewählte Tipps eines Teams als Standup-Paket schreiben</translation>
    </message>
    <message>
        <source>The team, by name or id.</source>
        <translation>Das Team, per Name oder ID.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week in the team&apos;s time zone).</source>
        <translation>Die ISO-Woche, z. B. 2026-W48 (Standard: diese Woche in der Zeitzone des Teams).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>WOCHE</translation>
    </message>
    <message>
        <source>An annotation to play as a tip (its id from “coach annotations” or --candidates); repeat or separate with commas. Played in the order given.</source>
        <translation>Eine Anmerkung, die als Tipp abgespielt wird (ihre ID aus „coach annotations“ oder --candidates); wiederholen oder mit Kommas trennen. Wiedergabe in der angegebenen Reihenfolge.</translation>
    </message>
    <message>
        <source>ANNOTATION</source>
        <translation>ANMERKUNG</translation>
    </message>
    <message>
        <source>Leave the week&apos;s highlight call out.</source>
        <translation>Den Highlight-Anruf der Woche weglassen.</translation>
    </message>
    <message>
        <source>The folder to create, or a file ending in .zip.</source>
        <translation>Der zu erstellende Ordner oder eine Datei mit der Endung .zip.</translation>
    </message>
    <message>
        <source>DIR|FILE.zip</source>
        <translation>ORDNER|DATEI.zip</translation>
    </message>
    <message>
        <source>The clips&apos; format: %1 (default: opus).</source>
        <translation>Das Format der Clips: %1 (Standard: opus).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>mono (default), stereo, agent or customer.</source>
        <translation>mono (Standard), stereo, agent oder customer.</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>KANÄLE</translation>
    </message>
    <message>
        <source>Integrated loudness in LUFS (default −16), or “none”.</source>
        <translation>Integrierte Lautheit in LUFS (Standard −16) oder „none“.</translation>
    </message>
    <message>
        <source>LUFS|none</source>
        <translation>LUFS|none</translation>
    </message>
    <message>
        <source>Fade in and out, in seconds (default 0.3).</source>
        <translation>Ein- und Ausblenden, in Sekunden (Standard 0.3).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Clips rendered at once (default 2).</source>
        <translation>Gleichzeitig gerenderte Clips (Standard 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace a pack already at --out (only once the new one is complete).</source>
        <translation>Ein bereits unter --out vorhandenes Paket ersetzen (erst, wenn das neue vollständig ist).</translation>
    </message>
    <message>
        <source>List the week&apos;s highlight and tip candidates; write nothing.</source>
        <translation>Das Highlight und die Tipp-Kandidaten der Woche auflisten; nichts schreiben.</translation>
    </message>
    <message>
        <source>error: unexpected “%1”; name tips with --tip</source>
        <translation>Fehler: Unerwartetes „%1“; geben Sie Tipps mit --tip an</translation>
    </message>
    <message>
        <source>error: name the team with --team</source>
        <translation>Fehler: Geben Sie das Team mit --team an</translation>
    </message>
    <message>
        <source>error: say where with --out DIR or --out FILE.zip</source>
        <translation>Fehler: Geben Sie das Ziel mit --out ORDNER oder --out DATEI.zip an</translation>
    </message>
    <message>
        <source>error: --tip takes annotation ids, not “%1”</source>
        <translation>Fehler: --tip erwartet Anmerkungs-IDs, nicht „%1“</translation>
    </message>
    <message>
        <source>error: --channels is mono, stereo, agent or customer, not “%1”</source>
        <translation>Fehler: --channels ist mono, stereo, agent oder customer, nicht „%1“</translation>
    </message>
    <message>
        <source>error: --loudness is a level in LUFS between −70 and 0, or “none”</source>
        <translation>Fehler: --loudness ist ein Pegel in LUFS zwischen −70 und 0 oder „none“</translation>
    </message>
    <message>
        <source>error: --fade is a number of seconds from 0 to 10</source>
        <translation>Fehler: --fade ist eine Anzahl Sekunden von 0 bis 10</translation>
    </message>
    <message>
        <source>error: --jobs is a number from 1 to 16</source>
        <translation>Fehler: --jobs ist eine Zahl von 1 bis 16</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Highlight: %1, %2 (call %3)</source>
        <translation>Highlight: %1, %2 (Anruf %3)</translation>
    </message>
    <message>
        <source>No highlight chosen for this week.</source>
        <translation>Für diese Woche ist kein Highlight gewählt.</translation>
    </message>
    <message>
        <source>No tip candidates: no pattern-tagged annotations this week.</source>
        <translation>Keine Tipp-Kandidaten: In dieser Woche gibt es keine mit einem Muster getaggten Anmerkungen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clip(s)</source>
        <translation>
            <numerusform>Geschrieben: %n Clip</numerusform>
            <numerusform>Geschrieben: %n Clips</numerusform>
        </translation>
    </message>
    <message>
        <source>with captions, playlist and cue sheet to %1</source>
        <translation>mit Untertiteln, Wiedergabeliste und Ablaufplan in %1</translation>
    </message>
    <message>
        <source>Keep the clips, captions and cue sheet as recorded; by default personal data the transcripts show is bleeped and replaced.</source>
        <translation>Clips, Untertitel und Ablaufplan wie aufgezeichnet lassen; standardmäßig werden persönliche Daten aus den Transkripten überpiept und ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>%n Stelle mit persönlichen Daten überpiept</numerusform>
            <numerusform>%n Stellen mit persönlichen Daten überpiept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackDialog</name>
    <message>
        <source>Standup Pack</source>
        <translation>Standup-Paket</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Woche:</translation>
    </message>
    <message>
        <source>Highlight of the week</source>
        <translation>Highlight der Woche</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>No tips this week: tag moments with a pattern (or “Off-script — effective”) in Review and they appear here.</source>
        <translation>Keine Tipps in dieser Woche: Taggen Sie in der Auswertung Momente mit einem Muster (oder „Abseits des Skripts — wirksam“), dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>ZI&amp;P-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Write Pack</source>
        <translation>Paket &amp;erstellen</translation>
    </message>
    <message>
        <source>The library has no teams yet: import calls with a rep and team first.</source>
        <translation>Die Bibliothek enthält noch keine Teams: Importieren Sie zuerst Anrufe mit Agent und Team.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No highlight chosen for this week; pick one in Highlights, or send tips only.</source>
        <translation>Für diese Woche ist kein Highlight gewählt; wählen Sie eines unter „Highlights“ oder senden Sie nur Tipps.</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <comment>ISO week · Monday – Sunday</comment>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>Tick the highlight or at least one tip.</source>
        <translation>Haken Sie das Highlight oder mindestens einen Tipp an.</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 in all</source>
        <translation>
            <numerusform>%n Clip, insgesamt %1</numerusform>
            <numerusform>%n Clips, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Standup Pack</source>
        <translation>Standup-Paket speichern</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the Standup Pack</source>
        <translation>Ordner für das Standup-Paket</translation>
    </message>
    <message>
        <source>Choose a team</source>
        <translation>Team auswählen</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Rendering clips</source>
        <translation>Clips werden gerendert</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clip(s), %1 in all, to %2</source>
        <translation>
            <numerusform>%n Clip mit insgesamt %1 in %2 geschrieben</numerusform>
            <numerusform>%n Clips mit insgesamt %1 in %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>&amp;Bleep personal data</source>
        <translation>Persönliche Daten &amp;überpiepen</translation>
    </message>
    <message>
        <source>Card numbers, names, phone numbers and the like the transcripts show are bleeped in the speaker&apos;s channel and replaced in the captions and cue sheet</source>
        <translation>Kartennummern, Namen, Telefonnummern und Ähnliches aus den Transkripten werden im Kanal des Sprechers überpiept und in Untertiteln und Ablaufplan ersetzt</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Datenschutz:</translation>
    </message>
    <message numerus="yes">
        <source>Rendering clips, %n span(s) of personal data bleeped</source>
        <translation>
            <numerusform>Clips werden erstellt, %n Stelle mit persönlichen Daten überpiept</numerusform>
            <numerusform>Clips werden erstellt, %n Stellen mit persönlichen Daten überpiept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackLayout</name>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rep — pattern</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Highlight of the week</source>
        <translation>Highlight der Woche</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[entfernt]</translation>
    </message>
</context>
<context>
    <name>StandupPackPlanner</name>
    <message>
        <source>%1: no team “%2” (teams: %3)</source>
        <translation>%1: kein Team „%2“ (Teams: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>The highlight of %1 names call %2, which is not in the library</source>
        <translation>Das Highlight von %1 verweist auf Anruf %2, der nicht in der Bibliothek ist</translation>
    </message>
    <message>
        <source>Annotation %1 is not in the library</source>
        <translation>Anmerkung %1 ist nicht in der Bibliothek</translation>
    </message>
    <message>
        <source>Annotation %1 names call %2, which is not in the library</source>
        <translation>Anmerkung %1 verweist auf Anruf %2, der nicht in der Bibliothek ist</translation>
    </message>
    <message>
        <source>%1, %2: no highlight is chosen and no tip was named, so the pack would be empty</source>
        <translation>%1, %2: Es ist kein Highlight gewählt und kein Tipp angegeben, das Paket wäre also leer</translation>
    </message>
</context>
<context>
    <name>StandupPackZip</name>
    <message>
        <source>%1: cannot create the zip (%2)</source>
        <translation>%1: Die ZIP-Datei kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>ZIP-Datei wird geschrieben</translation>
    </message>
    <message>
        <source>%1: cancelled; no zip was written</source>
        <translation>%1: abgebrochen; es wurde keine ZIP-Datei geschrieben</translation>
    </message>
    <message>
        <source>cannot write the zip</source>
        <translation>Die ZIP-Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>StandupTipModel</name>
    <message>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Call %1 of %2, %3–%4</source>
        <translation>Anruf %1 vom %2, %3–%4</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Unbekannter Agent</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>Worauf zu achten ist</translation>
    </message>
</context>
<context>
    <name>TagLabels</name>
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
        <source>Off-script — effective</source>
        <translation>Abseits des Skripts — wirksam</translation>
    </message>
    <message>
        <source>Off-script — ineffective</source>
        <translation>Abseits des Skripts — unwirksam</translation>
    </message>
    <message>
        <source>Empathy bridge</source>
        <translation>Empathiebrücke</translation>
    </message>
    <message>
        <source>Paraphrase-and-confirm</source>
        <translation>Paraphrasieren und bestätigen</translation>
    </message>
    <message>
        <source>“Yes, And”</source>
        <translation>„Ja, und“</translation>
    </message>
    <message>
        <source>Layered questioning</source>
        <translation>Vertiefendes Nachfragen</translation>
    </message>
    <message>
        <source>Emotional mirroring with restraint</source>
        <translation>Emotionales Spiegeln mit Zurückhaltung</translation>
    </message>
    <message>
        <source>Pause button</source>
        <translation>Pausetaste</translation>
    </message>
    <message>
        <source>Canned empathy</source>
        <translation>Floskel-Empathie</translation>
    </message>
    <message>
        <source>Canned empathy overused</source>
        <translation>Floskel-Empathie zu oft</translation>
    </message>
    <message>
        <source>Robotic script reading</source>
        <translation>Roboterhaftes Ablesen des Skripts</translation>
    </message>
    <message>
        <source>Boundary breach: promise</source>
        <translation>Grenzüberschreitung: Versprechen</translation>
    </message>
    <message>
        <source>Boundary breach: personal opinion</source>
        <translation>Grenzüberschreitung: persönliche Meinung</translation>
    </message>
    <message>
        <source>Boundary breach: arguing</source>
        <translation>Grenzüberschreitung: Streiten</translation>
    </message>
    <message>
        <source>Missed empathy opportunity</source>
        <translation>Verpasste Gelegenheit für Empathie</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Verärgerter Kunde</translation>
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
    <name>TeamTimeZoneDialog</name>
    <message>
        <source>Team Time Zone</source>
        <translation>Zeitzone des Teams</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone — %1</source>
        <translation>Zeitzone dieses Computers — %1</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>Teil einer Stadt oder Region eingeben</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Set Time Zone</source>
        <translation>Zeitzone festlegen</translation>
    </message>
    <message>
        <source>A call belongs to the week of %1&apos;s own calendar: a call on Sunday evening in one zone can already be Monday, the next week, in another. Highlights and candidates regroup as soon as the zone is set.</source>
        <translation>Ein Anruf gehört zur Woche im eigenen Kalender von %1: Ein Anruf am Sonntagabend in einer Zone kann in einer anderen schon Montag sein, also in der nächsten Woche. Highlights und Kandidaten werden neu gruppiert, sobald die Zone festgelegt ist.</translation>
    </message>
    <message>
        <source>Choose a zone from the list.</source>
        <translation>Wählen Sie eine Zone aus der Liste.</translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation>Dort ist es jetzt %1.</translation>
    </message>
</context>
<context>
    <name>TeamsCommand</name>
    <message>
        <source>List the teams and their time zones; set a team&apos;s time zone</source>
        <translation>Teams und ihre Zeitzonen auflisten; die Zeitzone eines Teams festlegen</translation>
    </message>
    <message>
        <source>Nothing to list the teams, or “set-zone TEAM ZONE”: the IANA time zone (e.g. Pacific/Auckland) the team&apos;s highlight weeks are read in, or “local” for this machine&apos;s.</source>
        <translation>Nichts, um die Teams aufzulisten, oder „set-zone TEAM ZONE“: die IANA-Zeitzone (z. B. Pacific/Auckland), in der die Highlight-Wochen des Teams gelesen werden, oder „local“ für die dieses Rechners.</translation>
    </message>
    <message>
        <source>[set-zone TEAM ZONE]</source>
        <translation>[set-zone TEAM ZONE]</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Ein JSON-Array ausgeben (die Felder stehen in der README).</translation>
    </message>
    <message>
        <source>error: set-zone takes a team and a time zone, as in “coach teams set-zone Billing Europe/Berlin”</source>
        <translation>Fehler: set-zone erwartet ein Team und eine Zeitzone, etwa „coach teams set-zone Billing Europe/Berlin“</translation>
    </message>
    <message>
        <source>error: unknown teams verb “%1”; use set-zone, or nothing to list</source>
        <translation>Fehler: unbekannte teams-Aktion „%1“; verwenden Sie set-zone oder nichts zum Auflisten</translation>
    </message>
    <message>
        <source>No teams yet: import calls with a manifest that names each rep&apos;s team.</source>
        <translation>Noch keine Teams: Importieren Sie Anrufe mit einem Manifest, das das Team jedes Agenten nennt.</translation>
    </message>
    <message>
        <source>%1 (this machine&apos;s)</source>
        <translation>%1 (die dieses Rechners)</translation>
    </message>
    <message>
        <source>error: %1: no team “%2” (teams: %3)</source>
        <translation>Fehler: %1: kein Team „%2“ (Teams: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 now reads its weeks in this machine&apos;s time zone (%2).</source>
        <translation>%1 liest seine Wochen jetzt in der Zeitzone dieses Rechners (%2).</translation>
    </message>
    <message>
        <source>%1 now reads its weeks in %2.</source>
        <translation>%1 liest seine Wochen jetzt in %2.</translation>
    </message>
</context>
<context>
    <name>TranscriptAttacher</name>
    <message>
        <source>%1: the transcript has no timed lines</source>
        <translation>%1: Das Transkript hat keine Zeilen mit Zeitangaben</translation>
    </message>
    <message>
        <source>%1: its first line starts at %2, after the recording ends (%3); it is probably the transcript of another call</source>
        <translation>%1: Die erste Zeile beginnt bei %2, nach dem Ende der Aufnahme (%3); wahrscheinlich ist es das Transkript eines anderen Anrufs</translation>
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
    <name>TranscriptDropController</name>
    <message>
        <source>Cannot Attach Transcript</source>
        <translation>Transkript kann nicht angehängt werden</translation>
    </message>
    <message>
        <source>“%1” was not attached; the call keeps the transcript it had.</source>
        <translation>„%1“ wurde nicht angehängt; der Anruf behält sein bisheriges Transkript.</translation>
    </message>
    <message>
        <source>The call is no longer in the library.</source>
        <translation>Der Anruf ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Replace Transcript?</source>
        <translation>Transkript ersetzen?</translation>
    </message>
    <message>
        <source>The call %1 already has a transcript. Replace it with “%2”?</source>
        <translation>Der Anruf %1 hat bereits ein Transkript. Durch „%2“ ersetzen?</translation>
    </message>
    <message>
        <source>Its lines and who speaks them are replaced; the call&apos;s annotations stay.</source>
        <translation>Seine Zeilen und die Zuordnung der Sprecher werden ersetzt; die Anmerkungen des Anrufs bleiben erhalten.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Attached “%1”: %n line(s)</source>
        <translation>
            <numerusform>„%1“ angehängt: %n Zeile</numerusform>
            <numerusform>„%1“ angehängt: %n Zeilen</numerusform>
        </translation>
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
