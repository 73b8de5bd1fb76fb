<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../kiosk/views/cards.py" line="45"/>
        <source>DOI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="47"/>
        <source>Trial registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="68"/>
        <source>published online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="76"/>
        <source>Design:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="76"/>
        <source>Published as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="82"/>
        <source>Randomized, placebo-controlled trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="83"/>
        <source>Open-label study, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="84"/>
        <source>One group of patients, no control group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="85"/>
        <source>Meta-analysis of randomized trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="94"/>
        <source>Phase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="96"/>
        <source>%1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="98"/>
        <source>%1 patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="100"/>
        <source>registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="101"/>
        <source>Kind of study:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="131"/>
        <source>What these words mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="142"/>
        <location filename="../../kiosk/views/cards.py" line="194"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="145"/>
        <source>Adds this study to the Take this with me page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="194"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="209"/>
        <location filename="../../kiosk/views/takehome.py" line="59"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/cards.py" line="212"/>
        <source>To read it at home, scan this code with your phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="41"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/disclaimer.py" line="42"/>
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
        <location filename="../../kiosk/views/cards.py" line="60"/>
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
        <location filename="../../kiosk/views/glossary.py" line="44"/>
        <location filename="../../kiosk/views/glossary.py" line="61"/>
        <location filename="../../kiosk/views/home.py" line="158"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="46"/>
        <source>Medical words used on these pages, in plain language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="82"/>
        <location filename="../../kiosk/views/screen.py" line="128"/>
        <source>Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="82"/>
        <source>Reads this word and its meaning aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="85"/>
        <location filename="../../kiosk/views/sheet.py" line="71"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/glossary.py" line="85"/>
        <source>Closes this explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="56"/>
        <location filename="../../kiosk/views/sheet.py" line="148"/>
        <source>Text and colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="149"/>
        <source>Opens the text size and colour controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="63"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="70"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="71"/>
        <source>Closes this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="153"/>
        <source>Choose a topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="201"/>
        <source>Opens this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="171"/>
        <source>Previous topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="172"/>
        <source>Shows the topics before these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="173"/>
        <source>More topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="173"/>
        <source>Shows more topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/home.py" line="345"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="56"/>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="58"/>
        <source>If nobody touches the screen, it will start over for the next person in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="61"/>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/overlay.py" line="61"/>
        <source>Keeps this page open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/views/overlay.py" line="67"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="128"/>
        <source>Reads this page aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="129"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="129"/>
        <source>Stops reading aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="57"/>
        <source>Makes the text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="58"/>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="59"/>
        <source>Makes the text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="60"/>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="67"/>
        <source>Normal colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="67"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/sheet.py" line="69"/>
        <source>Switches between dark and light colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="149"/>
        <source>Shows the kiosk in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="190"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="190"/>
        <source>Returns to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="191"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="191"/>
        <source>Returns to the list of topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="193"/>
        <source>Medical disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="193"/>
        <source>Shows the medical disclaimer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="195"/>
        <source>Shows the studies you saved, to take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="271"/>
        <source>Take this with me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/screen.py" line="272"/>
        <location filename="../../kiosk/views/takehome.py" line="45"/>
        <location filename="../../kiosk/views/takehome.py" line="68"/>
        <source>Take this with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="21"/>
        <source>This kiosk is being updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/updating.py" line="24"/>
        <source>Please ask the front desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="32"/>
        <source>To read later, from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="49"/>
        <source>Nothing is saved yet. Touch “Save” on a study, and it is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/views/takehome.py" line="53"/>
        <source>Scan this code with your phone&apos;s camera: your phone shows the list below, with the links. Your list is not kept on this kiosk: it is cleared when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="114"/>
        <source>%1, glossary word. Press Enter for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="117"/>
        <source>QR code of the study&apos;s link. Scan it with your phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="118"/>
        <source>QR code of your list. Scan it with your phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="122"/>
        <source>%1, topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="124"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="124"/>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="125"/>
        <source>%1, button, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="127"/>
        <source>%1, button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="129"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="134"/>
        <source>Heading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="138"/>
        <location filename="../../kiosk/focus_stops.py" line="176"/>
        <source>Paragraph %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="167"/>
        <source>QR code of the study&apos;s link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/focus_stops.py" line="167"/>
        <source>QR code of your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="47"/>
        <source>Use the arrow keys to move, Enter to choose, Backspace to go back, and the question mark key for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="108"/>
        <location filename="../../kiosk/touch_guide.py" line="356"/>
        <source>Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="125"/>
        <source>Welcome. This kiosk can speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/keypad.py" line="240"/>
        <source>There is no page to go back to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="63"/>
        <source>Audio guide on. Touch to hear, tap twice to press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="64"/>
        <source>Audio guide off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="366"/>
        <source>Faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="366"/>
        <source>Slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="371"/>
        <source>Louder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="371"/>
        <source>Quieter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="425"/>
        <source>%1, glossary word. Tap twice for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/touch_guide.py" line="432"/>
        <source>More below: slide two fingers up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
