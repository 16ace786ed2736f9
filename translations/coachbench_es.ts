<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <source>Add Annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
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
Con %4</translation>
    </message>
    <message>
        <source>This meeting overlaps another meeting, busy time or working hours.</source>
        <translation>Esta reunión se solapa con otra reunión, con tiempo ocupado o con el horario laboral.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AmazonTranscribeReader</name>
    <message>
        <source>%1: the Amazon Transcribe job is not complete (status %2)</source>
        <translation>%1: el trabajo de Amazon Transcribe no ha terminado (estado %2)</translation>
    </message>
    <message>
        <source>%1: not an Amazon Transcribe result (it has no “results.items”)</source>
        <translation>%1: no es un resultado de Amazon Transcribe (no contiene «results.items»)</translation>
    </message>
    <message>
        <source>%1: the word “%2” has no valid start and end time</source>
        <translation>%1: la palabra «%2» no tiene una hora de inicio y fin válida</translation>
    </message>
    <message>
        <source>%1: audio segment %2 has no valid start and end time</source>
        <translation>%1: el segmento de audio %2 no tiene una hora de inicio y fin válida</translation>
    </message>
    <message>
        <source>%1: the Amazon Transcribe result holds no words</source>
        <translation>%1: el resultado de Amazon Transcribe no contiene palabras</translation>
    </message>
</context>
<context>
    <name>AnalysisCache</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is shorter than its header; it is truncated.</source>
        <translation>%1 es más corto que su cabecera; está truncado.</translation>
    </message>
    <message>
        <source>%1 is not a Coachbench analysis file.</source>
        <translation>%1 no es un archivo de análisis de Coachbench.</translation>
    </message>
    <message>
        <source>%1 was written in analysis format %2; this Coachbench reads format %3.</source>
        <translation>%1 se escribió en el formato de análisis %2; esta versión de Coachbench lee el formato %3.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its header announces %3; it is truncated or damaged.</source>
        <translation>%1 tiene %2 bytes, pero su cabecera anuncia %3; está truncado o dañado.</translation>
    </message>
    <message>
        <source>%1 fails its checksum; it is damaged.</source>
        <translation>La suma de comprobación de %1 no coincide; el archivo está dañado.</translation>
    </message>
    <message>
        <source>%1 holds values that do not fit together; it is damaged.</source>
        <translation>%1 contiene valores que no concuerdan entre sí; el archivo está dañado.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
</context>
<context>
    <name>AnnotateCommand</name>
    <message>
        <source>Mark a moment or a region of a call with a tag and a comment</source>
        <translation>Marcar un momento o un tramo de una llamada con una etiqueta y un comentario</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>El id de la llamada (de «coach list») o su archivo de grabación.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>Where the mark starts: seconds (83.2) or m:ss (1:23.2).</source>
        <translation>Dónde empieza la marca: segundos (83.2) o m:ss (1:23.2).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>Where a region ends; without it the mark is a moment.</source>
        <translation>Dónde termina un tramo; sin esta opción, la marca es un momento.</translation>
    </message>
    <message>
        <source>The tag: its key, its label or the start of either, any case.</source>
        <translation>La etiqueta: su clave, su nombre o el comienzo de cualquiera de los dos, sin distinguir mayúsculas.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>What the manager noticed.</source>
        <translation>Lo que ha observado el responsable.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Who made the mark.</source>
        <translation>Quién hizo la marca.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Print the new annotation as a JSON object.</source>
        <translation>Mostrar la nueva anotación como objeto JSON.</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>error: indique una llamada, por id o por archivo de grabación</translation>
    </message>
    <message>
        <source>error: say where with --at TIME</source>
        <translation>error: indique dónde con --at TIEMPO</translation>
    </message>
    <message>
        <source>error: give a --tag, a --comment or both</source>
        <translation>error: indique --tag, --comment o ambos</translation>
    </message>
    <message>
        <source>error: --at “%1” is not a time (seconds such as 83.2, or m:ss)</source>
        <translation>error: --at «%1» no es un tiempo (segundos como 83.2, o m:ss)</translation>
    </message>
    <message>
        <source>error: --to “%1” is not a time at or after --at</source>
        <translation>error: --to «%1» no es un tiempo igual o posterior a --at</translation>
    </message>
    <message>
        <source>error: call %1 is only %2 long</source>
        <translation>error: la llamada %1 solo dura %2</translation>
    </message>
    <message>
        <source>Annotation %1 on call %2 at %3: %4</source>
        <translation>Anotación %1 en la llamada %2 en %3: %4</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>What happened here, and what would work better?</source>
        <translation>¿Qué ha pasado aquí y qué funcionaría mejor?</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Start, in seconds</source>
        <translation>Inicio, en segundos</translation>
    </message>
    <message>
        <source>End, in seconds</source>
        <translation>Fin, en segundos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;a</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Intro guarda · Esc cancela</translation>
    </message>
    <message>
        <source>No tag (a comment)</source>
        <translation>Sin etiqueta (un comentario)</translation>
    </message>
    <message>
        <source>New annotation, %1 to %2</source>
        <translation>Nueva anotación, de %1 a %2</translation>
    </message>
    <message>
        <source>New annotation at %1</source>
        <translation>Nueva anotación en %1</translation>
    </message>
    <message>
        <source>Edit annotation at %1</source>
        <translation>Editar anotación en %1</translation>
    </message>
</context>
<context>
    <name>AnnotationFormat</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1: Coachbench reads annotations from CSV and Audacity labels only</source>
        <translation>%1: Coachbench solo lee anotaciones de CSV y de etiquetas de Audacity</translation>
    </message>
    <message>
        <source>%1: line %2: the header has no start_s column (expected call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status)</source>
        <translation>%1: línea %2: la cabecera no tiene la columna start_s (se esperaba call_id,file,start_s,end_s,tag_key,tag_label,comment,author,created_at,status)</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: línea %2: %3</translation>
    </message>
    <message>
        <source>start_s “%1” is not a time in seconds</source>
        <translation>start_s «%1» no es un tiempo en segundos</translation>
    </message>
    <message>
        <source>end_s “%1” is not a time in seconds</source>
        <translation>end_s «%1» no es un tiempo en segundos</translation>
    </message>
    <message>
        <source>the annotation ends (%1 s) before it starts (%2 s)</source>
        <translation>la anotación termina (%1 s) antes de empezar (%2 s)</translation>
    </message>
    <message>
        <source>created_at “%1” is not an ISO 8601 date and time</source>
        <translation>created_at «%1» no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>status “%1” is neither “confirmed” nor “suggested”</source>
        <translation>status «%1» no es ni «confirmed» ni «suggested»</translation>
    </message>
    <message>
        <source>%1: holds annotations of %2 calls, none of them call %3</source>
        <translation>%1: contiene anotaciones de %2 llamadas, ninguna de ellas es la llamada %3</translation>
    </message>
    <message>
        <source>expected a start and an end time in seconds, then the label, separated by tabs</source>
        <translation>se esperaba una hora de inicio y una de fin en segundos y luego la etiqueta, separadas por tabuladores</translation>
    </message>
    <message>
        <source>“%1” is not a start time in seconds</source>
        <translation>«%1» no es una hora de inicio en segundos</translation>
    </message>
    <message>
        <source>“%1” is not an end time in seconds</source>
        <translation>«%1» no es una hora de fin en segundos</translation>
    </message>
    <message>
        <source>the label ends (%1 s) before it starts (%2 s)</source>
        <translation>la etiqueta termina (%1 s) antes de empezar (%2 s)</translation>
    </message>
</context>
<context>
    <name>AnnotationListView</name>
    <message>
        <source>Show annotations tagged</source>
        <translation>Mostrar las anotaciones con la etiqueta</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
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
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>AnnotationRepository</name>
    <message>
        <source>%1: an annotation must start at 0 or later and end no earlier than it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: una anotación debe empezar en 0 o más tarde y no puede terminar antes de empezar (inicio %2 ms, fin %3 ms)</translation>
    </message>
    <message>
        <source>%1: cannot store the annotation: call %2 or tag %3 is not in the library (%4)</source>
        <translation>%1: no se puede guardar la anotación: la llamada %2 o la etiqueta %3 no está en la biblioteca (%4)</translation>
    </message>
    <message>
        <source>%1: annotation %2 is not in the library</source>
        <translation>%1: la anotación %2 no está en la biblioteca</translation>
    </message>
    <message>
        <source>%1: only an annotation that was stored before can be restored</source>
        <translation>%1: solo se puede restaurar una anotación que se haya guardado antes</translation>
    </message>
    <message>
        <source>%1: annotation %2 is already in the library</source>
        <translation>%1: la anotación %2 ya está en la biblioteca</translation>
    </message>
