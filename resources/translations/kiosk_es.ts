<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="30"/>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="32"/>
        <source>Trial registration:</source>
        <translation>Registro del ensayo:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="40"/>
        <source>published online</source>
        <translation>publicado en línea el</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="48"/>
        <source>Design:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="48"/>
        <source>Published as:</source>
        <translation>Publicado como:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="54"/>
        <source>Randomized, placebo-controlled trial</source>
        <translation>Ensayo aleatorizado, controlado con placebo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="55"/>
        <source>Open-label study, no control group</source>
        <translation>Estudio abierto, sin grupo de control</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="56"/>
        <source>One group of patients, no control group</source>
        <translation>Un solo grupo de pacientes, sin grupo de control</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="57"/>
        <source>Meta-analysis of randomized trials</source>
        <translation>Metanálisis de ensayos aleatorizados</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="66"/>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="68"/>
        <source>%1 trials</source>
        <translation>%1 ensayos</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="70"/>
        <source>%1 patients</source>
        <translation>%1 pacientes</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="72"/>
        <source>registered as %1</source>
        <translation>registrado como %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="73"/>
        <source>Kind of study:</source>
        <translation>Tipo de estudio:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="81"/>
        <location filename="../../kiosk/views/cards.py" line="91"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="81"/>
        <source>Adds this study to the Take this with me page</source>
        <translation>Agrega este estudio a la página “Llevar conmigo”</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="91"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="100"/>
        <location filename="../../kiosk/views/takehome.py" line="51"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="104"/>
        <source>To read it at home, scan this code with your phone&apos;s camera.</source>
        <translation>Para leerlo en casa, escanee este código con la cámara de su teléfono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="45"/>
        <source>I understand</source>
        <translation>Entiendo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="46"/>
        <source>Confirms you have read the disclaimer, and opens the topics</source>
        <translation>Confirma que leyó el aviso y abre los temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="139"/>
        <source>Touch an underlined word to see what it means</source>
        <translation>Toque una palabra subrayada para ver qué significa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="164"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="164"/>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="158"/>
        <source>Medical Review:</source>
        <translation>Revisión médica:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="158"/>
        <source>Last Updated:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="24"/>
        <location filename="../../kiosk/views/glossary.py" line="37"/>
        <location filename="../../kiosk/views/home.py" line="107"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="26"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation>Palabras médicas que se usan en estas páginas, explicadas con palabras sencillas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="64"/>
        <location filename="../../kiosk/views/screen.py" line="113"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="64"/>
        <source>Reads this word and its meaning aloud</source>
        <translation>Lee en voz alta esta palabra y su significado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="67"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="67"/>
        <source>Closes this explanation</source>
        <translation>Cierra esta explicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Text and colours</source>
        <translation>Texto y colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Opens the text size and colour controls</source>
        <translation>Abre los controles de tamaño del texto y de colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Closes this card</source>
        <translation>Cierra esta tarjeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="102"/>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="109"/>
        <source>Opens this topic</source>
        <translation>Abre este tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="136"/>
        <source>Previous topics</source>
        <translation>Temas anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="137"/>
        <source>Shows the topics before these</source>
        <translation>Muestra los temas anteriores</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="138"/>
        <source>More topics</source>
        <translation>Más temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="138"/>
        <source>Shows more topics</source>
        <translation>Muestra más temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="227"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="19"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="21"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation>Si nadie toca la pantalla, volverá a empezar para la próxima persona en:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="24"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="24"/>
        <source>Keeps this page open</source>
        <translation>Mantiene abierta esta página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="30"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="113"/>
        <source>Reads this page aloud</source>
        <translation>Lee esta página en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="114"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="114"/>
        <source>Stops reading aloud</source>
        <translation>Deja de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="115"/>
        <source>Makes the text smaller</source>
        <translation>Hace el texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="116"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="117"/>
        <source>Makes the text larger</source>
        <translation>Hace el texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="118"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="119"/>
        <source>Normal colours</source>
        <translation>Colores normales</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="119"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="121"/>
        <source>Switches between dark and light colours</source>
        <translation>Cambia entre colores oscuros y claros</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="127"/>
        <source>Shows the kiosk in this language</source>
        <translation>Muestra el quiosco en este idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="162"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="162"/>
        <source>Returns to the previous page</source>
        <translation>Vuelve a la página anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="163"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="163"/>
        <source>Returns to the list of topics</source>
        <translation>Vuelve a la lista de temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="165"/>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="165"/>
        <source>Shows the medical disclaimer again</source>
        <translation>Muestra otra vez el aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="167"/>
        <source>Shows the studies you saved, to take home</source>
        <translation>Muestra los estudios que guardó, para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="228"/>
        <source>Take this with me (%1)</source>
        <translation>Llevar conmigo (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="229"/>
        <location filename="../../kiosk/views/takehome.py" line="40"/>
        <source>Take this with me</source>
        <translation>Llevar conmigo</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="20"/>
        <source>This kiosk is being updated.</source>
        <translation>Este quiosco se está actualizando.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="23"/>
        <source>Please ask the front desk.</source>
        <translation>Por favor, pregunte en la recepción.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="24"/>
        <source>To read later, from %1:</source>
        <translation>Para leer más tarde, de parte de %1:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="45"/>
        <source>Nothing is saved yet. Touch “Save” on a study, and it is added here.</source>
        <translation>Todavía no hay nada guardado. Toque “Guardar” en un estudio y se agregará aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="48"/>
        <source>Scan this code with your phone&apos;s camera: your phone shows the list below, with the links. Nothing is kept on this kiosk, and the list is cleared when you leave.</source>
        <translation>Escanee este código con la cámara de su teléfono: su teléfono mostrará la lista de abajo, con los enlaces. No se guarda nada en este quiosco y la lista se borra cuando usted se vaya.</translation>
    </message>
</context>
</TS>
