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
    <name>AnnotationImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: the tag “%3” is not in the library; nothing was imported</source>
        <translation>%1: línea %2: la etiqueta «%3» no está en la biblioteca; no se ha importado nada</translation>
    </message>
    <message>
        <source>%1: the tag “%2” is not in the library; nothing was imported</source>
        <translation>%1: la etiqueta «%2» no está en la biblioteca; no se ha importado nada</translation>
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
    <name>CaptionSidecar</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
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
    <name>ClipCommand</name>
    <message>
        <source>Cut a clip from a recording (fades, loudness, captions), without a library</source>
        <translation>Cortar un clip de una grabación (fundidos, sonoridad, subtítulos), sin biblioteca</translation>
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
        <source>Where the clip starts in the recording (seconds or m:ss).</source>
        <translation>Dónde empieza el clip en la grabación (segundos o m:ss).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>How long the clip is (seconds or m:ss).</source>
        <translation>Duración del clip (segundos o m:ss).</translation>
    </message>
    <message>
        <source>The transcript --captions comes from (WebVTT, SRT, Whisper or Amazon JSON); default: one beside FILE with the same name.</source>
        <translation>La transcripción de la que --captions toma los subtítulos (WebVTT, SRT, Whisper o Amazon JSON); predeterminada: la que está junto a ARCHIVO con el mismo nombre.</translation>
    </message>
    <message>
        <source>error: name one recording</source>
        <translation>error: indique una grabación</translation>
    </message>
    <message>
        <source>error: --start, --duration and --out are needed</source>
        <translation>error: se necesitan --start, --duration y --out</translation>
    </message>
    <message>
        <source>error: --captions needs a transcript: give --transcript FILE, or put one beside %1</source>
        <translation>error: --captions necesita una transcripción: indique --transcript ARCHIVO o coloque una junto a %1</translation>
    </message>
</context>
<context>
    <name>ClipDefaults</name>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
