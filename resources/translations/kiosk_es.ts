<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="45"/>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="47"/>
        <source>Trial registration:</source>
        <translation>Registro del ensayo:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="68"/>
        <source>published online</source>
        <translation>publicado en línea el</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="76"/>
        <source>Design:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="76"/>
        <source>Published as:</source>
        <translation>Publicado como:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="82"/>
        <source>Randomized, placebo-controlled trial</source>
        <translation>Ensayo aleatorizado, controlado con placebo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="83"/>
        <source>Open-label study, no control group</source>
        <translation>Estudio abierto, sin grupo de control</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="84"/>
        <source>One group of patients, no control group</source>
        <translation>Un solo grupo de pacientes, sin grupo de control</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="85"/>
        <source>Meta-analysis of randomized trials</source>
        <translation>Metaanálisis de ensayos aleatorizados</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="94"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="96"/>
        <source>%1 trials</source>
        <translation>%1 ensayos</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="98"/>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="100"/>
        <source>registered as %1</source>
        <translation>registrado como %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="101"/>
        <source>Kind of study:</source>
        <translation>Tipo de estudio:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="131"/>
        <source>What these words mean:</source>
        <translation>Qué significan estas palabras:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="142"/>
        <location filename="../../kiosk/views/cards.py" line="194"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="145"/>
        <source>Adds this study to the Take this with me page</source>
        <translation>Agrega este estudio a la página “Llevar conmigo”</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="194"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="209"/>
        <location filename="../../kiosk/views/takehome.py" line="59"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="212"/>
        <source>To read it at home, scan this code with your phone&apos;s camera.</source>
        <translation>Para leerlo en casa, escanee este código con la cámara de su celular.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="41"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="42"/>
        <source>Confirms you have read the disclaimer, and opens the topics</source>
        <translation>Confirma que leyó el aviso y abre los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/labels.py" line="32"/>
        <source>Touch an underlined word to see what it means</source>
        <translation>Toque una palabra subrayada para ver qué significa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="16"/>
        <source>this page&apos;s text</source>
        <translation>el texto de esta página</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="17"/>
        <source>the notice</source>
        <translation>el recuadro «Importante»</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="18"/>
        <source>the word explanations</source>
        <translation>las explicaciones de las palabras</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="19"/>
        <source>the study summaries</source>
        <translation>los resúmenes de los estudios</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="20"/>
        <source>the references</source>
        <translation>las referencias</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="21"/>
        <source>the disclaimer</source>
        <translation>el aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="39"/>
        <source>Medical review: %1, %2</source>
        <translation>Revisión médica: %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="41"/>
        <source>Medical review of %1: %2, %3</source>
        <translation>Revisión médica de %1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="46"/>
        <source>Changed after its medical review: %1.</source>
        <translation>Con cambios después de su revisión médica: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="50"/>
        <source>Not reviewed by a physician yet: %1.</source>
        <translation>Sin revisión de un médico todavía: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="55"/>
        <source>Translation not reviewed by a physician yet: %1.</source>
        <translation>Traducción sin revisión de un médico todavía: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="60"/>
        <location filename="../../kiosk/views/review_line.py" line="37"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="37"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="44"/>
        <location filename="../../kiosk/views/glossary.py" line="61"/>
        <location filename="../../kiosk/views/home.py" line="158"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="46"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation>Palabras médicas que se usan en estas páginas, explicadas con palabras sencillas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="82"/>
        <location filename="../../kiosk/views/screen.py" line="128"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="82"/>
        <source>Reads this word and its meaning aloud</source>
        <translation>Lee en voz alta esta palabra y su significado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="85"/>
        <location filename="../../kiosk/views/sheet.py" line="71"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="85"/>
        <source>Closes this explanation</source>
        <translation>Cierra esta explicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="56"/>
        <location filename="../../kiosk/views/sheet.py" line="148"/>
        <source>Text and colours</source>
        <translation>Texto y colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="149"/>
        <source>Opens the text size and colour controls</source>
        <translation>Abre los controles de tamaño del texto y de colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="63"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="70"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="71"/>
        <source>Closes this card</source>
        <translation>Cierra esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="153"/>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="201"/>
        <source>Opens this topic</source>
        <translation>Abre este tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="171"/>
        <source>Previous topics</source>
        <translation>Temas anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="172"/>
        <source>Shows the topics before these</source>
        <translation>Muestra los temas anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="173"/>
        <source>More topics</source>
        <translation>Más temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="173"/>
        <source>Shows more topics</source>
        <translation>Muestra más temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="345"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="56"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="58"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation>Si nadie toca la pantalla, volverá a empezar para la próxima persona en:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="61"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="61"/>
        <source>Keeps this page open</source>
        <translation>Mantiene abierta esta página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="67"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="128"/>
        <source>Reads this page aloud</source>
        <translation>Lee esta página en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="129"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="129"/>
        <source>Stops reading aloud</source>
        <translation>Deja de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="57"/>
        <source>Makes the text smaller</source>
        <translation>Hace el texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="58"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="59"/>
        <source>Makes the text larger</source>
        <translation>Hace el texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="60"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="67"/>
        <source>Normal colours</source>
        <translation>Colores normales</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="67"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="69"/>
        <source>Switches between dark and light colours</source>
        <translation>Cambia entre colores oscuros y claros</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="149"/>
        <source>Shows the kiosk in this language</source>
        <translation>Muestra el quiosco en este idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="190"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="190"/>
        <source>Returns to the previous page</source>
        <translation>Vuelve a la página anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="191"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="191"/>
        <source>Returns to the list of topics</source>
        <translation>Vuelve a la lista de temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="193"/>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="193"/>
        <source>Shows the medical disclaimer again</source>
        <translation>Muestra otra vez el aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="195"/>
        <source>Shows the studies you saved, to take home</source>
        <translation>Muestra los estudios que guardó, para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="271"/>
        <source>Take this with me (%1)</source>
        <translation>Llevar conmigo (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="272"/>
        <location filename="../../kiosk/views/takehome.py" line="45"/>
        <location filename="../../kiosk/views/takehome.py" line="68"/>
        <source>Take this with me</source>
        <translation>Llevar conmigo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="21"/>
        <source>This kiosk is being updated.</source>
        <translation>Este quiosco se está actualizando.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="24"/>
        <source>Please ask the front desk.</source>
        <translation>Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="32"/>
        <source>To read later, from %1:</source>
        <translation>Para leer más tarde, de parte de %1:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="49"/>
        <source>Nothing is saved yet. Touch “Save” on a study, and it is added here.</source>
        <translation>Todavía no hay nada guardado. Toque “Guardar” en un estudio y se agregará aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="53"/>
        <source>Scan this code with your phone&apos;s camera: your phone shows the list below, with the links. Your list is not kept on this kiosk: it is cleared when you leave.</source>
        <translation>Escanee este código con la cámara de su celular: su celular mostrará la lista de abajo, con los enlaces. Su lista no se guarda en este quiosco: se borra cuando usted se vaya.</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="114"/>
        <source>%1, glossary word. Press Enter for its meaning.</source>
        <translation>%1, palabra del glosario. Pulse Intro para saber qué significa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="117"/>
        <source>QR code of the study&apos;s link. Scan it with your phone&apos;s camera.</source>
        <translation>Código QR del enlace del estudio. Escanéelo con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="118"/>
        <source>QR code of your list. Scan it with your phone&apos;s camera.</source>
        <translation>Código QR de su lista. Escanéelo con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="122"/>
        <source>%1, topic</source>
        <translation>%1, tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="124"/>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="124"/>
        <source>not saved</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="125"/>
        <source>%1, button, %2</source>
        <translation>%1, botón, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="127"/>
        <source>%1, button</source>
        <translation>%1, botón</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="129"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="134"/>
        <source>Heading: %1</source>
        <translation>Encabezado: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="138"/>
        <location filename="../../kiosk/focus_stops.py" line="176"/>
        <source>Paragraph %1 of %2.</source>
        <translation>Párrafo %1 de %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="167"/>
        <source>QR code of the study&apos;s link</source>
        <translation>Código QR del enlace del estudio</translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="167"/>
        <source>QR code of your list</source>
        <translation>Código QR de su lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="47"/>
        <source>Use the arrow keys to move, Enter to choose, Backspace to go back, and the question mark key for help.</source>
        <translation>Use las flechas para moverse, Intro para elegir, Retroceso para volver y la tecla del signo de interrogación para pedir ayuda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="108"/>
        <location filename="../../kiosk/touch_guide.py" line="356"/>
        <source>Welcome back.</source>
        <translation>Bienvenido de nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="125"/>
        <source>Welcome. This kiosk can speak.</source>
        <translation>Bienvenido. Este quiosco puede hablar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="240"/>
        <source>There is no page to go back to.</source>
        <translation>No hay ninguna página a la que volver.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="63"/>
        <source>Audio guide on. Touch to hear, tap twice to press.</source>
        <translation>Guía de audio activada. Toque para oír, dos toques para pulsar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="64"/>
        <source>Audio guide off.</source>
        <translation>Guía de audio desactivada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="366"/>
        <source>Faster.</source>
        <translation>Más rápido.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="366"/>
        <source>Slower.</source>
        <translation>Más lento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="371"/>
        <source>Louder.</source>
        <translation>Más alto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="371"/>
        <source>Quieter.</source>
        <translation>Más bajo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="425"/>
        <source>%1, glossary word. Tap twice for its meaning.</source>
        <translation>%1, palabra del glosario. Toque dos veces para saber qué significa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="432"/>
        <source>More below: slide two fingers up.</source>
        <translation>Hay más abajo: deslice dos dedos hacia arriba.</translation>
    </message>
</context>
</TS>
