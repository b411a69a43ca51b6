<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="73"/>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="74"/>
        <source>Something went wrong that alliance_desk did not expect. Your data is safe: every change was saved when you made it. Details were written to {log}.</source>
        <translation>Er ging iets mis dat alliance_desk niet verwachtte. Uw gegevens zijn veilig: elke wijziging is opgeslagen op het moment dat u die maakte. De details staan in {log}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="56"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="60"/>
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation>{path} is leeg en dus geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="64"/>
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation>{path} is een map, geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="68"/>
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation>{path} is een SQLite-database die niet door alliance_desk is gemaakt. Het bestand is niet geopend en er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="74"/>
        <source>{path} is not an alliance_desk workbook.</source>
        <translation>{path} is geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77"/>
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation>{path} is opgeslagen met een nieuwere versie van alliance_desk (bestandsformaat {found}, deze versie leest tot en met {supported}). Werk alliance_desk bij om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation>Er is geen goede back-up gevonden. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="89"/>
        <source>The newest good backup is {backup}. Restore it with the command &apos;alliance-desk restore&apos;.</source>
        <translation>De nieuwste goede back-up is {backup}. Zet die terug met het commando &apos;alliance-desk restore&apos;.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94"/>
        <source>{path} is damaged ({detail}).</source>
        <translation>{path} is beschadigd ({detail}).</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="98"/>
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation>{path} is al geopend in een ander alliance_desk-venster ({holder}). Sluit het daar eerst. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104"/>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="108"/>
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation>{path} kon niet worden gebruikt: {detail}. Er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="20"/>
        <source>Operational awareness</source>
        <translation>Operationeel bewustzijn</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="21"/>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="22"/>
        <source>Internal assessment</source>
        <translation>Interne beoordeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="23"/>
        <source>Partner selection</source>
        <translation>Partnerselectie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="24"/>
        <source>Working together</source>
        <translation>Samenwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="25"/>
        <source>Value creation</source>
        <translation>Waardecreatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="26"/>
        <source>Staying together</source>
        <translation>Samen blijven</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="27"/>
        <source>Exit strategy</source>
        <translation>Exitstrategie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29"/>
        <source>Co-development</source>
        <translation>Co-development</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30"/>
        <source>Distribution</source>
        <translation>Distributie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31"/>
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32"/>
        <source>Licensing</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33"/>
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="34"/>
        <source>Supply</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="35"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="36"/>
        <source>Public-private</source>
        <translation>Publiek-privaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="37"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="39"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="40"/>
        <source>Amber</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="88"/>
        <source>&amp;New workbook…</source>
        <translation>&amp;Nieuw werkboek…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="89"/>
        <source>&amp;Open workbook…</source>
        <translation>Werkboek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="90"/>
        <source>Open &amp;demo workbook</source>
        <translation>&amp;Demowerkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="92"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="93"/>
        <source>Alliances in this workbook</source>
        <translation>Allianties in dit werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="109"/>
        <source>No workbook is open. Open one or start with the demo from the File menu.</source>
        <translation>Er is geen werkboek geopend. Open er een of begin met het demowerkboek via het menu Bestand.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="116"/>
        <source>{count} alliances in {path}</source>
        <translation>{count} allianties in {path}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="123"/>
        <source>Cannot open the workbook</source>
        <translation>Werkboek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="144"/>
        <source>Open workbook</source>
        <translation>Werkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="144"/>
        <location filename="../../alliance_desk/ui/main_window.py" line="151"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation>alliance_desk-werkboeken (*.alliance)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="151"/>
        <source>New workbook</source>
        <translation>Nieuw werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="159"/>
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="46"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="47"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="48"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="49"/>
        <source>Lifecycle stage</source>
        <translation>Levensfase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="51"/>
        <source>Reason</source>
        <translation>Toelichting</translation>
    </message>
</context>
</TS>
