<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="23"/>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="25"/>
        <source>Trial registration:</source>
        <translation>Registro del ensayo:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="33"/>
        <source>published online</source>
        <translation>publicado en línea el</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="41"/>
        <source>Design:</source>
        <translation>Diseño:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="41"/>
        <source>Published as:</source>
        <translation>Publicado como:</translation>
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
        <location filename="../../kiosk/views/elements.py" line="138"/>
        <source>Touch an underlined word to see what it means</source>
        <translation>Toque una palabra subrayada para ver qué significa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="156"/>
        <source>Medical Review:</source>
        <translation>Revisión médica:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="157"/>
        <source>Last Updated:</source>
        <translation>Última actualización:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="24"/>
        <location filename="../../kiosk/views/glossary.py" line="37"/>
        <location filename="../../kiosk/views/home.py" line="35"/>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="26"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation>Palabras médicas que se usan en estas páginas, explicadas con palabras sencillas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="73"/>
        <location filename="../../kiosk/views/screen.py" line="57"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="73"/>
        <source>Reads this word and its meaning aloud</source>
        <translation>Lee en voz alta esta palabra y su significado</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="76"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="76"/>
        <source>Closes this explanation</source>
        <translation>Cierra esta explicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="31"/>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="37"/>
        <source>Opens this topic</source>
        <translation>Abre este tema</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="28"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="30"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation>Si nadie toca la pantalla, volverá a empezar para la próxima persona en:</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="36"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="36"/>
        <source>Keeps this page open</source>
        <translation>Mantiene abierta esta página</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="45"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="57"/>
        <source>Reads this page aloud</source>
        <translation>Lee esta página en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="58"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="58"/>
        <source>Stops reading aloud</source>
        <translation>Deja de leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="59"/>
        <source>Makes the text smaller</source>
        <translation>Hace el texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="60"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="61"/>
        <source>Makes the text larger</source>
        <translation>Hace el texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="62"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="63"/>
        <source>Normal colours</source>
        <translation>Colores normales</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="63"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="65"/>
        <source>Switches between dark and light colours</source>
        <translation>Cambia entre colores oscuros y claros</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="71"/>
        <source>Shows the kiosk in this language</source>
        <translation>Muestra el quiosco en este idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="104"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="104"/>
        <source>Returns to the previous page</source>
        <translation>Vuelve a la página anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="105"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="105"/>
        <source>Returns to the list of topics</source>
        <translation>Vuelve a la lista de temas</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="107"/>
        <source>Medical disclaimer</source>
        <translation>Aviso médico</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="107"/>
        <source>Shows the medical disclaimer again</source>
        <translation>Muestra otra vez el aviso médico</translation>
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
</context>
</TS>
