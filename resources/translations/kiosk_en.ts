<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="44"/>
        <source>DOI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="46"/>
        <source>Trial registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="67"/>
        <source>published online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="75"/>
        <source>Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="75"/>
        <source>Published as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="81"/>
        <source>Randomized, placebo-controlled trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="82"/>
        <source>Open-label study, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="83"/>
        <source>One group of patients, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="84"/>
        <source>Meta-analysis of randomized trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="93"/>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="95"/>
        <source>%1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="97"/>
        <source>%1 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="99"/>
        <source>registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="100"/>
        <source>Kind of study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="130"/>
        <source>What these words mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="136"/>
        <location filename="../../kiosk/views/cards.py" line="152"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="137"/>
        <source>Adds this study to the Take this with me page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="152"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="161"/>
        <location filename="../../kiosk/views/takehome.py" line="54"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="165"/>
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
        <location filename="../../kiosk/views/labels.py" line="32"/>
        <source>Touch an underlined word to see what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="16"/>
        <source>this page&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="17"/>
        <source>the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="18"/>
        <source>the word explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="19"/>
        <source>the study summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="20"/>
        <source>the references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="21"/>
        <source>the disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="39"/>
        <source>Medical review: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="41"/>
        <source>Medical review of %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="46"/>
        <source>Changed after its medical review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="50"/>
        <source>Not reviewed by a physician yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="55"/>
        <source>Translation not reviewed by a physician yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="59"/>
        <location filename="../../kiosk/views/review_line.py" line="37"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/review_line.py" line="37"/>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="36"/>
        <location filename="../../kiosk/views/glossary.py" line="51"/>
        <location filename="../../kiosk/views/home.py" line="154"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="38"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="72"/>
        <location filename="../../kiosk/views/screen.py" line="121"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="72"/>
        <source>Reads this word and its meaning aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="75"/>
        <location filename="../../kiosk/views/sheet.py" line="68"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="75"/>
        <source>Closes this explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="53"/>
        <location filename="../../kiosk/views/sheet.py" line="140"/>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="141"/>
        <source>Opens the text size and colour controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="60"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="67"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="68"/>
        <source>Closes this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="149"/>
        <source>Choose a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="197"/>
        <source>Opens this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="167"/>
        <source>Previous topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="168"/>
        <source>Shows the topics before these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="169"/>
        <source>More topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="169"/>
        <source>Shows more topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="332"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="21"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="23"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="26"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="26"/>
        <source>Keeps this page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="32"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="121"/>
        <source>Reads this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="122"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="122"/>
        <source>Stops reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="54"/>
        <source>Makes the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="55"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="56"/>
        <source>Makes the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="57"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="64"/>
        <source>Normal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="64"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="66"/>
        <source>Switches between dark and light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="142"/>
        <source>Shows the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="181"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="181"/>
        <source>Returns to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="182"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="182"/>
        <source>Returns to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="184"/>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="184"/>
        <source>Shows the medical disclaimer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="186"/>
        <source>Shows the studies you saved, to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="267"/>
        <source>Take this with me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="268"/>
        <location filename="../../kiosk/views/takehome.py" line="40"/>
        <location filename="../../kiosk/views/takehome.py" line="61"/>
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
        <location filename="../../kiosk/views/takehome.py" line="27"/>
        <source>To read later, from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="44"/>
        <source>Nothing is saved yet. Touch “Save” on a study, and it is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="48"/>
        <source>Scan this code with your phone&apos;s camera: your phone shows the list below, with the links. Your list is not kept on this kiosk: it is cleared when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