</context>
<context>
    <name>AnnotationsCommand</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>List, export or import a call&apos;s annotations</source>
        <translation>Listar, exportar o importar las anotaciones de una llamada</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file; with --export, leave it out for every call.</source>
        <translation>El id de la llamada (de «coach list») o su archivo de grabación; con --export, omítalo para exportar todas las llamadas.</translation>
    </message>
    <message>
        <source>[CALL]</source>
        <translation>[LLAMADA]</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>Write the annotations as csv, audacity, eaf or textgrid.</source>
        <translation>Escribir las anotaciones como csv, audacity, eaf o textgrid.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Where --export writes; a folder for every call&apos;s audacity, eaf or textgrid files, one per call.</source>
        <translation>Dónde escribe --export; para los archivos audacity, eaf o textgrid de todas las llamadas, una carpeta con un archivo por llamada.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read Audacity labels (.txt) or Coachbench CSV (.csv) into CALL.</source>
        <translation>Leer etiquetas de Audacity (.txt) o CSV de Coachbench (.csv) en LLAMADA.</translation>
    </message>
    <message>
        <source>The format of the --import file, when its name does not say (csv, audacity).</source>
        <translation>El formato del archivo de --import, si su nombre no lo indica (csv, audacity).</translation>
    </message>
    <message>
        <source>Author of imported annotations that name none.</source>
        <translation>Autor de las anotaciones importadas que no indiquen ninguno.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>error: name at most one call</source>
        <translation>error: indique como máximo una llamada</translation>
    </message>
    <message>
        <source>error: --export and --import do not go together</source>
        <translation>error: --export y --import no se pueden usar juntas</translation>
    </message>
    <message>
        <source>error: say where with --out FILE</source>
        <translation>error: indique dónde con --out ARCHIVO</translation>
    </message>
    <message>
        <source>error: unknown format “%1”; use csv, audacity, eaf or textgrid</source>
        <translation>error: formato «%1» desconocido; use csv, audacity, eaf o textgrid</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>error: indique una llamada, por id o por archivo de grabación</translation>
    </message>
    <message>
        <source>Call %1 has no annotations.</source>
        <translation>La llamada %1 no tiene anotaciones.</translation>
    </message>
    <message>
        <source>  [suggested]</source>
        <translation>  [sugerida]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n annotation(s)</source>
        <translation>
            <numerusform>Se escribió %n anotación</numerusform>
            <numerusform>Se escribieron %n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>error: %1: cannot create the folder</source>
        <translation>error: %1: no se puede crear la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>of %n call(s) to %1</source>
        <translation>
            <numerusform>de %n llamada en %1</numerusform>
            <numerusform>de %n llamadas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>error: --import reads csv or audacity, not “%1”</source>
        <translation>error: --import lee csv o audacity, no «%1»</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: the tag “%2” is not in the library; nothing was imported</source>
        <translation>error: %1: la etiqueta «%2» no está en la biblioteca; no se ha importado nada</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s)</source>
        <translation>
            <numerusform>Se importó %n anotación</numerusform>
            <numerusform>Se importaron %n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>into call %1</source>
        <translation>en la llamada %1</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya existía</numerusform>
            <numerusform>%n ya existían</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachCommand</name>
    <message>
        <source>Attach a transcript file to a call, replacing its transcript</source>
        <translation>Adjuntar un archivo de transcripción a una llamada, sustituyendo su transcripción</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>El id de la llamada (de «coach list») o su archivo de grabación.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>A WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON file.</source>
        <translation>Un archivo WebVTT, SRT, Whisper JSON o Amazon Transcribe JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>error: name one call (by id or recording file) and one transcript file</source>
        <translation>error: indique una llamada (por id o archivo de grabación) y un archivo de transcripción</translation>
    </message>
    <message numerus="yes">
        <source>Call %1: attached %2 (%3, %n segment(s))</source>
        <translation>
            <numerusform>Llamada %1: se adjuntó %2 (%3, %n segmento)</numerusform>
            <numerusform>Llamada %1: se adjuntó %2 (%3, %n segmentos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudioFilterChain</name>
    <message>
        <source>%1 cannot be played: the audio filters cannot be set up (%2).</source>
        <translation>No se puede reproducir %1: no se pueden configurar los filtros de audio (%2).</translation>
    </message>
    <message>
        <source>the decoder reports no sample rate, channels or sample format</source>
        <translation>el decodificador no indica la frecuencia de muestreo, los canales o el formato de muestra</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters refuse the decoded audio (%2).</source>
        <translation>No se puede seguir reproduciendo %1: los filtros de audio rechazan el audio decodificado (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio filters failed (%2).</source>
        <translation>No se puede seguir reproduciendo %1: los filtros de audio han fallado (%2).</translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>%1 has no usable length: FFmpeg reports it as zero or unknown, so the file may be damaged or truncated.</source>
        <translation>%1 no tiene una duración utilizable: FFmpeg la indica como cero o desconocida, así que el archivo puede estar dañado o truncado.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation>No se puede decodificar %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation>%1 no contiene audio que se pueda decodificar; el archivo puede estar dañado o truncado (%2).</translation>
    </message>
    <message>
        <source>%1 does not say how many channels or samples per second it has; the file may be damaged.</source>
        <translation>%1 no indica cuántos canales o muestras por segundo tiene; el archivo puede estar dañado.</translation>
    </message>
</context>
<context>
    <name>AudioRenderer</name>
    <message>
        <source>%1 cannot be played: out of memory.</source>
        <translation>No se puede reproducir %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1 cannot be played further: the audio after %2 s is damaged (%3).</source>
        <translation>No se puede seguir reproduciendo %1: el audio a partir de %2 s está dañado (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be read further after %2 s: %3.</source>
        <translation>No se puede seguir leyendo %1 a partir de %2 s: %3.</translation>
    </message>
    <message>
        <source>%1: the decoder reports no sample rate; the file may be damaged.</source>
        <translation>%1: el decodificador no indica la frecuencia de muestreo; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1 cannot be played at %2 samples per second.</source>
        <translation>No se puede reproducir %1 a %2 muestras por segundo.</translation>
    </message>
    <message>
        <source>%1: playback cannot jump to %2 s in this file (%3).</source>
        <translation>%1: la reproducción no puede saltar a %2 s en este archivo (%3).</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>Working hours %1–%2 on day %3 are not a time span</source>
        <translation>El horario laboral %1–%2 del día %3 no es un intervalo de tiempo</translation>
    </message>
    <message>
        <source>A shift must end after it starts</source>
        <translation>Un turno debe terminar después de empezar</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Copy the library to DEST, safely, even while it is in use</source>
        <translation>Copiar la biblioteca a DESTINO de forma segura, incluso mientras está en uso</translation>
    </message>
    <message>
        <source>The file to write the copy to (replaced if it exists).</source>
        <translation>El archivo en el que se escribe la copia (se sustituye si ya existe).</translation>
    </message>
    <message>
        <source>DEST</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>error: name the file to write the backup to</source>
        <translation>error: indique el archivo en el que escribir la copia de seguridad</translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation>Haciendo copia de seguridad… %1 %</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>Copia de seguridad de %1 guardada en %2</translation>
    </message>
</context>
<context>
    <name>BuddiesCommand</name>
    <message>
        <source>Propose this month&apos;s buddy pairs (rotating, no repeats)</source>
        <translation>Proponer las parejas de compañeros de este mes (rotativas, sin repeticiones)</translation>
    </message>
    <message>
        <source>propose</source>
        <translation>propose</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>El mes (YYYY-MM).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>Only this team (default: every team).</source>
        <translation>Solo este equipo (predeterminado: todos los equipos).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>With an odd team, the rep left over joins a pair instead of sitting out.</source>
        <translation>En un equipo impar, el agente sobrante se une a una pareja en lugar de quedarse fuera.</translation>
    </message>
    <message>
        <source>Keep the proposal as the month&apos;s pairs, so later months rotate on.</source>
        <translation>Guardar la propuesta como las parejas del mes, para que los meses siguientes sigan rotando.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: the buddies command knows one verb: propose</source>
        <translation>error: la orden buddies solo admite una acción: propose</translation>
    </message>
    <message>
        <source>error: --month takes a month as YYYY-MM</source>
        <translation>error: --month espera un mes con el formato YYYY-MM</translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation>error: no hay ningún equipo «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>%1 sits out this month</source>
        <translation>%1 se queda fuera este mes</translation>
    </message>
</context>
<context>
    <name>BuddyPairsDialog</name>
    <message>
        <source>With an odd team, the rep left over &amp;joins a pair</source>
        <translation>En un equipo impar, el agente sobrante se &amp;une a una pareja</translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation>Parejas de compañeros</translation>
    </message>
    <message>
        <source>Buddies</source>
        <translation>Compañeros</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <source>&amp;Save Pairs</source>
        <translation>&amp;Guardar parejas</translation>
    </message>
    <message>
        <source>Keep these pairs for the month, so the next month rotates on</source>
        <translation>Guardar estas parejas para el mes, para que el mes siguiente siga rotando</translation>
    </message>
    <message>
        <source>There are no teams yet: import calls with a manifest that names each rep’s team.</source>
        <translation>Todavía no hay equipos: importe llamadas con un manifiesto que indique el equipo de cada agente.</translation>
    </message>
    <message>
        <source>Sitting out this month: %1</source>
        <translation>Se queda fuera este mes: %1</translation>
    </message>
    <message>
        <source>This team needs at least two reps to pair up.</source>
        <translation>Este equipo necesita al menos dos agentes para formar parejas.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>BuddyPlanner</name>
    <message>
        <source>“%1” is not a month (YYYY-MM)</source>
        <translation>«%1» no es un mes (YYYY-MM)</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Zona horaria «%1» desconocida</translation>
    </message>
</context>
<context>
    <name>CalendarTransfer</name>
    <message>
        <source>%1: there is no session %2</source>
        <translation>%1: no existe la sesión %2</translation>
    </message>
    <message>
        <source>%1: cannot write the calendar (%2)</source>
        <translation>%1: no se puede escribir el calendario (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction on the library</source>
        <translation>%1: no se puede iniciar una transacción en la biblioteca</translation>
    </message>
    <message>
        <source>%1: event “%2” lasts all day; only timed events can become sessions (import it as busy time)</source>
        <translation>%1: el evento «%2» dura todo el día; solo los eventos con hora pueden convertirse en sesiones (impórtelo como tiempo ocupado)</translation>
    </message>
    <message>
        <source>%1: event “%2” uses the time zone “%3”, which has no IANA name</source>
        <translation>%1: el evento «%2» usa la zona horaria «%3», que no tiene nombre IANA</translation>
    </message>
    <message>
        <source>%1: event “%2” has %3 repeat rules; a session has one</source>
        <translation>%1: el evento «%2» tiene %3 reglas de repetición; una sesión tiene una</translation>
    </message>
    <message>
        <source>%1: event “%2” has no length</source>
        <translation>%1: el evento «%2» no tiene duración</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1: evento «%2»: %3</translation>
    </message>
    <message>
        <source>%1: event “%2” (%3) is in the past</source>
        <translation>%1: el evento «%2» (%3) está en el pasado</translation>
    </message>
    <message>
        <source>%1: event “%2” at %3 overlaps “%4” at %5</source>
        <translation>%1: el evento «%2» a las %3 se solapa con «%4» a las %5</translation>
    </message>
</context>
<context>
    <name>CallArgument</name>
    <message>
        <source>no call “%1” in the library</source>
        <translation>no hay ninguna llamada «%1» en la biblioteca</translation>
    </message>
</context>
<context>
    <name>CallDetailsPane</name>
    <message>
        <source>Select a call to see its details.</source>
        <translation>Seleccione una llamada para ver sus detalles.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation>CSAT:</translation>
    </message>
    <message>
        <source>Felt heard:</source>
        <translation>Se sintió escuchado:</translation>
    </message>
    <message>
        <source>FCR:</source>
        <translation>FCR:</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <source>Repeat contact:</source>
        <translation>Contacto repetido:</translation>
    </message>
    <message>
        <source>Handle time:</source>
        <translation>Tiempo de gestión:</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <source>Sample rate:</source>
        <translation>Frecuencia de muestreo:</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>Códec:</translation>
    </message>
    <message>
        <source>This recording is no longer at this path. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation>Esta grabación ya no está en esta ruta. Se ha movido, renombrado o eliminado desde la importación; impórtela de nuevo desde su nueva ubicación para volver a vincularla.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>Stereo, agent on the left</source>
        <translation>Estéreo, agente a la izquierda</translation>
    </message>
    <message>
        <source>Stereo, agent on the right</source>
        <translation>Estéreo, agente a la derecha</translation>
    </message>
    <message>
        <source>No tags on this call yet.</source>
        <translation>Esta llamada aún no tiene etiquetas.</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>Sin transcripción</translation>
    </message>
    <message>
        <source>O&amp;pen for Review</source>
        <translation>&amp;Abrir para revisión</translation>
    </message>
    <message>
        <source>Play the call, read its transcript and annotate it (Enter in the table)</source>
        <translation>Reproducir la llamada, leer su transcripción y anotarla (Intro en la tabla)</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Filter by rep, team, queue, customer or tag</source>
        <translation>Filtrar por agente, equipo, cola, cliente o etiqueta</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filtrar llamadas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Tick to limit the calls by date</source>
        <translation>Marque para limitar las llamadas por fecha</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Show all calls again</source>
        <translation>Volver a mostrar todas las llamadas</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
</context>
<context>
    <name>CallPickerDialog</name>
    <message>
        <source>Link Calls</source>
        <translation>Vincular llamadas</translation>
    </message>
    <message>
        <source>Filter by rep, team, queue or tag</source>
        <translation>Filtrar por agente, equipo, cola o etiqueta</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>Call %1 is not in the library</source>
        <translation>La llamada %1 no está en la biblioteca</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <source>Customer satisfaction score, as exported by the contact centre</source>
        <translation>Puntuación de satisfacción del cliente, tal como la exporta el centro de contacto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the library for damage and recordings that went missing</source>
        <translation>Comprobar si la biblioteca está dañada o faltan grabaciones</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>warning: call %1: recording %2 is missing; import it from its new place to find it again</source>
        <translation>aviso: llamada %1: falta la grabación %2; impórtela desde su nueva ubicación para volver a encontrarla</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1: se encontró %n problema</numerusform>
            <numerusform>%1: se encontraron %n problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %n call(s)</source>
        <translation>
            <numerusform>%1: correcto, %n llamada</numerusform>
            <numerusform>%1: correcto, %n llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n recording(s) missing</source>
        <translation>
            <numerusform>, falta %n grabación</numerusform>
            <numerusform>, faltan %n grabaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckpointStrip</name>
    <message>
        <source>Guided-conversation checkpoints</source>
        <translation>Puntos de control de la conversación guiada</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Issue summary</source>
        <translation>Resumen del problema</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>No checkpoints tagged yet</source>
        <translation>Aún no hay puntos de control etiquetados</translation>
    </message>
    <message>
        <source>%1 of 5 checkpoints tagged: %2</source>
        <translation>%1 de 5 puntos de control etiquetados: %2</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Puntos de control</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Run “coach %1 --help” for its options.</source>
        <translation>Ejecute «coach %1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
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
        <translation>Uso: coach [--library ARCHIVO] ORDEN [opciones]

Revisa y gestiona una biblioteca de Coachbench con llamadas grabadas.

Opciones:
  --library ARCHIVO  la biblioteca que se usará (predeterminada: %1)
  -h, --help         mostrar esta ayuda
  -v, --version      mostrar la versión

Órdenes:
</translation>
    </message>
    <message>
        <source>Run “coach COMMAND --help” for a command&apos;s options.</source>
        <translation>Ejecute «coach ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>error: --library needs a file name</source>
        <translation>error: --library necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>error: unknown option “%1”</source>
        <translation>error: opción «%1» desconocida</translation>
    </message>
    <message>
        <source>error: unknown command “%1”</source>
        <translation>error: orden «%1» desconocida</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>rep %1</source>
        <translation>agente %1</translation>
    </message>
    <message>
        <source>%1 overlaps “%2” (%3) for %4</source>
        <translation>%1 se solapa con «%2» (%3) para %4</translation>
    </message>
    <message>
        <source>the organiser</source>
        <translation>el organizador</translation>
    </message>
    <message>
        <source>%1 overlaps busy time “%2” (%3) of %4</source>
        <translation>%1 se solapa con el tiempo ocupado «%2» (%3) para %4</translation>
    </message>
    <message>
        <source>%1: %2 is off</source>
        <translation>%1: %2 está de descanso</translation>
    </message>
    <message>
        <source>%1 is outside the working hours of %2</source>
        <translation>%1 está fuera del horario laboral de %2</translation>
    </message>
</context>
<context>
    <name>ContentFingerprint</name>
    <message>
        <source>No file was given to fingerprint.</source>
        <translation>No se ha indicado ningún archivo del que obtener la huella.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be fingerprinted: the file is empty.</source>
        <translation>No se puede obtener la huella de %1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end (%2); it may have changed while it was being read.</source>
        <translation>No se puede leer %1 hasta el final (%2); puede haber cambiado mientras se leía.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is never closed</source>
        <translation>%1: línea %2: un campo entre comillas no se cierra nunca</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No library file was given</source>
        <translation>No se ha indicado ningún archivo de biblioteca</translation>
    </message>
    <message>
        <source>%1: is a folder, not a library file</source>
        <translation>%1: es una carpeta, no un archivo de biblioteca</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: no se puede crear la carpeta %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Coachbench (library version %2; this version reads up to %3). Update Coachbench to open it. The file was not changed.</source>
        <translation>%1 se escribió con una versión más reciente de Coachbench (versión de biblioteca %2; esta versión lee hasta la %3). Actualice Coachbench para abrirla. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a Coachbench library. The file was not changed.</source>
        <translation>%1 es una base de datos SQLite, pero no una biblioteca de Coachbench. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1: the SQLite driver is unavailable</source>
        <translation>%1: el controlador de SQLite no está disponible</translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation>Falta la migración %1</translation>
    </message>
    <message>
        <source>%1: upgrading the library to version %2 failed (%3); the library was left at version %4</source>
        <translation>%1: no se pudo actualizar la biblioteca a la versión %2 (%3); la biblioteca se ha quedado en la versión %4</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3</source>
        <translation>La fila %1 de la tabla %2 hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>The transcript search index does not match the transcripts (%1)</source>
        <translation>El índice de búsqueda de transcripciones no coincide con las transcripciones (%1)</translation>
    </message>
    <message>
        <source>%1: a backup cannot replace the library itself</source>
        <translation>%1: una copia de seguridad no puede sustituir a la propia biblioteca</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name for the backup</source>
        <translation>%1: es una carpeta; indique un nombre de archivo para la copia de seguridad</translation>
    </message>
    <message>
        <source>%1: cannot create the backup file (%2)</source>
        <translation>%1: no se puede crear el archivo de copia de seguridad (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start the backup (%2)</source>
        <translation>%1: no se puede iniciar la copia de seguridad (%2)</translation>
    </message>
    <message>
        <source>%1: backup cancelled</source>
        <translation>%1: copia de seguridad cancelada</translation>
    </message>
    <message>
        <source>%1: the backup failed (%2)</source>
        <translation>%1: la copia de seguridad ha fallado (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the backup (%2)</source>
        <translation>%1: no se puede escribir la copia de seguridad (%2)</translation>
    </message>
</context>
<context>
    <name>DebriefSuggestionModel</name>
    <message>
        <source>Rep %1</source>
        <translation>Agente %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tough call(s) on %1</source>
        <translation>
            <numerusform>%n llamada difícil el %1</numerusform>
            <numerusform>%n llamadas difíciles el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls tagged as escalated or with an angry customer</source>
        <translation>Llamadas etiquetadas como escaladas o con un cliente enfadado</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
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
        <translation>Estéreo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <translation>Mover anotación</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotación</translation>
    </message>
</context>
<context>
    <name>ElanWriter</name>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
</context>
<context>
    <name>FfmpegSupport</name>
    <message>
        <source>No audio file was given.</source>
        <translation>No se ha indicado ningún archivo de audio.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an audio file.</source>
        <translation>%1 es una carpeta, no un archivo de audio.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be used: the file is empty.</source>
        <translation>No se puede usar %1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>No se puede abrir %1: %2.</translation>
    </message>
    <message>
        <source>%1 starts like %2 but ends before its header does; the file is truncated.</source>
        <translation>%1 empieza como %2, pero termina antes que su cabecera; el archivo está truncado.</translation>
    </message>
    <message>
        <source>%1 is not in an audio format Coachbench can read (%2).</source>
        <translation>%1 no está en un formato de audio que Coachbench pueda leer (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: out of memory.</source>
        <translation>No se puede abrir %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1 looks like %2 but cannot be read; it may be damaged or truncated (%3).</source>
        <translation>%1 parece %2, pero no se puede leer; puede estar dañado o truncado (%3).</translation>
    </message>
    <message>
        <source>%1: the stream information cannot be read; the file may be damaged (%2).</source>
        <translation>%1: no se puede leer la información del flujo; el archivo puede estar dañado (%2).</translation>
    </message>
    <message>
        <source>%1 has an audio stream whose channels or sample rate cannot be read; the file may be damaged.</source>
        <translation>%1 tiene un flujo de audio cuyos canales o frecuencia de muestreo no se pueden leer; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1 contains no audio stream.</source>
        <translation>%1 no contiene ningún flujo de audio.</translation>
    </message>
    <message>
        <source>%1 uses an audio codec FFmpeg does not know (codec tag 0x%2).</source>
        <translation>%1 usa un códec de audio que FFmpeg no conoce (etiqueta de códec 0x%2).</translation>
    </message>
    <message>
        <source>%1 uses the audio codec &quot;%2&quot;, which this FFmpeg cannot decode.</source>
        <translation>%1 usa el códec de audio «%2», que este FFmpeg no puede decodificar.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: out of memory.</source>
        <translation>No se puede decodificar %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1: the %2 decoder cannot be set up (%3).</source>
        <translation>%1: no se puede configurar el decodificador %2 (%3).</translation>
    </message>
    <message>
        <source>%1: the %2 decoder refuses this stream; the file may be damaged (%3).</source>
        <translation>%1: el decodificador %2 rechaza este flujo; el archivo puede estar dañado (%3).</translation>
    </message>
</context>
<context>
    <name>IcalSupport</name>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation>No se puede expandir la regla de repetición «%1» (%2)</translation>
    </message>
    <message>
        <source>The repeat rule “%1” repeats too often to expand up to %2</source>
        <translation>La regla de repetición «%1» se repite demasiadas veces para expandirla hasta %2</translation>
    </message>
</context>
<context>
    <name>IcsExporter</name>
    <message>
        <source>One-on-one</source>
        <translation>Reunión individual</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Charla con el compañero</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Reunión breve del equipo</translation>
    </message>
    <message>
        <source>Session %1 has no UID; store it before exporting</source>
        <translation>La sesión %1 no tiene UID; guárdela antes de exportar</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; it cannot be exported</source>
        <translation>Zona horaria «%1» desconocida; no se puede exportar</translation>
    </message>
    <message>
        <source>Session “%1” has an invalid repeat rule “%2”</source>
        <translation>La sesión «%1» tiene una regla de repetición «%2» no válida</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>without a title</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>%1: event %2 uses the unknown time zone “%3”</source>
        <translation>%1: el evento %2 usa la zona horaria desconocida «%3»</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar in event %2: %3</source>
        <translation>%1: iCalendar mal formado en el evento %2: %3</translation>
    </message>
    <message>
        <source>(time zone)</source>
        <translation>(zona horaria)</translation>
    </message>
    <message>
        <source>%1: event %2 has no start (DTSTART)</source>
        <translation>%1: el evento %2 no tiene inicio (DTSTART)</translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable start</source>
        <translation>%1: el evento %2 tiene un inicio ilegible</translation>
    </message>
    <message>
        <source>%1: event %2 has an unreadable repeat rule</source>
        <translation>%1: el evento %2 tiene una regla de repetición ilegible</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: the file is too large for a calendar (%2 MB)</source>
        <translation>%1: el archivo es demasiado grande para ser un calendario (%2 MB)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: no se puede leer el archivo (%2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>%1: not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>%1: no es un archivo iCalendar (no hay BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar (the file holds binary data)</source>
        <translation>%1: iCalendar mal formado (el archivo contiene datos binarios)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: the file ends before END:VCALENDAR (it may be cut short)</source>
        <translation>%1: iCalendar mal formado: el archivo termina antes de END:VCALENDAR (puede estar incompleto)</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: libical could not parse it</source>
        <translation>%1: iCalendar mal formado: libical no ha podido analizarlo</translation>
    </message>
    <message>
        <source>%1: malformed iCalendar: no VCALENDAR component</source>
        <translation>%1: iCalendar mal formado: no hay ningún componente VCALENDAR</translation>
    </message>
    <message>
        <source>%1: event %2: %3</source>
        <translation>%1: evento %2: %3</translation>
    </message>
    <message>
        <source>%1: event “%2”: its repeat rule “%3” gives no date at all</source>
        <translation>%1: evento «%2»: su regla de repetición «%3» no da ninguna fecha</translation>
    </message>
    <message>
        <source>%1: event “%2”: %3</source>
        <translation>%1: evento «%2»: %3</translation>
    </message>
    <message>
        <source>%1: more than %2 meetings between %3 and %4; import a shorter period</source>
        <translation>%1: más de %2 reuniones entre %3 y %4; importe un periodo más corto</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import recordings (files or folders) into the library</source>
        <translation>Importar grabaciones (archivos o carpetas) a la biblioteca</translation>
    </message>
    <message>
        <source>Recordings or folders of recordings (searched recursively).</source>
        <translation>Grabaciones o carpetas de grabaciones (se buscan de forma recursiva).</translation>
    </message>
    <message>
        <source>PATH…</source>
        <translation>RUTA…</translation>
    </message>
    <message>
        <source>A CSV of call metadata whose header names the columns.</source>
        <translation>Un CSV de metadatos de llamadas cuya cabecera nombra las columnas.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Print only failures and the summary.</source>
        <translation>Mostrar solo los errores y el resumen.</translation>
    </message>
    <message>
        <source>error: name at least one recording or folder to import</source>
        <translation>error: indique al menos una grabación o carpeta que importar</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s)</source>
        <translation>
            <numerusform>%n llamada importada</numerusform>
            <numerusform>%n llamadas importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved recording(s) found again</source>
        <translation>
            <numerusform>%n grabación movida encontrada de nuevo</numerusform>
            <numerusform>%n grabaciones movidas encontradas de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; the calls imported so far are kept.</source>
        <translation>Importación cancelada; se conservan las llamadas importadas hasta ahora.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing Recordings</source>
        <translation>Importando grabaciones</translation>
    </message>
    <message>
        <source>Looking for recordings…</source>
        <translation>Buscando grabaciones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping after the current file…</source>
        <translation>Deteniendo tras el archivo actual…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>%1: unknown column “%2” was ignored</source>
        <translation>%1: se ha ignorado la columna desconocida «%2»</translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is not among the recordings being imported</source>
        <translation>%1: línea %2: «%3» no está entre las grabaciones que se importan</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: already in the library</source>
        <translation>%1: ya está en la biblioteca</translation>
    </message>
    <message>
        <source>%1: found again (it was at %2)</source>
        <translation>%1: encontrada de nuevo (estaba en %2)</translation>
    </message>
    <message>
        <source>%1: skipped, the same recording as %2 is already in the library</source>
        <translation>%1: omitida, la misma grabación ya está en la biblioteca como %2</translation>
    </message>
    <message>
        <source>; transcript not attached: %1</source>
        <translation>; transcripción no adjuntada: %1</translation>
    </message>
    <message>
        <source>%1: imported</source>
        <translation>%1: importada</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>Ocultar &amp;detalles</translation>
    </message>
    <message>
        <source>Show &amp;Details…</source>
        <translation>Mostrar &amp;detalles…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>No recordings found</source>
        <translation>No se encontraron grabaciones</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>Importación finalizada con problemas</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>There were no audio files among what you chose.</source>
        <translation>No había archivos de audio entre los elementos elegidos.</translation>
    </message>
    <message>
        <source>Imported %1, skipped %2, relinked %3, %4 failed.</source>
        <translation>Importadas: %1; omitidos: %2; revinculadas: %3; con error: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicado</numerusform>
            <numerusform>%Ln duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved recording(s)</source>
        <translation>
            <numerusform>%Ln grabación movida</numerusform>
            <numerusform>%Ln grabaciones movidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %Ln warning(s).</source>
        <translation>
            <numerusform>El manifiesto tiene %Ln aviso.</numerusform>
            <numerusform>El manifiesto tiene %Ln avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls imported before you cancelled are kept.</source>
        <translation>Se conservan las llamadas importadas antes de cancelar.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Stereo</source>
        <translation>Estéreo</translation>
    </message>
    <message>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aún no hay llamadas</translation>
    </message>
    <message>
        <source>Drag recordings here, or choose Import Recordings…</source>
        <translation>Arrastre grabaciones aquí o elija «Importar grabaciones…»</translation>
    </message>
    <message>
        <source>Import Recordings…</source>
        <translation>Importar grabaciones…</translation>
    </message>
    <message>
        <source>No calls match this filter</source>
        <translation>Ninguna llamada coincide con este filtro</translation>
    </message>
    <message>
        <source>Try other words, another team or a wider date range.</source>
        <translation>Pruebe con otras palabras, otro equipo o un intervalo de fechas más amplio.</translation>
    </message>
    <message>
        <source>Show All Calls</source>
        <translation>Mostrar todas las llamadas</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List the calls in the library, newest first</source>
        <translation>Listar las llamadas de la biblioteca, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>Print at most N calls.</source>
        <translation>Mostrar como máximo N llamadas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N calls.</source>
        <translation>Omitir las primeras N llamadas.</translation>
    </message>
    <message>
        <source>Sort by date, rep, team, duration, channels, csat, queue or file.</source>
        <translation>Ordenar por date, rep, team, duration, channels, csat, queue o file.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Sort in ascending order (the default is descending).</source>
        <translation>Ordenar de forma ascendente (la predeterminada es descendente).</translation>
    </message>
    <message>
        <source>Only calls whose rep, team, queue, customer, file or tags contain every word of TEXT.</source>
        <translation>Solo las llamadas cuyo agente, equipo, cola, cliente, archivo o etiquetas contengan todas las palabras de TEXTO.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Only calls of this team.</source>
        <translation>Solo las llamadas de este equipo.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Only calls on or after this date (YYYY-MM-DD).</source>
        <translation>Solo las llamadas de esta fecha o posteriores (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only calls on or before this date (YYYY-MM-DD).</source>
        <translation>Solo las llamadas de esta fecha o anteriores (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>error: cannot sort by “%1”</source>
        <translation>error: no se puede ordenar por «%1»</translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number</source>
        <translation>error: --limit y --offset esperan un número entero</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>error: --%1 «%2» no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: there is no team “%1” in the library</source>
        <translation>error: no hay ningún equipo «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>LENGTH</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>CH</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>COLA</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coachbench libraries (*.coachdb);;All files (*)</source>
        <translation>Bibliotecas de Coachbench (*.coachdb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>Create an empty library file</source>
        <translation>Crear un archivo de biblioteca vacío</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>&amp;Abrir biblioteca…</translation>
    </message>
    <message>
        <source>Open another library file</source>
        <translation>Abrir otro archivo de biblioteca</translation>
    </message>
    <message>
        <source>Import &amp;Recordings…</source>
        <translation>Importar &amp;grabaciones…</translation>
    </message>
    <message>
        <source>Add recorded calls to the library</source>
        <translation>Añadir llamadas grabadas a la biblioteca</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add every recording in a folder and its subfolders</source>
        <translation>Añadir todas las grabaciones de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Import with &amp;Manifest…</source>
        <translation>Importar con &amp;manifiesto…</translation>
    </message>
    <message>
        <source>Add recordings with the call data from your contact centre&apos;s CSV export</source>
        <translation>Añadir grabaciones con los datos de llamada de la exportación CSV de su centro de contacto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Coachbench</source>
        <translation>&amp;Acerca de Coachbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Wait for the import to finish before opening another library.</source>
        <translation>Espere a que termine la importación antes de abrir otra biblioteca.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>No se puede abrir la biblioteca</translation>
    </message>
    <message>
        <source>Coachbench could not open the library “%1”.</source>
        <translation>Coachbench no ha podido abrir la biblioteca «%1».</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>Abrir otra biblioteca…</translation>
    </message>
    <message>
        <source>New Library…</source>
        <translation>Nueva biblioteca…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Abrir biblioteca</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Nueva biblioteca</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it instead of creating a new library?</source>
        <translation>«%1» ya existe. ¿Desea abrirla en lugar de crear una biblioteca nueva?</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No Recent Libraries</source>
        <translation>No hay bibliotecas recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
    </message>
    <message>
        <source>The demo recordings are not installed.</source>
        <translation>Las grabaciones de demostración no están instaladas.</translation>
    </message>
    <message>
        <source>Import Recordings</source>
        <translation>Importar grabaciones</translation>
    </message>
    <message>
        <source>Recordings (%1);;All files (*)</source>
        <translation>Grabaciones (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln llamada</numerusform>
            <numerusform>%Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s)</source>
        <translation>
            <numerusform>%1 de %Ln llamada</numerusform>
            <numerusform>%1 de %Ln llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>About Coachbench</source>
        <translation>Acerca de Coachbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coachbench %1&lt;/h3&gt;&lt;p&gt;A coaching workbench for customer-service teams: review recorded calls, find the moments that matter and turn them into coaching.&lt;/p&gt;&lt;p&gt;Coachbench is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coachbench %1&lt;/h3&gt;&lt;p&gt;Un banco de trabajo de coaching para equipos de atención al cliente: revise llamadas grabadas, encuentre los momentos que importan y conviértalos en coaching.&lt;/p&gt;&lt;p&gt;Coachbench es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several CSV files were dropped; importing the recordings without a manifest.</source>
        <translation>Se han soltado varios archivos CSV; las grabaciones se importarán sin manifiesto.</translation>
    </message>
    <message>
        <source>Import Running</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>Recordings are still being imported. Stop the import and quit? Calls imported so far are kept.</source>
        <translation>Todavía se están importando grabaciones. ¿Detener la importación y salir? Se conservan las llamadas importadas hasta ahora.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Filter the calls, or find words in the transcript of the call under review</source>
        <translation>Filtrar las llamadas o buscar palabras en la transcripción de la llamada en revisión</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>ManifestImportDialog</name>
    <message>
        <source>Import with Manifest</source>
        <translation>Importar con manifiesto</translation>
    </message>
    <message>
        <source>The folder that holds the recordings</source>
        <translation>La carpeta que contiene las grabaciones</translation>
    </message>
    <message>
        <source>The CSV exported by your contact centre</source>
        <translation>El CSV exportado por su centro de contacto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Recordings &amp;folder:</source>
        <translation>&amp;Carpeta de grabaciones:</translation>
    </message>
    <message>
        <source>&amp;Manifest (CSV):</source>
        <translation>&amp;Manifiesto (CSV):</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Manifest rows</source>
        <translation>Filas del manifiesto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the Recordings Folder</source>
        <translation>Elegir la carpeta de grabaciones</translation>
    </message>
    <message>
        <source>Choose the Manifest</source>
        <translation>Elegir el manifiesto</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the CSV to see what it holds before anything is imported.</source>
        <translation>Elija el CSV para ver lo que contiene antes de importar nada.</translation>
    </message>
    <message numerus="yes">
        <source>The manifest describes %Ln call(s).</source>
        <translation>
            <numerusform>El manifiesto describe %Ln llamada.</numerusform>
            <numerusform>El manifiesto describe %Ln llamadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised columns: %1.</source>
        <translation>Columnas reconocidas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) in the folder,</source>
        <translation>
            <numerusform>%Ln grabación en la carpeta,</numerusform>
            <numerusform>%Ln grabaciones en la carpeta,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them listed in the manifest.</source>
        <translation>
            <numerusform>%Ln de ellas aparece en el manifiesto.</numerusform>
            <numerusform>%Ln de ellas aparecen en el manifiesto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln manifest row(s) name no recording in this folder.</source>
        <translation>
            <numerusform>%Ln fila del manifiesto no corresponde a ninguna grabación de esta carpeta.</numerusform>
            <numerusform>%Ln filas del manifiesto no corresponden a ninguna grabación de esta carpeta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns Coachbench does not know and will ignore: %1.</source>
        <translation>Columnas que Coachbench no conoce y que ignorará: %1.</translation>
    </message>
    <message>
        <source>The recordings folder %1 does not exist.</source>
        <translation>La carpeta de grabaciones %1 no existe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>cola</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>felt heard</source>
        <translation>se sintió escuchado</translation>
    </message>
    <message>
        <source>first-contact resolution</source>
        <translation>resolución en el primer contacto</translation>
    </message>
    <message>
        <source>repeat contact</source>
        <translation>contacto repetido</translation>
    </message>
    <message>
        <source>handle time</source>
        <translation>tiempo de gestión</translation>
    </message>
    <message>
        <source>agent channel</source>
        <translation>canal del agente</translation>
    </message>
</context>
<context>
    <name>ManifestReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: the manifest is empty</source>
        <translation>%1: el manifiesto está vacío</translation>
    </message>
    <message>
        <source>%1: no column names the recording; the header row needs a column called “file” (or “filename”, “recording”, “path”)</source>
        <translation>%1: ninguna columna indica la grabación; la fila de cabecera necesita una columna llamada «file» (o «filename», «recording», «path»)</translation>
    </message>
    <message>
        <source>%1: line %2: %3 “%4” is not %5</source>
        <translation>%1: línea %2: %3 «%4» no es válido; se esperaba %5</translation>
    </message>
    <message>
        <source>a date and time (expected e.g. 2026-11-24T09:30:00+01:00)</source>
        <translation>una fecha y hora (p. ej., 2026-11-24T09:30:00+01:00)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>«yes» o «no»</translation>
    </message>
    <message>
        <source>a time in seconds or m:ss</source>
        <translation>un tiempo en segundos o m:ss</translation>
    </message>
    <message>
        <source>left or right</source>
        <translation>«left» o «right»</translation>
    </message>
    <message>
        <source>%1: line %2: no recording file is named; the row is ignored</source>
        <translation>%1: línea %2: no se indica ningún archivo de grabación; se ignora la fila</translation>
    </message>
    <message>
        <source>%1: line %2: “%3” is listed twice; the first row is used</source>
        <translation>%1: línea %2: «%3» aparece dos veces; se usa la primera fila</translation>
    </message>
</context>
<context>
    <name>MeetingNotesDialog</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>%1 · %2 · with %3</source>
        <translation>%1 · %2 · con %3</translation>
    </message>
    <message>
        <source>&amp;Huddle</source>
        <translation>Reunión b&amp;reve</translation>
    </message>
    <message>
        <source>&amp;Well-being</source>
        <translation>&amp;Bienestar</translation>
    </message>
    <message>
        <source>Action &amp;Items</source>
        <translation>&amp;Tareas</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Llamadas</translation>
    </message>
    <message>
        <source>1 · Drained</source>
        <translation>1 · Agotado</translation>
    </message>
    <message>
        <source>2 · Low</source>
        <translation>2 · Bajo de energía</translation>
    </message>
    <message>
        <source>3 · Okay</source>
        <translation>3 · Normal</translation>
    </message>
    <message>
        <source>4 · Good</source>
        <translation>4 · Bien</translation>
    </message>
    <message>
        <source>5 · Energised</source>
        <translation>5 · Con mucha energía</translation>
    </message>
    <message>
        <source>1 · Light</source>
        <translation>1 · Ligera</translation>
    </message>
    <message>
        <source>2 · Comfortable</source>
        <translation>2 · Cómoda</translation>
    </message>
    <message>
        <source>3 · Full</source>
        <translation>3 · Completa</translation>
    </message>
    <message>
        <source>4 · Heavy</source>
        <translation>4 · Pesada</translation>
    </message>
    <message>
        <source>5 · Overwhelming</source>
        <translation>5 · Abrumadora</translation>
    </message>
    <message>
        <source>How are they doing? Private: never exported.</source>
        <translation>¿Cómo se encuentra? Privado: nunca se exporta.</translation>
    </message>
    <message>
        <source>&amp;Energy:</source>
        <translation>E&amp;nergía:</translation>
    </message>
    <message>
        <source>Wor&amp;kload:</source>
        <translation>&amp;Carga de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>One success</source>
        <translation>Un logro</translation>
    </message>
    <message>
        <source>One struggle</source>
        <translation>Una dificultad</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Something agreed, e.g. “Listen back to Tuesday’s refund call”</source>
        <translation>Algo acordado, p. ej., «Volver a escuchar la llamada de reembolso del martes»</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Open items come back at the next meeting of the series, marked “carried”. Tick an item when it is done.</source>
        <translation>Las tareas abiertas vuelven a aparecer en la siguiente reunión de la serie, marcadas como «trasladada». Marque una tarea cuando esté hecha.</translation>
    </message>
    <message>
        <source>Calls to discuss</source>
        <translation>Llamadas que comentar</translation>
    </message>
    <message>
        <source>&amp;Link Call…</source>
        <translation>&amp;Vincular llamada…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1  (carried from %2)</source>
        <translation>%1  (trasladada del %2)</translation>
    </message>
    <message>
        <source>Still open from an earlier meeting of this series</source>
        <translation>Pendiente de una reunión anterior de esta serie</translation>
    </message>
    <message>
        <source>No action items yet.</source>
        <translation>Aún no hay tareas.</translation>
    </message>
</context>
<context>
    <name>OccurrenceMover</name>
    <message>
        <source>The meeting “%1” is no longer in the library</source>
        <translation>La reunión «%1» ya no está en la biblioteca</translation>
    </message>
    <message>
        <source>“%1” cannot be moved into the past</source>
        <translation>«%1» no se puede mover al pasado</translation>
    </message>
    <message>
        <source>“%1” was not moved: %2</source>
        <translation>«%1» no se ha movido: %2</translation>
    </message>
</context>
<context>
    <name>PeaksCommand</name>
    <message>
        <source>Compute a recording&apos;s waveform peaks and speech activity, without a library</source>
        <translation>Calcular los picos de la forma de onda y la actividad de voz de una grabación, sin biblioteca</translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation>Una grabación.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Write the peaks to FILE: JSON when its name ends in .json, else binary (little-endian: &quot;CBPEAKS\0&quot;, u32 version 1, u32 channels, u32 sample rate, i64 frames, u32 levels; per level u32 samples per bin, i64 bins, then per channel bins × (i8 min, i8 max)).</source>
        <translation>Escribir los picos en ARCHIVO: JSON si su nombre termina en .json; si no, binario (little-endian: &quot;CBPEAKS\0&quot;, u32 versión 1, u32 canales, u32 frecuencia de muestreo, i64 fotogramas, u32 niveles; por nivel, u32 muestras por bin, i64 bins y luego, por canal, bins × (i8 mín., i8 máx.)).</translation>
    </message>
    <message>
        <source>Print the summary as a JSON object, with the speech ranges.</source>
        <translation>Mostrar el resumen como objeto JSON, con los tramos de voz.</translation>
    </message>
    <message>
        <source>Analyse again even when the analysis is cached, and cache the result.</source>
        <translation>Volver a analizar aunque el análisis esté en caché, y guardar el resultado en caché.</translation>
    </message>
    <message>
        <source>Analyse without reading or writing the cache.</source>
        <translation>Analizar sin leer ni escribir la caché.</translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation>error: indique una grabación</translation>
    </message>
    <message>
        <source>Analysing %1… %2%</source>
        <translation>Analizando %1… %2 %</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>error: %1 cannot be written: %2</source>
        <translation>error: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>channel %1: %2 s</source>
        <translation>canal %1: %2 s</translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation>Archivo:             %1</translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation>Duración:            %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation>Canales:             %1</translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation>Frec. de muestreo:   %1 Hz</translation>
    </message>
    <message>
        <source>Levels:      %1 (%2 samples per bin)</source>
        <translation>Niveles:             %1 (%2 muestras por bin)</translation>
    </message>
    <message>
        <source>Bins:        %1</source>
        <translation>Bins:                %1</translation>
    </message>
    <message>
        <source>Speech:      %1</source>
        <translation>Voz:                 %1</translation>
    </message>
    <message>
        <source>Talk ratio:  %1</source>
        <translation>Proporción de habla: %1</translation>
    </message>
    <message>
        <source>%1 (channel 1&apos;s share of all speech)</source>
        <translation>%1 (proporción del canal 1 sobre toda la voz)</translation>
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
        <translation>Un equipo necesita un nombre</translation>
    </message>
    <message>
        <source>A rep needs a name</source>
        <translation>Un agente necesita un nombre</translation>
    </message>
</context>
<context>
    <name>PlaybackStateRepository</name>
    <message>
        <source>%1: call %2 is not in the library</source>
        <translation>%1: la llamada %2 no está en la biblioteca</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Show what Coachbench reads from a recording, without a library</source>
        <translation>Mostrar lo que Coachbench lee de una grabación, sin biblioteca</translation>
    </message>
    <message>
        <source>A recording.</source>
        <translation>Una grabación.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation>Mostrar un objeto JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: name one recording to probe</source>
        <translation>error: indique una grabación que examinar</translation>
    </message>
    <message>
        <source>File:        %1</source>
        <translation>Archivo:             %1</translation>
    </message>
    <message>
        <source>Length:      %1 (%2 ms)</source>
        <translation>Duración:            %1 (%2 ms)</translation>
    </message>
    <message>
        <source>Channels:    %1</source>
        <translation>Canales:             %1</translation>
    </message>
    <message>
        <source>Sample rate: %1 Hz</source>
        <translation>Frec. de muestreo:   %1 Hz</translation>
    </message>
    <message>
        <source>Codec:       %1 (%2)</source>
        <translation>Códec:               %1 (%2)</translation>
    </message>
    <message>
        <source>Container:   %1</source>
        <translation>Contenedor:          %1</translation>
    </message>
    <message>
        <source>Bit rate:    %1 kbit/s</source>
        <translation>Tasa de bits:        %1 kbit/s</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital:      %1</translation>
    </message>
</context>
<context>
    <name>RecordingAnalyzer</name>
    <message>
        <source>The analysis of %1 was cancelled.</source>
        <translation>Se ha cancelado el análisis de %1.</translation>
    </message>
    <message>
        <source>%1 contains no audio that can be decoded; the file may be damaged or truncated (%2).</source>
        <translation>%1 no contiene audio que se pueda decodificar; el archivo puede estar dañado o truncado (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be analysed: out of memory.</source>
        <translation>No se puede analizar %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1 has %2 channels at %3 Hz, which Coachbench cannot analyse.</source>
        <translation>%1 tiene %2 canales a %3 Hz, que Coachbench no puede analizar.</translation>
    </message>
    <message>
        <source>%1 decodes to samples in a format Coachbench cannot read (%2).</source>
        <translation>%1 se decodifica en muestras con un formato que Coachbench no puede leer (%2).</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>The repeat rule “%1” is not a valid RRULE (%2)</source>
        <translation>La regla de repetición «%1» no es una RRULE válida (%2)</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Zona horaria «%1» desconocida</translation>
    </message>
    <message>
        <source>The series has no start</source>
        <translation>La serie no tiene inicio</translation>
    </message>
    <message>
        <source>The repeat rule “%1” never ends; add COUNT=… or UNTIL=… so the series has a last meeting</source>
        <translation>La regla de repetición «%1» no termina nunca; añada COUNT=… o UNTIL=… para que la serie tenga una última reunión</translation>
    </message>
    <message>
        <source>The repeat rule “%1” starting %2 gives no meeting at all</source>
        <translation>La regla de repetición «%1» a partir de %2 no da ninguna reunión</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar date or time</source>
        <translation>«%1» no es una fecha ni una hora de iCalendar</translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot be expanded (%2)</source>
        <translation>No se puede expandir la regla de repetición «%1» (%2)</translation>
    </message>
    <message>
        <source>The repeat rule “%1” cannot start at %2 (%3)</source>
        <translation>La regla de repetición «%1» no puede empezar el %2 (%3)</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <source>Delete Annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Cannot open this call</source>
        <translation>No se puede abrir esta llamada</translation>
    </message>
    <message>
        <source>This call is no longer in the library.</source>
        <translation>Esta llamada ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1 is no longer there. It was moved, renamed or deleted since the import; import it again from its new place to relink it.</source>
        <translation>No se puede reproducir la grabación: %1 ya no está ahí. Se ha movido, renombrado o eliminado desde la importación; impórtela de nuevo desde su nueva ubicación para volver a vincularla.</translation>
    </message>
    <message>
        <source>Recording not found</source>
        <translation>No se encuentra la grabación</translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation>Leyendo la forma de onda…</translation>
    </message>
    <message>
        <source>Reading the waveform… %1%</source>
        <translation>Leyendo la forma de onda… %1 %</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Sin forma de onda: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audacity labels (*.txt)</source>
        <translation>Etiquetas de Audacity (*.txt)</translation>
    </message>
    <message>
        <source>ELAN annotation (*.eaf)</source>
        <translation>Anotación de ELAN (*.eaf)</translation>
    </message>
    <message>
        <source>Praat TextGrid (*.TextGrid)</source>
        <translation>TextGrid de Praat (*.TextGrid)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>No call open</source>
        <translation>No hay ninguna llamada abierta</translation>
    </message>
    <message>
        <source>Open a call from the Library: double-click it, press Enter, or choose Open for Review.</source>
        <translation>Abra una llamada desde la biblioteca: haga doble clic en ella, pulse Intro o elija «Abrir para revisión».</translation>
    </message>
    <message>
        <source>Go to the Library</source>
        <translation>Ir a la biblioteca</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>M marks the moment, a tag&apos;s key tags it, Delete removes the selected one</source>
        <translation>M marca el momento, la tecla de una etiqueta lo etiqueta y Supr elimina la anotación seleccionada</translation>
    </message>
    <message>
        <source>Play or Pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Back 10 Seconds, or Slower While Fast</source>
        <translation>Retroceder 10 segundos, o más despacio si va rápido</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play, or Faster While Playing</source>
        <translation>Reproducir, o más rápido durante la reproducción</translation>
    </message>
    <message>
        <source>Mark This Moment</source>
        <translation>Marcar este momento</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Previous Annotation</source>
        <translation>Anotación anterior</translation>
    </message>
    <message>
        <source>Next Annotation</source>
        <translation>Anotación siguiente</translation>
    </message>
    <message>
        <source>Loop the Selection</source>
        <translation>Repetir la selección en bucle</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom to Fit</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save this call&apos;s annotations as CSV, Audacity labels, ELAN or Praat TextGrid</source>
        <translation>Guardar las anotaciones de esta llamada como CSV, etiquetas de Audacity, ELAN o TextGrid de Praat</translation>
    </message>
</context>
<context>
    <name>ScheduleAddCommand</name>
    <message>
        <source>Add a session or a series, checked for conflicts first</source>
        <translation>Añadir una sesión o una serie, comprobando antes los conflictos</translation>
    </message>
    <message>
        <source>one-on-one, buddy-debrief or huddle.</source>
        <translation>one-on-one, buddy-debrief o huddle.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>A participant, by name; repeat for several.</source>
        <translation>Un participante, por nombre; repita la opción para varios.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The first meeting, local time in --tz (YYYY-MM-DDTHH:MM).</source>
        <translation>La primera reunión, en hora local de --tz (YYYY-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Duración en minutos.</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>IANA time zone the series follows (default: this machine&apos;s).</source>
        <translation>Zona horaria IANA de la serie (predeterminada: la de este equipo).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>Repeat rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=10.</source>
        <translation>Regla de repetición (RFC 5545), p. ej., FREQ=WEEKLY;INTERVAL=2;COUNT=10.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Title shown in calendars.</source>
        <translation>Título que se muestra en los calendarios.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>A room or a meeting link.</source>
        <translation>Una sala o un enlace a la reunión.</translation>
    </message>
    <message>
        <source>What the invitation says (never the private notes).</source>
        <translation>Lo que dice la invitación (nunca las notas privadas).</translation>
    </message>
    <message>
        <source>Organiser&apos;s name.</source>
        <translation>Nombre del organizador.</translation>
    </message>
    <message>
        <source>Organiser&apos;s e-mail.</source>
        <translation>Correo electrónico del organizador.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Save even if it overlaps other meetings or busy time.</source>
        <translation>Guardar aunque se solape con otras reuniones o con tiempo ocupado.</translation>
    </message>
    <message>
        <source>Print the stored session as JSON.</source>
        <translation>Mostrar la sesión guardada como JSON.</translation>
    </message>
    <message>
        <source>error: --kind is one-on-one, buddy-debrief or huddle, not “%1”</source>
        <translation>error: --kind es one-on-one, buddy-debrief o huddle, no «%1»</translation>
    </message>
    <message>
        <source>error: unknown time zone “%1”</source>
        <translation>error: zona horaria «%1» desconocida</translation>
    </message>
    <message>
        <source>error: a session needs --start and at least one --rep</source>
        <translation>error: una sesión necesita --start y al menos un --rep</translation>
    </message>
    <message>
        <source>error: --start “%1” is not a time (YYYY-MM-DDTHH:MM)</source>
        <translation>error: --start «%1» no es una fecha y hora (YYYY-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <source>error: --duration takes a number of minutes</source>
        <translation>error: --duration espera un número de minutos</translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation>error: no hay ningún agente «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation>Reunión breve semanal del equipo</translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation>Charla con el compañero: %1</translation>
    </message>
    <message>
        <source>One-on-one: %1</source>
        <translation>Reunión individual: %1</translation>
    </message>
    <message>
        <source>Added session %1 “%2” (UID %3)</source>
        <translation>Sesión %1 «%2» añadida (UID %3)</translation>
    </message>
</context>
<context>
    <name>ScheduleCommand</name>
    <message>
        <source>Plan one-on-ones, buddy debriefs and huddles; .ics in and out</source>
        <translation>Planificar reuniones individuales, charlas con el compañero y reuniones breves del equipo; importación y exportación de .ics</translation>
    </message>
    <message>
        <source>One of:%1</source>
        <translation>Una de:%1</translation>
    </message>
    <message>
        <source>VERB [options]</source>
        <translation>ACCIÓN [opciones]</translation>
    </message>
    <message>
        <source>error: say what to do: add, list, export-ics or import-ics</source>
        <translation>error: indique qué hacer: add, list, export-ics o import-ics</translation>
    </message>
    <message>
        <source>error: unknown schedule verb “%1”; use add, list, export-ics or import-ics</source>
        <translation>error: acción de schedule «%1» desconocida; use add, list, export-ics o import-ics</translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Move Meeting</source>
        <translation>Mover reunión</translation>
    </message>
    <message>
        <source>“%1” repeats. Move only this meeting, or every meeting of the series?</source>
        <translation>«%1» se repite. ¿Mover solo esta reunión o todas las reuniones de la serie?</translation>
    </message>
    <message>
        <source>This &amp;Meeting</source>
        <translation>Solo esta &amp;reunión</translation>
    </message>
    <message>
        <source>The Whole &amp;Series</source>
        <translation>Toda la &amp;serie</translation>
    </message>
    <message>
        <source>“%1” would conflict at the new time.</source>
        <translation>«%1» tendría un conflicto en la nueva hora.</translation>
    </message>
    <message>
        <source>&amp;Move Anyway</source>
        <translation>&amp;Mover de todos modos</translation>
    </message>
    <message>
        <source>Coachbench: meeting reminders</source>
        <translation>Coachbench: recordatorios de reuniones</translation>
    </message>
    <message>
        <source>That session is no longer in the library.</source>
        <translation>Esa sesión ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Moved “%1” to %2</source>
        <translation>Se ha movido «%1» a %2</translation>
    </message>
    <message>
        <source>Open &amp;Notes…</source>
        <translation>&amp;Abrir notas…</translation>
    </message>
    <message>
        <source>&amp;Edit Series…</source>
        <translation>&amp;Editar serie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;Held</source>
        <translation>Marcar como ce&amp;lebrada</translation>
    </message>
    <message>
        <source>&amp;Cancel This Meeting</source>
        <translation>&amp;Cancelar esta reunión</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting</source>
        <translation>&amp;Cancelar reunión</translation>
    </message>
    <message>
        <source>Mark &amp;Planned</source>
        <translation>Marcar como &amp;planificada</translation>
    </message>
    <message>
        <source>&amp;Delete Series…</source>
        <translation>Eliminar &amp;serie…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Elimi&amp;nar…</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete every meeting of “%1”, with their notes?</source>
        <translation>¿Eliminar todas las reuniones de «%1», con sus notas?</translation>
    </message>
    <message>
        <source>Delete “%1” and its notes?</source>
        <translation>¿Eliminar «%1» y sus notas?</translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>No se ha podido eliminar «%1».</translation>
    </message>
    <message>
        <source>Meeting Notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>The notes of “%1” cannot be read.</source>
        <translation>No se pueden leer las notas de «%1».</translation>
    </message>
    <message>
        <source>Buddy Pairs</source>
        <translation>Parejas de compañeros</translation>
    </message>
    <message>
        <source>The teams cannot be read.</source>
        <translation>No se pueden leer los equipos.</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Every pair has met: the rotation starts again.</source>
        <translation>Todas las parejas se han reunido: la rotación vuelve a empezar.</translation>
    </message>
    <message>
        <source>Round %1 of the rotation; nobody repeats a buddy before every pair has met.</source>
        <translation>Ronda %1 de la rotación; nadie repite compañero hasta que todas las parejas se hayan reunido.</translation>
    </message>
    <message>
        <source>Buddy debrief: %1 and %2</source>
        <translation>Charla con el compañero: %1 y %2</translation>
    </message>
    <message>
        <source>A debrief after a tough shift on %1.</source>
        <translation>Una charla tras un turno difícil el %1.</translation>
    </message>
    <message>
        <source>Scheduled “%1” for %2</source>
        <translation>Se ha programado «%1» para %2</translation>
    </message>
    <message>
        <source>coachbench-schedule</source>
        <translation>coachbench-planificacion</translation>
    </message>
    <message>
        <source>Export Schedule</source>
        <translation>Exportar planificación</translation>
    </message>
    <message>
        <source>Export the whole schedule, or only “%1”?</source>
        <translation>¿Exportar toda la planificación o solo «%1»?</translation>
    </message>
    <message>
        <source>&amp;Whole Schedule</source>
        <translation>&amp;Toda la planificación</translation>
    </message>
    <message>
        <source>This &amp;Series</source>
        <translation>Esta &amp;serie</translation>
    </message>
    <message>
        <source>Export Schedule as iCalendar</source>
        <translation>Exportar planificación como iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Coachbench could not export the schedule to “%1”.</source>
        <translation>Coachbench no ha podido exportar la planificación a «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n evento a %1</numerusform>
            <numerusform>Se exportaron %n eventos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics *.ical *.ifb);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>How should Coachbench use the events in “%1”?</source>
        <translation>¿Cómo debe usar Coachbench los eventos de «%1»?</translation>
    </message>
    <message>
        <source>As busy time, they only mark when you are not free, so new sessions avoid them; importing the file again replaces them.
As sessions, they become one-on-ones, debriefs or huddles you can edit and keep notes for.</source>
        <translation>Como tiempo ocupado, solo marcan cuándo no está disponible, para que las nuevas sesiones los eviten; al volver a importar el archivo, se sustituyen.
Como sesiones, se convierten en reuniones individuales, charlas o reuniones breves del equipo que puede editar y en las que puede tomar notas.</translation>
    </message>
    <message>
        <source>As &amp;Busy Time</source>
        <translation>Como tiempo &amp;ocupado</translation>
    </message>
    <message>
        <source>As &amp;Sessions</source>
        <translation>Como &amp;sesiones</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>Coachbench could not import “%1”; nothing was changed.</source>
        <translation>Coachbench no ha podido importar «%1»; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Import &amp;Anyway</source>
        <translation>&amp;Importar de todos modos</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n busy time block(s) from %1</source>
        <translation>
            <numerusform>Se importó %n bloque de tiempo ocupado de %1</numerusform>
            <numerusform>Se importaron %n bloques de tiempo ocupado de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 from %2: %n session(s) added</source>
        <translation>
            <numerusform>Importado de %2: %1; %n sesión añadida</numerusform>
            <numerusform>Importado de %2: %1; %n sesiones añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n actualizada</numerusform>
            <numerusform>, %n actualizadas</numerusform>
        </translation>
    </message>
    <message>
        <source>This start has already passed; choose a later one.</source>
        <translation>Este inicio ya ha pasado; elija uno posterior.</translation>
    </message>
    <message>
        <source>this time has passed</source>
        <translation>esta hora ya ha pasado</translation>
    </message>
    <message>
        <source>A meeting cannot be moved into the past.</source>
        <translation>Una reunión no se puede mover al pasado.</translation>
    </message>
    <message>
        <source>Choose a time after now (%1).</source>
        <translation>Elija una hora posterior a la actual (%1).</translation>
    </message>
    <message>
        <source>“%1” was not moved.</source>
        <translation>«%1» no se ha movido.</translation>
    </message>
</context>
<context>
    <name>ScheduleExportCommand</name>
    <message>
        <source>Write every session, or one series, as an .ics file</source>
        <translation>Escribir todas las sesiones, o una serie, como archivo .ics</translation>
    </message>
    <message>
        <source>Only this session or series (its id from “schedule list”).</source>
        <translation>Solo esta sesión o serie (su id de «schedule list»).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>El archivo .ics que se escribirá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>error: say where to write with --out FILE</source>
        <translation>error: indique dónde escribir con --out ARCHIVO</translation>
    </message>
    <message>
        <source>error: --series takes a session id</source>
        <translation>error: --series espera un id de sesión</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Se escribió %n evento en %1</numerusform>
            <numerusform>Se escribieron %n eventos en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFormat</name>
    <message>
        <source>One-on-one</source>
        <translation>Reunión individual</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Charla con el compañero</translation>
    </message>
    <message>
        <source>Huddle</source>
        <translation>Reunión breve del equipo</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>Agente %1</translation>
    </message>
</context>
<context>
    <name>ScheduleImportCommand</name>
    <message>
        <source>Read an .ics file as busy time or as sessions (all or nothing)</source>
        <translation>Leer un archivo .ics como tiempo ocupado o como sesiones (todo o nada)</translation>
    </message>
    <message>
        <source>The .ics file.</source>
        <translation>El archivo .ics.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Store its events as busy time for conflict checks (the default).</source>
        <translation>Guardar sus eventos como tiempo ocupado para comprobar conflictos (predeterminado).</translation>
    </message>
    <message>
        <source>Store its events as sessions.</source>
        <translation>Guardar sus eventos como sesiones.</translation>
    </message>
    <message>
        <source>Whose busy time it is (default: the organiser&apos;s).</source>
        <translation>De quién es el tiempo ocupado (predeterminado: del organizador).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Busy time from this day (YYYY-MM-DD; default today).</source>
        <translation>Tiempo ocupado desde este día (YYYY-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Busy time up to this day (YYYY-MM-DD; default a year on).</source>
        <translation>Tiempo ocupado hasta este día (YYYY-MM-DD; predeterminado: un año después).</translation>
    </message>
    <message>
        <source>Sessions: accept meetings that are over.</source>
        <translation>Sesiones: aceptar reuniones que ya han pasado.</translation>
    </message>
    <message>
        <source>Sessions: accept overlapping meetings.</source>
        <translation>Sesiones: aceptar reuniones que se solapan.</translation>
    </message>
    <message>
        <source>Print what was stored as JSON.</source>
        <translation>Mostrar lo guardado como JSON.</translation>
    </message>
    <message>
        <source>error: name one .ics file</source>
        <translation>error: indique un archivo .ics</translation>
    </message>
    <message>
        <source>error: choose --as-busy or --as-sessions, not both</source>
        <translation>error: elija --as-busy o --as-sessions, no ambas</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>error: --%1 «%2» no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: there is no rep “%1” in the library</source>
        <translation>error: no hay ningún agente «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>%1: %2 event(s), %3 busy block(s) stored</source>
        <translation>%1: eventos: %2; bloques de tiempo ocupado guardados: %3</translation>
    </message>
    <message>
        <source>%1: %2 session(s) added, %3 updated</source>
        <translation>%1: sesiones añadidas: %2; actualizadas: %3</translation>
    </message>
</context>
<context>
    <name>ScheduleListCommand</name>
    <message>
        <source>List meetings in a date range, series expanded, conflicts marked</source>
        <translation>Listar las reuniones de un intervalo de fechas, con las series expandidas y los conflictos marcados</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD; default today).</source>
        <translation>Primer día (YYYY-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD; default two weeks on).</source>
        <translation>Último día, incluido (YYYY-MM-DD; predeterminado: dentro de dos semanas).</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: --%1 “%2” is not a date (YYYY-MM-DD)</source>
        <translation>error: --%1 «%2» no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>error: --to is before --from</source>
        <translation>error: --to es anterior a --from</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Previous Week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Next Week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Plan a one-on-one, a buddy debrief or a huddle</source>
        <translation>Planificar una reunión individual, una charla con el compañero o una reunión breve del equipo</translation>
    </message>
    <message>
        <source>Propose &amp;Buddy Pairs…</source>
        <translation>Proponer parejas de &amp;compañeros…</translation>
    </message>
    <message>
        <source>Pair reps up for a month, rotating so nobody repeats a buddy too soon</source>
        <translation>Formar parejas de agentes para un mes, rotando para que nadie repita compañero demasiado pronto</translation>
    </message>
    <message>
        <source>Import &amp;Calendar…</source>
        <translation>&amp;Importar calendario…</translation>
    </message>
    <message>
        <source>Read an .ics file as busy time or as sessions</source>
        <translation>Leer un archivo .ics como tiempo ocupado o como sesiones</translation>
    </message>
    <message>
        <source>&amp;Export Schedule as iCalendar…</source>
        <translation>E&amp;xportar planificación como iCalendar…</translation>
    </message>
    <message>
        <source>Write the schedule, or the selected series, as an .ics file for Outlook, Google Calendar or Thunderbird</source>
        <translation>Escribir la planificación, o la serie seleccionada, como archivo .ics para Outlook, Google Calendar o Thunderbird</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>&amp;Calendar File</source>
        <translation>Archivo de ca&amp;lendario</translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Próximas reuniones</translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation>No hay nada planificado</translation>
    </message>
    <message>
        <source>Set up a recurring one-on-one with each rep, a buddy debrief or the weekly huddle.</source>
        <translation>Configure una reunión individual periódica con cada agente, una charla con el compañero o la reunión breve semanal del equipo.</translation>
    </message>
    <message>
        <source>Suggested debriefs</source>
        <translation>Charlas sugeridas</translation>
    </message>
    <message>
        <source>No tough shifts lately: no debriefs to suggest.</source>
        <translation>No ha habido turnos difíciles últimamente: no hay charlas que sugerir.</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>&amp;Debriefs after a tough shift</source>
        <translation>Charlas tras un turno &amp;difícil</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Schedule Debrief</source>
        <translation>Programar charla</translation>
    </message>
</context>
<context>
    <name>ScheduleReminder</name>
    <message numerus="yes">
        <source>%1 in %n minute(s)</source>
        <translation>
            <numerusform>%1 en %n minuto</numerusform>
            <numerusform>%1 en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 starts now</source>
        <translation>%1 empieza ahora</translation>
    </message>
    <message>
        <source>Open for %1:</source>
        <translation>Pendiente para %1:</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The session “%1” has no start</source>
        <translation>La sesión «%1» no tiene inicio</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours, not %1 minutes</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas, no %1 minutos</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”</source>
        <translation>Zona horaria «%1» desconocida</translation>
    </message>
    <message>
        <source>The session “%1” has no participants</source>
        <translation>La sesión «%1» no tiene participantes</translation>
    </message>
    <message>
        <source>A buddy debrief needs two reps</source>
        <translation>Una charla con el compañero necesita dos agentes</translation>
    </message>
    <message>
        <source>“%1” would start in the past (%2); choose a later start</source>
        <translation>«%1» empezaría en el pasado (%2); elija un inicio posterior</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>«%1» no se ha guardado: %2</translation>
    </message>
    <message>
        <source>%1: the session vanished while saving</source>
        <translation>%1: la sesión ha desaparecido al guardar</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>No existe la sesión %1</translation>
    </message>
    <message>
        <source>“%1” has no meeting at %2</source>
        <translation>«%1» no tiene ninguna reunión el %2</translation>
    </message>
    <message>
        <source>A meeting cannot be moved into the past (%1)</source>
        <translation>Una reunión no se puede mover al pasado (%1)</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Find words in the transcript (Ctrl+F)</source>
        <translation>Buscar palabras en la transcripción (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in transcripts</source>
        <translation>Buscar en las transcripciones</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Buscar en</translation>
    </message>
    <message>
        <source>This call</source>
        <translation>Esta llamada</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in this call · Enter for the next</source>
        <translation>
            <numerusform>%n coincidencia en esta llamada · Intro para la siguiente</numerusform>
            <numerusform>%n coincidencias en esta llamada · Intro para la siguiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in the library</source>
        <translation>
            <numerusform>%n coincidencia en la biblioteca</numerusform>
            <numerusform>%n coincidencias en la biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find words in the transcripts, best match first</source>
        <translation>Buscar palabras en las transcripciones, primero las mejores coincidencias</translation>
    </message>
    <message>
        <source>Words (all must occur), &quot;a phrase&quot;, or a prefix ending in *.</source>
        <translation>Palabras (deben aparecer todas), &quot;una frase&quot; o un prefijo terminado en *.</translation>
    </message>
    <message>
        <source>TEXT…</source>
        <translation>TEXTO…</translation>
    </message>
    <message>
        <source>Search one call&apos;s transcript, in time order.</source>
        <translation>Buscar en la transcripción de una llamada, en orden cronológico.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>Show at most N matches (default %1).</source>
        <translation>Mostrar como máximo N coincidencias (predeterminado: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N matches, for the next page.</source>
        <translation>Omitir las primeras N coincidencias, para la página siguiente.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: say what to search for</source>
        <translation>error: indique qué buscar</translation>
    </message>
    <message>
        <source>error: --limit and --offset take a whole number, 0 or more</source>
        <translation>error: --limit y --offset esperan un número entero igual o mayor que 0</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamada %1</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
</context>
<context>
    <name>SessionEditorDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A room or a meeting link</source>
        <translation>Una sala o un enlace a la reunión</translation>
    </message>
    <message>
        <source>What the invitation says; private notes stay in the meeting notes</source>
        <translation>Lo que dice la invitación; las notas privadas se quedan en las notas de la reunión</translation>
    </message>
    <message>
        <source>f&amp;or</source>
        <translation>dura&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Reps:</source>
        <translation>&amp;Agentes:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Or&amp;den del día:</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Guardar de t&amp;odos modos</translation>
    </message>
    <message>
        <source>Keep the session even though it conflicts</source>
        <translation>Guardar la sesión aunque tenga conflictos</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>&amp;Ending after</source>
        <translation>&amp;Finaliza tras</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> reuniones</translation>
    </message>
    <message>
        <source>Ending &amp;on</source>
        <translation>Finaliza &amp;el</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Regla personalizada</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tercero</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>cuarto</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>the %1 one of each month</source>
        <translation>el %1 de cada mes</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>Reunión individual</translation>
    </message>
    <message>
        <source>One-on-one with %1</source>
        <translation>Reunión individual con %1</translation>
    </message>
    <message>
        <source>Buddy debrief</source>
        <translation>Charla con el compañero</translation>
    </message>
    <message>
        <source>Buddy debrief: %1</source>
        <translation>Charla con el compañero: %1</translation>
    </message>
    <message>
        <source>Weekly huddle</source>
        <translation>Reunión breve semanal del equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): saving is still possible with Save Anyway.</source>
        <translation>
            <numerusform>%n conflicto: aún se puede guardar con «Guardar de todos modos».</numerusform>
            <numerusform>%n conflictos: aún se puede guardar con «Guardar de todos modos».</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts with other meetings, busy time or working hours.</source>
        <translation>Sin conflictos con otras reuniones, tiempo ocupado u horario laboral.</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
</context>
<context>
    <name>SessionNotesRepository</name>
    <message>
        <source>Energy and workload are rated 1 to 5, not %1</source>
        <translation>La energía y la carga de trabajo se valoran de 1 a 5, no con %1</translation>
    </message>
    <message>
        <source>An action item needs some text</source>
        <translation>Una tarea necesita algún texto</translation>
    </message>
    <message>
        <source>%1: there is no action item %2</source>
        <translation>%1: no existe la tarea %2</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>The session was never stored</source>
        <translation>La sesión no se ha guardado nunca</translation>
    </message>
    <message>
        <source>%1: there is no session %2</source>
        <translation>%1: no existe la sesión %2</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>Show one call: its details, outcomes, tags and transcript</source>
        <translation>Mostrar una llamada: sus detalles, resultados, etiquetas y transcripción</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file.</source>
        <translation>El id de la llamada (de «coach list») o su archivo de grabación.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>LLAMADA</translation>
    </message>
    <message>
        <source>Print a JSON object (see the README for its fields).</source>
        <translation>Mostrar un objeto JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>error: indique una llamada, por id o por archivo de grabación</translation>
    </message>
    <message>
        <source>error: no call “%1” in the library</source>
        <translation>error: no hay ninguna llamada «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (no encontrada)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>%1, %2 channel(s), %3 Hz</source>
        <translation>%1, canales: %2, %3 Hz</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Felt heard</source>
        <translation>Se sintió escuchado</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Resolución 1.er contacto</translation>
    </message>
    <message>
        <source>Repeat contact</source>
        <translation>Contacto repetido</translation>
    </message>
    <message>
        <source>Handle time</source>
        <translation>Tiempo de gestión</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No transcript.</source>
        <translation>Sin transcripción.</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcripción:</translation>
    </message>
</context>
<context>
    <name>SpeakerColors</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>%1: the disk is full; nothing was changed by this step</source>
        <translation>%1: el disco está lleno; este paso no ha cambiado nada</translation>
    </message>
    <message>
        <source>%1: the library file is damaged or not a Coachbench library (%2)</source>
        <translation>%1: el archivo de biblioteca está dañado o no es una biblioteca de Coachbench (%2)</translation>
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
        <translation>%1: la transcripción está vacía</translation>
    </message>
    <message>
        <source>%1:%2: “%3” is not an SRT timing line</source>
        <translation>%1:%2: «%3» no es una línea de tiempos SRT</translation>
    </message>
    <message>
        <source>%1: not an SRT file (no timing line such as “00:00:01,000 --&gt; 00:00:02,500”)</source>
        <translation>%1: no es un archivo SRT (no hay ninguna línea de tiempos como «00:00:01,000 --&gt; 00:00:02,500»)</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>“%1” cannot be a tag shortcut: use one letter, digit or punctuation key</source>
        <translation>«%1» no puede ser un atajo de etiqueta: use una letra, un dígito o un signo de puntuación</translation>
    </message>
    <message>
        <source>“%1” cannot be a tag shortcut: playback uses it</source>
        <translation>«%1» no puede ser un atajo de etiqueta: lo usa la reproducción</translation>
    </message>
    <message>
        <source>A tag needs a label</source>
        <translation>Una etiqueta necesita un nombre</translation>
    </message>
    <message>
        <source>The tag label “%1…” is too long (at most %2 characters)</source>
        <translation>El nombre de etiqueta «%1…» es demasiado largo (como máximo %2 caracteres)</translation>
    </message>
    <message>
        <source>The tag label “%1” may not contain “|”</source>
        <translation>El nombre de etiqueta «%1» no puede contener «|»</translation>
    </message>
    <message>
        <source>There is already a tag “%1”</source>
        <translation>Ya existe una etiqueta «%1»</translation>
    </message>
    <message>
        <source>The shortcut “%1” already tags “%2”</source>
        <translation>El atajo «%1» ya asigna la etiqueta «%2»</translation>
    </message>
    <message>
        <source>“%1” is not a colour; use #rrggbb</source>
        <translation>«%1» no es un color; use #rrggbb</translation>
    </message>
    <message>
        <source>%1: tag %2 is not in the library</source>
        <translation>%1: la etiqueta %2 no está en la biblioteca</translation>
    </message>
    <message>
        <source>No tag was given</source>
        <translation>No se ha indicado ninguna etiqueta</translation>
    </message>
    <message>
        <source>No tag “%1” in the library</source>
        <translation>No hay ninguna etiqueta «%1» en la biblioteca</translation>
    </message>
    <message>
        <source>“%1” could be any of these tags: %2</source>
        <translation>«%1» podría ser cualquiera de estas etiquetas: %2</translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message>
        <source>A transcript file.</source>
        <translation>Un archivo de transcripción.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print the cues as a JSON array (see the README for its fields).</source>
        <translation>Mostrar los segmentos como array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: name one transcript file</source>
        <translation>error: indique un archivo de transcripción</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n cue(s)</source>
        <translation>
            <numerusform>%1: %2, %n segmento</numerusform>
            <numerusform>%1: %2, %n segmentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Show how a transcript file is read (WebVTT, SRT, Whisper or Amazon JSON)</source>
        <translation>Mostrar cómo se lee un archivo de transcripción (WebVTT, SRT, Whisper o Amazon JSON)</translation>
    </message>
</context>
<context>
    <name>TranscriptInput</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: la transcripción está vacía</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation>%1:%2: no es JSON válido (%3)</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
</context>
<context>
    <name>TranscriptReader</name>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: la transcripción está vacía</translation>
    </message>
    <message>
        <source>%1: a JSON file Coachbench does not read as a transcript (expected Whisper’s “segments” or Amazon Transcribe’s “results”)</source>
        <translation>%1: un archivo JSON que Coachbench no lee como transcripción (se esperaba «segments» de Whisper o «results» de Amazon Transcribe)</translation>
    </message>
    <message>
        <source>%1: not a transcript Coachbench reads (WebVTT, SRT, Whisper JSON or Amazon Transcribe JSON)</source>
        <translation>%1: no es una transcripción que Coachbench pueda leer (WebVTT, SRT, Whisper JSON o Amazon Transcribe JSON)</translation>
    </message>
</context>
<context>
    <name>TranscriptRepository</name>
    <message>
        <source>Call %1 has no transcript</source>
        <translation>La llamada %1 no tiene transcripción</translation>
    </message>
    <message>
        <source>The transcript of call %1 has no speaker “%2”</source>
        <translation>La transcripción de la llamada %1 no tiene ningún hablante «%2»</translation>
    </message>
</context>
<context>
    <name>TranscriptSearch</name>
    <message>
        <source>%1: searching the transcripts for “%2” failed (%3)</source>
        <translation>%1: ha fallado la búsqueda de «%2» en las transcripciones (%3)</translation>
    </message>
    <message>
        <source>%1: searching call %2 for “%3” failed (%4)</source>
        <translation>%1: ha fallado la búsqueda de «%3» en la llamada %2 (%4)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>Anotación anterior</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>Anotación siguiente</translation>
    </message>
    <message>
        <source>Loop the selection</source>
        <translation>Repetir la selección en bucle</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Playback speed; the pitch stays the same</source>
        <translation>Velocidad de reproducción; el tono no cambia</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Listen to both sides, or only the agent or the customer</source>
        <translation>Escuchar a ambas partes, o solo al agente o al cliente</translation>
    </message>
    <message>
        <source>Hear</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambas partes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>S&amp;kip silence ≥</source>
        <translation>&amp;Omitir silencios ≥</translation>
    </message>
    <message>
        <source>Jump over stretches where both sides are quiet</source>
        <translation>Saltar los tramos en los que ambas partes están en silencio</translation>
    </message>
    <message>
        <source>Shortest silence to skip</source>
        <translation>Silencio más corto que se omite</translation>
    </message>
    <message>
        <source>Skip only silences at least this long</source>
        <translation>Omitir solo los silencios de al menos esta duración</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Loop the selection (%1)</source>
        <translation>Repetir la selección en bucle (%1)</translation>
    </message>
    <message>
        <source>Drag across the waveform to select a stretch to loop</source>
        <translation>Arrastre sobre la forma de onda para seleccionar un tramo que repetir</translation>
    </message>
    <message>
        <source>Available once the recording has been analysed</source>
        <translation>Disponible cuando se haya analizado la grabación</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Click to play from there, drag to select a stretch; Ctrl+wheel zooms</source>
        <translation>Haga clic para reproducir desde ahí, arrastre para seleccionar un tramo; Ctrl+rueda para ampliar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>WebVttReader</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: no se puede leer (%2)</translation>
    </message>
    <message>
        <source>%1: the transcript is empty</source>
        <translation>%1: la transcripción está vacía</translation>
    </message>
    <message>
        <source>%1: not a WebVTT file (the first line must be “WEBVTT”)</source>
        <translation>%1: no es un archivo WebVTT (la primera línea debe ser «WEBVTT»)</translation>
    </message>
    <message>
        <source>%1: the WebVTT file holds no cues</source>
        <translation>%1: el archivo WebVTT no contiene segmentos</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movida</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflicto: %1</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Movida desde %1</translation>
    </message>
    <message>
        <source>Conflicts with another meeting, busy time or working hours</source>
        <translation>Conflicto con otra reunión, tiempo ocupado u horario laboral</translation>
    </message>
</context>
<context>
    <name>WhisperJsonReader</name>
    <message>
        <source>%1: not a Whisper transcript (it has no “segments” list)</source>
        <translation>%1: no es una transcripción de Whisper (no contiene la lista «segments»)</translation>
    </message>
    <message>
        <source>%1: segment %2 has no valid “start” and “end” time in seconds</source>
        <translation>%1: el segmento %2 no tiene tiempos «start» y «end» válidos en segundos</translation>
    </message>
    <message>
        <source>%1: the Whisper transcript holds no segments</source>
        <translation>%1: la transcripción de Whisper no contiene segmentos</translation>
    </message>
</context>
<context>
    <name>coach::PlaybackWorker</name>
    <message>
        <source>%1 cannot be played: there is no audio output device. Check that a sound card or headset is connected and that the sound server (PulseAudio or PipeWire) is running.</source>
        <translation>No se puede reproducir %1: no hay ningún dispositivo de salida de audio. Compruebe que haya una tarjeta de sonido o unos auriculares conectados y que el servidor de sonido (PulseAudio o PipeWire) esté en marcha.</translation>
    </message>
    <message>
        <source>%1 stopped playing: the audio output &quot;%2&quot; failed.</source>
        <translation>Se ha detenido la reproducción de %1: ha fallado la salida de audio «%2».</translation>
    </message>
    <message>
        <source>%1 cannot be played: the audio output device refused to start.</source>
        <translation>No se puede reproducir %1: el dispositivo de salida de audio no se ha podido iniciar.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review recorded customer-service calls.</source>
        <translation>Revisar llamadas grabadas de atención al cliente.</translation>
    </message>
    <message>
        <source>Open the library &lt;file&gt;, creating it if needed.</source>
        <translation>Abrir la biblioteca &lt;archivo&gt; y crearla si hace falta.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Open the demo library, importing the demo calls on first use.</source>
        <translation>Abrir la biblioteca de demostración, importando las llamadas de demostración la primera vez.</translation>
    </message>
</context>
</TS>
