<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="23"/>
        <source>DOI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="25"/>
        <source>Trial registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="33"/>
        <source>published online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="41"/>
        <source>Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="41"/>
        <source>Published as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="45"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="46"/>
        <source>Confirms you have read the disclaimer, and opens the topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="138"/>
        <source>Touch an underlined word to see what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="156"/>
        <source>Medical Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="157"/>
        <source>Last Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="24"/>
        <location filename="../../kiosk/views/glossary.py" line="37"/>
        <location filename="../../kiosk/views/home.py" line="35"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="26"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="73"/>
        <location filename="../../kiosk/views/screen.py" line="57"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="73"/>
        <source>Reads this word and its meaning aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="76"/>
        <source>Closes this explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="31"/>
        <source>Choose a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="37"/>
        <source>Opens this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="28"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="30"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="36"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="36"/>
        <source>Keeps this page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="45"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="57"/>
        <source>Reads this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="58"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="58"/>
        <source>Stops reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="59"/>
        <source>Makes the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="60"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="61"/>
        <source>Makes the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="62"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="63"/>
        <source>Normal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="63"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="65"/>
        <source>Switches between dark and light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="71"/>
        <source>Shows the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="104"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="104"/>
        <source>Returns to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="105"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="105"/>
        <source>Returns to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="107"/>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="107"/>
        <source>Shows the medical disclaimer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="20"/>
        <source>This kiosk is being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="23"/>
        <source>Please ask the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