</context>
<context>
    <name>ClipEncoder</name>
    <message>
        <source>%1 cannot be written: there is no space left on the disk (%2).</source>
        <translation>No se puede escribir %1: no queda espacio en el disco (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be encoded: %2.</source>
        <translation>No se puede codificar %1: %2.</translation>
    </message>
    <message>
        <source>this FFmpeg has no %1 encoder</source>
        <translation>este FFmpeg no tiene el codificador %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>the %1 encoder refuses %2 Hz, %3 channel(s) (%4)</source>
        <translation>el codificador %1 rechaza %2 Hz con %3 canal(es) (%4)</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>No se puede crear %1: %2.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Se ha cancelado la escritura de %1.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificando</translation>
    </message>
</context>
<context>
    <name>ClipExportDialog</name>
    <message>
        <source>Export Clip</source>
        <translation>Exportar clip</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
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
        <translation>durante</translation>
    </message>
    <message>
        <source>Opus and MP3 are small and play in browsers and phones; WAV and FLAC keep every sample</source>
        <translation>Opus y MP3 ocupan poco y se reproducen en navegadores y teléfonos; WAV y FLAC conservan todas las muestras</translation>
    </message>
    <message>
        <source>Both voices, stereo</source>
        <translation>Ambas voces, estéreo</translation>
    </message>
    <message>
        <source>Both voices, mono</source>
        <translation>Ambas voces, mono</translation>
    </message>
    <message>
        <source>Agent only</source>
        <translation>Solo el agente</translation>
    </message>
    <message>
        <source>Customer only</source>
        <translation>Solo el cliente</translation>
    </message>
    <message>
        <source>Fade in at the start and out at the end; 0 for a hard cut</source>
        <translation>Fundido de entrada al principio y de salida al final; 0 para un corte seco</translation>
    </message>
    <message>
        <source>Normalise to</source>
        <translation>Normalizar a</translation>
    </message>
    <message>
        <source>Every clip plays at the same loudness (EBU R128), peaks kept under −1 dBTP</source>
        <translation>Todos los clips suenan con la misma sonoridad (EBU R128), con los picos por debajo de −1 dBTP</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Sin subtítulos</translation>
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
        <translation>Esta llamada no tiene transcripción; adjunte una en la página Revisión para tener subtítulos</translation>
    </message>
    <message>
        <source>A caption file beside the clip, from the call&apos;s transcript</source>
        <translation>Un archivo de subtítulos junto al clip, a partir de la transcripción de la llamada</translation>
    </message>
    <message>
        <source>Bleep (1 kHz tone)</source>
        <translation>Pitido (tono de 1 kHz)</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>Silencio</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Voices:</source>
        <translation>Voces:</translation>
    </message>
    <message>
        <source>in and out</source>
        <translation>de entrada y salida</translation>
    </message>
    <message>
        <source>Fade:</source>
        <translation>Fundido:</translation>
    </message>
    <message>
        <source>Loudness:</source>
        <translation>Sonoridad:</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Hear the clip as it will be exported</source>
        <translation>Escuchar el clip tal como se exportará</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>The preview cannot be made: no temporary folder (%1).</source>
        <translation>No se puede crear la vista previa: no hay carpeta temporal (%1).</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Stop &amp;Preview</source>
        <translation>Detener &amp;vista previa</translation>
    </message>
    <message>
        <source>The clip was saved, but its captions were not: %1</source>
        <translation>El clip se ha guardado, pero sus subtítulos no: %1</translation>
    </message>
    <message>
        <source>Bleep personal data</source>
        <translation>Ocultar datos personales con pitidos</translation>
    </message>
    <message>
        <source>This call has no transcript to find personal data in</source>
        <translation>Esta llamada no tiene transcripción en la que buscar datos personales</translation>
    </message>
    <message>
        <source>Card numbers, names, phone numbers and the like the transcript shows are bleeped in the speaker&apos;s channel and replaced in the captions</source>
        <translation>Los números de tarjeta, nombres, teléfonos y datos similares que aparecen en la transcripción se ocultan con pitidos en el canal de quien habla y se sustituyen en los subtítulos</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message>
        <source>Bleep with:</source>
        <translation>Ocultar con:</translation>
    </message>
    <message>
        <source>Bleep personal data (none found in this range)</source>
        <translation>Ocultar datos personales con pitidos (no hay ninguno en este tramo)</translation>
    </message>
    <message numerus="yes">
        <source>Bleep personal data (%n span(s) in this range)</source>
        <translation>
            <numerusform>Ocultar datos personales con pitidos (%n fragmento en este tramo)</numerusform>
            <numerusform>Ocultar datos personales con pitidos (%n fragmentos en este tramo)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipExportSources</name>
    <message>
        <source>The highlight&apos;s call (%1) is no longer in the library.</source>
        <translation>La llamada destacada (%1) ya no está en la biblioteca.</translation>
    </message>
</context>
<context>
    <name>ClipExporter</name>
    <message>
        <source>The clip from %1 is too long: at %2 Hz with %3 channel(s) a clip can be at most %4 minutes; choose a shorter range or a lower rate.</source>
        <translation>El clip de %1 es demasiado largo: a %2 Hz y con %3 canal(es), un clip puede durar como máximo %4 minutos; elija un tramo más corto o una frecuencia menor.</translation>
    </message>
    <message>
        <source>The clip from %1 has no length: give a duration above zero.</source>
        <translation>El clip de %1 no tiene duración: indique una duración mayor que cero.</translation>
    </message>
    <message>
        <source>The clip from %1 starts before the recording does (%2 s).</source>
        <translation>El clip de %1 empieza antes que la grabación (%2 s).</translation>
    </message>
    <message>
        <source>The clip starts at %1 s, but %2 is only %3 s long.</source>
        <translation>El clip empieza en %1 s, pero %2 solo dura %3 s.</translation>
    </message>
    <message>
        <source>The clip ends at %1 s, but %2 is only %3 s long.</source>
        <translation>El clip termina en %1 s, pero %2 solo dura %3 s.</translation>
    </message>
    <message>
        <source>The fade for %1 cannot be negative.</source>
        <translation>El fundido de %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>A loudness of %1 LUFS for %2 is outside −70 … −5 LUFS.</source>
        <translation>Una sonoridad de %1 LUFS para %2 está fuera del intervalo −70 … −5 LUFS.</translation>
    </message>
    <message>
        <source>%1 cannot be written at %2 samples per second (8000 … 192000).</source>
        <translation>No se puede escribir %1 a %2 muestras por segundo (8000 … 192000).</translation>
    </message>
    <message>
        <source>No file name was given for the clip.</source>
        <translation>No se ha indicado ningún nombre de archivo para el clip.</translation>
    </message>
    <message>
        <source>%1: the file name should end in one of %2.</source>
        <translation>%1: el nombre del archivo debe terminar en una de estas extensiones: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: this FFmpeg has no %2 encoder.</source>
        <translation>No se puede escribir %1: este FFmpeg no tiene el codificador %2.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name for the clip.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el clip.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>%1 is the recording itself; choose another name for the clip.</source>
        <translation>%1 es la propia grabación; elija otro nombre para el clip.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the folder %2 takes no new files (%3).</source>
        <translation>No se puede escribir %1: la carpeta %2 no admite archivos nuevos (%3).</translation>
    </message>
    <message>
        <source>%1 has one channel with both voices on it; an agent-only or customer-only clip needs a stereo recording.</source>
        <translation>%1 tiene un solo canal con ambas voces; un clip solo del agente o solo del cliente necesita una grabación estéreo.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Se ha cancelado la escritura de %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>ClipFilterGraph</name>
    <message>
        <source>%1: the decoder reports no sample rate, channels or sample format; the file may be damaged.</source>
        <translation>%1: el decodificador no indica la frecuencia de muestreo, los canales o el formato de muestra; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1: the audio filters for the clip cannot be set up (%2).</source>
        <translation>%1: no se pueden configurar los filtros de audio del clip (%2).</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>%1: the audio filters refuse the decoded audio (%2).</source>
        <translation>%1: los filtros de audio rechazan el audio decodificado (%2).</translation>
    </message>
    <message>
        <source>%1: the audio filters failed (%2).</source>
        <translation>%1: los filtros de audio han fallado (%2).</translation>
    </message>
</context>
<context>
    <name>ClipFormat</name>
    <message>
        <source>WAV, 16-bit PCM (.wav)</source>
        <translation>WAV, PCM de 16 bits (.wav)</translation>
    </message>
    <message>
        <source>FLAC, lossless (.flac)</source>
        <translation>FLAC, sin pérdidas (.flac)</translation>
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
        <translation>%1: no se puede medir la sonoridad del clip (error de libebur128 %2).</translation>
    </message>
    <message>
        <source>%1: out of memory while limiting the clip&apos;s peaks.</source>
        <translation>%1: memoria insuficiente al limitar los picos del clip.</translation>
    </message>
    <message>
        <source>Normalising the clip from %1 was cancelled.</source>
        <translation>Se ha cancelado la normalización del clip de %1.</translation>
    </message>
    <message>
        <source>Normalising loudness</source>
        <translation>Normalizando la sonoridad</translation>
    </message>
</context>
<context>
    <name>ClipOptions</name>
    <message>
        <source>Write the clip to FILE; its extension picks the format: %1.</source>
        <translation>Escribir el clip en ARCHIVO; su extensión determina el formato: %1.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Fade in and out over SECONDS each (default 0.3; 0 for none).</source>
        <translation>Fundido de entrada y de salida de SEGUNDOS cada uno (predeterminado: 0.3; 0 para ninguno).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Normalise to LUFS integrated loudness, EBU R128 (default -16), with true peaks under -1 dBTP; &quot;none&quot; keeps the recording&apos;s level.</source>
        <translation>Normalizar a LUFS de sonoridad integrada, EBU R128 (predeterminado: -16), con picos reales por debajo de -1 dBTP; «none» mantiene el nivel de la grabación.</translation>
    </message>
    <message>
        <source>LUFS|none</source>
        <translation>LUFS|none</translation>
    </message>
    <message>
        <source>mono (both voices), stereo (default), agent or customer (one voice, mono).</source>
        <translation>mono (ambas voces), stereo (predeterminado), agent o customer (una sola voz, mono).</translation>
    </message>
    <message>
        <source>mono|stereo|agent|customer</source>
        <translation>mono|stereo|agent|customer</translation>
    </message>
    <message>
        <source>Sample rate of the clip (default: the recording&apos;s, or the nearest the format takes).</source>
        <translation>Frecuencia de muestreo del clip (predeterminada: la de la grabación o la más cercana que admita el formato).</translation>
    </message>
    <message>
        <source>HZ</source>
        <translation>HZ</translation>
    </message>
    <message>
        <source>Also write captions beside the clip (OUT.vtt or OUT.srt).</source>
        <translation>Escribir también subtítulos junto al clip (OUT.vtt o OUT.srt).</translation>
    </message>
    <message>
        <source>vtt|srt</source>
        <translation>vtt|srt</translation>
    </message>
    <message>
        <source>Bleep START-END (seconds or m:ss, recording time); repeat for more spans.</source>
        <translation>Ocultar con un pitido INICIO-FIN (segundos o m:ss, tiempo de la grabación); repita la opción para más tramos.</translation>
    </message>
    <message>
        <source>START-END</source>
        <translation>INICIO-FIN</translation>
    </message>
    <message>
        <source>What replaces a redacted span: tone (1 kHz, default) or silence.</source>
        <translation>Qué sustituye a un tramo ocultado: tone (1 kHz, predeterminado) o silence.</translation>
    </message>
    <message>
        <source>tone|silence</source>
        <translation>tone|silence</translation>
    </message>
    <message>
        <source>Title tag.</source>
        <translation>Metadato de título.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>Artist tag (the rep).</source>
        <translation>Metadato de artista (el agente).</translation>
    </message>
    <message>
        <source>Date tag (YYYY-MM-DD).</source>
        <translation>Metadato de fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Comment tag (the pattern it shows).</source>
        <translation>Metadato de comentario (el patrón que muestra).</translation>
    </message>
    <message>
        <source>--%1 needs seconds (like 83.5 or 1:23.5), not “%2”</source>
        <translation>--%1 necesita segundos (como 83.5 o 1:23.5), no «%2»</translation>
    </message>
    <message>
        <source>--captions takes vtt or srt, not “%1”</source>
        <translation>--captions espera vtt o srt, no «%1»</translation>
    </message>
    <message>
        <source>--fade needs seconds from 0 to 30, not “%1”</source>
        <translation>--fade necesita segundos de 0 a 30, no «%1»</translation>
    </message>
    <message>
        <source>--loudness needs LUFS from -70 to -5, or none, not “%1”</source>
        <translation>--loudness necesita LUFS de -70 a -5, o none, no «%1»</translation>
    </message>
    <message>
        <source>--channels takes mono, stereo, agent or customer, not “%1”</source>
        <translation>--channels espera mono, stereo, agent o customer, no «%1»</translation>
    </message>
    <message>
        <source>--rate needs a sample rate from 8000 to 192000 Hz, not “%1”</source>
        <translation>--rate necesita una frecuencia de muestreo de 8000 a 192000 Hz, no «%1»</translation>
    </message>
    <message>
        <source>--redact needs START-END, not “%1”</source>
        <translation>--redact necesita INICIO-FIN, no «%1»</translation>
    </message>
    <message>
        <source>--redact “%1” ends before it starts</source>
        <translation>--redact «%1» termina antes de empezar</translation>
    </message>
    <message>
        <source>--redact-with takes tone or silence, not “%1”</source>
        <translation>--redact-with espera tone o silence, no «%1»</translation>
    </message>
    <message>
        <source>Exporting %1… %2%</source>
        <translation>Exportando %1… %2 %</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>captions in %1</source>
        <translation>subtítulos en %1</translation>
    </message>
    <message>
        <source>%1 LUFS, true peak %2 dBTP</source>
        <translation>%1 LUFS, pico real %2 dBTP</translation>
    </message>
    <message>
        <source>Wrote %1: %2 s, %3 Hz, %4 channel(s), %5%6%7</source>
        <translation>Se escribió %1: %2 s, %3 Hz, canales: %4, %5%6%7</translation>
    </message>
</context>
<context>
    <name>ClipSource</name>
    <message>
        <source>%1: its length, channels or sample rate cannot be read; the file may be damaged.</source>
        <translation>%1: no se puede leer su duración, sus canales o su frecuencia de muestreo; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation>No se puede leer %1: memoria insuficiente.</translation>
    </message>
    <message>
        <source>%1: cannot jump to %2 s in this file (%3).</source>
        <translation>%1: no se puede saltar a %2 s en este archivo (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be decoded: %2.</source>
        <translation>No se puede decodificar %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cutting the clip from %1 was cancelled.</source>
        <translation>Se ha cancelado el corte del clip de %1.</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Decodificando</translation>
    </message>
    <message>
        <source>%1 ends at %2 s, before the clip&apos;s end at %3 s.</source>
        <translation>%1 termina en %2 s, antes del final del clip en %3 s.</translation>
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
    <name>CueSheetHtml</name>
    <message>
        <source>Week %1, %2 – %3</source>
        <comment>ISO week, Monday – Sunday</comment>
        <translation>Semana %1, %2 – %3</translation>
    </message>
    <message>
        <source>Standup pack</source>
        <translation>Paquete para la reunión diaria</translation>
    </message>
    <message>
        <source>Standup pack: %1</source>
        <translation>Paquete para la reunión diaria: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n clip</numerusform>
            <numerusform>%n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <comment>total playing time</comment>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Who and pattern</source>
        <translation>Quién y patrón</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>En qué fijarse</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>No pattern named</source>
        <translation>Sin patrón indicado</translation>
    </message>
    <message>
        <source>No note written.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <source>Play the clips in order from %1; each has captions (.vtt) beside it. Excerpts leave out anything bleeped in the clip.</source>
        <translation>Reproduzca los clips en orden desde %1; cada uno tiene al lado sus subtítulos (.vtt). Los fragmentos omiten todo lo que se ha ocultado con un pitido en el clip.</translation>
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
    <name>ExcerptRedactor</name>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Hablante %1</translation>
    </message>
</context>
<context>
    <name>ExerciseBuilder</name>
    <message>
        <source>%1: call %2 is not in the library</source>
        <translation>%1: la llamada %2 no está en la biblioteca</translation>
    </message>
    <message>
        <source>Nothing is selected: drag across the waveform or the transcript to choose the stretch of call %1 the exercise is about</source>
        <translation>No hay nada seleccionado: arrastre sobre la forma de onda o la transcripción para elegir el tramo de la llamada %1 del que trata el ejercicio</translation>
    </message>
    <message>
        <source>Call %1 (%2) has no transcript: attach one to build an exercise from it</source>
        <translation>La llamada %1 (%2) no tiene transcripción: adjunte una para crear un ejercicio a partir de ella</translation>
    </message>
    <message>
        <source>Call %1: nobody speaks between %2 and %3 in its transcript; choose a stretch with speech</source>
        <translation>Llamada %1: nadie habla entre %2 y %3 en su transcripción; elija un tramo con voz</translation>
    </message>
    <message>
        <source>%1: the call exercise %2 was made from has been removed from the library</source>
        <translation>%1: la llamada a partir de la que se creó el ejercicio %2 se ha eliminado de la biblioteca</translation>
    </message>
    <message>
        <source>Rewrite practice: %1</source>
        <translation>Práctica de reescritura: %1</translation>
    </message>
    <message>
        <source>Call %1: the excerpt has no rep turn to rewrite (only the customer speaks between %2 and %3, or the rep&apos;s speaker is not known); widen the selection or set who the rep is</source>
        <translation>Llamada %1: el fragmento no tiene ninguna intervención del agente que reescribir (solo habla el cliente entre %2 y %3, o no se sabe qué hablante es el agente); amplíe la selección o indique quién es el agente</translation>
    </message>
    <message>
        <source>Turn %1 of the excerpt is not the rep&apos;s; choose one of the rep&apos;s turns to rewrite</source>
        <translation>La intervención %1 del fragmento no es del agente; elija una de las intervenciones del agente para reescribirla</translation>
    </message>
    <message>
        <source>%1: call %2 has no recording to cut the audio excerpt from</source>
        <translation>%1: la llamada %2 no tiene ninguna grabación de la que cortar el fragmento de audio</translation>
    </message>
    <message>
        <source>Rewrite exercise excerpt</source>
        <translation>Fragmento del ejercicio de reescritura</translation>
    </message>
    <message>
        <source>Anonymised: personal data bleeped</source>
        <translation>Anonimizado: datos personales ocultados con pitidos</translation>
    </message>
</context>
<context>
    <name>ExerciseBuilderDialog</name>
    <message>
        <source>New Rewrite Exercise</source>
        <translation>Nuevo ejercicio de reescritura</translation>
    </message>
    <message>
        <source>Edit Rewrite Exercise</source>
        <translation>Editar ejercicio de reescritura</translation>
    </message>
    <message>
        <source>Excerpt starts at</source>
        <translation>El fragmento empieza en</translation>
    </message>
    <message>
        <source>Excerpt ends at</source>
        <translation>El fragmento termina en</translation>
    </message>
    <message>
        <source>&amp;Update Excerpt</source>
        <translation>&amp;Actualizar fragmento</translation>
    </message>
    <message>
        <source>Build the excerpt again from the call for this stretch</source>
        <translation>Volver a crear el fragmento a partir de la llamada para este tramo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Attach Transcript…</source>
        <translation>Ad&amp;juntar transcripción…</translation>
    </message>
    <message>
        <source>Anonymised excerpt</source>
        <translation>Fragmento anonimizado</translation>
    </message>
    <message>
        <source>&amp;Redact Selection</source>
        <translation>&amp;Ocultar selección</translation>
    </message>
    <message>
        <source>Replace the selected words as a name; the arrow chooses another kind of data</source>
        <translation>Sustituir las palabras seleccionadas como un nombre; la flecha permite elegir otro tipo de dato</translation>
    </message>
    <message>
        <source>&amp;Keep as Spoken</source>
        <translation>&amp;Conservar lo dicho</translation>
    </message>
    <message>
        <source>The highlighted replacement under the cursor is not personal data: show the words again</source>
        <translation>La sustitución resaltada bajo el cursor no es un dato personal: volver a mostrar las palabras</translation>
    </message>
    <message>
        <source>Highlighted: what was replaced. Select anything missed and press Redact Selection; put the cursor on a highlight and press Keep as Spoken if it is not personal data.</source>
        <translation>Resaltado: lo que se ha sustituido. Seleccione lo que se haya pasado por alto y pulse «Ocultar selección»; sitúe el cursor en un resaltado y pulse «Conservar lo dicho» si no es un dato personal.</translation>
    </message>
    <message>
        <source>Include &amp;audio excerpt (bleeped)</source>
        <translation>Incluir fragmento de a&amp;udio (con pitidos)</translation>
    </message>
    <message>
        <source>Write the excerpt&apos;s audio beside the handout, every redacted span replaced by a tone</source>
        <translation>Escribir el audio del fragmento junto a la ficha, con cada tramo ocultado sustituido por un tono</translation>
    </message>
    <message>
        <source>&amp;Turn to rewrite:</source>
        <translation>&amp;Intervención que reescribir:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Patrón:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Fecha de la sesión:</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>I&amp;nstrucciones:</translation>
    </message>
    <message>
        <source>&amp;Export Handout</source>
        <translation>&amp;Exportar ficha</translation>
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
        <translation>No hay ninguna intervención del agente en este fragmento</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamada %1</translation>
    </message>
    <message>
        <source>Removed call</source>
        <translation>Llamada eliminada</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · redacted by you</source>
        <translation>%1 · ocultado por usted</translation>
    </message>
    <message>
        <source>%1 · confidence %2</source>
        <translation>%1 · confianza %2</translation>
    </message>
    <message>
        <source>No personal data found; select any that was missed and press Redact Selection.</source>
        <translation>No se han encontrado datos personales; seleccione los que se hayan pasado por alto y pulse «Ocultar selección».</translation>
    </message>
    <message>
        <source>Select the words to redact in the excerpt first.</source>
        <translation>Seleccione primero en el fragmento las palabras que ocultar.</translation>
    </message>
    <message>
        <source>Select words within one turn; redact each turn&apos;s words separately.</source>
        <translation>Seleccione palabras dentro de una sola intervención; oculte las palabras de cada intervención por separado.</translation>
    </message>
    <message>
        <source>The selection is already redacted, or it is only the speaker&apos;s name label.</source>
        <translation>La selección ya está oculta o es solo la etiqueta con el nombre del hablante.</translation>
    </message>
    <message>
        <source>Put the cursor on a highlighted replacement to keep its words.</source>
        <translation>Sitúe el cursor en una sustitución resaltada para conservar sus palabras.</translation>
    </message>
    <message>
        <source>Cutting the bleeped audio excerpt…</source>
        <translation>Cortando el fragmento de audio con pitidos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The excerpt has no rep turn to rewrite.</source>
        <translation>El fragmento no tiene ninguna intervención del agente que reescribir.</translation>
    </message>
    <message>
        <source>rewrite-exercise-%1</source>
        <translation>ejercicio-reescritura-%1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Exportar ficha</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Ficha guardada en %1</translation>
    </message>
    <message>
        <source>Attach Transcript</source>
        <translation>Adjuntar transcripción</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.json);;All files (*)</source>
        <translation>Transcripciones (*.vtt *.srt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Names to Always Redact…</source>
        <translation>&amp;Nombres que ocultar siempre…</translation>
    </message>
    <message>
        <source>The library&apos;s own list: names to redact wherever they appear, and terms never to redact</source>
        <translation>La lista propia de la biblioteca: nombres que se ocultan dondequiera que aparezcan y términos que nunca se ocultan</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
</context>
<context>
    <name>ExerciseHistoryModel</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rewrites</source>
        <translation>Reescrituras</translation>
    </message>
</context>
<context>
    <name>ExercisePatterns</name>
    <message>
        <source>Paraphrase and confirm</source>
        <translation>Parafrasear y confirmar</translation>
    </message>
    <message>
        <source>“Yes, And”</source>
        <translation>«Sí, y además»</translation>
    </message>
    <message>
        <source>Layered questioning</source>
        <translation>Preguntas por capas</translation>
    </message>
    <message>
        <source>Emotional mirroring with restraint</source>
        <translation>Reflejo emocional con mesura</translation>
    </message>
    <message>
        <source>Empathy bridge</source>
        <translation>Puente de empatía</translation>
    </message>
    <message>
        <source>Pause button</source>
        <translation>Botón de pausa</translation>
    </message>
    <message>
        <source>Before offering any solution, say the customer&apos;s issue back in your own words and ask whether you have it right. It shows you listened without a single empathy buzzword: “So if I&apos;m hearing you correctly, the main issue is that the replacement part didn&apos;t fit, and you&apos;ve now been without a working unit for three days. Is that right?”</source>
        <translation>Antes de ofrecer ninguna solución, reformule con sus palabras el problema del cliente y pregúntele si lo ha entendido bien. Así demuestra que ha escuchado sin recurrir a ninguna frase hecha de empatía: «Entonces, si le he entendido bien, el problema principal es que la pieza de repuesto no encajaba y ya lleva tres días sin un equipo que funcione. ¿Es así?»</translation>
    </message>
    <message>
        <source>Borrowed from improvisation: start by accepting the customer&apos;s reality. Instead of correcting or explaining at once, validate their perspective first, then move the conversation on together: “Yes, the website did show that item as in stock, and I can see why you&apos;d expect it to arrive. Let me check what happened.”</source>
        <translation>Tomado de la improvisación teatral: empiece aceptando la realidad del cliente. En lugar de corregir o explicar de inmediato, valide primero su punto de vista y después hagan avanzar juntos la conversación: «Sí, la web mostraba ese artículo como disponible, y entiendo que esperara recibirlo. Déjeme comprobar qué ha pasado.»</translation>
    </message>
    <message>
        <source>Match the customer&apos;s emotional intensity slightly below their level. If they are angry, stay calm but show concern; never match the anger. If they are cheerful, be warm but not over the top. A steady presence helps de-escalate tension.</source>
        <translation>Acompañe la intensidad emocional del cliente, pero un poco por debajo de su nivel. Si está enfadado, mantenga la calma pero muestre preocupación; nunca iguale su enfado. Si está alegre, sea cordial sin excederse. Una presencia serena ayuda a rebajar la tensión.</translation>
    </message>
    <message>
        <source>When the customer&apos;s tone shifts to anger or fear, pause the script and address the emotion first, then lead back to the task: “I can hear this is really important to you. Let me make sure I understand everything before we proceed.”</source>
        <translation>Cuando el tono del cliente pase al enfado o al miedo, deje el guion en pausa y atienda primero la emoción; después, vuelva a la tarea: «Noto que esto es muy importante para usted. Permítame asegurarme de que lo entiendo todo antes de seguir.»</translation>
    </message>
    <message>
        <source>Under pressure, don&apos;t fall back on the script: use a phrase that buys a few seconds to collect yourself and shows the customer you are working for them: “Let me take a moment to review the details so I can give you the best answer.”</source>
        <translation>Bajo presión, no se refugie en el guion: use una frase que le dé unos segundos para serenarse y que muestre al cliente que está trabajando para él: «Permítame un momento para revisar los detalles y poder darle la mejor respuesta.»</translation>
    </message>
    <message>
        <source>Rewrite the highlighted rep turn with this week&apos;s pattern, %1. Keep what the rep had to say; change how it is said. Two or three sentences are enough.</source>
        <translation>Reescriba la intervención resaltada del agente con el patrón de esta semana, %1. Mantenga lo que el agente tenía que decir; cambie cómo lo dice. Bastan dos o tres frases.</translation>
    </message>
    <message>
        <source>Instead of one diagnostic question, ask a series that build on each other: start with a broad open question, then narrow based on the answer. “Can you walk me through what you were trying to do?” → “And when you clicked that button, what happened next?” → “Did you see any error message or did it just freeze?” It feels like a conversation, not an interrogation.</source>
        <translation>En lugar de una sola pregunta de diagnóstico, haga una serie de preguntas que se apoyen unas en otras: empiece con una pregunta abierta y amplia y vaya acotando según la respuesta. «¿Me puede explicar qué intentaba hacer?» → «Y cuando pulsó ese botón, ¿qué pasó después?» → «¿Vio algún mensaje de error o simplemente se quedó congelado?» Se siente como una conversación, no como un interrogatorio.</translation>
    </message>
</context>
<context>
    <name>ExerciseRepository</name>
    <message>
        <source>%1: %2 %3 is not in the library</source>
        <translation>%1: %2 %3 no está en la biblioteca</translation>
    </message>
    <message>
        <source>%1: an exercise&apos;s excerpt must start at 0 or later and end no earlier than it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: el fragmento de un ejercicio debe empezar en 0 o más tarde y no puede terminar antes de empezar (inicio %2 ms, fin %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the turn to rewrite (%2) is not in the excerpt of %n turn(s)</source>
        <translation>
            <numerusform>%1: la intervención que reescribir (%2) no está en el fragmento de %n intervención</numerusform>
            <numerusform>%1: la intervención que reescribir (%2) no está en el fragmento de %n intervenciones</numerusform>
        </translation>
    </message>
    <message>
        <source>call</source>
        <translation>la llamada</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>el ejercicio</translation>
    </message>
    <message>
        <source>%1: a rewrite of exercise %2 has no text</source>
        <translation>%1: una reescritura del ejercicio %2 no tiene texto</translation>
    </message>
    <message>
        <source>%1: rewrite %2 has no text</source>
        <translation>%1: la reescritura %2 no tiene texto</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>la reescritura</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>All patterns</source>
        <translation>Todos los patrones</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Todas las semanas</translation>
    </message>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Nuevo ejercicio…</translation>
    </message>
    <message>
        <source>Choose a call and a stretch of it to turn into a rewrite exercise. In Review, select a stretch and press New Rewrite Exercise.</source>
        <translation>Elija una llamada y un tramo de ella para convertirlo en un ejercicio de reescritura. En Revisión, seleccione un tramo y pulse «Nuevo ejercicio de reescritura».</translation>
    </message>
    <message>
        <source>Monday rewrite exercises</source>
        <translation>Ejercicios de reescritura del lunes</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Rewrites from the session</source>
        <translation>Reescrituras de la sesión</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Rewrite</source>
        <translation>Reescritura</translation>
    </message>
    <message>
        <source>&amp;Record Rewrite…</source>
        <translation>&amp;Registrar reescritura…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Mark &amp;Best</source>
        <translation>Marcar como &amp;mejor</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>No hay ninguna biblioteca abierta</translation>
    </message>
    <message>
        <source>Open or create a library to prepare Monday rewrite exercises.</source>
        <translation>Abra o cree una biblioteca para preparar los ejercicios de reescritura del lunes.</translation>
    </message>
    <message>
        <source>No rewrite exercises yet</source>
        <translation>Aún no hay ejercicios de reescritura</translation>
    </message>
    <message>
        <source>Each Monday, share a real customer interaction (anonymised) and ask the team to rewrite the rep&apos;s response using one of the patterns. Select a stretch of a call in Review, or start here by choosing a call.</source>
        <translation>Cada lunes, comparta una interacción real con un cliente (anonimizada) y pida al equipo que reescriba la respuesta del agente usando uno de los patrones. Seleccione un tramo de una llamada en Revisión o empiece aquí eligiendo una llamada.</translation>
    </message>
    <message>
        <source>New Exercise…</source>
        <translation>Nuevo ejercicio…</translation>
    </message>
    <message>
        <source>No exercise matches these filters.</source>
        <translation>Ningún ejercicio coincide con estos filtros.</translation>
    </message>
    <message>
        <source>(not in the library)</source>
        <translation>(no está en la biblioteca)</translation>
    </message>
    <message>
        <source>The best rewrite</source>
        <translation>La mejor reescritura</translation>
    </message>
    <message>
        <source>Nothing is selected: drag across the waveform to choose the stretch of the call the exercise is about, then choose New Rewrite Exercise again.</source>
        <translation>No hay nada seleccionado: arrastre sobre la forma de onda para elegir el tramo de la llamada del que trata el ejercicio y vuelva a elegir «Nuevo ejercicio de reescritura».</translation>
    </message>
    <message>
        <source>Choose the Call for the Exercise</source>
        <translation>Elegir la llamada para el ejercicio</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Elegir</translation>
    </message>
    <message>
        <source>Call %1 is no longer in the library.</source>
        <translation>La llamada %1 ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Delete Exercise</source>
        <translation>Eliminar ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %n rewrite(s) recorded for it? Handouts already exported are kept.</source>
        <translation>
            <numerusform>¿Eliminar «%1» y la %n reescritura registrada para él? Se conservan las fichas ya exportadas.</numerusform>
            <numerusform>¿Eliminar «%1» y las %n reescrituras registradas para él? Se conservan las fichas ya exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Names to &amp;Always Redact…</source>
        <translation>Nombres que ocultar &amp;siempre…</translation>
    </message>
    <message>
        <source>The library&apos;s own list: names to redact wherever they appear, and terms never to redact</source>
        <translation>La lista propia de la biblioteca: nombres que se ocultan dondequiera que aparezcan y términos que nunca se ocultan</translation>
    </message>
</context>
<context>
    <name>ExportClipCommand</name>
    <message>
        <source>Export a clip of a call or an annotation, tagged and captioned from the library</source>
        <translation>Exportar un clip de una llamada o de una anotación, con metadatos y subtítulos tomados de la biblioteca</translation>
    </message>
    <message>
        <source>The call&apos;s id (from “coach list”) or its recording file; not needed with --annotation.</source>
        <translation>El id de la llamada (de «coach list») o su archivo de grabación; no hace falta con --annotation.</translation>
    </message>
    <message>
        <source>[CALL]</source>
        <translation>[LLAMADA]</translation>
    </message>
    <message>
        <source>Clip the range of annotation ID (from “coach annotations”); a moment gets 30 s around it.</source>
        <translation>Recortar el tramo de la anotación ID (de «coach annotations»); para un momento, se toman 30 s a su alrededor.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Where the clip starts (seconds or m:ss); with CALL.</source>
        <translation>Dónde empieza el clip (segundos o m:ss); con LLAMADA.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>How long the clip is (seconds or m:ss); with CALL.</source>
        <translation>Duración del clip (segundos o m:ss); con LLAMADA.</translation>
    </message>
    <message>
        <source>error: name one call, or give --annotation ID</source>
        <translation>error: indique una llamada o use --annotation ID</translation>
    </message>
    <message>
        <source>error: a clip of a call needs --start and --duration</source>
        <translation>error: un clip de una llamada necesita --start y --duration</translation>
    </message>
    <message>
        <source>error: --annotation needs an id, not “%1”</source>
        <translation>error: --annotation necesita un id, no «%1»</translation>
    </message>
    <message>
        <source>no annotation %1 in the library</source>
        <translation>no hay ninguna anotación %1 en la biblioteca</translation>
    </message>
    <message>
        <source>annotation %1 belongs to no call in the library</source>
        <translation>la anotación %1 no pertenece a ninguna llamada de la biblioteca</translation>
    </message>
    <message>
        <source>call %1 has no transcript to make captions from; attach one with “coach transcript”</source>
        <translation>la llamada %1 no tiene transcripción con la que crear subtítulos; adjunte una con «coach transcript»</translation>
    </message>
    <message>
        <source>Keep the audio and captions as recorded; by default personal data the transcript shows (card numbers, names, phone numbers…) is bleeped in the speaker&apos;s channel.</source>
        <translation>Conservar el audio y los subtítulos tal como se grabaron; por defecto, los datos personales que muestra la transcripción (números de tarjeta, nombres, teléfonos…) se ocultan con pitidos en el canal de quien habla.</translation>
    </message>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>%n fragmento de datos personales ocultado con pitidos</numerusform>
            <numerusform>%n fragmentos de datos personales ocultados con pitidos</numerusform>
        </translation>
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
    <name>HandoutHtml</name>
    <message>
        <source>MONDAY REWRITE EXERCISE</source>
        <translation>EJERCICIO DE REESCRITURA DEL LUNES</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Patrón: %1</translation>
    </message>
    <message>
        <source>The pattern: %1</source>
        <translation>El patrón: %1</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
    <message>
        <source>▶ rewrite this</source>
        <translation>▶ reescriba esto</translation>
    </message>
    <message>
        <source>Listen: %1 (personal data bleeped)</source>
        <translation>Escuche: %1 (datos personales ocultados con pitidos)</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Su tarea</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Su reescritura</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>%1: cannot write the handout (%2)</source>
        <translation>%1: no se puede escribir la ficha (%2)</translation>
    </message>
    <message>
        <source>Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, and personal data by the kind of data it was. Please do not try to identify the caller.</source>
        <translation>Fragmento anonimizado de una llamada real: los nombres se han sustituido por «Agente» y «Cliente», y los datos personales por el tipo de dato que eran. Por favor, no intente identificar a quien llamó.</translation>
    </message>
</context>
<context>
    <name>HandoutMarkdown</name>
    <message>
        <source>Monday rewrite exercise</source>
        <translation>Ejercicio de reescritura del lunes</translation>
    </message>
    <message>
        <source>Pattern: %1</source>
        <translation>Patrón: %1</translation>
    </message>
    <message>
        <source>The pattern: %1</source>
        <translation>El patrón: %1</translation>
    </message>
    <message>
        <source>The conversation</source>
        <translation>La conversación</translation>
    </message>
    <message>
        <source>rewrite this</source>
        <translation>reescriba esto</translation>
    </message>
    <message>
        <source>Listen: %1 (personal data bleeped)</source>
        <translation>Escuche: %1 (datos personales ocultados con pitidos)</translation>
    </message>
    <message>
        <source>Your task</source>
        <translation>Su tarea</translation>
    </message>
    <message>
        <source>Your rewrite</source>
        <translation>Su reescritura</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>%1: cannot write the handout (%2)</source>
        <translation>%1: no se puede escribir la ficha (%2)</translation>
    </message>
    <message>
        <source>Anonymised excerpt of a real call: names are replaced by “Rep” and “Customer”, and personal data by the kind of data it was. Please do not try to identify the caller.</source>
        <translation>Fragmento anonimizado de una llamada real: los nombres se han sustituido por «Agente» y «Cliente», y los datos personales por el tipo de dato que eran. Por favor, no intente identificar a quien llamó.</translation>
    </message>
</context>
<context>
    <name>HighlightCandidates</name>
    <message>
        <source>%1: team %2 is not in the library</source>
        <translation>%1: el equipo %2 no está en la biblioteca</translation>
    </message>
    <message>
        <source>%1: team “%2”: %3</source>
        <translation>%1: equipo «%2»: %3</translation>
    </message>
    <message>
        <source>%1-W%2 is not an ISO week</source>
        <translation>%1-W%2 no es una semana ISO</translation>
    </message>
</context>
<context>
    <name>HighlightCard</name>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Every highlight chosen for this team and week, and who chose it</source>
        <translation>Todas las llamadas destacadas elegidas para este equipo y esta semana, y quién las eligió</translation>
    </message>
    <message>
        <source>Open in Review</source>
        <translation>Abrir en Revisión</translation>
    </message>
    <message>
        <source>Play the highlight in the Review section, from the start of its region</source>
        <translation>Reproducir la llamada destacada en la sección Revisión, desde el inicio de su tramo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the region, the pattern or the reason; the earlier version stays in the history</source>
        <translation>Cambiar el tramo, el patrón o el motivo; la versión anterior se conserva en el historial</translation>
    </message>
    <message>
        <source>Export Clip…</source>
        <translation>Exportar clip…</translation>
    </message>
    <message>
        <source>Save the highlight&apos;s region as an audio clip to play in the standup</source>
        <translation>Guardar el tramo destacado como clip de audio para reproducirlo en la reunión diaria</translation>
    </message>
    <message>
        <source>History (%1)…</source>
        <translation>Historial (%1)…</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>No se ha indicado ningún motivo.</translation>
    </message>
    <message>
        <source>Chosen by %1 on %2</source>
        <translation>Elegida por %1 el %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>No highlight yet, and no candidates: no call of this team&apos;s week has an “Off-script — effective” annotation. Tag one in Review to see it here.</source>
        <translation>Aún no hay llamada destacada ni candidatas: ninguna llamada de este equipo en esta semana tiene una anotación «Fuera de guion — eficaz». Etiquete una en Revisión para verla aquí.</translation>
    </message>
    <message>
        <source>No highlight yet. Candidates, best first: this week&apos;s calls with an effective off-script moment.</source>
        <translation>Aún no hay llamada destacada. Candidatas, de mejor a peor: las llamadas de esta semana con un momento fuera de guion eficaz.</translation>
    </message>
    <message>
        <source>Other candidates (%1)</source>
        <translation>Otras candidatas (%1)</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Open the call in Review at the effective off-script moment</source>
        <translation>Abrir la llamada en Revisión en el momento fuera de guion eficaz</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Make this call the team&apos;s highlight of the week</source>
        <translation>Convertir esta llamada en la destacada de la semana del equipo</translation>
    </message>
    <message>
        <source>Time Zone…</source>
        <translation>Zona horaria…</translation>
    </message>
    <message>
        <source>The time zone this team&apos;s weeks are read in: a call belongs to the week of the team&apos;s own calendar</source>
        <translation>La zona horaria en la que se leen las semanas de este equipo: una llamada pertenece a la semana del calendario propio del equipo</translation>
    </message>
</context>
<context>
    <name>HighlightCommand</name>
    <message>
        <source>whole call</source>
        <translation>llamada completa</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Choose and list each team&apos;s weekly highlight call; rank a week&apos;s candidates</source>
        <translation>Elegir y listar la llamada destacada semanal de cada equipo; clasificar las candidatas de una semana</translation>
    </message>
    <message>
        <source>One of:
  set         choose a team&apos;s highlight call of a week
  list        the highlights chosen so far
  candidates  a week&apos;s calls with effective off-script moments, best first</source>
        <translation>Una de:
  set         elegir la llamada destacada de un equipo para una semana
  list        las llamadas destacadas elegidas hasta ahora
  candidates  las llamadas de una semana con momentos fuera de guion eficaces, de mejor a peor</translation>
    </message>
    <message>
        <source>VERB [options]</source>
        <translation>ACCIÓN [opciones]</translation>
    </message>
    <message>
        <source>error: say what to do: set, list or candidates</source>
        <translation>error: indique qué hacer: set, list o candidates</translation>
    </message>
    <message>
        <source>error: unknown highlight verb “%1”; use set, list or candidates</source>
        <translation>error: acción de highlight «%1» desconocida; use set, list o candidates</translation>
    </message>
    <message>
        <source>Run “%1 --help” for its options.</source>
        <translation>Ejecute «%1 --help» para ver sus opciones.</translation>
    </message>
    <message>
        <source>%1: no team “%2” (teams: %3)</source>
        <translation>%1: no existe el equipo «%2» (equipos: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1: no rep “%2”</source>
        <translation>%1: no existe el agente «%2»</translation>
    </message>
    <message>
        <source>Choose a team&apos;s highlight call of an ISO week. The previous choice stays in the week&apos;s history.</source>
        <translation>Elegir la llamada destacada de un equipo para una semana ISO. La elección anterior se conserva en el historial de la semana.</translation>
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
        <source>The team (name or id); default: the call&apos;s rep&apos;s team.</source>
        <translation>El equipo (nombre o id); predeterminado: el equipo del agente de la llamada.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W48; default: the week the call started in, in the team&apos;s time zone.</source>
        <translation>La semana ISO, como 2026-W48; predeterminada: la semana en que empezó la llamada, en la zona horaria del equipo.</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>SEMANA</translation>
    </message>
    <message>
        <source>Start of the part to share (seconds such as 83.2, or m:ss).</source>
        <translation>Inicio de la parte que se compartirá (segundos como 83.2, o m:ss).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>End of the part to share.</source>
        <translation>Fin de la parte que se compartirá.</translation>
    </message>
    <message>
        <source>Why this call: what the team should hear in it.</source>
        <translation>Por qué esta llamada: qué debe escuchar el equipo en ella.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The pattern it shows: a tag&apos;s key or label, or the start of either.</source>
        <translation>El patrón que muestra: la clave o el nombre de una etiqueta, o el comienzo de cualquiera de los dos.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>Who chose it; default: the login name.</source>
        <translation>Quién la eligió; predeterminado: el nombre de usuario de la sesión.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Print the stored highlight as JSON (see the README).</source>
        <translation>Mostrar la llamada destacada guardada como JSON (consulte el README).</translation>
    </message>
    <message>
        <source>error: name one call, by id or recording file</source>
        <translation>error: indique una llamada, por id o por archivo de grabación</translation>
    </message>
    <message>
        <source>error: say why with --reason TEXT</source>
        <translation>error: indique el motivo con --reason TEXTO</translation>
    </message>
    <message>
        <source>error: give both --from and --to, or neither for the whole call</source>
        <translation>error: indique --from y --to, o ninguno de los dos para la llamada completa</translation>
    </message>
    <message>
        <source>error: --from “%1” is not a time (seconds such as 83.2, or m:ss)</source>
        <translation>error: --from «%1» no es un tiempo (segundos como 83.2, o m:ss)</translation>
    </message>
    <message>
        <source>error: --to “%1” is not a time after --from</source>
        <translation>error: --to «%1» no es un tiempo posterior a --from</translation>
    </message>
    <message>
        <source>error: call %1 is only %2 long</source>
        <translation>error: la llamada %1 solo dura %2</translation>
    </message>
    <message>
        <source>error: call %1 has no rep with a team; name one with --team</source>
        <translation>error: la llamada %1 no tiene ningún agente con equipo; indique uno con --team</translation>
    </message>
    <message>
        <source>error: call %1 has no start time; name the week with --week</source>
        <translation>error: la llamada %1 no tiene hora de inicio; indique la semana con --week</translation>
    </message>
    <message>
        <source>error: %1: highlight %2 vanished as it was stored</source>
        <translation>error: %1: la llamada destacada %2 ha desaparecido al guardarla</translation>
    </message>
    <message>
        <source>%1 %2: call %3 (%4), %5</source>
        <translation>%1 %2: llamada %3 (%4), %5</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>sin agente</translation>
    </message>
    <message>
        <source>List the highlight calls chosen so far, newest week first.</source>
        <translation>Listar las llamadas destacadas elegidas hasta ahora, de la semana más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Only this team (name or id).</source>
        <translation>Solo este equipo (nombre o id).</translation>
    </message>
    <message>
        <source>Only this ISO week, as 2026-W48.</source>
        <translation>Solo esta semana ISO, como 2026-W48.</translation>
    </message>
    <message>
        <source>Only highlights of this rep&apos;s calls (name or id).</source>
        <translation>Solo las llamadas destacadas de este agente (nombre o id).</translation>
    </message>
    <message>
        <source>REP</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>Also the choices that were replaced.</source>
        <translation>Incluir también las elecciones que se sustituyeron.</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Mostrar un array JSON (sus campos se describen en el README).</translation>
    </message>
    <message>
        <source>error: list takes no arguments, only options</source>
        <translation>error: list no admite argumentos, solo opciones</translation>
    </message>
    <message>
        <source>No highlights chosen.</source>
        <translation>No se ha elegido ninguna llamada destacada.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamada %1</translation>
    </message>
    <message>
        <source>chosen by %1 on %2</source>
        <translation>elegida por %1 (%2)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>(replaced %1)</source>
        <translation>(sustituida: %1)</translation>
    </message>
    <message>
        <source>A week&apos;s calls of the team with effective off-script moments, best first. The score reads each call&apos;s own annotations and outcomes; reps are never compared.</source>
        <translation>Las llamadas de una semana del equipo con momentos fuera de guion eficaces, de mejor a peor. La puntuación tiene en cuenta las anotaciones y los resultados de cada llamada; nunca se compara a los agentes entre sí.</translation>
    </message>
    <message>
        <source>The team (name or id).</source>
        <translation>El equipo (nombre o id).</translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W48; default: this week.</source>
        <translation>La semana ISO, como 2026-W48; predeterminada: esta semana.</translation>
    </message>
    <message>
        <source>error: name the team with --team TEAM</source>
        <translation>error: indique el equipo con --team EQUIPO</translation>
    </message>
    <message>
        <source>%1 %2: no call annotated “off-script — effective” that week.</source>
        <translation>%1 %2: ninguna llamada con la anotación «fuera de guion — eficaz» esa semana.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
</context>
<context>
    <name>HighlightEditorDialog</name>
    <message>
        <source>Highlight of the Week</source>
        <translation>Llamada destacada de la semana</translation>
    </message>
    <message>
        <source>The whole call</source>
        <translation>La llamada completa</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>No pattern named</source>
        <translation>Sin patrón indicado</translation>
    </message>
    <message>
        <source>What should the team listen for? E.g. how the rep bridged from the customer&apos;s anger to the fix.</source>
        <translation>¿En qué debe fijarse el equipo? P. ej., en cómo pasó el agente del enfado del cliente a la solución.</translation>
    </message>
    <message>
        <source>Make Highlight</source>
        <translation>Marcar como destacada</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Tramo:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Patrón:</translation>
    </message>
    <message>
        <source>Why it was good:</source>
        <translation>Por qué fue buena:</translation>
    </message>
    <message>
        <source>Chosen by:</source>
        <translation>Elegida por:</translation>
    </message>
    <message>
        <source>Write where the part to share starts, as m:ss or seconds.</source>
        <translation>Escriba dónde empieza la parte que se compartirá, como m:ss o en segundos.</translation>
    </message>
    <message>
        <source>Write where the part to share ends, as m:ss or seconds.</source>
        <translation>Escriba dónde termina la parte que se compartirá, como m:ss o en segundos.</translation>
    </message>
    <message>
        <source>The region must end after it starts.</source>
        <translation>El tramo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The call is only %1 long.</source>
        <translation>La llamada solo dura %1.</translation>
    </message>
    <message>
        <source>Say why this call was good: the team hears it with your reason.</source>
        <translation>Indique por qué esta llamada fue buena: el equipo la escuchará junto con su motivo.</translation>
    </message>
</context>
<context>
    <name>HighlightFormat</name>
    <message>
        <source>Week %1, %2 · %3 – %4</source>
        <translation>Semana %1, %2 · %3 – %4</translation>
    </message>
    <message>
        <source>Whole call</source>
        <translation>Llamada completa</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed effective moment(s)</source>
        <translation>
            <numerusform>%n momento eficaz confirmado</numerusform>
            <numerusform>%n momentos eficaces confirmados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested</source>
        <translation>
            <numerusform>%n sugerido</numerusform>
            <numerusform>%n sugeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern tag(s)</source>
        <translation>
            <numerusform>%n etiqueta de patrón</numerusform>
            <numerusform>%n etiquetas de patrón</numerusform>
        </translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>felt heard %1</source>
        <translation>se sintió escuchado %1</translation>
    </message>
    <message>
        <source>%1 (unknown to this system)</source>
        <translation>%1 (desconocida en este sistema)</translation>
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
        <translation>Abrir en Revisión</translation>
    </message>
</context>
<context>
    <name>HighlightRepository</name>
    <message>
        <source>%1: a highlight needs a team</source>
        <translation>%1: una llamada destacada necesita un equipo</translation>
    </message>
    <message>
        <source>%1: a highlight needs a call</source>
        <translation>%1: una destacada necesita una llamada</translation>
    </message>
    <message>
        <source>%1: %2-W%3 is not an ISO week</source>
        <translation>%1: %2-W%3 no es una semana ISO</translation>
    </message>
    <message>
        <source>%1: a highlight&apos;s region must start at 0 or later and end after it starts (start %2 ms, end %3 ms)</source>
        <translation>%1: el tramo de una llamada destacada debe empezar en 0 o más tarde y terminar después de empezar (inicio %2 ms, fin %3 ms)</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction to store the highlight</source>
        <translation>%1: no se puede iniciar una transacción para guardar la llamada destacada</translation>
    </message>
    <message>
        <source>%1: cannot store the highlight: team %2, call %3 or tag %4 is not in the library (%5)</source>
        <translation>%1: no se puede guardar la llamada destacada: el equipo %2, la llamada %3 o la etiqueta %4 no está en la biblioteca (%5)</translation>
    </message>
</context>
<context>
    <name>HighlightTableModel</name>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Replaced %1</source>
        <translation>Sustituida el %1</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Tramo</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Chosen By</source>
        <translation>Elegida por</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Fecha de elección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>HighlightsController</name>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>Highlight of %1 · %2</source>
        <translation>Llamada destacada de %1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s highlight of week %2 is chosen.</source>
        <translation>Se ha elegido la llamada destacada de %1 para la semana %2.</translation>
    </message>
    <message>
        <source>%1 · %2: every choice</source>
        <translation>%1 · %2: todas las elecciones</translation>
    </message>
    <message>
        <source>Time Zone of %1</source>
        <translation>Zona horaria de %1</translation>
    </message>
    <message>
        <source>%1&apos;s weeks are now read in %2.</source>
        <translation>Las semanas de %1 se leen ahora en %2.</translation>
    </message>
</context>
<context>
    <name>HighlightsPage</name>
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
        <source>Standup Pack…</source>
        <translation>Paquete para la reunión diaria…</translation>
    </message>
    <message>
        <source>Write this week&apos;s highlights and chosen tips into one folder for the standup</source>
        <translation>Escribir las llamadas destacadas y los consejos elegidos de esta semana en una carpeta para la reunión diaria</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Every team&apos;s highlight of the week, or one rep&apos;s highlights over time</source>
        <translation>La llamada destacada de la semana de cada equipo, o las llamadas destacadas de un agente a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Every team, by week</source>
        <translation>Todos los equipos, por semana</translation>
    </message>
    <message>
        <source>%1&apos;s highlights</source>
        <translation>Llamadas destacadas de %1</translation>
    </message>
    <message>
        <source>%1 has no highlight calls yet.</source>
        <translation>%1 aún no tiene llamadas destacadas.</translation>
    </message>
    <message>
        <source>%1&apos;s highlight calls, newest week first. Double-click one to play it.</source>
        <translation>Llamadas destacadas de %1, de la semana más reciente a la más antigua. Haga doble clic en una para reproducirla.</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>No hay ninguna biblioteca abierta</translation>
    </message>
    <message>
        <source>Open or create a library to choose each team&apos;s highlight call of the week.</source>
        <translation>Abra o cree una biblioteca para elegir la llamada destacada de la semana de cada equipo.</translation>
    </message>
    <message>
        <source>No teams yet</source>
        <translation>Aún no hay equipos</translation>
    </message>
    <message>
        <source>Highlights are chosen per team. Import calls with a manifest that names each rep&apos;s team, and every team gets a slot for each week.</source>
        <translation>Las llamadas destacadas se eligen por equipo. Importe llamadas con un manifiesto que indique el equipo de cada agente, y cada equipo tendrá un hueco para cada semana.</translation>
    </message>
    <message>
        <source>No calls this week yet — showing week %1, the latest with calls</source>
        <translation>Aún no hay llamadas esta semana: se muestra la semana %1, la última con llamadas</translation>
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
    <name>ImportAnnotationsCommand</name>
    <message numerus="yes">
        <source>Import %n Annotation(s) from “%1”</source>
        <translation>
            <numerusform>Importar %n anotación de «%1»</numerusform>
            <numerusform>Importar %n anotaciones de «%1»</numerusform>
        </translation>
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
    <name>IsoWeek</name>
    <message>
        <source>%1 is not a year an ISO week can have (1 to 9999)</source>
        <translation>%1 no es un año válido para una semana ISO (de 1 a 9999)</translation>
    </message>
    <message>
        <source>%1 has no ISO week %2: its weeks run from 1 to %3</source>
        <translation>%1 no tiene semana ISO %2: sus semanas van de la 1 a la %3</translation>
    </message>
    <message>
        <source>“%1” is not an ISO week: write the year, “-W” and the week, as in 2026-W48</source>
        <translation>«%1» no es una semana ISO: escriba el año, «-W» y la semana, como en 2026-W48</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>«%1» no es una zona horaria que este sistema conozca (un nombre IANA como Europe/Madrid)</translation>
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
    <name>M3uPlaylist</name>
    <message>
        <source>%1: cannot write the playlist (%2)</source>
        <translation>%1: no se puede escribir la lista de reproducción (%2)</translation>
    </message>
    <message>
        <source>%1, line %2: “%3” is not a duration in seconds</source>
        <translation>%1, línea %2: «%3» no es una duración en segundos</translation>
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
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destacadas</translation>
    </message>
    <message>
        <source>Standup pack written to %1</source>
        <translation>Paquete para la reunión diaria guardado en %1</translation>
    </message>
    <message>
        <source>Clip saved as %1</source>
        <translation>Clip guardado como %1</translation>
    </message>
    <message>
        <source>Export Clip</source>
        <translation>Exportar clip</translation>
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
    <message>
        <source>team time zone</source>
        <translation>zona horaria del equipo</translation>
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
    <message>
        <source>a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>una zona horaria que este sistema conozca (un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <source>%1: line %2: a team time zone without a team is ignored</source>
        <translation>%1: línea %2: se ignora una zona horaria de equipo sin equipo</translation>
    </message>
    <message>
        <source>%1: line %2: team “%3” is in %4 on line %5, not %6; %4 is used</source>
        <translation>%1: línea %2: el equipo «%3» está en %4 en la línea %5, no en %6; se usa %4</translation>
    </message>
</context>
<context>
    <name>MediaModule</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a Coachbench media module of interface version %2</source>
        <translation>%1 no es un módulo multimedia de Coachbench con la versión de interfaz %2</translation>
    </message>
    <message>
        <source>Coachbench cannot decode or play audio: its media module cannot be loaded (%1). Reinstall Coachbench, or set COACH_MEDIA_MODULE to the module&apos;s path.</source>
        <translation>Coachbench no puede decodificar ni reproducir audio: no se puede cargar su módulo multimedia (%1). Reinstale Coachbench o defina COACH_MEDIA_MODULE con la ruta del módulo.</translation>
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
    <name>PdfExporter</name>
    <message>
        <source>%1: cannot lay out the PDF without fonts (no GUI platform)</source>
        <translation>%1: no se puede maquetar el PDF sin fuentes (no hay plataforma gráfica)</translation>
    </message>
    <message>
        <source>%1: cannot write the PDF (%2)</source>
        <translation>%1: no se puede escribir el PDF (%2)</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: no se puede iniciar el PDF</translation>
    </message>
    <message>
        <source>%1: cannot add page %2 to the PDF</source>
        <translation>%1: no se puede añadir la página %2 al PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1: cannot finish the PDF</source>
        <translation>%1: no se puede terminar el PDF</translation>
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
    <message>
        <source>%1: “%2” is not a time zone this system knows (an IANA name such as Europe/Berlin)</source>
        <translation>%1: «%2» no es una zona horaria que este sistema conozca (un nombre IANA como Europe/Berlin)</translation>
    </message>
    <message>
        <source>%1: team %2 is not in the library</source>
        <translation>%1: el equipo %2 no está en la biblioteca</translation>
    </message>
</context>
<context>
    <name>PiiType</name>
    <message>
        <source>[card number]</source>
        <translation>[número de tarjeta]</translation>
    </message>
    <message>
        <source>[expiry date]</source>
        <translation>[fecha de caducidad]</translation>
    </message>
    <message>
        <source>[security code]</source>
        <translation>[código de seguridad]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[teléfono]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[correo electrónico]</translation>
    </message>
    <message>
        <source>[ID number]</source>
        <translation>[número de identificación]</translation>
    </message>
    <message>
        <source>[bank account]</source>
        <translation>[cuenta bancaria]</translation>
    </message>
    <message>
        <source>[date of birth]</source>
        <translation>[fecha de nacimiento]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[dirección]</translation>
    </message>
    <message>
        <source>[name]</source>
        <translation>[nombre]</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Código de seguridad</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>SSN / NI number</source>
        <translation>N.º de la Seguridad Social (SSN / NI)</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
    <name>RedactCommand</name>
    <message>
        <source>Find and replace personal data in text read from stdin, one text per line</source>
        <translation>Buscar y sustituir datos personales en el texto leído de stdin, un texto por línea</translation>
    </message>
    <message>
        <source>Write one JSON object per input line: {&quot;spans&quot;:[{&quot;type&quot;,&quot;start&quot;,&quot;end&quot;,&quot;confidence&quot;}],&quot;redacted&quot;:&quot;…&quot;}, offsets in Unicode code points.</source>
        <translation>Escribir un objeto JSON por cada línea de entrada: {&quot;spans&quot;:[{&quot;type&quot;,&quot;start&quot;,&quot;end&quot;,&quot;confidence&quot;}],&quot;redacted&quot;:&quot;…&quot;}, con las posiciones en puntos de código Unicode.</translation>
    </message>
    <message>
        <source>Also treat NAME as a person&apos;s name (repeatable).</source>
        <translation>Tratar también NOMBRE como nombre de persona (se puede repetir).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Also treat each line of FILE as a person&apos;s name.</source>
        <translation>Tratar también cada línea de ARCHIVO como nombre de persona.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>error: redact reads stdin and takes no file arguments</source>
        <translation>error: redact lee de stdin y no admite archivos como argumentos</translation>
    </message>
    <message>
        <source>error: cannot read the names file %1: %2</source>
        <translation>error: no se puede leer el archivo de nombres %1: %2</translation>
    </message>
    <message>
        <source>error: cannot read stdin: %1</source>
        <translation>error: no se puede leer stdin: %1</translation>
    </message>
    <message>
        <source>error: stdin line %1: not valid UTF-8; line skipped</source>
        <translation>error: línea %1 de stdin: no es UTF-8 válido; se omite la línea</translation>
    </message>
    <message>
        <source>Also use the library in FILE: its reps&apos; and customers&apos; names, its list of names always to redact and of terms never to redact.</source>
        <translation>Usar también la biblioteca de FILE: los nombres de sus agentes y clientes, su lista de nombres que ocultar siempre y de términos que no ocultar nunca.</translation>
    </message>
    <message>
        <source>error: %1: no such library</source>
        <translation>error: %1: no existe esa biblioteca</translation>
    </message>
</context>
<context>
    <name>RedactionListDialog</name>
    <message>
        <source>Names to Always Redact</source>
        <translation>Nombres que ocultar siempre</translation>
    </message>
    <message>
        <source>&amp;Always redact these names, one per line — in every exercise and wherever they appear, even in lower case:</source>
        <translation>Ocultar &amp;siempre estos nombres, uno por línea — en cada ejercicio y dondequiera que aparezcan, incluso en minúsculas:</translation>
    </message>
    <message>
        <source>For example:
Gareth Lloyd
Priya</source>
        <translation>Por ejemplo:
Gareth Lloyd
Priya</translation>
    </message>
    <message>
        <source>&amp;Never redact these, one per line — your company&apos;s own name, product names, anything taken for a person&apos;s name by mistake:</source>
        <translation>&amp;No ocultar nunca estos, uno por línea — el nombre de su empresa, nombres de productos, todo lo que se tome por error por un nombre de persona:</translation>
    </message>
    <message>
        <source>For example:
Harbour Federal Bank
Streamly</source>
        <translation>Por ejemplo:
Harbour Federal Bank
Streamly</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RedactionTermRepository</name>
    <message>
        <source>%1: cannot start a transaction to store the redaction list</source>
        <translation>%1: no se puede iniciar una transacción para guardar la lista de ocultación</translation>
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
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n hablante</numerusform>
            <numerusform>%n hablantes</numerusform>
        </translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>No hay ninguna llamada abierta.</translation>
    </message>
    <message>
        <source>Annotations (*.csv *.txt)</source>
        <translation>Anotaciones (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>No annotations were imported from “%1”.</source>
        <translation>No se ha importado ninguna anotación de «%1».</translation>
    </message>
    <message>
        <source>Nothing to Import</source>
        <translation>Nada que importar</translation>
    </message>
    <message numerus="yes">
        <source>The %n annotation(s) in “%1” are already on this call.</source>
        <translation>
            <numerusform>La %n anotación de «%1» ya está en esta llamada.</numerusform>
            <numerusform>Las %n anotaciones de «%1» ya están en esta llamada.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” holds no annotations.</source>
        <translation>«%1» no contiene anotaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotation(s) from “%1”</source>
        <translation>
            <numerusform>Se importó %n anotación de «%1»</numerusform>
            <numerusform>Se importaron %n anotaciones de «%1»</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add annotations from a CSV file or Audacity labels to this call</source>
        <translation>Añadir a esta llamada anotaciones de un archivo CSV o de etiquetas de Audacity</translation>
    </message>
    <message>
        <source>&amp;New Rewrite Exercise…</source>
        <translation>&amp;Nuevo ejercicio de reescritura…</translation>
    </message>
    <message>
        <source>Turn the selected stretch of the call into an anonymised Monday rewrite exercise</source>
        <translation>Convertir el tramo seleccionado de la llamada en un ejercicio de reescritura del lunes anonimizado</translation>
    </message>
    <message>
        <source>Export &amp;Clip…</source>
        <translation>Exportar &amp;clip…</translation>
    </message>
    <message>
        <source>Save the selection, or the selected annotation, as an audio clip to share</source>
        <translation>Guardar la selección, o la anotación seleccionada, como clip de audio para compartir</translation>
    </message>
    <message>
        <source>Drop to attach “%1” as this call&apos;s transcript</source>
        <translation>Suelte para adjuntar «%1» como transcripción de esta llamada</translation>
    </message>
</context>
<context>
    <name>RewriteDialog</name>
    <message>
        <source>Record Rewrite</source>
        <translation>Registrar reescritura</translation>
    </message>
    <message>
        <source>%1 said: “%2”</source>
        <translation>%1 dijo: «%2»</translation>
    </message>
    <message>
        <source>Someone not in the library</source>
        <translation>Alguien que no está en la biblioteca</translation>
    </message>
    <message>
        <source>The rep&apos;s rewrite of the turn, as they wrote it</source>
        <translation>La reescritura de la intervención hecha por el agente, tal como la escribió</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Re&amp;write:</source>
        <translation>&amp;Reescritura:</translation>
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
    <name>StandupPackBuilder</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Rendering clips</source>
        <translation>Generando los clips</translation>
    </message>
    <message>
        <source>The standup pack has no clips</source>
        <translation>El paquete para la reunión diaria no tiene clips</translation>
    </message>
    <message>
        <source>%1: clip %2 (%3) has no length; choose a longer range</source>
        <translation>%1: el clip %2 (%3) no tiene duración; elija un tramo más largo</translation>
    </message>
    <message>
        <source>%1: clip %2 (%3) ends after the recording does</source>
        <translation>%1: el clip %2 (%3) termina después que la grabación</translation>
    </message>
    <message>
        <source>%1: the recording of clip %2 (%3) has moved or vanished</source>
        <translation>%1: la grabación del clip %2 (%3) se ha movido o ha desaparecido</translation>
    </message>
    <message>
        <source>Say where the standup pack goes</source>
        <translation>Indique dónde se guarda el paquete para la reunión diaria</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: no se puede crear la carpeta %2</translation>
    </message>
    <message>
        <source>%1: a folder of that name is in the way of the zip</source>
        <translation>%1: una carpeta con ese nombre impide crear el zip</translation>
    </message>
    <message>
        <source>%1: a file of that name is in the way of the folder</source>
        <translation>%1: un archivo con ese nombre impide crear la carpeta</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or replace it</source>
        <translation>%1 ya existe; elija otro nombre o sustitúyalo</translation>
    </message>
    <message>
        <source>%1: cannot move the previous pack aside</source>
        <translation>%1: no se puede apartar el paquete anterior</translation>
    </message>
    <message>
        <source>%1: cannot move the finished pack into place</source>
        <translation>%1: no se puede mover el paquete terminado a su ubicación</translation>
    </message>
    <message>
        <source>“%1” is not a clip format this FFmpeg writes; use one of %2</source>
        <translation>«%1» no es un formato de clip que este FFmpeg pueda escribir; use uno de estos: %2</translation>
    </message>
    <message>
        <source>%1: cannot write in that folder (%2)</source>
        <translation>%1: no se puede escribir en esa carpeta (%2)</translation>
    </message>
    <message>
        <source>%1: cancelled; no pack was written</source>
        <translation>%1: cancelado; no se ha escrito ningún paquete</translation>
    </message>
    <message>
        <source>Writing the cue sheet</source>
        <translation>Escribiendo la guía de reproducción</translation>
    </message>
    <message>
        <source>Standup pack: %1, %2</source>
        <translation>Paquete para la reunión diaria: %1, %2</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
</context>
<context>
    <name>StandupPackCommand</name>
    <message>
        <source>Write a team&apos;s weekly highlight and chosen tips as a standup pack</source>
        <translation>Escribir la llamada destacada semanal de un equipo y los consejos elegidos como paquete para la reunión diaria</translation>
    </message>
    <message>
        <source>The team, by name or id.</source>
        <translation>El equipo, por nombre o id.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week in the team&apos;s time zone).</source>
        <translation>La semana ISO, p. ej., 2026-W48 (predeterminada: esta semana en la zona horaria del equipo).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>SEMANA</translation>
    </message>
    <message>
        <source>An annotation to play as a tip (its id from “coach annotations” or --candidates); repeat or separate with commas. Played in the order given.</source>
        <translation>Una anotación que se reproducirá como consejo (su id de «coach annotations» o de --candidates); repita la opción o separe los ids con comas. Se reproducen en el orden indicado.</translation>
    </message>
    <message>
        <source>ANNOTATION</source>
        <translation>ANOTACIÓN</translation>
    </message>
    <message>
        <source>Leave the week&apos;s highlight call out.</source>
        <translation>Dejar fuera la llamada destacada de la semana.</translation>
    </message>
    <message>
        <source>The folder to create, or a file ending in .zip.</source>
        <translation>La carpeta que se creará o un archivo terminado en .zip.</translation>
    </message>
    <message>
        <source>DIR|FILE.zip</source>
        <translation>CARPETA|ARCHIVO.zip</translation>
    </message>
    <message>
        <source>The clips&apos; format: %1 (default: opus).</source>
        <translation>El formato de los clips: %1 (predeterminado: opus).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>mono (default), stereo, agent or customer.</source>
        <translation>mono (predeterminado), stereo, agent o customer.</translation>
    </message>
    <message>
        <source>CHANNELS</source>
        <translation>CANALES</translation>
    </message>
    <message>
        <source>Integrated loudness in LUFS (default −16), or “none”.</source>
        <translation>Sonoridad integrada en LUFS (predeterminada: −16) o «none».</translation>
    </message>
    <message>
        <source>LUFS|none</source>
        <translation>LUFS|none</translation>
    </message>
    <message>
        <source>Fade in and out, in seconds (default 0.3).</source>
        <translation>Fundido de entrada y salida, en segundos (predeterminado: 0.3).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Clips rendered at once (default 2).</source>
        <translation>Clips que se generan a la vez (predeterminado: 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace a pack already at --out (only once the new one is complete).</source>
        <translation>Sustituir un paquete que ya esté en --out (solo cuando el nuevo esté completo).</translation>
    </message>
    <message>
        <source>List the week&apos;s highlight and tip candidates; write nothing.</source>
        <translation>Listar la llamada destacada y los consejos candidatos de la semana, sin escribir nada.</translation>
    </message>
    <message>
        <source>error: unexpected “%1”; name tips with --tip</source>
        <translation>error: «%1» inesperado; indique los consejos con --tip</translation>
    </message>
    <message>
        <source>error: name the team with --team</source>
        <translation>error: indique el equipo con --team</translation>
    </message>
    <message>
        <source>error: say where with --out DIR or --out FILE.zip</source>
        <translation>error: indique dónde con --out CARPETA o --out ARCHIVO.zip</translation>
    </message>
    <message>
        <source>error: --tip takes annotation ids, not “%1”</source>
        <translation>error: --tip espera ids de anotación, no «%1»</translation>
    </message>
    <message>
        <source>error: --channels is mono, stereo, agent or customer, not “%1”</source>
        <translation>error: --channels es mono, stereo, agent o customer, no «%1»</translation>
    </message>
    <message>
        <source>error: --loudness is a level in LUFS between −70 and 0, or “none”</source>
        <translation>error: --loudness es un nivel en LUFS entre −70 y 0, o «none»</translation>
    </message>
    <message>
        <source>error: --fade is a number of seconds from 0 to 10</source>
        <translation>error: --fade es un número de segundos de 0 a 10</translation>
    </message>
    <message>
        <source>error: --jobs is a number from 1 to 16</source>
        <translation>error: --jobs es un número de 1 a 16</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Highlight: %1, %2 (call %3)</source>
        <translation>Destacada: %1, %2 (llamada %3)</translation>
    </message>
    <message>
        <source>No highlight chosen for this week.</source>
        <translation>No se ha elegido ninguna llamada destacada para esta semana.</translation>
    </message>
    <message>
        <source>No tip candidates: no pattern-tagged annotations this week.</source>
        <translation>No hay consejos candidatos: esta semana no hay anotaciones etiquetadas con un patrón.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clip(s)</source>
        <translation>
            <numerusform>Se escribió %n clip</numerusform>
            <numerusform>Se escribieron %n clips</numerusform>
        </translation>
    </message>
    <message>
        <source>with captions, playlist and cue sheet to %1</source>
        <translation>con subtítulos, lista de reproducción y guía de reproducción en %1</translation>
    </message>
    <message>
        <source>Keep the clips, captions and cue sheet as recorded; by default personal data the transcripts show is bleeped and replaced.</source>
        <translation>Conservar los clips, subtítulos y guía de reproducción tal como se grabaron; por defecto, los datos personales de las transcripciones se ocultan con pitidos y se sustituyen.</translation>
    </message>
    <message numerus="yes">
        <source>Bleeped %n span(s) of personal data</source>
        <translation>
            <numerusform>%n fragmento de datos personales ocultado con pitidos</numerusform>
            <numerusform>%n fragmentos de datos personales ocultados con pitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackDialog</name>
    <message>
        <source>Standup Pack</source>
        <translation>Paquete para la reunión diaria</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Semana:</translation>
    </message>
    <message>
        <source>Highlight of the week</source>
        <translation>Llamada destacada de la semana</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>No tips this week: tag moments with a pattern (or “Off-script — effective”) in Review and they appear here.</source>
        <translation>No hay consejos esta semana: etiquete momentos con un patrón (o con «Fuera de guion — eficaz») en Revisión y aparecerán aquí.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Zip file</source>
        <translation>Archivo &amp;zip</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Write Pack</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <source>The library has no teams yet: import calls with a rep and team first.</source>
        <translation>La biblioteca aún no tiene equipos: importe primero llamadas con agente y equipo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2%3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2%3&lt;br&gt;&lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
    <message>
        <source>No highlight chosen for this week; pick one in Highlights, or send tips only.</source>
        <translation>No se ha elegido ninguna llamada destacada para esta semana; elija una en Destacadas o envíe solo consejos.</translation>
    </message>
    <message>
        <source>%1 · %2 – %3</source>
        <comment>ISO week · Monday – Sunday</comment>
        <translation>%1 · %2 – %3</translation>
    </message>
    <message>
        <source>Tick the highlight or at least one tip.</source>
        <translation>Marque la llamada destacada o al menos un consejo.</translation>
    </message>
    <message numerus="yes">
        <source>%n clip(s), %1 in all</source>
        <translation>
            <numerusform>%n clip, %1 en total</numerusform>
            <numerusform>%n clips, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Standup Pack</source>
        <translation>Guardar paquete para la reunión diaria</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the Standup Pack</source>
        <translation>Carpeta para el paquete de la reunión diaria</translation>
    </message>
    <message>
        <source>Choose a team</source>
        <translation>Elija un equipo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Rendering clips</source>
        <translation>Generando los clips</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clip(s), %1 in all, to %2</source>
        <translation>
            <numerusform>Se escribió %n clip, %1 en total, en %2</numerusform>
            <numerusform>Se escribieron %n clips, %1 en total, en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>&amp;Bleep personal data</source>
        <translation>Ocultar datos personales con &amp;pitidos</translation>
    </message>
    <message>
        <source>Card numbers, names, phone numbers and the like the transcripts show are bleeped in the speaker&apos;s channel and replaced in the captions and cue sheet</source>
        <translation>Los números de tarjeta, nombres, teléfonos y datos similares de las transcripciones se ocultan con pitidos en el canal de quien habla y se sustituyen en los subtítulos y la guía de reproducción</translation>
    </message>
    <message>
        <source>Privacy:</source>
        <translation>Privacidad:</translation>
    </message>
    <message numerus="yes">
        <source>Rendering clips, %n span(s) of personal data bleeped</source>
        <translation>
            <numerusform>Generando clips, %n fragmento de datos personales ocultado con pitidos</numerusform>
            <numerusform>Generando clips, %n fragmentos de datos personales ocultados con pitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandupPackLayout</name>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>rep — pattern</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Highlight of the week</source>
        <translation>Llamada destacada de la semana</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>[removed]</source>
        <translation>[eliminado]</translation>
    </message>
</context>
<context>
    <name>StandupPackPlanner</name>
    <message>
        <source>%1: no team “%2” (teams: %3)</source>
        <translation>%1: no existe el equipo «%2» (equipos: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>The highlight of %1 names call %2, which is not in the library</source>
        <translation>La destacada de %1 remite a la llamada %2, que no está en la biblioteca</translation>
    </message>
    <message>
        <source>Annotation %1 is not in the library</source>
        <translation>La anotación %1 no está en la biblioteca</translation>
    </message>
    <message>
        <source>Annotation %1 names call %2, which is not in the library</source>
        <translation>La anotación %1 remite a la llamada %2, que no está en la biblioteca</translation>
    </message>
    <message>
        <source>%1, %2: no highlight is chosen and no tip was named, so the pack would be empty</source>
        <translation>%1, %2: no se ha elegido ninguna llamada destacada ni se ha indicado ningún consejo, así que el paquete estaría vacío</translation>
    </message>
</context>
<context>
    <name>StandupPackZip</name>
    <message>
        <source>%1: cannot create the zip (%2)</source>
        <translation>%1: no se puede crear el zip (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>no se puede añadir %1</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>Escribiendo el zip</translation>
    </message>
    <message>
        <source>%1: cancelled; no zip was written</source>
        <translation>%1: cancelado; no se ha escrito ningún zip</translation>
    </message>
    <message>
        <source>cannot write the zip</source>
        <translation>no se puede escribir el zip</translation>
    </message>
</context>
<context>
    <name>StandupTipModel</name>
    <message>
        <source>unknown date</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Call %1 of %2, %3–%4</source>
        <translation>Llamada %1 (%2), %3–%4</translation>
    </message>
    <message>
        <source>Unknown rep</source>
        <translation>Agente desconocido</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>What to listen for</source>
        <translation>En qué fijarse</translation>
    </message>
</context>
<context>
    <name>TagLabels</name>
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
        <source>Off-script — effective</source>
        <translation>Fuera de guion — eficaz</translation>
    </message>
    <message>
        <source>Off-script — ineffective</source>
        <translation>Fuera de guion — ineficaz</translation>
    </message>
    <message>
        <source>Empathy bridge</source>
        <translation>Puente de empatía</translation>
    </message>
    <message>
        <source>Paraphrase-and-confirm</source>
        <translation>Parafrasear y confirmar</translation>
    </message>
    <message>
        <source>“Yes, And”</source>
        <translation>«Sí, y además»</translation>
    </message>
    <message>
        <source>Layered questioning</source>
        <translation>Preguntas por capas</translation>
    </message>
    <message>
        <source>Emotional mirroring with restraint</source>
        <translation>Reflejo emocional con mesura</translation>
    </message>
    <message>
        <source>Pause button</source>
        <translation>Botón de pausa</translation>
    </message>
    <message>
        <source>Canned empathy</source>
        <translation>Empatía enlatada</translation>
    </message>
    <message>
        <source>Canned empathy overused</source>
        <translation>Empatía enlatada en exceso</translation>
    </message>
    <message>
        <source>Robotic script reading</source>
        <translation>Lectura robótica del guion</translation>
    </message>
    <message>
        <source>Boundary breach: promise</source>
        <translation>Límite traspasado: promesa</translation>
    </message>
    <message>
        <source>Boundary breach: personal opinion</source>
        <translation>Límite traspasado: opinión personal</translation>
    </message>
    <message>
        <source>Boundary breach: arguing</source>
        <translation>Límite traspasado: discutir</translation>
    </message>
    <message>
        <source>Missed empathy opportunity</source>
        <translation>Oportunidad de empatía perdida</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>Angry customer</source>
        <translation>Cliente enfadado</translation>
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
    <name>TeamTimeZoneDialog</name>
    <message>
        <source>Team Time Zone</source>
        <translation>Zona horaria del equipo</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone — %1</source>
        <translation>Zona horaria de este equipo — %1</translation>
    </message>
    <message>
        <source>Type part of a city or region</source>
        <translation>Escriba parte de una ciudad o región</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Set Time Zone</source>
        <translation>Establecer zona horaria</translation>
    </message>
    <message>
        <source>A call belongs to the week of %1&apos;s own calendar: a call on Sunday evening in one zone can already be Monday, the next week, in another. Highlights and candidates regroup as soon as the zone is set.</source>
        <translation>Una llamada pertenece a la semana del calendario propio de %1: una llamada el domingo por la noche en una zona puede ser ya lunes, la semana siguiente, en otra. Las destacadas y las candidatas se reagrupan en cuanto se establece la zona.</translation>
    </message>
    <message>
        <source>Choose a zone from the list.</source>
        <translation>Elija una zona de la lista.</translation>
    </message>
    <message>
        <source>It is %1 there now.</source>
        <translation>Allí son ahora las %1.</translation>
    </message>
</context>
<context>
    <name>TeamsCommand</name>
    <message>
        <source>List the teams and their time zones; set a team&apos;s time zone</source>
        <translation>Listar los equipos y sus zonas horarias; establecer la zona horaria de un equipo</translation>
    </message>
    <message>
        <source>Nothing to list the teams, or “set-zone TEAM ZONE”: the IANA time zone (e.g. Pacific/Auckland) the team&apos;s highlight weeks are read in, or “local” for this machine&apos;s.</source>
        <translation>Nada para listar los equipos, o «set-zone TEAM ZONE»: la zona horaria IANA (p. ej. Pacific/Auckland) en la que se leen las semanas de destacadas del equipo, o «local» para la de este equipo.</translation>
    </message>
    <message>
        <source>[set-zone TEAM ZONE]</source>
        <translation>[set-zone TEAM ZONE]</translation>
    </message>
    <message>
        <source>Print a JSON array (see the README for its fields).</source>
        <translation>Imprimir un array JSON (sus campos están en el README).</translation>
    </message>
    <message>
        <source>error: set-zone takes a team and a time zone, as in “coach teams set-zone Billing Europe/Berlin”</source>
        <translation>error: set-zone necesita un equipo y una zona horaria, como en «coach teams set-zone Billing Europe/Berlin»</translation>
    </message>
    <message>
        <source>error: unknown teams verb “%1”; use set-zone, or nothing to list</source>
        <translation>error: acción de teams desconocida «%1»; use set-zone, o nada para listar</translation>
    </message>
    <message>
        <source>No teams yet: import calls with a manifest that names each rep&apos;s team.</source>
        <translation>Aún no hay equipos: importe llamadas con un manifiesto que indique el equipo de cada agente.</translation>
    </message>
    <message>
        <source>%1 (this machine&apos;s)</source>
        <translation>%1 (la de este equipo)</translation>
    </message>
    <message>
        <source>error: %1: no team “%2” (teams: %3)</source>
        <translation>error: %1: no hay ningún equipo «%2» (equipos: %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1 now reads its weeks in this machine&apos;s time zone (%2).</source>
        <translation>%1 lee ahora sus semanas en la zona horaria de este equipo (%2).</translation>
    </message>
    <message>
        <source>%1 now reads its weeks in %2.</source>
        <translation>%1 lee ahora sus semanas en %2.</translation>
    </message>
</context>
<context>
    <name>TranscriptAttacher</name>
    <message>
        <source>%1: the transcript has no timed lines</source>
        <translation>%1: la transcripción no tiene líneas con tiempos</translation>
    </message>
    <message>
        <source>%1: its first line starts at %2, after the recording ends (%3); it is probably the transcript of another call</source>
        <translation>%1: su primera línea empieza en %2, después de que termine la grabación (%3); probablemente sea la transcripción de otra llamada</translation>
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
    <name>TranscriptDropController</name>
    <message>
        <source>Cannot Attach Transcript</source>
        <translation>No se puede adjuntar la transcripción</translation>
    </message>
    <message>
        <source>“%1” was not attached; the call keeps the transcript it had.</source>
        <translation>«%1» no se ha adjuntado; la llamada conserva la transcripción que tenía.</translation>
    </message>
    <message>
        <source>The call is no longer in the library.</source>
        <translation>La llamada ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Replace Transcript?</source>
        <translation>¿Sustituir la transcripción?</translation>
    </message>
    <message>
        <source>The call %1 already has a transcript. Replace it with “%2”?</source>
        <translation>La llamada %1 ya tiene una transcripción. ¿Desea sustituirla por «%2»?</translation>
    </message>
    <message>
        <source>Its lines and who speaks them are replaced; the call&apos;s annotations stay.</source>
        <translation>Se sustituyen sus líneas y quién las dice; las anotaciones de la llamada se conservan.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Attached “%1”: %n line(s)</source>
        <translation>
            <numerusform>Se adjuntó «%1»: %n línea</numerusform>
            <numerusform>Se adjuntó «%1»: %n líneas</numerusform>
        </translation>
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
