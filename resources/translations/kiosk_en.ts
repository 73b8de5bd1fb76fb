<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="30"/>
        <source>DOI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="32"/>
        <source>Trial registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="40"/>
        <source>published online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="48"/>
        <source>Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="48"/>
        <source>Published as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="54"/>
        <source>Randomized, placebo-controlled trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="55"/>
        <source>Open-label study, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="56"/>
        <source>One group of patients, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="57"/>
        <source>Meta-analysis of randomized trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="66"/>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="68"/>
        <source>%1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="70"/>
        <source>%1 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="72"/>
        <source>registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="73"/>
        <source>Kind of study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="81"/>
        <location filename="../../kiosk/views/cards.py" line="91"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="81"/>
        <source>Adds this study to the Take this with me page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="91"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="100"/>
        <location filename="../../kiosk/views/takehome.py" line="51"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="104"/>
        <source>To read it at home, scan this code with your phone&apos;s camera.</source>
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
        <location filename="../../kiosk/views/elements.py" line="139"/>
        <source>Touch an underlined word to see what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="158"/>
        <source>Medical Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="158"/>
        <source>Last Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="164"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/elements.py" line="164"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="24"/>
        <location filename="../../kiosk/views/glossary.py" line="37"/>
        <location filename="../../kiosk/views/home.py" line="107"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="26"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="64"/>
        <location filename="../../kiosk/views/screen.py" line="113"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="64"/>
        <source>Reads this word and its meaning aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="67"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="67"/>
        <source>Closes this explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Opens the text size and colour controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="1"/>
        <source>Closes this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="102"/>
        <source>Choose a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="109"/>
        <source>Opens this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="136"/>
        <source>Previous topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="137"/>
        <source>Shows the topics before these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="138"/>
        <source>More topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="138"/>
        <source>Shows more topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="227"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="19"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="21"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="24"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="24"/>
        <source>Keeps this page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="30"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="113"/>
        <source>Reads this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="114"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="114"/>
        <source>Stops reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="115"/>
        <source>Makes the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="116"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="117"/>
        <source>Makes the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="118"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="119"/>
        <source>Normal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="119"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="121"/>
        <source>Switches between dark and light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="127"/>
        <source>Shows the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="162"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="162"/>
        <source>Returns to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="163"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="163"/>
        <source>Returns to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="165"/>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="165"/>
        <source>Shows the medical disclaimer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="167"/>
        <source>Shows the studies you saved, to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="228"/>
        <source>Take this with me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="229"/>
        <location filename="../../kiosk/views/takehome.py" line="40"/>
        <source>Take this with me</source>
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
    <message>
        <location filename="../../kiosk/views/takehome.py" line="24"/>
        <source>To read later, from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="45"/>
        <source>Nothing is saved yet. Touch “Save” on a study, and it is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="48"/>
        <source>Scan this code with your phone&apos;s camera: your phone shows the list below, with the links. Nothing is kept on this kiosk, and the list is cleared when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
