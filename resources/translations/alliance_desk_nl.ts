<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="73" />
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="74" />
        <source>Something went wrong that alliance_desk did not expect. Your data is safe: every change was saved when you made it. Details were written to {log}.</source>
        <translation>Er ging iets mis dat alliance_desk niet verwachtte. Uw gegevens zijn veilig: elke wijziging is opgeslagen op het moment dat u die maakte. De details staan in {log}.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="162" />
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="166" />
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation>{path} is leeg en dus geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="170" />
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation>{path} is een map, geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="174" />
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation>{path} is een SQLite-database die niet door alliance_desk is gemaakt. Het bestand is niet geopend en er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="180" />
        <source>{path} is not an alliance_desk workbook.</source>
        <translation>{path} is geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="183" />
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation>{path} is opgeslagen met een nieuwere versie van alliance_desk (bestandsformaat {found}, deze versie leest tot en met {supported}). Werk alliance_desk bij om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="191" />
        <source>No good backup was found. The file was left as it is.</source>
        <translation>Er is geen goede back-up gevonden. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="195" />
        <source>The newest good backup is {backup}. Restore it with the command 'alliance-desk restore'.</source>
        <translation>De nieuwste goede back-up is {backup}. Zet die terug met het commando 'alliance-desk restore'.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="200" />
        <source>{path} is damaged ({detail}).</source>
        <translation>{path} is beschadigd ({detail}).</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="204" />
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation>{path} is al geopend in een ander alliance_desk-venster ({holder}). Sluit het daar eerst. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="210" />
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="214" />
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation>{path} kon niet worden gebruikt: {detail}. Er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="26" />
        <source>Operational awareness</source>
        <translation>Operationeel bewustzijn</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="27" />
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="28" />
        <source>Internal assessment</source>
        <translation>Interne beoordeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29" />
        <source>Partner selection</source>
        <translation>Partnerselectie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30" />
        <source>Working together</source>
        <translation>Samenwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31" />
        <source>Value creation</source>
        <translation>Waardecreatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32" />
        <source>Staying together</source>
        <translation>Samen blijven</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33" />
        <source>Exit strategy</source>
        <translation>Exitstrategie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="39" />
        <source>Co-development</source>
        <translation>Co-development</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="40" />
        <source>Distribution</source>
        <translation>Distributie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41" />
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="42" />
        <source>Licensing</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="43" />
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="44" />
        <source>Supply</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="45" />
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="46" />
        <source>Public-private</source>
        <translation>Publiek-privaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="47" />
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="53" />
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="54" />
        <source>Amber</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="55" />
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="61" />
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="62" />
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="68" />
        <source>Us</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="69" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="70" />
        <source>Joint</source>
        <translation>Gezamenlijk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="76" />
        <source>Our goals</source>
        <translation>Onze doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77" />
        <source>The partner's goals</source>
        <translation>Doelen van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="78" />
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="84" />
        <source>Champion</source>
        <translation>Kampioen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85" />
        <source>Supporter</source>
        <translation>Voorstander</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="86" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="87" />
        <source>Critic</source>
        <translation>Criticus</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="88" />
        <source>Blocker</source>
        <translation>Tegenhouder</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94" />
        <source>Upwards (senior management)</source>
        <translation>Omhoog (senior management)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="95" />
        <source>Sidewards (peer departments)</source>
        <translation>Zijwaarts (andere afdelingen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="96" />
        <source>Downwards (own team)</source>
        <translation>Omlaag (eigen team)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="97" />
        <source>Outwards (partner, external)</source>
        <translation>Naar buiten (partner, extern)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="103" />
        <source>Executive</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104" />
        <source>Senior management</source>
        <translation>Senior management</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="105" />
        <source>Middle management</source>
        <translation>Middenmanagement</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="106" />
        <source>Operational</source>
        <translation>Operationeel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="112" />
        <source>Steering committee</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="113" />
        <source>Executive review</source>
        <translation>Bestuursoverleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="114" />
        <source>Operational review</source>
        <translation>Operationeel overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="115" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="121" />
        <location filename="../../alliance_desk/ui/labels.py" line="138" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="122" />
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="123" />
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="124" />
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="130" />
        <source>Asked, awaiting decision</source>
        <translation>Voorgelegd, wacht op besluit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="131" />
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="132" />
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="139" />
        <source>Being mitigated</source>
        <translation>Wordt beperkt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="140" />
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="132" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="133" />
        <source>&amp;New workbook…</source>
        <translation>&amp;Nieuw werkboek…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="134" />
        <source>&amp;Open workbook…</source>
        <translation>Werkboek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="135" />
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="136" />
        <source>Open &amp;demo workbook</source>
        <translation>&amp;Demowerkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="138" />
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="139" />
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="140" />
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="141" />
        <source>&amp;Alliance:</source>
        <translation>&amp;Alliantie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="142" />
        <source>Current alliance</source>
        <translation>Huidige alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="143" />
        <source>Pages</source>
        <translation>Pagina's</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="258" />
        <source>No recent workbooks</source>
        <translation>Geen recente werkboeken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="336" />
        <source>&amp;Undo {action}</source>
        <translation>&amp;Ongedaan maken: {action}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="338" />
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="341" />
        <source>&amp;Redo {action}</source>
        <translation>Opnieuw &amp;uitvoeren: {action}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="343" />
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="182" />
        <source>Cannot open the workbook</source>
        <translation>Werkboek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="194" />
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="218" />
        <source>Open workbook</source>
        <translation>Werkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="218" />
        <location filename="../../alliance_desk/ui/main_window.py" line="225" />
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation>alliance_desk-werkboeken (*.alliance)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="225" />
        <source>New workbook</source>
        <translation>Nieuw werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233" />
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="59" />
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="60" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="61" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="62" />
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="63" />
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="64" />
        <source>Last health check</source>
        <translation>Laatste gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="67" />
        <source>Next health check</source>
        <translation>Volgende gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="70" />
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="71" />
        <source>Overdue</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="72" />
        <source>Health (trend)</source>
        <translation>Gezondheid (trend)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="73" />
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="135" />
        <source>{date} (overdue)</source>
        <translation>{date} (te laat)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="139" />
        <source>{date} – losing touch</source>
        <translation>{date} – weinig contact</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="140" />
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="153" />
        <source>Average score of the latest health check (1–5), arrow: change since the previous one by the same side</source>
        <translation>Gemiddelde score van de laatste gezondheidscheck (1–5); pijl: verandering sinds de vorige van dezelfde kant</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="207" />
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="210" />
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="211" />
        <source>alliance or partner name</source>
        <translation>naam van alliantie of partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="212" />
        <source>Filter alliances by name</source>
        <translation>Allianties filteren op naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="213" />
        <source>Needs &amp;attention only</source>
        <translation>Alleen wat &amp;aandacht vraagt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="215" />
        <source>Red status, overdue health check, overdue actions or losing touch</source>
        <translation>Rode status, achterstallige gezondheidscheck, verlopen acties of weinig contact</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="217" />
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="218" />
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="219" />
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="220" />
        <source>Filter by lifecycle stage</source>
        <translation>Filteren op levensfase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="221" />
        <source>Alliances</source>
        <translation>Allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="304" />
        <source>No workbook is open.</source>
        <translation>Er is geen werkboek geopend.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="308" />
        <source>Showing {shown} of {total} alliances</source>
        <translation>{shown} van {total} allianties</translation>
    </message>
</context>
</TS>