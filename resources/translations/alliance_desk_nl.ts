<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="59"/>
        <source>About alliance_desk</source>
        <translation>Over alliance_desk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="78"/>
        <source>Their licence texts are in {folder}.</source>
        <translation>Hun licentieteksten staan in {folder}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="80"/>
        <source>Their licence texts come with each installed package.</source>
        <translation>Hun licentieteksten komen met elk geïnstalleerd pakket mee.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="84"/>
        <source>An offline workbook for alliance managers.</source>
        <translation>Een offline werkboek voor alliantiemanagers.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="85"/>
        <source>Licence: MIT.</source>
        <translation>Licentie: MIT.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="105"/>
        <source>none open; your workbooks are wherever you save them</source>
        <translation>geen geopend; je werkboeken staan waar je ze bewaart</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="109"/>
        <source>in a folder NAME-backups beside each workbook</source>
        <translation>in een map NAAM-backups naast elk werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="111"/>
        <source>Workbook</source>
        <translation>Werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="112"/>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="113"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="114"/>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="119"/>
        <source>Where things are:</source>
        <translation>Waar alles staat:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="87"/>
        <source>alliance_desk is built on:</source>
        <translation>alliance_desk is gebouwd op:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="93"/>
        <source>Qt and PySide6 are used under the LGPL-3.0: you may replace them with builds of your own.</source>
        <translation>Qt en PySide6 worden gebruikt onder de LGPL-3.0: je mag ze vervangen door eigen builds.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="41"/>
        <source>The workbook could not be used</source>
        <translation>Het werkboek kon niet worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="48"/>
        <source>Unexpected problem</source>
        <translation>Onverwacht probleem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="49"/>
        <source>Something went wrong that alliance_desk did not expect. Your data is safe: every change was saved when you made it. Details were written to {log}.</source>
        <translation>Er ging iets mis dat alliance_desk niet verwachtte. Je gegevens zijn veilig: elke wijziging is opgeslagen op het moment dat je die maakte. De details staan in {log}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="83"/>
        <source>alliance_desk is already running and waits for an answer in one of its dialogs. Finish that, then open {name} again.</source>
        <translation>alliance_desk draait al en wacht op een antwoord in een van zijn vensters. Rond dat af en open {name} daarna opnieuw.</translation>
    </message>
</context>
<context>
    <name>AssessmentLogModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="215"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="219"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="223"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="168"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="203"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="232"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="169"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="170"/>
        <source>Pr&amp;int…</source>
        <translation>Afd&amp;rukken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="173"/>
        <source>The preview shows earlier choices. Update the preview to see the new ones; Save and Print use the new ones.</source>
        <translation>Het voorbeeld toont eerdere keuzes. Werk het voorbeeld bij om de nieuwe te zien; Opslaan en Afdrukken gebruiken de nieuwe.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="177"/>
        <source>Page width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="178"/>
        <source>Whole page</source>
        <translation>Hele pagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="179"/>
        <source>Actual size</source>
        <translation>Ware grootte</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="180"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="182"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="181"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="183"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="184"/>
        <source>Preview of the briefing&apos;s pages</source>
        <translation>Voorbeeld van de pagina&apos;s van de briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="185"/>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="205"/>
        <source>The board pack is done, but the workbook could not remember it, so the next one will not start from this date: {problem}</source>
        <translation>De bestuursmap is klaar, maar het werkboek kon hem niet onthouden; de volgende begint daarom niet bij deze datum: {problem}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="219"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="221"/>
        <source>No preview yet</source>
        <translation>Nog geen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="237"/>
        <source>The workbook has no alliances yet, so there is nothing to brief on.</source>
        <translation>Het werkboek heeft nog geen allianties, dus er is nog niets voor een briefing.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="243"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation>Vink ten minste één alliantie aan, of kies alle allianties.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="257"/>
        <source>Building the briefing…</source>
        <translation>De briefing wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="276"/>
        <source>The briefing could not be built: {problem}</source>
        <translation>De briefing kon niet worden gemaakt: {problem}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="318"/>
        <source>Save briefing as PDF</source>
        <translation>Briefing opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="324"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="336"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="348"/>
        <source>{path} could not be written: {problem}. Nothing was saved.</source>
        <translation>{path} kon niet worden geschreven: {problem}. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="358"/>
        <source>Saved the briefing to {path}.</source>
        <translation>De briefing is opgeslagen in {path}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="389"/>
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>%n pagina naar {printer} gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar {printer} gestuurd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingOptions</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="178"/>
        <source>&amp;All alliances</source>
        <translation>&amp;Alle allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="179"/>
        <source>Allian&amp;ces:</source>
        <translation>All&amp;ianties:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="180"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="181"/>
        <source>One page per alliance</source>
        <translation>Eén pagina per alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="182"/>
        <source>Board pack: summary, overview, pages, decisions</source>
        <translation>Bestuursmap: samenvatting, overzicht, besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="183"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="184"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="185"/>
        <source>&amp;Reference date:</source>
        <translation>Peil&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="186"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Voorbeeld bijwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="187"/>
        <source>Alliances to brief on</source>
        <translation>Allianties in de briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="188"/>
        <source>Kind of briefing</source>
        <translation>Soort briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="189"/>
        <source>Language of the briefing</source>
        <translation>Taal van de briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="190"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="191"/>
        <source>Reference date of the briefing</source>
        <translation>Peildatum van de briefing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="193"/>
        <source>Overdue items, the next 90 days and trends are reckoned from this date.</source>
        <translation>Verlopen punten, de komende 90 dagen en trends worden vanaf deze datum gerekend.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="195"/>
        <source>C&amp;hanges since:</source>
        <translation>&amp;Wijzigingen sinds:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="196"/>
        <source>Tell what changed since</source>
        <translation>Wijzigingen vermelden sinds</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="198"/>
        <source>The briefing tells what changed in each alliance since this date.</source>
        <translation>De briefing vermeldt per alliantie wat er sinds deze datum is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="200"/>
        <source>Confidentialit&amp;y line:</source>
        <translation>Vertrouwelijk&amp;heidsaanduiding:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="201"/>
        <source>Confidentiality line in the footer</source>
        <translation>Vertrouwelijkheidsaanduiding in de voettekst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="203"/>
        <source>Printed in the footer of every page; leave it empty for none.</source>
        <translation>Staat in de voettekst van elke pagina; laat het veld leeg voor geen aanduiding.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="205"/>
        <source>No confidentiality line</source>
        <translation>Geen vertrouwelijkheidsaanduiding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="244"/>
        <source>Default {date}: the previous board pack made from this workbook.</source>
        <translation>Standaard {date}: de vorige bestuursmap uit dit werkboek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="247"/>
        <source>Default {date}: %n day(s) back, as no earlier board pack is known.</source>
        <translation>
            <numerusform>Standaard {date}: %n dag terug, want er is geen eerdere bestuursmap bekend.</numerusform>
            <numerusform>Standaard {date}: %n dagen terug, want er is geen eerdere bestuursmap bekend.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="255"/>
        <source>board-pack</source>
        <translation>bestuursmap</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="259"/>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
</context>
<context>
    <name>BriefingPrinter</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="79"/>
        <source>Print briefing</source>
        <translation>Briefing afdrukken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="81"/>
        <source>Printing…</source>
        <translation>Bezig met afdrukken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="93"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="124"/>
        <source>The printer reported a problem; the briefing may not have printed.</source>
        <translation>De printer meldde een probleem; de briefing is misschien niet afgedrukt.</translation>
    </message>
</context>
<context>
    <name>CapabilityDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="154"/>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="201"/>
        <source>Capability report</source>
        <translation>Rapport alliantievermogen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="155"/>
        <source>&amp;All alliances</source>
        <translation>&amp;Alle allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="156"/>
        <source>Alliances to report on</source>
        <translation>Allianties in het rapport</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="157"/>
        <source>Allian&amp;ces:</source>
        <translation>All&amp;ianties:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="158"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="159"/>
        <source>Our management (our organisation)</source>
        <translation>Ons management (onze organisatie)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="160"/>
        <source>The partner&apos;s management (their part)</source>
        <translation>Het management van de partner (hun deel)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="161"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="162"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="163"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Voorbeeld bijwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="164"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="165"/>
        <source>Preview of the capability report&apos;s pages</source>
        <translation>Voorbeeld van de pagina&apos;s van het rapport alliantievermogen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="172"/>
        <source>For the partner&apos;s management: their maturity against their development targets, their plan and its support, their departments&apos; skills and training. Nothing of ours (our maturity, people, risks or notes) is in it. Choose the alliances of one partner.</source>
        <translation>Voor het management van de partner: hun volwassenheid tegenover hun ontwikkeldoelen, hun plan en de ondersteuning, de vaardigheden van hun afdelingen en hun training. Niets van ons (onze volwassenheid, mensen, risico&apos;s of notities) staat erin. Kies de allianties van één partner.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="179"/>
        <source>For our own management: our maturity against our targets with the partner&apos;s level beside it, our plan, our departments&apos; skills and training, and the case that collaboration is a matter for the whole organisation.</source>
        <translation>Voor ons eigen management: onze volwassenheid tegenover onze doelen met het niveau van de partner ernaast, ons plan, de vaardigheden en training van onze afdelingen, en waarom samenwerken een zaak van de hele organisatie is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="188"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="188"/>
        <source>No preview yet</source>
        <translation>Nog geen voorbeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="204"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation>Vink ten minste één alliantie aan, of kies alle allianties.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="244"/>
        <source>Save the capability report as</source>
        <translation>Rapport alliantievermogen opslaan als</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="256"/>
        <source>Saved the capability report to {path}.</source>
        <translation>Rapport alliantievermogen opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>ChartWithTable</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/chart_table.py" line="77"/>
        <source>Show as &amp;table</source>
        <translation>Als tabe&amp;l tonen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/chart_table.py" line="79"/>
        <source>What the chart shows, as a table the keyboard and screen readers can read</source>
        <translation>Wat de grafiek toont, als tabel die met het toetsenbord en een schermlezer te lezen is</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="194"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="137"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="138"/>
        <source>Choo&amp;se…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="139"/>
        <source>It &amp;holds:</source>
        <translation>In&amp;houd:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="142"/>
        <source>&amp;Alliance:</source>
        <translation>&amp;Alliantie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="143"/>
        <source>(from the file&apos;s alliance column)</source>
        <translation>(uit de kolom alliantie van het bestand)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="144"/>
        <source>The alliance of the rows that do not name one.</source>
        <translation>De alliantie van de rijen die er geen noemen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="145"/>
        <source>Read as:</source>
        <translation>Gelezen als:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="146"/>
        <source>Encodin&amp;g:</source>
        <translation>&amp;Codering:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="147"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>comma ,</source>
        <translation>komma ,</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>semicolon ;</source>
        <translation>puntkomma ;</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="152"/>
        <source>Shee&amp;t:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="153"/>
        <source>&amp;Columns: which field each column of the file fills</source>
        <translation>&amp;Kolommen: welk veld elke kolom van het bestand vult</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>First value</source>
        <translation>Eerste waarde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="157"/>
        <source>&amp;Remember this mapping for files with these columns</source>
        <translation>Deze koppeling &amp;onthouden voor bestanden met deze kolommen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="197"/>
        <source>The mapping remembered from an earlier import of these columns.</source>
        <translation>De koppeling onthouden van een eerdere import van deze kolommen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="225"/>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="207"/>
        <source>Imported as: {column}</source>
        <translation>Geïmporteerd als: {column}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="267"/>
        <source>Not imported: {columns}</source>
        <translation>Niet geïmporteerd: {columns}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="269"/>
        <source>Every column is imported.</source>
        <translation>Elke kolom wordt geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="168"/>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="180"/>
        <source>&amp;Our person:</source>
        <translation>Persoon bij &amp;ons:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="182"/>
        <source>&amp;Partner&apos;s person:</source>
        <translation>Persoon bij &amp;partner:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="186"/>
        <source>Our person</source>
        <translation>Persoon bij ons</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="187"/>
        <source>Partner&apos;s person</source>
        <translation>Persoon bij partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="189"/>
        <source>1 operational · 2 management · 3 executive</source>
        <translation>1 operationeel · 2 management · 3 bestuur</translation>
    </message>
</context>
<context>
    <name>CounterpartModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="287"/>
        <source>Escalation level</source>
        <translation>Escalatieniveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="288"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="289"/>
        <source>Our person</source>
        <translation>Persoon bij ons</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="290"/>
        <source>Partner&apos;s person</source>
        <translation>Persoon bij partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="291"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="298"/>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
</context>
<context>
    <name>CounterpartsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="92"/>
        <source>Add &amp;link…</source>
        <translation>Koppe&amp;ling toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="93"/>
        <source>Edit lin&amp;k…</source>
        <translation>Koppeling bew&amp;erken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="94"/>
        <source>Delete li&amp;nk</source>
        <translation>Koppeling verwijde&amp;ren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="95"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="215"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="219"/>
        <source>Delete counterpart link</source>
        <translation>Tegenhangerkoppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="96"/>
        <source>Counterpart links</source>
        <translation>Tegenhangerkoppelingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="97"/>
        <source>Departments without a counterpart</source>
        <translation>Afdelingen zonder tegenhanger</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="130"/>
        <source>No stakeholders yet.</source>
        <translation>Nog geen stakeholders.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="134"/>
        <source>✓ Every department on both sides has a counterpart link.</source>
        <translation>✓ Elke afdeling aan beide kanten heeft een tegenhangerkoppeling.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="137"/>
        <source>⚠ No counterpart yet: {departments}</source>
        <translation>⚠ Nog geen tegenhanger: {departments}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="168"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="184"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="187"/>
        <source>Add counterpart link</source>
        <translation>Tegenhangerkoppeling toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="170"/>
        <source>A link needs a person on each side. Add stakeholders on both sides first.</source>
        <translation>Een koppeling heeft aan elke kant een persoon nodig. Voeg eerst aan beide kanten stakeholders toe.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="196"/>
        <source>Edit counterpart link</source>
        <translation>Tegenhangerkoppeling bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="217"/>
        <source>Delete the link between {ours} and {theirs}? Edit &gt; Undo brings it back.</source>
        <translation>De koppeling tussen {ours} en {theirs} verwijderen? Met Bewerken &gt; Ongedaan maken komt die terug.</translation>
    </message>
</context>
<context>
    <name>DepartmentsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="81"/>
        <source>Or&amp;ganisation:</source>
        <translation>Organi&amp;satie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="82"/>
        <source>Organisation whose departments are shown</source>
        <translation>Organisatie waarvan de afdelingen worden getoond</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="83"/>
        <source>Departments and their collaborative skills</source>
        <translation>Afdelingen en hun samenwerkingsvaardigheden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="86"/>
        <source>A gap: people whose current level is below the level the skills framework requires (Edit → Frameworks…). People not yet assessed count among the department&apos;s people but not in its levels.</source>
        <translation>Een tekort: mensen van wie het huidige niveau onder het niveau ligt dat het vaardighedenraamwerk vraagt (Bewerken → Raamwerken…). Wie nog niet beoordeeld is, telt mee bij de mensen van de afdeling, niet bij de niveaus.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="93"/>
        <source>Department / skill</source>
        <translation>Afdeling / vaardigheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="94"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="95"/>
        <source>Assessed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="96"/>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="97"/>
        <source>Lowest</source>
        <translation>Laagste</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="98"/>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="99"/>
        <source>Below required</source>
        <translation>Onder het vereiste</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="116"/>
        <source>Ours: {name}</source>
        <translation>Wij: {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="118"/>
        <source>Partner: {name}</source>
        <translation>Partner: {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="133"/>
        <source>Choose an alliance to see its departments.</source>
        <translation>Kies een alliantie om haar afdelingen te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="137"/>
        <source>The workbook has no skills framework.</source>
        <translation>Het werkboek heeft geen vaardighedenraamwerk.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="142"/>
        <source>Whole organisation</source>
        <translation>Hele organisatie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="146"/>
        <source>%n department(s) deal with the partner</source>
        <translation>
            <numerusform>%n afdeling heeft met de partner te maken</numerusform>
            <numerusform>%n afdelingen hebben met de partner te maken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="148"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="150"/>
        <source>gaps in %n department(s)</source>
        <translation>
            <numerusform>tekorten in %n afdeling</numerusform>
            <numerusform>tekorten in %n afdelingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="157"/>
        <source>%n with a counterpart</source>
        <translation>
            <numerusform>%n met een tegenhanger</numerusform>
            <numerusform>%n met een tegenhanger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="167"/>
        <source>gaps in %n skill(s)</source>
        <translation>
            <numerusform>tekorten in %n vaardigheid</numerusform>
            <numerusform>tekorten in %n vaardigheden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="169"/>
        <source>no gaps</source>
        <translation>geen tekorten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="178"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="182"/>
        <source>%n below: {names}</source>
        <translation>
            <numerusform>%n eronder: {names}</numerusform>
            <numerusform>%n eronder: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="186"/>
        <source>none below</source>
        <translation>niemand eronder</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="207"/>
        <source>There is no file {path}.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="211"/>
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation>{path} is leeg en dus geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="215"/>
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation>{path} is een map, geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="219"/>
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation>{path} is een SQLite-database die niet door alliance_desk is gemaakt. Het bestand is niet geopend en er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="225"/>
        <source>{path} is not an alliance_desk workbook.</source>
        <translation>{path} is geen alliance_desk-werkboek.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="228"/>
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation>{path} is opgeslagen met een nieuwere versie van alliance_desk (bestandsformaat {found}, deze versie leest tot en met {supported}). Werk alliance_desk bij om het te openen. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="236"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation>Er is geen goede back-up gevonden. Het bestand is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="240"/>
        <source>The newest good backup is {backup}. Restore it with the command &apos;alliance-desk restore&apos;.</source>
        <translation>De nieuwste goede back-up is {backup}. Zet die terug met het commando &apos;alliance-desk restore&apos;.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="245"/>
        <source>{path} is damaged ({detail}).</source>
        <translation>{path} is beschadigd ({detail}).</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="249"/>
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation>{path} is al geopend in een ander alliance_desk-venster ({holder}). Sluit het daar eerst. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="255"/>
        <source>{path} already exists. Choose another name.</source>
        <translation>{path} bestaat al. Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="259"/>
        <source>The last changes to {path} could not be recovered after a crash: its journal (the -wal file, last written {written_at}) is damaged, and the saved changes after the damage ({lost}) are lost. Every change before the damage is there; a copy of the journal is in {copy}.</source>
        <translation>De laatste wijzigingen in {path} konden na een crash niet worden hersteld: het logboek (het -wal-bestand, laatst beschreven {written_at}) is beschadigd, en de opgeslagen wijzigingen na de beschadiging ({lost}) zijn verloren. Elke wijziging van vóór de beschadiging is er; een kopie van het logboek staat in {copy}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="267"/>
        <source>{path} is on read-only media: changes cannot be saved. Copy it to a writable folder to change it.</source>
        <translation>{path} staat op een alleen-lezen medium: wijzigingen kunnen niet worden opgeslagen. Kopieer het naar een beschrijfbare map om het te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="273"/>
        <source>{path} could not be read from the disk: {detail}. The medium may be damaged or was removed. Nothing was changed; what is shown stays until it can be read again.</source>
        <translation>{path} kon niet van de schijf worden gelezen: {detail}. Het medium is misschien beschadigd of werd verwijderd. Er is niets gewijzigd; wat u ziet blijft staan tot het weer gelezen kan worden.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="279"/>
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation>{path} kon niet worden gebruikt: {detail}. Er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>EvaluationLog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="121"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="125"/>
        <source>Answered by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="129"/>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="133"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="162"/>
        <source>Average of the scored dimensions (1–5)</source>
        <translation>Gemiddelde van de gescoorde dimensies (1–5)</translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="26"/>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="144"/>
        <source>Evaluations</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="147"/>
        <source>Health checks</source>
        <translation>Gezondheidschecks</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="148"/>
        <source>&amp;New evaluation…</source>
        <translation>&amp;Nieuwe evaluatie…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="149"/>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="150"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="151"/>
        <source>Evaluations of this alliance</source>
        <translation>Evaluaties van deze alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="152"/>
        <source>Lo&amp;g and trend</source>
        <translation>Logboek en tr&amp;end</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="153"/>
        <source>Questionnaire ro&amp;unds</source>
        <translation>Vragenlijst&amp;rondes</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="170"/>
        <source>Choose an alliance to see its evaluations.</source>
        <translation>Kies een alliantie om de evaluaties te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="190"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluatie</numerusform>
            <numerusform>%n evaluaties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="260"/>
        <source>Not scored</source>
        <translation>Niet gescoord</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="261"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="278"/>
        <source>New evaluation</source>
        <translation>Nieuwe evaluatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="285"/>
        <source>Add evaluation</source>
        <translation>Evaluatie toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="301"/>
        <source>Evaluation of {date}</source>
        <translation>Evaluatie van {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="315"/>
        <source>Change evaluation</source>
        <translation>Evaluatie wijzigen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="323"/>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="332"/>
        <source>Delete evaluation</source>
        <translation>Evaluatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="325"/>
        <source>Delete the evaluation of {date} by {side} with all its scores? You can undo this with Ctrl+Z.</source>
        <translation>De evaluatie van {date} door {side} met alle scores verwijderen? Dit is ongedaan te maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="144"/>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="203"/>
        <source>Export evaluations</source>
        <translation>Evaluaties exporteren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="145"/>
        <source>&amp;All alliances</source>
        <translation>&amp;Alle allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="146"/>
        <source>Allian&amp;ces:</source>
        <translation>All&amp;ianties:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="147"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="148"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="149"/>
        <source>&amp;Respondent side:</source>
        <translation>Ingevuld &amp;door:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="150"/>
        <source>Sha&amp;pe:</source>
        <translation>Vo&amp;rm:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="151"/>
        <source>&amp;Long: one row per score</source>
        <translation>&amp;Lang: één rij per score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="152"/>
        <source>&amp;Wide: one row per evaluation</source>
        <translation>&amp;Breed: één rij per evaluatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="153"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="154"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Scheidingsteken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="155"/>
        <source>Dimension &amp;names in:</source>
        <translation>&amp;Namen van dimensies in:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="156"/>
        <source>All sides</source>
        <translation>Alle partijen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="157"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="158"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="159"/>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="160"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="162"/>
        <source>Semicolon ( ; ) and decimal comma, for Dutch spreadsheets</source>
        <translation>Puntkomma ( ; ) en decimale komma, voor Nederlandse spreadsheets</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="164"/>
        <source>Mar&amp;k the file as UTF-8, so Excel shows accents right</source>
        <translation>Mar&amp;keer het bestand als UTF-8, zodat Excel accenten goed toont</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="166"/>
        <source>Starts the file with a byte order mark; other programs ignore it.</source>
        <translation>Begint het bestand met een byte order mark; andere programma&apos;s negeren die.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="168"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="169"/>
        <source>Export all alliances</source>
        <translation>Alle allianties exporteren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="170"/>
        <source>Alliances to export</source>
        <translation>Te exporteren allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="171"/>
        <source>Evaluated on or after (empty: no limit)</source>
        <translation>Geëvalueerd op of na (leeg: geen grens)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="172"/>
        <source>Evaluated on or before (empty: no limit)</source>
        <translation>Geëvalueerd op of voor (leeg: geen grens)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="173"/>
        <source>Respondent side</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="174"/>
        <source>Long form, one row per score</source>
        <translation>Lange vorm, één rij per score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="175"/>
        <source>Wide form, one row per evaluation</source>
        <translation>Brede vorm, één rij per evaluatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="176"/>
        <source>File format</source>
        <translation>Bestandsformaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="177"/>
        <source>CSV delimiter</source>
        <translation>Scheidingsteken voor CSV</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="178"/>
        <source>Language of dimension names</source>
        <translation>Taal van de namen van dimensies</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="179"/>
        <source>Leave empty for no start date.</source>
        <translation>Laat leeg voor geen begindatum.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="180"/>
        <source>Leave empty for no end date.</source>
        <translation>Laat leeg voor geen einddatum.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="193"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="195"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="196"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="206"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation>Vink ten minste één alliantie aan, of kies alle allianties.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="251"/>
        <source>Exporting evaluations…</source>
        <translation>Evaluaties exporteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="254"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Geannuleerd; er is niets geschreven.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="263"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n rij geëxporteerd naar {path}.</numerusform>
            <numerusform>%n rijen geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="266"/>
        <source>No evaluations match the choices; {path} holds only the column names.</source>
        <translation>Geen evaluaties voldoen aan de keuzes; {path} bevat alleen de kolomnamen.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="19"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="20"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="21"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="22"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="23"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="24"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="35"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="25"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="26"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="27"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="28"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="29"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="30"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="31"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="32"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="33"/>
        <source>Type of alliance</source>
        <translation>Type alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="34"/>
        <source>Lifecycle stage</source>
        <translation>Levensfase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="36"/>
        <source>Status in one sentence</source>
        <translation>Status in één zin</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="37"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="38"/>
        <source>Renewal date</source>
        <translation>Verlengingsdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="39"/>
        <source>Contract reference</source>
        <translation>Contractreferentie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="40"/>
        <source>Resources we bring</source>
        <translation>Middelen die wij inbrengen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="41"/>
        <source>Resources the partner brings</source>
        <translation>Middelen die de partner inbrengt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="42"/>
        <source>Days between health checks</source>
        <translation>Dagen tussen gezondheidschecks</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="45"/>
        <source>Whose goal</source>
        <translation>Wiens doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="46"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="47"/>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="48"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="82"/>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="49"/>
        <source>Progress (%)</source>
        <translation>Voortgang (%)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="50"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="51"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="99"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="52"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="100"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="53"/>
        <source>Seniority</source>
        <translation>Senioriteit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="54"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="55"/>
        <source>Executive sponsor</source>
        <translation>Bestuurlijk sponsor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="57"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="58"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="70"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="74"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="59"/>
        <source>Power (1–10)</source>
        <translation>Macht (1–10)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="60"/>
        <source>Interest (1–10)</source>
        <translation>Belang (1–10)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="61"/>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="62"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="63"/>
        <source>Escalation level (1–3)</source>
        <translation>Escalatieniveau (1–3)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="64"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="68"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="77"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="80"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="96"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="65"/>
        <source>Answered by</source>
        <translation>Ingevuld door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="66"/>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="67"/>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="71"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="75"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="72"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="76"/>
        <source>Level (1–5)</source>
        <translation>Niveau (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="73"/>
        <source>Required level (1–5)</source>
        <translation>Vereist niveau (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="78"/>
        <source>Kind of support</source>
        <translation>Soort ondersteuning</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="79"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="81"/>
        <source>Target level (1–5)</source>
        <translation>Doelniveau (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="83"/>
        <source>Development target</source>
        <translation>Ontwikkeldoel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="84"/>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="85"/>
        <source>Asked of</source>
        <translation>Voorgelegd aan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="86"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="87"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="97"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="88"/>
        <source>Decided on</source>
        <translation>Besloten op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="89"/>
        <source>Decided by</source>
        <translation>Besloten door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="90"/>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="91"/>
        <source>Likelihood (1–5)</source>
        <translation>Kans (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="92"/>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="93"/>
        <source>Mitigation</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="94"/>
        <source>Review date</source>
        <translation>Herzieningsdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="95"/>
        <source>Source round</source>
        <translation>Bronronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="98"/>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="67"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="68"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Terugzetten uit back-up…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="69"/>
        <source>&amp;Export workbook…</source>
        <translation>Werkboek &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="70"/>
        <source>Export e&amp;valuations…</source>
        <translation>E&amp;valuaties exporteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="71"/>
        <source>&amp;Import workbook…</source>
        <translation>Werkboek &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="72"/>
        <source>Import res&amp;ponses…</source>
        <translation>Antwoorden im&amp;porteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="74"/>
        <source>Import answered questionnaires (XLSX or PDF) of a round.</source>
        <translation>Ingevulde vragenlijsten (XLSX of PDF) van een ronde importeren.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="76"/>
        <source>I&amp;mport from spreadsheet…</source>
        <translation>Uit spreadsheet i&amp;mporteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="79"/>
        <source>Import organisations, stakeholders, actions, decisions or risks from a CSV or XLSX list, previewed first.</source>
        <translation>Organisaties, stakeholders, acties, besluiten of risico&apos;s importeren uit een CSV- of XLSX-lijst, eerst als voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="83"/>
        <source>Brie&amp;fing…</source>
        <translation>Brie&amp;fing…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="85"/>
        <source>Preview, save or print the senior-management briefing or the board pack.</source>
        <translation>Bekijk, bewaar of druk de briefing voor het senior management of de bestuursmap af.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="87"/>
        <source>Capabi&amp;lity report…</source>
        <translation>Rapport a&amp;lliantievermogen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="90"/>
        <source>Maturity against the development targets, the plans, the departments&apos; skills and training, for our management or the partner&apos;s.</source>
        <translation>Volwassenheid tegenover de ontwikkeldoelen, de plannen, de vaardigheden en training van de afdelingen, voor ons management of dat van de partner.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="113"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="146"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="149"/>
        <source>Back up</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="146"/>
        <source>Backing up the workbook…</source>
        <translation>Back-up van het werkboek maken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="152"/>
        <source>Backed up to {path} (verified).</source>
        <translation>Back-up gemaakt in {path} (gecontroleerd).</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="206"/>
        <source>Daily backup made: {path}</source>
        <translation>Dagelijkse back-up gemaakt: {path}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="210"/>
        <source>The daily backup failed: {problem}</source>
        <translation>De dagelijkse back-up is mislukt: {problem}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="224"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="235"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="246"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="258"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="263"/>
        <source>Restore from backup</source>
        <translation>Terugzetten uit back-up</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="225"/>
        <source>There are no backups of this workbook yet in {folder}.</source>
        <translation>Er zijn nog geen back-ups van dit werkboek in {folder}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="236"/>
        <source>Choose the backup to restore (newest first):</source>
        <translation>Kies de back-up die moet worden teruggezet (nieuwste eerst):</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="248"/>
        <source>Replace the workbook&apos;s content with the backup of {when}? What the workbook holds now is kept as a backup first, so this can be undone by restoring that.</source>
        <translation>De inhoud van het werkboek vervangen door de back-up van {when}? Wat nu in het werkboek staat, wordt eerst als back-up bewaard, dus dit is ongedaan te maken door die back-up terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="259"/>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="267"/>
        <source>Restored from {path}.</source>
        <translation>Teruggezet uit {path}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="282"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="298"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="301"/>
        <source>Export workbook</source>
        <translation>Werkboek exporteren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="282"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="356"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="298"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/file_actions.py" line="304"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n record geëxporteerd naar {path}.</numerusform>
            <numerusform>%n records geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="356"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="375"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="380"/>
        <source>Import workbook</source>
        <translation>Werkboek importeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="363"/>
        <source>Save the imported workbook as</source>
        <translation>Geïmporteerd werkboek opslaan als</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="365"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation>alliance_desk-werkboeken (*.alliance)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="376"/>
        <source>Checking and importing every record…</source>
        <translation>Alle records controleren en importeren…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="102"/>
        <source>{side}: {dimension}, level {level} by {date}</source>
        <translation>{side}: {dimension}, niveau {level} uiterlijk {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="163"/>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="187"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="169"/>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="172"/>
        <source>Source (health check, meeting or questionnaire round)</source>
        <translation>Bron (gezondheidscheck, overleg of vragenlijstronde)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="174"/>
        <source>The health check, meeting or questionnaire round this came from</source>
        <translation>De gezondheidscheck, het overleg of de vragenlijstronde waar dit uit voortkwam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="177"/>
        <source>Source (health check or meeting)</source>
        <translation>Bron (gezondheidscheck of overleg)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="178"/>
        <source>The health check or meeting this came from</source>
        <translation>De gezondheidscheck of het overleg waaruit dit voortkomt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="193"/>
        <source>Development &amp;target:</source>
        <translation>Ontwikkel&amp;doel:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="197"/>
        <source>Development target this action supports</source>
        <translation>Ontwikkeldoel dat deze actie ondersteunt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="198"/>
        <source>The development target (of either organisation) this supports</source>
        <translation>Het ontwikkeldoel (van een van beide organisaties) dat dit ondersteunt</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="71"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="72"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="73"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="74"/>
        <source>Due date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="76"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="77"/>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="78"/>
        <source>Asked of</source>
        <translation>Voorgelegd aan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="79"/>
        <source>Recommendation</source>
        <translation>Aanbeveling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="80"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="81"/>
        <source>Decided on / by</source>
        <translation>Besloten op / door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="82"/>
        <source>Likelihood</source>
        <translation>Kans</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="83"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="84"/>
        <source>Score (L×I)</source>
        <translation>Score (K×I)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="85"/>
        <source>Review date</source>
        <translation>Herzieningsdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="86"/>
        <source>Mitigation</source>
        <translation>Beheersmaatregel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="100"/>
        <source>Round {date}: {kind}</source>
        <translation>Ronde {date}: {kind}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="105"/>
        <source>Health check {date} ({side})</source>
        <translation>Gezondheidscheck {date} ({side})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="109"/>
        <source>Meeting {date}: {title}</source>
        <translation>Overleg {date}: {title}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="211"/>
        <source>{date} by {who}</source>
        <translation>{date} door {who}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="215"/>
        <source>{mark} {date} overdue</source>
        <translation>{mark} {date} verlopen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="227"/>
        <source>Overdue: {date} was %n day(s) ago</source>
        <translation>
            <numerusform>Verlopen: {date} is %n dag geleden</numerusform>
            <numerusform>Verlopen: {date} is %n dagen geleden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="236"/>
        <source>Likelihood × impact, from 1 (negligible) to 25 (critical)</source>
        <translation>Kans × impact, van 1 (verwaarloosbaar) tot 25 (kritiek)</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="156"/>
        <source>anyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="157"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="158"/>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="162"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="163"/>
        <source>Still to do</source>
        <translation>Nog te doen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="169"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="170"/>
        <source>Edit the chosen row (Enter or double click)</source>
        <translation>De gekozen rij bewerken (Enter of dubbelklikken)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="171"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="172"/>
        <source>Delete the chosen row (Delete key)</source>
        <translation>De gekozen rij verwijderen (Delete-toets)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="173"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="174"/>
        <source>Every change made to the chosen row</source>
        <translation>Alle wijzigingen in de gekozen rij</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="248"/>
        <source>{shown} of %n action(s) shown · {overdue} overdue</source>
        <translation>
            <numerusform>{shown} van %n actie getoond · {overdue} verlopen</numerusform>
            <numerusform>{shown} van %n acties getoond · {overdue} verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="251"/>
        <source>{shown} of %n decision(s) shown · {overdue} past their deadline</source>
        <translation>
            <numerusform>{shown} van %n besluit getoond · {overdue} voorbij de deadline</numerusform>
            <numerusform>{shown} van %n besluiten getoond · {overdue} voorbij de deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="254"/>
        <source>{shown} of %n risk(s) shown · {overdue} past their review date</source>
        <translation>
            <numerusform>{shown} van %n risico getoond · {overdue} voorbij de herzieningsdatum</numerusform>
            <numerusform>{shown} van %n risico&apos;s getoond · {overdue} voorbij de herzieningsdatum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="301"/>
        <source>Choose an alliance first, in the Alliance box at the top.</source>
        <translation>Kies eerst een alliantie in het vak Alliantie bovenaan.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="16"/>
        <source>&amp;New action…</source>
        <translation>&amp;Nieuwe actie…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="17"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="18"/>
        <source>Add action “{title}”</source>
        <translation>Actie “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="19"/>
        <source>Edit action “{title}”</source>
        <translation>Actie “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="20"/>
        <source>Delete the action “{title}”? Edit &gt; Undo brings it back.</source>
        <translation>De actie “{title}” verwijderen? Met Bewerken &gt; Ongedaan maken komt die terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="23"/>
        <source>Delete action</source>
        <translation>Actie verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="24"/>
        <source>Delete action “{title}”</source>
        <translation>Actie “{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="25"/>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="56"/>
        <source>O&amp;wner:</source>
        <translation>E&amp;igenaar:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="26"/>
        <source>Filter actions by owner</source>
        <translation>Acties filteren op eigenaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="27"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="31"/>
        <source>&amp;New decision…</source>
        <translation>&amp;Nieuw besluit…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="32"/>
        <source>New decision</source>
        <translation>Nieuw besluit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="33"/>
        <source>Add decision “{title}”</source>
        <translation>Besluit “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="34"/>
        <source>Edit decision “{title}”</source>
        <translation>Besluit “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="35"/>
        <source>Delete the decision “{title}”? Edit &gt; Undo brings it back.</source>
        <translation>Het besluit “{title}” verwijderen? Met Bewerken &gt; Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="38"/>
        <source>Delete decision</source>
        <translation>Besluit verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="39"/>
        <source>Delete decision “{title}”</source>
        <translation>Besluit “{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="40"/>
        <source>As&amp;ked of:</source>
        <translation>&amp;Voorgelegd aan:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="41"/>
        <source>Filter decisions by who they are asked of</source>
        <translation>Besluiten filteren op aan wie ze zijn voorgelegd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="44"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="47"/>
        <source>&amp;New risk…</source>
        <translation>&amp;Nieuw risico…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="48"/>
        <source>New risk</source>
        <translation>Nieuw risico</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="49"/>
        <source>Add risk “{title}”</source>
        <translation>Risico “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="50"/>
        <source>Edit risk “{title}”</source>
        <translation>Risico “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="51"/>
        <source>Delete the risk “{title}”? Edit &gt; Undo brings it back.</source>
        <translation>Het risico “{title}” verwijderen? Met Bewerken &gt; Ongedaan maken komt het terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="54"/>
        <source>Delete risk</source>
        <translation>Risico verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="55"/>
        <source>Delete risk “{title}”</source>
        <translation>Risico “{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="57"/>
        <source>Filter risks by owner</source>
        <translation>Risico&apos;s filteren op eigenaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="58"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="84"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="36"/>
        <source>Actions &amp; decisions</source>
        <translation>Acties &amp; besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="87"/>
        <source>&amp;Show:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="88"/>
        <source>Which alliances to show</source>
        <translation>Welke allianties worden getoond</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="89"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="90"/>
        <source>part of the title</source>
        <translation>deel van de titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="91"/>
        <source>Filter by title</source>
        <translation>Filteren op titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="92"/>
        <source>&amp;Overdue only</source>
        <translation>Alleen ver&amp;lopen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="95"/>
        <source>Open actions past their due date, pending decisions past their deadline, open risks past their review date</source>
        <translation>Open acties voorbij de vervaldatum, openstaande besluiten voorbij de deadline, open risico&apos;s voorbij de herzieningsdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="110"/>
        <source>Current alliance ({name})</source>
        <translation>Huidige alliantie ({name})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="112"/>
        <source>Current alliance</source>
        <translation>Huidige alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="115"/>
        <source>All alliances</source>
        <translation>Alle allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="121"/>
        <source>A&amp;ctions</source>
        <translation>A&amp;cties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="121"/>
        <source>A&amp;ctions ({count} overdue)</source>
        <translation>A&amp;cties ({count} verlopen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="122"/>
        <source>&amp;Decisions</source>
        <translation>B&amp;esluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="122"/>
        <source>&amp;Decisions ({count} overdue)</source>
        <translation>B&amp;esluiten ({count} verlopen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="123"/>
        <source>&amp;Risks</source>
        <translation>&amp;Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="123"/>
        <source>&amp;Risks ({count} overdue)</source>
        <translation>&amp;Risico&apos;s ({count} verlopen)</translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="148"/>
        <source>Frameworks</source>
        <translation>Raamwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="149"/>
        <source>&amp;Framework:</source>
        <translation>&amp;Raamwerk:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="150"/>
        <source>Framework to edit</source>
        <translation>Raamwerk om te bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="151"/>
        <source>Dimensions, in the order of the forms</source>
        <translation>Dimensies, in de volgorde van de formulieren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>English name</source>
        <translation>Engelse naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>Dutch name</source>
        <translation>Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="155"/>
        <source>Dimensions of the framework</source>
        <translation>Dimensies van het raamwerk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="158"/>
        <source>A retired dimension is no longer offered for new scores; the scores it was given stay. Dimensions are never deleted.</source>
        <translation>Een buiten gebruik gestelde dimensie wordt niet meer aangeboden voor nieuwe scores; de scores die ze kreeg, blijven. Dimensies worden nooit verwijderd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="162"/>
        <source>&amp;Add dimension…</source>
        <translation>Dimensie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="163"/>
        <source>&amp;Rename / edit…</source>
        <translation>&amp;Hernoemen / bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="164"/>
        <source>Move &amp;up</source>
        <translation>Omh&amp;oog</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="165"/>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="166"/>
        <source>Scale: what each score means</source>
        <translation>Schaal: wat elke score betekent</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="170"/>
        <source>Levels of the scale</source>
        <translation>Niveaus van de schaal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="171"/>
        <source>Re&amp;name level…</source>
        <translation>&amp;Niveau hernoemen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="182"/>
        <source>maturity</source>
        <translation>volwassenheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="184"/>
        <source>skills of people</source>
        <translation>vaardigheden van mensen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="185"/>
        <source>health check</source>
        <translation>gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="199"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="232"/>
        <source>active</source>
        <translation>in gebruik</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="232"/>
        <source>retired</source>
        <translation>buiten gebruik</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="234"/>
        <source>{state}, required {level}</source>
        <translation>{state}, vereist {level}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="292"/>
        <source>Re&amp;store</source>
        <translation>Terug in &amp;gebruik</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="292"/>
        <source>Re&amp;tire</source>
        <translation>&amp;Buiten gebruik</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="294"/>
        <source>The last dimension in use cannot be retired: add another first</source>
        <translation>De laatste dimensie in gebruik kan niet buiten gebruik: voeg eerst een andere toe</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="296"/>
        <source>Offer this dimension for new scores again</source>
        <translation>Bied deze dimensie weer aan voor nieuwe scores</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="298"/>
        <source>No longer offer this dimension for new scores; its old scores stay</source>
        <translation>Bied deze dimensie niet meer aan voor nieuwe scores; de oude scores blijven</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="336"/>
        <source>Add dimension “{name}”</source>
        <translation>Dimensie “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="328"/>
        <source>New dimension</source>
        <translation>Nieuwe dimensie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="224"/>
        <source>%n dimension(s), {active} in use</source>
        <translation>
            <numerusform>%n dimensie, {active} in gebruik</numerusform>
            <numerusform>%n dimensies, {active} in gebruik</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="347"/>
        <source>Dimension “{name}”</source>
        <translation>Dimensie “{name}”</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="348"/>
        <source>Edit dimension “{name}”</source>
        <translation>Dimensie “{name}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="358"/>
        <source>Score {value}: “{name}”</source>
        <translation>Score {value}: “{name}”</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="359"/>
        <source>Rename score {value} to “{name}”</source>
        <translation>Score {value} hernoemen naar “{name}”</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="397"/>
        <source>Move dimension “{name}” up</source>
        <translation>Dimensie “{name}” omhoog</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="397"/>
        <source>Move dimension “{name}” down</source>
        <translation>Dimensie “{name}” omlaag</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="407"/>
        <source>Restore dimension “{name}”</source>
        <translation>Dimensie “{name}” weer in gebruik</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="409"/>
        <source>Retire dimension “{name}”</source>
        <translation>Dimensie “{name}” buiten gebruik</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="213"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="217"/>
        <source>Ours</source>
        <translation>Onze</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="221"/>
        <source>Partner&apos;s</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="225"/>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="239"/>
        <source>gap</source>
        <translation>verschil</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="259"/>
        <source>A full point or more apart: worth discussing with the partner.</source>
        <translation>Een vol punt of meer verschil: het bespreken waard met de partner.</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="154"/>
        <source>Our view against the partner&apos;s</source>
        <translation>Onze kijk tegenover die van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="155"/>
        <source>Perception gaps, largest first</source>
        <translation>Perceptieverschillen, grootste eerst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="163"/>
        <source>The comparison needs an evaluation answered by us and one answered by the partner.</source>
        <translation>Voor de vergelijking is een evaluatie nodig die door ons is ingevuld en een die door de partner is ingevuld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="179"/>
        <source>Our latest evaluation ({ours}) against the partner&apos;s ({theirs}). ◆ marks %n gap(s) of a full point or more.</source>
        <translation>
            <numerusform>Onze laatste evaluatie ({ours}) tegenover die van de partner ({theirs}). ◆ markeert %n verschil van een vol punt of meer.</numerusform>
            <numerusform>Onze laatste evaluatie ({ours}) tegenover die van de partner ({theirs}). ◆ markeert %n verschillen van een vol punt of meer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="119"/>
        <source>Measure: {measure}</source>
        <translation>Maatstaf: {measure}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="122"/>
        <source>No target date</source>
        <translation>Geen streefdatum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="125"/>
        <source>Target: {date} (passed, not reached)</source>
        <translation>Streefdatum: {date} (verstreken, niet gehaald)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="131"/>
        <source>Target: {date}</source>
        <translation>Streefdatum: {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="134"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="135"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="136"/>
        <source>Edit this goal (Enter or F2)</source>
        <translation>Dit doel bewerken (Enter of F2)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="137"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="138"/>
        <source>Delete this goal (Delete key)</source>
        <translation>Dit doel verwijderen (Delete-toets)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="141"/>
        <source>{progress} reached. {target} Enter edits, Delete deletes.</source>
        <translation>{progress} bereikt. {target} Enter om te bewerken, Delete om te verwijderen.</translation>
    </message>
</context>
<context>
    <name>GoalColumn</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="222"/>
        <source>Add &amp;our goal…</source>
        <translation>&amp;Ons doel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="223"/>
        <source>No goals of ours yet: what do we want from this alliance?</source>
        <translation>Nog geen doelen van ons: wat willen wij uit deze alliantie halen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="225"/>
        <source>Add a partner &amp;goal…</source>
        <translation>Doel van de partn&amp;er toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="226"/>
        <source>No partner goals yet: what does the partner want from it?</source>
        <translation>Nog geen doelen van de partner: wat wil de partner eruit halen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="228"/>
        <source>Add a &amp;shared goal…</source>
        <translation>&amp;Gezamenlijk doel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="229"/>
        <source>No shared goals yet: what do both sides want?</source>
        <translation>Nog geen gezamenlijke doelen: wat willen beide kanten?</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/guide.py" line="45"/>
        <source>Guide to alliance_desk</source>
        <translation>Handleiding bij alliance_desk</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="252"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="253"/>
        <source>Power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="254"/>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="255"/>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="256"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="257"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="43"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="45"/>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="46"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="69"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="71"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="106"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="107"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="108"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="109"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="110"/>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="111"/>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="147"/>
        <source>{record} #{id}</source>
        <translation>{record} #{id}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="150"/>
        <source>{record}: {name}</source>
        <translation>{record}: {name}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="98"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="51"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="101"/>
        <source>&amp;Show changes to:</source>
        <translation>Wijzigingen t&amp;onen in:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="102"/>
        <source>Whose changes to show</source>
        <translation>Wiens wijzigingen worden getoond</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="103"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="104"/>
        <source>record, field or value</source>
        <translation>record, veld of waarde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="105"/>
        <source>Filter the changes</source>
        <translation>De wijzigingen filteren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="106"/>
        <source>Changes, newest first</source>
        <translation>Wijzigingen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="162"/>
        <source>Alliance “{name}” and its records</source>
        <translation>Alliantie “{name}” en de bijbehorende records</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="164"/>
        <source>The whole workbook</source>
        <translation>Het hele werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="175"/>
        <source>{record} #{id}</source>
        <translation>{record} #{id}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="176"/>
        <source>{record} “{name}”</source>
        <translation>{record} “{name}”</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="205"/>
        <source>No workbook is open.</source>
        <translation>Er is geen werkboek geopend.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="210"/>
        <source>No changes recorded here yet. Changes are recorded as you make them.</source>
        <translation>Hier zijn nog geen wijzigingen vastgelegd. Wijzigingen worden vastgelegd zodra je ze maakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/history/page.py" line="213"/>
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n wijziging, nieuwste eerst</numerusform>
            <numerusform>%n wijzigingen, nieuwste eerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="28"/>
        <source>Operational awareness</source>
        <translation>Operationeel bewustzijn</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29"/>
        <source>Knowledge</source>
        <translation>Kennis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30"/>
        <source>Internal assessment</source>
        <translation>Interne beoordeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31"/>
        <source>Partner selection</source>
        <translation>Partnerselectie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32"/>
        <source>Working together</source>
        <translation>Samenwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33"/>
        <source>Value creation</source>
        <translation>Waardecreatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="34"/>
        <source>Staying together</source>
        <translation>Samen blijven</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="35"/>
        <source>Exit strategy</source>
        <translation>Exitstrategie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41"/>
        <source>Co-development</source>
        <translation>Co-development</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="42"/>
        <source>Distribution</source>
        <translation>Distributie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="43"/>
        <source>Joint venture</source>
        <translation>Joint venture</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="44"/>
        <source>Licensing</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="45"/>
        <source>Co-marketing</source>
        <translation>Co-marketing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="46"/>
        <source>Supply</source>
        <translation>Levering</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="47"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="48"/>
        <source>Public-private</source>
        <translation>Publiek-privaat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="49"/>
        <location filename="../../alliance_desk/ui/labels.py" line="142"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="55"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="56"/>
        <source>Amber</source>
        <translation>Oranje</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="57"/>
        <source>Red</source>
        <translation>Rood</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="63"/>
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="64"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="70"/>
        <source>Health check</source>
        <translation>Gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="71"/>
        <source>Maturity self-assessment</source>
        <translation>Zelfbeoordeling volwassenheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="84"/>
        <source>Us</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="86"/>
        <source>Joint</source>
        <translation>Gezamenlijk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="92"/>
        <source>Our goals</source>
        <translation>Onze doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="93"/>
        <source>The partner&apos;s goals</source>
        <translation>Doelen van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94"/>
        <source>Shared goals</source>
        <translation>Gezamenlijke doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="100"/>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="101"/>
        <source>Supporter</source>
        <translation>Voorstander</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="102"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="103"/>
        <source>Critic</source>
        <translation>Criticus</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104"/>
        <source>Blocker</source>
        <translation>Tegenhouder</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="110"/>
        <source>Upwards (senior management)</source>
        <translation>Omhoog (senior management)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="111"/>
        <source>Sidewards (peer departments)</source>
        <translation>Zijwaarts (andere afdelingen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="112"/>
        <source>Downwards (own team)</source>
        <translation>Omlaag (eigen team)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="113"/>
        <source>Outwards (partner, external)</source>
        <translation>Naar buiten (partner, extern)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="119"/>
        <source>Executive</source>
        <translation>Bestuur</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="120"/>
        <source>Senior management</source>
        <translation>Senior management</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="121"/>
        <source>Middle management</source>
        <translation>Middenmanagement</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="122"/>
        <source>Operational</source>
        <translation>Operationeel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="128"/>
        <source>Steering committee</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="129"/>
        <source>Executive review</source>
        <translation>Bestuursoverleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="130"/>
        <source>Operational review</source>
        <translation>Operationeel overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="131"/>
        <location filename="../../alliance_desk/ui/labels.py" line="137"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77"/>
        <location filename="../../alliance_desk/ui/labels.py" line="148"/>
        <location filename="../../alliance_desk/ui/labels.py" line="165"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="138"/>
        <source>Joint training with the partner</source>
        <translation>Gezamenlijke training met de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="139"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="140"/>
        <source>Course</source>
        <translation>Cursus</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="141"/>
        <source>Staff exchange</source>
        <translation>Uitwisseling van medewerkers</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="149"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="150"/>
        <source>Done</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="151"/>
        <source>Cancelled</source>
        <translation>Vervallen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="157"/>
        <source>Asked, awaiting decision</source>
        <translation>Voorgelegd, wacht op besluit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="158"/>
        <source>Decided</source>
        <translation>Besloten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="159"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="166"/>
        <source>Being mitigated</source>
        <translation>Wordt beperkt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="78"/>
        <location filename="../../alliance_desk/ui/labels.py" line="167"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="174"/>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="188"/>
        <source>Attitude (shape)</source>
        <translation>Houding (vorm)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="191"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="192"/>
        <source>Ours: filled</source>
        <translation>Onze: gevuld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="193"/>
        <source>Partner&apos;s: outlined</source>
        <translation>Partner: omlijnd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="194"/>
        <source>&lt;b&gt;Bold name&lt;/b&gt;: executive sponsor</source>
        <translation>&lt;b&gt;Vetgedrukte naam&lt;/b&gt;: bestuurlijk sponsor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="197"/>
        <source>Drag a marker to another cell to record a re-assessment dated today. Ctrl+Z takes it back.</source>
        <translation>Sleep een markering naar een andere cel om een herbeoordeling met de datum van vandaag vast te leggen. Ctrl+Z draait dat terug.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="137"/>
        <source>&amp;New workbook…</source>
        <translation>&amp;Nieuw werkboek…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="138"/>
        <source>&amp;Open workbook…</source>
        <translation>Werkboek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="139"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="140"/>
        <source>Open &amp;demo workbook</source>
        <translation>&amp;Demowerkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="141"/>
        <source>&amp;Close workbook</source>
        <translation>Werkboek &amp;sluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="142"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="143"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="146"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="147"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="148"/>
        <source>&amp;Frameworks…</source>
        <translation>&amp;Raamwerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="149"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="152"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="153"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="154"/>
        <source>&amp;Guide</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="156"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="158"/>
        <source>&amp;Getting started…</source>
        <translation>&amp;Aan de slag…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="159"/>
        <source>&amp;About alliance_desk</source>
        <translation>&amp;Over alliance_desk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="135"/>
        <source>&amp;Alliance:</source>
        <translation>&amp;Alliantie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="136"/>
        <source>Current alliance</source>
        <translation>Huidige alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="137"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="148"/>
        <source>This workbook is on read-only media: changes cannot be saved. Copy it to a writable folder to change it.</source>
        <translation>Dit werkboek staat op een alleen-lezen medium: wijzigingen kunnen niet worden opgeslagen. Kopieer het naar een beschrijfbare map om het te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="206"/>
        <source>Changes lost after a crash</source>
        <translation>Wijzigingen verloren na een crash</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="276"/>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="171"/>
        <source>No recent workbooks</source>
        <translation>Geen recente werkboeken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="180"/>
        <source>Nothing to save: every change is saved as you make it.</source>
        <translation>Niets op te slaan: elke wijziging wordt bewaard zodra je hem maakt.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="231"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Ongedaan maken: {action}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="235"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="238"/>
        <source>&amp;Redo {action}</source>
        <translation>Opnieuw &amp;uitvoeren: {action}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="242"/>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="173"/>
        <source>Cannot open the workbook</source>
        <translation>Werkboek kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="186"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233"/>
        <source>Open workbook</source>
        <translation>Werkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233"/>
        <location filename="../../alliance_desk/ui/main_window.py" line="240"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation>alliance_desk-werkboeken (*.alliance)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="240"/>
        <source>New workbook</source>
        <translation>Nieuw werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="248"/>
        <source>Our organisation</source>
        <translation>Onze organisatie</translation>
    </message>
</context>
<context>
    <name>MaturitySideModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="96"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="100"/>
        <source>Ours (latest)</source>
        <translation>Onze (laatste)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="104"/>
        <source>Partner&apos;s (latest)</source>
        <translation>Partner (laatste)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="108"/>
        <source>Gap (partner − ours)</source>
        <translation>Verschil (partner − wij)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="112"/>
        <source>Our history</source>
        <translation>Onze geschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="116"/>
        <source>Partner&apos;s history</source>
        <translation>Geschiedenis partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="140"/>
        <source>0  same level</source>
        <translation>0  zelfde niveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="144"/>
        <source>partner behind</source>
        <translation>partner loopt achter</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="146"/>
        <source>partner ahead</source>
        <translation>partner loopt voor</translation>
    </message>
</context>
<context>
    <name>MaturityView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="31"/>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="140"/>
        <source>Maturity</source>
        <translation>Volwassenheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="143"/>
        <source>Assess &amp;our organisation…</source>
        <translation>&amp;Onze organisatie beoordelen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="144"/>
        <source>Assess the &amp;partner…</source>
        <translation>De &amp;partner beoordelen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="145"/>
        <source>Side by side: the latest level per dimension</source>
        <translation>Naast elkaar: het laatste niveau per dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="146"/>
        <source>Maturity of both organisations</source>
        <translation>Volwassenheid van beide organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="147"/>
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="148"/>
        <source>Maturity assessments of both organisations</source>
        <translation>Volwassenheidsbeoordelingen van beide organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="149"/>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="150"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="167"/>
        <source>Choose an alliance to see the maturity of both sides.</source>
        <translation>Kies een alliantie om de volwassenheid van beide kanten te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="188"/>
        <source>{name} (partner)</source>
        <translation>{name} (partner)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="190"/>
        <source>{name} (ours)</source>
        <translation>{name} (wij)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="210"/>
        <source>Levels: {levels}. A negative gap (◆ partner behind) shows where to help the partner grow.</source>
        <translation>Niveaus: {levels}. Een negatief verschil (◆ partner loopt achter) laat zien waar de partner hulp nodig heeft om te groeien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="234"/>
        <source>not assessed yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="235"/>
        <source>assessed {date}</source>
        <translation>beoordeeld op {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="240"/>
        <source>Ours: {name} ({latest})</source>
        <translation>Onze: {name} ({latest})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="244"/>
        <source>No organisation is marked as ours yet.</source>
        <translation>Er is nog geen organisatie als de onze gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="246"/>
        <source>Partner: {name} ({latest})</source>
        <translation>Partner: {name} ({latest})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="311"/>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="312"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="344"/>
        <source>Assess our organisation: {name}</source>
        <translation>Onze organisatie beoordelen: {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="346"/>
        <source>Assess the partner: {name}</source>
        <translation>De partner beoordelen: {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="354"/>
        <source>Add maturity assessment</source>
        <translation>Volwassenheidsbeoordeling toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="364"/>
        <source>Assessment of {date}</source>
        <translation>Beoordeling van {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="378"/>
        <source>Change maturity assessment</source>
        <translation>Volwassenheidsbeoordeling wijzigen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="386"/>
        <source>Delete assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="388"/>
        <source>Delete the maturity assessment of {date} with all its levels? You can undo this with Ctrl+Z.</source>
        <translation>De volwassenheidsbeoordeling van {date} met alle niveaus verwijderen? Dit is ongedaan te maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="394"/>
        <source>Delete maturity assessment</source>
        <translation>Volwassenheidsbeoordeling verwijderen</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="30"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="35"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="41"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="47"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="53"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="92"/>
        <source>Actions that name this meeting as their source</source>
        <translation>Acties met dit overleg als bron</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="96"/>
        <source>Decisions that name this meeting as their source</source>
        <translation>Besluiten met dit overleg als bron</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="41"/>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="171"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="176"/>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nieuw overleg…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="177"/>
        <source>Record a steering committee, review or workshop</source>
        <translation>Leg een stuurgroep, review of workshop vast</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="178"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="179"/>
        <source>Edit the chosen meeting (Enter or double click)</source>
        <translation>Bewerk het gekozen overleg (Enter of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="180"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="181"/>
        <source>Delete the chosen meeting (Delete key)</source>
        <translation>Verwijder het gekozen overleg (Delete-toets)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="182"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="183"/>
        <source>Every change made to the chosen meeting</source>
        <translation>Elke wijziging aan het gekozen overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="184"/>
        <source>Meetings of the alliance</source>
        <translation>Overleggen van de alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="186"/>
        <source>No meetings recorded for this alliance yet. New meeting… records one.</source>
        <translation>Nog geen overleggen vastgelegd voor deze alliantie. Nieuw overleg… legt er een vast.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="188"/>
        <source>N&amp;otes:</source>
        <translation>Aante&amp;keningen:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="189"/>
        <source>Notes of the chosen meeting</source>
        <translation>Aantekeningen van het gekozen overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="190"/>
        <source>No notes.</source>
        <translation>Geen aantekeningen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="191"/>
        <source>Actions and decisions f&amp;rom this meeting:</source>
        <translation>Acties en besluiten &amp;uit dit overleg:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="192"/>
        <source>Actions and decisions from the chosen meeting</source>
        <translation>Acties en besluiten uit het gekozen overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="193"/>
        <source>Enter or a double click opens it on its own page</source>
        <translation>Enter of dubbelklik opent het op zijn eigen pagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Record</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Due / deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="197"/>
        <source>New ac&amp;tion from this meeting…</source>
        <translation>Nieuwe a&amp;ctie uit dit overleg…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="198"/>
        <source>New deci&amp;sion from this meeting…</source>
        <translation>Nieuw be&amp;sluit uit dit overleg…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="291"/>
        <source>Choose a meeting to see its notes and what came from it.</source>
        <translation>Kies een overleg om de aantekeningen en wat eruit voortkwam te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="298"/>
        <source>{date} · {kind}: {title}</source>
        <translation>{date} · {kind}: {title}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="336"/>
        <source>Add meeting “{title}”</source>
        <translation>Overleg “{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="334"/>
        <source>New meeting</source>
        <translation>Nieuw overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="345"/>
        <source>Edit meeting “{title}”</source>
        <translation>Overleg “{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="366"/>
        <source>Delete meeting</source>
        <translation>Overleg verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="368"/>
        <source>Delete meeting “{title}”</source>
        <translation>Overleg “{title}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="40"/>
        <source>Delete this meeting?</source>
        <translation>Dit overleg verwijderen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="42"/>
        <source>“{title}”, {kind} of {date}</source>
        <translation>“{title}”, {kind} van {date}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="50"/>
        <source>It is named as the source of:</source>
        <translation>Het is de bron van:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="360"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="361"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n besluit</numerusform>
            <numerusform>%n besluiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="53"/>
        <source>They are not deleted: they stay, without a source. Undo (Ctrl+Z) brings the meeting back and names it as their source again.</source>
        <translation>Die worden niet verwijderd: ze blijven, zonder bron. Ongedaan maken (Ctrl+Z) brengt het overleg terug en maakt het weer hun bron.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="61"/>
        <source>No action or decision names it as its source. Undo (Ctrl+Z) brings it back.</source>
        <translation>Geen actie of besluit heeft het als bron. Ongedaan maken (Ctrl+Z) brengt het terug.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="76"/>
        <source>&amp;English name</source>
        <translation>&amp;Engelse naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="77"/>
        <source>&amp;Dutch name</source>
        <translation>&amp;Nederlandse naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="78"/>
        <source>English de&amp;scription</source>
        <translation>Engel&amp;se beschrijving</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="79"/>
        <source>Dutch des&amp;cription</source>
        <translation>Nederlandse bes&amp;chrijving</translation>
    </message>
</context>
<context>
    <name>NewAllianceDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="143"/>
        <source>New alliance</source>
        <translation>Nieuwe alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="144"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="145"/>
        <source>&amp;Existing:</source>
        <translation>&amp;Bestaande:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="146"/>
        <source>Ne&amp;w:</source>
        <translation>Nieu&amp;we:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="147"/>
        <source>Existing partner organisation</source>
        <translation>Bestaande partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="148"/>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="149"/>
        <source>Name of the new partner organisation</source>
        <translation>Naam van de nieuwe partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="151"/>
        <source>Alliance &amp;name</source>
        <translation>&amp;Naam van de alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="152"/>
        <source>Alliance name</source>
        <translation>Naam van de alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="178"/>
        <source>New partner organisation: {problem}</source>
        <translation>Nieuwe partnerorganisatie: {problem}</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="59"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="60"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="61"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="62"/>
        <source>Alliances as partner</source>
        <translation>Allianties als partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="65"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="85"/>
        <source>People of this organisation on the stakeholder maps of its alliances</source>
        <translation>Mensen van deze organisatie op de stakeholderkaarten van haar allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="100"/>
        <source>{name} (ours)</source>
        <translation>{name} (wij)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="115"/>
        <source>Our own organisation</source>
        <translation>Onze eigen organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="117"/>
        <source>No alliance yet: a prospective partner</source>
        <translation>Nog geen alliantie: een mogelijke partner</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="46"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="179"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="196"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="185"/>
        <source>name, sector or country</source>
        <translation>naam, sector of land</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="186"/>
        <source>Filter organisations</source>
        <translation>Organisaties filteren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="187"/>
        <source>&amp;New organisation…</source>
        <translation>&amp;Nieuwe organisatie…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="189"/>
        <source>Record an organisation, for example a prospective partner</source>
        <translation>Leg een organisatie vast, bijvoorbeeld een mogelijke partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="191"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="192"/>
        <source>Edit the chosen organisation (Enter or double click)</source>
        <translation>Bewerk de gekozen organisatie (Enter of dubbelklik)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="193"/>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="194"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="195"/>
        <source>Every change made to the chosen organisation</source>
        <translation>Elke wijziging aan de gekozen organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="184"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="200"/>
        <source>Alliances &amp;with this organisation as partner:</source>
        <translation>Allianties met deze organisatie als &amp;partner:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="201"/>
        <source>Alliances of the chosen organisation</source>
        <translation>Allianties van de gekozen organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="202"/>
        <source>Enter or a double click makes it the current alliance</source>
        <translation>Enter of dubbelklik maakt het de huidige alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="60"/>
        <source>Our own organisation cannot be deleted.</source>
        <translation>Onze eigen organisatie kan niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="67"/>
        <source>It cannot be deleted while other records refer to it: {records}.</source>
        <translation>Ze kan niet worden verwijderd zolang andere gegevens ernaar verwijzen: {records}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="278"/>
        <source>Choose an organisation to see its details and its alliances.</source>
        <translation>Kies een organisatie om haar gegevens en allianties te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="287"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="299"/>
        <source>Delete the chosen organisation (Delete key)</source>
        <translation>Verwijder de gekozen organisatie (Delete-toets)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="290"/>
        <source>{name} (our organisation)</source>
        <translation>{name} (onze organisatie)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="318"/>
        <source>We are the other party in every alliance; the Portfolio lists them all.</source>
        <translation>Wij zijn de andere partij in elke alliantie; het Portfolio toont ze allemaal.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="323"/>
        <source>No alliance with this organisation yet. Profile → New alliance… starts one.</source>
        <translation>Nog geen alliantie met deze organisatie. Profiel → Nieuwe alliantie… begint er een.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="332"/>
        <source>Organisations shown: {count}</source>
        <translation>Getoonde organisaties: {count}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="350"/>
        <source>Add organisation “{name}”</source>
        <translation>Organisatie “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="347"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="361"/>
        <source>Edit organisation “{name}”</source>
        <translation>Organisatie “{name}” bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="380"/>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="382"/>
        <source>Delete organisation “{name}”</source>
        <translation>Organisatie “{name}” verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="45"/>
        <source>Delete this organisation?</source>
        <translation>Deze organisatie verwijderen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="49"/>
        <source>Nothing in the workbook refers to it. Undo (Ctrl+Z) brings it back.</source>
        <translation>Niets in het werkboek verwijst ernaar. Ongedaan maken (Ctrl+Z) brengt haar terug.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="70"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="71"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="72"/>
        <source>Seniority</source>
        <translation>Senioriteit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="73"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="74"/>
        <source>Power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="75"/>
        <source>Interest</source>
        <translation>Belang</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="76"/>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="77"/>
        <source>Quadrant</source>
        <translation>Kwadrant</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="78"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="136"/>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="155"/>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="158"/>
        <source>✓ Sponsor</source>
        <translation>✓ Sponsor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="174"/>
        <source>{name}, {department}</source>
        <translation>{name}, {department}</translation>
    </message>
</context>
<context>
    <name>PersonEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="88"/>
        <source>Add stakeholder {name}</source>
        <translation>Stakeholder {name} toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="94"/>
        <source>Add stakeholder</source>
        <translation>Stakeholder toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="109"/>
        <source>Edit stakeholder {name}</source>
        <translation>Stakeholder {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="142"/>
        <source>Delete stakeholder</source>
        <translation>Stakeholder verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="144"/>
        <source>Delete {name} ({department})? Their assessments ({assessments}) and counterpart links ({links}) go too. Edit &gt; Undo brings them back.</source>
        <translation>{name} ({department}) verwijderen? De beoordelingen ({assessments}) en tegenhangerkoppelingen ({links}) van deze persoon worden ook verwijderd. Met Bewerken &gt; Ongedaan maken komen ze terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="152"/>
        <source>Delete stakeholder {name}</source>
        <translation>Stakeholder {name} verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="168"/>
        <source>Re-assess {name}</source>
        <translation>{name} opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="191"/>
        <source>Move {name} on the map</source>
        <translation>{name} verplaatsen op de kaart</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="195"/>
        <source>The move was not recorded</source>
        <translation>De verplaatsing is niet vastgelegd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="205"/>
        <source>Recorded a new assessment of {name} dated {date}: power {power}, interest {interest}. Undo with {undo} (Edit → Undo).</source>
        <translation>Nieuwe beoordeling van {name} vastgelegd, gedateerd {date}: macht {power}, belang {interest}. Ongedaan maken met {undo} (Bewerken → Ongedaan maken).</translation>
    </message>
</context>
<context>
    <name>PersonSkillsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="155"/>
        <source>Pers&amp;on:</source>
        <translation>Persoo&amp;n:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="156"/>
        <source>Person whose skills are shown</source>
        <translation>Persoon van wie de vaardigheden worden getoond</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="157"/>
        <source>Ne&amp;w skills assessment…</source>
        <translation>Nie&amp;uwe beoordeling van vaardigheden…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="158"/>
        <source>Add trainin&amp;g…</source>
        <translation>Tra&amp;ining toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="159"/>
        <source>Delete assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="160"/>
        <source>Delete training</source>
        <translation>Training verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="161"/>
        <source>&lt;b&gt;Assessments&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Beoordelingen&lt;/b&gt;, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="162"/>
        <source>&lt;b&gt;Training and coaching received&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gevolgde training en coaching&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="163"/>
        <source>Current skill levels</source>
        <translation>Huidige niveaus per vaardigheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="164"/>
        <source>Skills assessments</source>
        <translation>Beoordelingen van vaardigheden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="165"/>
        <source>Training and coaching received</source>
        <translation>Gevolgde training en coaching</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="168"/>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="169"/>
        <source>Current level</source>
        <translation>Huidig niveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="170"/>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="171"/>
        <source>Against required</source>
        <translation>Ten opzichte van vereist</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="172"/>
        <source>Before</source>
        <translation>Daarvoor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="173"/>
        <source>Assessed on</source>
        <translation>Beoordeeld op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="181"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="182"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="183"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="184"/>
        <source>Given by</source>
        <translation>Gegeven door</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="185"/>
        <source>Skills addressed</source>
        <translation>Behandelde vaardigheden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="197"/>
        <source>(choose a person)</source>
        <translation>(kies een persoon)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="199"/>
        <source>ours</source>
        <translation>wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="199"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="220"/>
        <source>Choose a person to see their collaborative skills.</source>
        <translation>Kies een persoon om diens samenwerkingsvaardigheden te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="226"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n assessment(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n beoordeling</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n beoordelingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="242"/>
        <source>(retired)</source>
        <translation>(buiten gebruik)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="245"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="249"/>
        <source>%n level(s) below</source>
        <translation>
            <numerusform>%n niveau te laag</numerusform>
            <numerusform>%n niveaus te laag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="252"/>
        <source>meets</source>
        <translation>voldoet</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="50"/>
        <source>Ours</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="51"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="63"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="71"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="75"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="85"/>
        <source>By</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="96"/>
        <source>To go</source>
        <translation>Nog te gaan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="100"/>
        <source>Support done</source>
        <translation>Ondersteuning klaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="104"/>
        <source>History against target</source>
        <translation>Verloop tegen doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="123"/>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="125"/>
        <source>reached</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="129"/>
        <source>missed</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="149"/>
        <source>{done} of {all}</source>
        <translation>{done} van {all}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="172"/>
        <source>at or above target</source>
        <translation>op of boven doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="174"/>
        <source>below target</source>
        <translation>onder doel</translation>
    </message>
</context>
<context>
    <name>PlanNotesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="30"/>
        <source>Development plan notes</source>
        <translation>Notities bij de ontwikkelplannen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="41"/>
        <source>What was agreed, with whom, and what the plan should achieve</source>
        <translation>Wat er is afgesproken, met wie, en wat het plan moet bereiken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="46"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="47"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="100"/>
        <source>Development plans: targets per dimension</source>
        <translation>Ontwikkelplannen: doelen per dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="101"/>
        <source>Development targets of both organisations</source>
        <translation>Ontwikkeldoelen van beide organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="102"/>
        <source>Set &amp;target…</source>
        <translation>Doel in&amp;stellen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="103"/>
        <source>Clea&amp;r target</source>
        <translation>Doel wiss&amp;en</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="104"/>
        <source>Add &amp;support action…</source>
        <translation>Ondersteu&amp;nende actie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="105"/>
        <source>Plan &amp;notes…</source>
        <translation>Plan&amp;notities…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="160"/>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="177"/>
        <source>Our plan</source>
        <translation>Ons plan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="160"/>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="177"/>
        <source>Partner&apos;s plan</source>
        <translation>Plan van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="162"/>
        <source>{who}: no targets yet</source>
        <translation>{who}: nog geen doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="164"/>
        <source>{who}: {reached} of {targets} targets reached, {done} of {actions} support actions done</source>
        <translation>{who}: {reached} van {targets} doelen gehaald, {done} van {actions} ondersteunende acties klaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="176"/>
        <source>{who}: {notes}</source>
        <translation>{who}: {notes}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="238"/>
        <source>Set development target</source>
        <translation>Ontwikkeldoel instellen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="241"/>
        <source>Give the date the level should be reached by.</source>
        <translation>Geef de datum waarop het niveau gehaald moet zijn.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="258"/>
        <source>Clear development target</source>
        <translation>Ontwikkeldoel wissen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="272"/>
        <source>Change development plan notes</source>
        <translation>Notities bij ontwikkelplan wijzigen</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="92"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="93"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="95"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="96"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="97"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="98"/>
        <source>Last check</source>
        <translation>Laatste
check</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="99"/>
        <source>Next check</source>
        <translation>Volgende
check</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="100"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="102"/>
        <source>Health</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="103"/>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="107"/>
        <source>Why the status is what it is</source>
        <translation>Waarom de status is wat hij is</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="109"/>
        <source>Last health check</source>
        <translation>Laatste gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="110"/>
        <source>Next health check</source>
        <translation>Volgende gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="111"/>
        <source>Open actions</source>
        <translation>Open acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="101"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="112"/>
        <source>Overdue actions</source>
        <translation>Verlopen acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="113"/>
        <source>Health (trend)</source>
        <translation>Gezondheid (trend)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="114"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="182"/>
        <source>{date} (overdue)</source>
        <translation>{date} (te laat)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="186"/>
        <source>{date} – losing touch</source>
        <translation>{date} – weinig contact</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="188"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="203"/>
        <source>Average score of the latest health check (1–5); the arrow compares the two latest checks by the side that checked most recently twice</source>
        <translation>Gemiddelde score van de laatste gezondheidscheck (1–5); de pijl vergelijkt de twee laatste checks van de partij die het laatst twee keer checkte</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="216"/>
        <source>{symbol} {severity} ({count})</source>
        <translation>{symbol} {severity} ({count})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="234"/>
        <source>+ {count} more below the table</source>
        <translation>+ nog {count} onder de tabel</translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="11"/>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="145"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="149"/>
        <source>alliance or partner name</source>
        <translation>naam van alliantie of partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="150"/>
        <source>Filter alliances by name</source>
        <translation>Allianties filteren op naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="148"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="151"/>
        <source>Needs a&amp;ttention only</source>
        <translation>Alleen wat aandacht &amp;vraagt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="154"/>
        <source>Red status, an early-warning signal (a warning or an alarm, not assessed included), overdue health check, overdue actions, a decision due within two weeks or late, or losing touch</source>
        <translation>Rode status, een vroege waarschuwing (een waarschuwing of een alarm, ook ‘niet beoordeeld’), een verlopen gezondheidscheck, verlopen acties, een besluit dat binnen twee weken nodig of te laat is, of weinig contact</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="161"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="164"/>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="168"/>
        <source>With or without signals</source>
        <translation>Met en zonder signalen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="170"/>
        <source>With early-warning signals</source>
        <translation>Met vroege waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="172"/>
        <source>{symbol} With an alarm</source>
        <translation>{symbol} Met een alarm</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="180"/>
        <source>Filter by status</source>
        <translation>Filteren op status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="181"/>
        <source>Filter by lifecycle stage</source>
        <translation>Filteren op levensfase</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="182"/>
        <source>Filter by early-warning signal</source>
        <translation>Filteren op vroege waarschuwing</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="184"/>
        <source>Show only alliances with early-warning signals, with an alarm, or of a kind</source>
        <translation>Alleen allianties met vroege waarschuwingen, met een alarm of met een bepaald signaal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="186"/>
        <source>Alliances</source>
        <translation>Allianties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="188"/>
        <source>Early-warning signals of the alliance</source>
        <translation>Vroege waarschuwingen van de alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="313"/>
        <source>No workbook is open.</source>
        <translation>Er is geen werkboek geopend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="317"/>
        <source>Showing {shown} of %n alliance(s)</source>
        <translation>
            <numerusform>{shown} van %n alliantie</numerusform>
            <numerusform>{shown} van %n allianties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="330"/>
        <source>%n health check(s) overdue</source>
        <translation>
            <numerusform>%n gezondheidscheck verlopen</numerusform>
            <numerusform>%n gezondheidschecks verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="333"/>
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n actie verlopen</numerusform>
            <numerusform>%n acties verlopen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="334"/>
        <source>%n decision(s) due within two weeks or late</source>
        <translation>
            <numerusform>%n besluit binnen twee weken nodig of te laat</numerusform>
            <numerusform>%n besluiten binnen twee weken nodig of te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="337"/>
        <source>%n alliance(s) losing touch</source>
        <translation>
            <numerusform>%n alliantie met weinig contact</numerusform>
            <numerusform>%n allianties met weinig contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="348"/>
        <source>%n alliance(s) with early-warning signals</source>
        <translation>
            <numerusform>%n alliantie met vroege waarschuwingen</numerusform>
            <numerusform>%n allianties met vroege waarschuwingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="350"/>
        <source>{signals}, %n with an alarm</source>
        <translation>
            <numerusform>{signals}, waarvan %n met een alarm</numerusform>
            <numerusform>{signals}, waarvan %n met een alarm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="356"/>
        <source>Due:</source>
        <translation>Te doen:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="358"/>
        <source>Show the alliances that need attention</source>
        <translation>Toon de allianties die aandacht vragen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="395"/>
        <source>Choose an alliance to read its early-warning signals here.</source>
        <translation>Kies een alliantie om hier haar vroege waarschuwingen te lezen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="403"/>
        <source>Early-warning signals: {name}</source>
        <translation>Vroege waarschuwingen: {name}</translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/grid.py" line="227"/>
        <source>Interest →</source>
        <translation>Belang →</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/grid.py" line="231"/>
        <source>Power ↑</source>
        <translation>Macht ↑</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="80"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="82"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="84"/>
        <source>Remarks</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="109"/>
        <source>Double-click or press F2 to choose what happens.</source>
        <translation>Dubbelklik of druk op F2 om te kiezen wat er gebeurt.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="146"/>
        <source>Already in the workbook</source>
        <translation>Staat al in het werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="148"/>
        <source>Repeats row {row}</source>
        <translation>Herhaalt rij {row}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="93"/>
        <source>Dat&amp;es such as 03-04-2026 are written:</source>
        <translation>&amp;Datums zoals 03-04-2026 zijn geschreven met:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>day first (3 April)</source>
        <translation>eerst de dag (3 april)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>month first (March 4)</source>
        <translation>eerst de maand (4 maart)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="100"/>
        <source>Ro&amp;ws as they will be stored (double-click or F2 on “What happens” to skip, update or add a duplicate):</source>
        <translation>&amp;Rijen zoals ze worden opgeslagen (dubbelklik of F2 op „Wat er gebeurt” om een dubbele over te slaan, bij te werken of toe te voegen):</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="105"/>
        <source>&amp;Organisations named in the file that are not in the workbook yet: create</source>
        <translation>&amp;Nieuwe organisaties uit het bestand, nog niet in het werkboek: aanmaken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="164"/>
        <source>Row {row}: {remarks}</source>
        <translation>Rij {row}: {remarks}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="179"/>
        <source>{count} to add</source>
        <translation>{count} toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="180"/>
        <source>{count} to update</source>
        <translation>{count} bijwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="181"/>
        <source>{count} to skip</source>
        <translation>{count} overslaan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="182"/>
        <source>{count} refused</source>
        <translation>{count} geweigerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="184"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n rij: </numerusform>
            <numerusform>%n rijen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="187"/>
        <source>%n refused row(s) will not be imported; the remarks say why.</source>
        <translation>
            <numerusform>%n geweigerde rij wordt niet geïmporteerd; de opmerkingen zeggen waarom.</numerusform>
            <numerusform>%n geweigerde rijen worden niet geïmporteerd; de opmerkingen zeggen waarom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="192"/>
        <source>Some dates read two ways: say how they are written.</source>
        <translation>Sommige datums zijn op twee manieren te lezen: zeg hoe ze geschreven zijn.</translation>
    </message>
</context>
<context>
    <name>ProfileFacts</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="137"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="139"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="141"/>
        <source>The eight stages of ISO 44001, from operational awareness to exit strategy</source>
        <translation>De acht fasen van ISO 44001, van operationeel bewustzijn tot exitstrategie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="143"/>
        <source>Partner organisation</source>
        <translation>Partnerorganisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="145"/>
        <source>What the alliance is about</source>
        <translation>Waar de alliantie om draait</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="158"/>
        <source>{stage} (stage {number} of {count})</source>
        <translation>{stage} (fase {number} van {count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="172"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (over %n dag)</numerusform>
            <numerusform>{date} (over %n dagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="174"/>
        <source>{date} (passed %n day(s) ago)</source>
        <translation>
            <numerusform>{date} (verstreken, %n dag geleden)</numerusform>
            <numerusform>{date} (verstreken, %n dagen geleden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="179"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Om de %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="186"/>
        <source>Also the partner in %n other alliance(s): edits apply there too.</source>
        <translation>
            <numerusform>Ook partner in %n andere alliantie: wijzigingen gelden daar ook.</numerusform>
            <numerusform>Ook partner in %n andere allianties: wijzigingen gelden daar ook.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="193"/>
        <source>Not written down yet.</source>
        <translation>Nog niet vastgelegd.</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="204"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="205"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="206"/>
        <source>Stakeholder assessments</source>
        <translation>Stakeholderbeoordelingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="209"/>
        <source>Counterpart links</source>
        <translation>Tegenhangerkoppelingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="210"/>
        <source>Health checks</source>
        <translation>Gezondheidschecks</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="211"/>
        <source>Pulse checks</source>
        <translation>Pulschecks</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="212"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="213"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="214"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="215"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="225"/>
        <source>Delete this alliance and all it holds?</source>
        <translation>Deze alliantie verwijderen met alles wat erin staat?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="227"/>
        <source>“{alliance}” with {partner}</source>
        <translation>“{alliance}” met {partner}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="234"/>
        <source>This also deletes:</source>
        <translation>Hiermee wordt ook verwijderd:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="239"/>
        <source>Nothing else is recorded for it yet.</source>
        <translation>Er is verder nog niets voor vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="243"/>
        <source>The partner organisation {partner} and its maturity assessments stay. Undo (Ctrl+Z) brings everything back.</source>
        <translation>De partnerorganisatie {partner} en haar volwassenheidsbeoordelingen blijven bestaan. Met Ongedaan maken (Ctrl+Z) komt alles terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="16"/>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="154"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="157"/>
        <source>Edit p&amp;rofile…</source>
        <translation>P&amp;rofiel bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="158"/>
        <source>Edit &amp;partner…</source>
        <translation>&amp;Partner bewerken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="159"/>
        <source>&amp;New alliance…</source>
        <translation>&amp;Nieuwe alliantie…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="160"/>
        <source>&amp;Delete alliance…</source>
        <translation>Alliantie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="169"/>
        <source>Edit the alliance&apos;s profile (Enter or F2)</source>
        <translation>Het profiel van de alliantie bewerken (Enter of F2)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="217"/>
        <source>Open a workbook to see an alliance&apos;s profile.</source>
        <translation>Open een werkboek om het profiel van een alliantie te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="219"/>
        <source>No alliance chosen. Start one with “New alliance…”.</source>
        <translation>Geen alliantie gekozen. Begin er een met “Nieuwe alliantie…”.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="284"/>
        <source>Not changed</source>
        <translation>Niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="303"/>
        <source>Profile of {name}</source>
        <translation>Profiel van {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="306"/>
        <source>Edit the profile of {name}</source>
        <translation>Het profiel van {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="313"/>
        <source>Partner organisation {name}</source>
        <translation>Partnerorganisatie {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="316"/>
        <source>Edit partner {name}</source>
        <translation>Partner {name} bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="327"/>
        <source>Add a goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="336"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="336"/>
        <source>Edit a goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="343"/>
        <source>Delete this goal?

“{goal}”

Undo (Ctrl+Z) brings it back.</source>
        <translation>Dit doel verwijderen?

“{goal}”

Met Ongedaan maken (Ctrl+Z) komt het terug.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="345"/>
        <source>Delete goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="350"/>
        <source>Delete a goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="358"/>
        <source>New alliance</source>
        <translation>Nieuwe alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="379"/>
        <source>Delete alliance</source>
        <translation>Alliantie verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="388"/>
        <source>Delete alliance {name}</source>
        <translation>Alliantie {name} verwijderen</translation>
    </message>
</context>
<context>
    <name>PulseModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="276"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="279"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="281"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>PulsePanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="217"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="218"/>
        <source>Pulse checks</source>
        <translation>Pulschecks</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="219"/>
        <source>Ne&amp;w…</source>
        <translation>Nie&amp;uw…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="220"/>
        <source>Rem&amp;ove</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="251"/>
        <source>New pulse check</source>
        <translation>Nieuwe pulscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="255"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="257"/>
        <source>Add pulse check</source>
        <translation>Pulscheck toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="267"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="273"/>
        <source>Delete pulse check</source>
        <translation>Pulscheck verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="268"/>
        <source>Delete the pulse check of {date}?</source>
        <translation>De pulscheck van {date} verwijderen?</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="286"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="287"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="288"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="289"/>
        <source>Stakeholder</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="290"/>
        <source>Stakeholder assessment</source>
        <translation>Stakeholderbeoordeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="291"/>
        <source>Counterpart link</source>
        <translation>Tegenhangerkoppeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="292"/>
        <source>Framework</source>
        <translation>Raamwerk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="293"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="294"/>
        <source>Scale level</source>
        <translation>Schaalniveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="295"/>
        <source>Health check</source>
        <translation>Gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="296"/>
        <source>Health check score</source>
        <translation>Score gezondheidscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="297"/>
        <source>Pulse check</source>
        <translation>Pulscheck</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="298"/>
        <source>Maturity assessment</source>
        <translation>Volwassenheidsbeoordeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="299"/>
        <source>Maturity score</source>
        <translation>Volwassenheidsscore</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="300"/>
        <source>Development plan</source>
        <translation>Ontwikkelplan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="301"/>
        <source>Development target</source>
        <translation>Ontwikkeldoel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="302"/>
        <source>Skills assessment</source>
        <translation>Beoordeling van vaardigheden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="303"/>
        <source>Skill level</source>
        <translation>Vaardigheidsniveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="304"/>
        <source>Training or coaching</source>
        <translation>Training of coaching</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="305"/>
        <source>Skill addressed by training</source>
        <translation>Vaardigheid behandeld in training</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="306"/>
        <source>Meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="307"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="308"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="309"/>
        <source>Risk</source>
        <translation>Risico</translation>
    </message>
</context>
<context>
    <name>RespondentRows</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="110"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="111"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="112"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="113"/>
        <source>Stakeholder (optional)</source>
        <translation>Stakeholder (optioneel)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="114"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="115"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="207"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="237"/>
        <source>Side of respondent {n}</source>
        <translation>Kant van respondent {n}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="238"/>
        <source>Department of respondent {n}</source>
        <translation>Afdeling van respondent {n}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="239"/>
        <source>Role of respondent {n}</source>
        <translation>Rol van respondent {n}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="240"/>
        <source>Stakeholder of respondent {n}</source>
        <translation>Stakeholder van respondent {n}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="241"/>
        <source>Language of respondent {n}</source>
        <translation>Taal van respondent {n}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="242"/>
        <source>Respondent {n} answers anonymously</source>
        <translation>Respondent {n} antwoordt anoniem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="243"/>
        <source>Remove respondent {n}</source>
        <translation>Respondent {n} weghalen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="248"/>
        <source>Anonymous: only side, department and role go with the answers</source>
        <translation>Anoniem: alleen kant, afdeling en rol gaan met de antwoorden mee</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="263"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="267"/>
        <source>{name} ({department})</source>
        <translation>{name} ({department})</translation>
    </message>
</context>
<context>
    <name>ResponseImporter</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="30"/>
        <source>the file is too large to be a questionnaire</source>
        <translation>het bestand is te groot voor een vragenlijst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="33"/>
        <source>the file is damaged or cannot be read</source>
        <translation>het bestand is beschadigd of onleesbaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="34"/>
        <source>it is not a questionnaire of alliance_desk</source>
        <translation>het is geen vragenlijst van alliance_desk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="37"/>
        <source>it would unpack to far more than a questionnaire holds (a zip bomb?)</source>
        <translation>uitgepakt zou het veel groter zijn dan een vragenlijst (een zipbom?)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="40"/>
        <source>it declares XML entities, which no questionnaire does</source>
        <translation>het declareert XML-entiteiten, wat geen vragenlijst doet</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="43"/>
        <source>its form has far more fields than a questionnaire</source>
        <translation>het formulier heeft veel meer velden dan een vragenlijst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="46"/>
        <source>there is no such file</source>
        <translation>dat bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="47"/>
        <source>it answers the same questionnaire as {other}</source>
        <translation>het beantwoordt dezelfde vragenlijst als {other}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="50"/>
        <source>it belongs to another workbook</source>
        <translation>het hoort bij een ander werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="51"/>
        <source>it was changed: its questions are not those its round asked</source>
        <translation>het is gewijzigd: de vragen zijn niet die van de ronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="54"/>
        <source>it belongs to another round</source>
        <translation>het hoort bij een andere ronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="55"/>
        <source>its round is no longer in the workbook</source>
        <translation>de ronde staat niet meer in het werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="58"/>
        <source>its round is closed</source>
        <translation>de ronde is gesloten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="59"/>
        <source>the answer “{answer}” on “{dimension}” is not a level of the scale</source>
        <translation>het antwoord “{answer}” bij “{dimension}” is geen niveau van de schaal</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="62"/>
        <source>the comment on “{dimension}” cannot be kept</source>
        <translation>de toelichting bij “{dimension}” kan niet worden bewaard</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="65"/>
        <source>no question is answered (was it sent back unfilled?)</source>
        <translation>geen vraag is beantwoord (leeg teruggestuurd?)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="103"/>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="112"/>
        <source>Import responses</source>
        <translation>Antwoorden importeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="105"/>
        <source>Answered questionnaires (*.xlsx *.pdf)</source>
        <translation>Ingevulde vragenlijsten (*.xlsx *.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="145"/>
        <source>%n respondent(s) answered before. Replace their earlier answers with these files?

{files}

No keeps the earlier answers; an answer never counts twice.</source>
        <translation>
            <numerusform>%n respondent heeft al eerder geantwoord. De eerdere antwoorden vervangen door deze bestanden?

{files}

Nee houdt de eerdere antwoorden; een antwoord telt nooit dubbel.</numerusform>
            <numerusform>%n respondenten hebben al eerder geantwoord. Hun eerdere antwoorden vervangen door deze bestanden?

{files}

Nee houdt de eerdere antwoorden; een antwoord telt nooit dubbel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="154"/>
        <source>Imported the answers of %n file(s).</source>
        <translation>
            <numerusform>De antwoorden uit %n bestand zijn geïmporteerd.</numerusform>
            <numerusform>De antwoorden uit %n bestanden zijn geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="156"/>
        <source>Kept the earlier answers of %n respondent(s).</source>
        <translation>
            <numerusform>De eerdere antwoorden van %n respondent zijn behouden.</numerusform>
            <numerusform>De eerdere antwoorden van %n respondenten zijn behouden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="164"/>
        <source>%n file(s) refused; nothing was imported from them:</source>
        <translation>
            <numerusform>%n bestand geweigerd; daaruit is niets geïmporteerd:</numerusform>
            <numerusform>%n bestanden geweigerd; daaruit is niets geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="170"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="46"/>
        <source>Health check of the alliance</source>
        <translation>Gezondheidscheck van de alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="50"/>
        <source>Maturity self-assessment of the partner</source>
        <translation>Zelfbeoordeling volwassenheid van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="55"/>
        <source>Maturity self-assessment of our organisation</source>
        <translation>Zelfbeoordeling volwassenheid van onze organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="60"/>
        <source>Maturity self-assessment of both organisations</source>
        <translation>Zelfbeoordeling volwassenheid van beide organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="64"/>
        <source>Both sides score the alliance on its health-check dimensions; the gaps between the sides and the spread within each are discussed together.</source>
        <translation>Beide kanten scoren de alliantie op de dimensies van de gezondheidscheck; de verschillen tussen de kanten en de spreiding binnen elke kant worden samen besproken.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="69"/>
        <source>Each respondent assesses their own organisation on the maturity dimensions: the partner&apos;s people the partner, ours our organisation.</source>
        <translation>Elke respondent beoordeelt de eigen organisatie op de dimensies van volwassenheid: de mensen van de partner de partner, de onze onze organisatie.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="141"/>
        <source>Add res&amp;pondent</source>
        <translation>&amp;Respondent toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="153"/>
        <source>&amp;Asks:</source>
        <translation>&amp;Vraagt:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="155"/>
        <source>Da&amp;te:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="157"/>
        <source>Dead&amp;line:</source>
        <translation>&amp;Uiterste datum:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="163"/>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="179"/>
        <source>New questionnaire round</source>
        <translation>Nieuwe vragenlijstronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="191"/>
        <source>Change the questionnaire round</source>
        <translation>Vragenlijstronde wijzigen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="203"/>
        <source>A closed round takes no new respondents</source>
        <translation>Een gesloten ronde neemt geen nieuwe respondenten op</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="234"/>
        <source>Give the round a date.</source>
        <translation>Geef de ronde een datum.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="239"/>
        <source>Respondent {n}: give the department.</source>
        <translation>Respondent {n}: vul de afdeling in.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="242"/>
        <source>Add at least one respondent.</source>
        <translation>Voeg ten minste één respondent toe.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="247"/>
        <source>Our own organisation is not recorded yet, so it cannot assess itself. Record it on the Organisations page first.</source>
        <translation>Onze eigen organisatie is nog niet vastgelegd en kan zichzelf dus niet beoordelen. Leg haar eerst vast op de pagina Organisaties.</translation>
    </message>
</context>
<context>
    <name>RoundEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="37"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="65"/>
        <source>New questionnaire round</source>
        <translation>Nieuwe vragenlijstronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="74"/>
        <source>Made the round of {date}.</source>
        <translation>De ronde van {date} is gemaakt.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="117"/>
        <source>Change questionnaire round</source>
        <translation>Vragenlijstronde wijzigen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="130"/>
        <source>Close questionnaire round</source>
        <translation>Vragenlijstronde sluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="132"/>
        <source>Reopen questionnaire round</source>
        <translation>Vragenlijstronde heropenen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="137"/>
        <source>The round is now: {status}.</source>
        <translation>De ronde is nu: {status}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="151"/>
        <source>Delete the round of {date} ({kind}) with its respondents, their answers (answered: {answered}) and each side&apos;s result? You can undo this with Ctrl+Z.</source>
        <translation>De ronde van {date} ({kind}) verwijderen met de respondenten, hun antwoorden (beantwoord: {answered}) en het resultaat van elke kant? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="157"/>
        <source>Actions that name it as their source: {count}. They stay, without a source.</source>
        <translation>Acties die haar als bron noemen: {count}. Die blijven, zonder bron.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="162"/>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="169"/>
        <source>Delete questionnaire round</source>
        <translation>Vragenlijstronde verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="184"/>
        <source>Agreed action</source>
        <translation>Afgesproken actie</translation>
    </message>
</context>
<context>
    <name>RoundFilesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="35"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Spreadsheet (XLSX)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="36"/>
        <source>Fillable PDF</source>
        <translation>Invulbare PDF</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="39"/>
        <source>Each respondent&apos;s own</source>
        <translation>Die van elke respondent</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="51"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="121"/>
        <source>Joint results report</source>
        <translation>Gezamenlijk uitkomstenrapport</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="52"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="57"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="53"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="55"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="84"/>
        <source>Write questionnaires</source>
        <translation>Vragenlijsten schrijven</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="56"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="77"/>
        <source>Write questionnaires to</source>
        <translation>Vragenlijsten schrijven naar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="88"/>
        <source>Wrote %n questionnaire(s) to {folder}.</source>
        <translation>
            <numerusform>%n vragenlijst geschreven naar {folder}.</numerusform>
            <numerusform>%n vragenlijsten geschreven naar {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="103"/>
        <source>Save the joint results report as</source>
        <translation>Gezamenlijk uitkomstenrapport opslaan als</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="105"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="123"/>
        <source>Saved the joint results report to {path}.</source>
        <translation>Het gezamenlijke uitkomstenrapport is opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>RoundModels</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="62"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="66"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="70"/>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="78"/>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="129"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="86"/>
        <source>{answered} of {invited}</source>
        <translation>{answered} van {invited}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="116"/>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="120"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="124"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="127"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="141"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="147"/>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="184"/>
        <source>Our mean</source>
        <translation>Gem. wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="185"/>
        <source>Our range</source>
        <translation>Bereik wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="186"/>
        <source>Our spread</source>
        <translation>Spreiding wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="189"/>
        <source>Partner&apos;s mean</source>
        <translation>Gem. partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="190"/>
        <source>Partner&apos;s range</source>
        <translation>Bereik partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="191"/>
        <source>Partner&apos;s spread</source>
        <translation>Spreiding partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="195"/>
        <source>Our answers</source>
        <translation>Aantal wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="196"/>
        <source>Partner&apos;s answers</source>
        <translation>Aantal partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="199"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="209"/>
        <source>Gap</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="259"/>
        <source>Their answers are {spread} points or more apart: worth discussing.</source>
        <translation>Hun antwoorden liggen {spread} punten of meer uiteen: het bespreken waard.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="282"/>
        <source>Our mean minus the partner&apos;s; a full point or more is worth discussing.</source>
        <translation>Ons gemiddelde min dat van de partner; een heel punt of meer is het bespreken waard.</translation>
    </message>
</context>
<context>
    <name>RoundReminder</name>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="29"/>
        <source>{alliance}: %n of {invited} questionnaire(s) not answered, deadline {date} passed</source>
        <translation>
            <numerusform>{alliance}: %n van {invited} vragenlijst niet beantwoord, uiterste datum {date} verstreken</numerusform>
            <numerusform>{alliance}: %n van {invited} vragenlijsten niet beantwoord, uiterste datum {date} verstreken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="36"/>
        <source>{alliance}: %n of {invited} questionnaire(s) not answered, deadline {date}</source>
        <translation>
            <numerusform>{alliance}: %n van {invited} vragenlijst niet beantwoord, uiterste datum {date}</numerusform>
            <numerusform>{alliance}: %n van {invited} vragenlijsten niet beantwoord, uiterste datum {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="47"/>
        <source>%n more round(s) with questionnaires out</source>
        <translation>
            <numerusform>nog %n ronde met uitstaande vragenlijsten</numerusform>
            <numerusform>nog %n rondes met uitstaande vragenlijsten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="144"/>
        <source>Questionnaire rounds</source>
        <translation>Vragenlijstrondes</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="145"/>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="146"/>
        <source>Results per side (◆: worth discussing)</source>
        <translation>Uitkomsten per kant (◆: het bespreken waard)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="147"/>
        <source>Import res&amp;ponses…</source>
        <translation>Antwoorden im&amp;porteren…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="148"/>
        <source>Write &amp;questionnaires…</source>
        <translation>Vragenlijsten &amp;schrijven…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="149"/>
        <source>&amp;Joint report…</source>
        <translation>&amp;Gezamenlijk rapport…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="150"/>
        <source>New &amp;round…</source>
        <translation>Nieuwe r&amp;onde…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="151"/>
        <source>&amp;Change round…</source>
        <translation>Ronde wij&amp;zigen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="152"/>
        <source>Delete round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="153"/>
        <source>Delete the chosen round (Delete key)</source>
        <translation>De gekozen ronde verwijderen (Delete-toets)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="154"/>
        <source>Add agreed action…</source>
        <translation>Afgesproken a&amp;ctie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="156"/>
        <source>An action agreed in the joint session, with this round as its source</source>
        <translation>Een actie afgesproken in de gezamenlijke sessie, met deze ronde als bron</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="158"/>
        <source>Questionnaire rounds of this alliance</source>
        <translation>Vragenlijstrondes van deze alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="159"/>
        <source>Respondents of the chosen round</source>
        <translation>Respondenten van de gekozen ronde</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="160"/>
        <source>Results of the chosen round per dimension</source>
        <translation>Uitkomsten van de gekozen ronde per dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="182"/>
        <source>No questionnaire rounds yet: make one with New round…, then drop the answered questionnaires here.</source>
        <translation>Nog geen vragenlijstrondes: maak er een met Nieuwe ronde… en sleep de ingevulde vragenlijsten daarna hierheen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="223"/>
        <source>Reopen round</source>
        <translation>Ronde heropenen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="225"/>
        <source>Clo&amp;se round</source>
        <translation>Ronde a&amp;fsluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="187"/>
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n ronde</numerusform>
            <numerusform>%n rondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="98"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="99"/>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="116"/>
        <source>Score: {dimension}</source>
        <translation>Score: {dimension}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="121"/>
        <source>Comment: {dimension}</source>
        <translation>Opmerking: {dimension}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="140"/>
        <source>{mean} (mean of a round)</source>
        <translation>{mean} (gemiddelde van een ronde)</translation>
    </message>
</context>
<context>
    <name>ScoredDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="204"/>
        <source>{dimension} – {problem}</source>
        <translation>{dimension} – {problem}</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="140"/>
        <source>Find in workbook</source>
        <translation>Zoeken in werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="141"/>
        <source>&amp;Search names, notes and comments:</source>
        <translation>&amp;Zoeken in namen, notities en opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="142"/>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="143"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Alliance</source>
        <translation>Alliantie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="163"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="165"/>
        <source>{count} found</source>
        <translation>{count} gevonden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="213"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="215"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="216"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="217"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="218"/>
        <source>beside each workbook (NAME-backups)</source>
        <translation>naast elk werkboek (NAME-backups)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="220"/>
        <source>Undo steps &amp;kept:</source>
        <translation>&amp;Stappen ongedaan maken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="221"/>
        <source>Undo steps kept</source>
        <translation>Bewaarde stappen voor ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="224"/>
        <source>How many changes Edit → Undo can take back; the oldest go first. Applies to the next workbook opened.</source>
        <translation>Hoeveel wijzigingen Bewerken → Ongedaan maken kan terugdraaien; de oudste vervallen eerst. Geldt voor het volgende werkboek dat je opent.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="231"/>
        <source>The early-warning thresholds belong to the workbook: the portfolio, the profile, the command line and the briefings use the same ones.</source>
        <translation>De drempels voor vroege waarschuwingen horen bij het werkboek: het portfolio, het profiel, de opdrachtregel en de briefings gebruiken dezelfde.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="235"/>
        <source>Open a workbook to change its early-warning thresholds.</source>
        <translation>Open een werkboek om de drempels voor vroege waarschuwingen te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="219"/>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="240"/>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="35"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="36"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="37"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="38"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="39"/>
        <source>Risks</source>
        <translation>Risico&apos;s</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="43"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="44"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="45"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="46"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="53"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (West-Europa)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="58"/>
        <source>Alliance (its name)</source>
        <translation>Alliantie (de naam)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="59"/>
        <source>Organisation (its name)</source>
        <translation>Organisatie (de naam)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="60"/>
        <source>Side (ours or the partner&apos;s)</source>
        <translation>Kant (wij of de partner)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="65"/>
        <source>a value is required</source>
        <translation>een waarde is verplicht</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="66"/>
        <source>“{value}” is not a date (31-12-2026, 2026-12-31 or 12/31/2026)</source>
        <translation>“{value}” is geen datum (31-12-2026, 2026-12-31 of 12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="69"/>
        <source>“{value}” reads as two dates: say whether the day or the month comes first</source>
        <translation>“{value}” is als twee datums te lezen: zeg of de dag of de maand eerst komt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="72"/>
        <source>“{value}” is not a point from 1 to {maximum} (or very low … very high)</source>
        <translation>“{value}” is geen punt van 1 tot {maximum} (of zeer laag … zeer hoog)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="75"/>
        <source>“{value}” is not yes or no</source>
        <translation>“{value}” is geen ja of nee</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="76"/>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}” is niet een van: {choices}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="77"/>
        <source>there is no alliance named “{value}”</source>
        <translation>er is geen alliantie met de naam “{value}”</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="78"/>
        <source>the row belongs to no alliance (choose one, or map an alliance column)</source>
        <translation>de rij hoort bij geen alliantie (kies er een, of koppel een kolom aan alliantie)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="81"/>
        <source>the organisation “{value}” is not on the side given</source>
        <translation>de organisatie “{value}” staat niet aan de opgegeven kant</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="84"/>
        <source>power and interest are given together or not at all</source>
        <translation>macht en belang worden samen gegeven of allebei niet</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="87"/>
        <source>this side of the alliance has a sponsor already (one per side)</source>
        <translation>deze kant van de alliantie heeft al een sponsor (één per kant)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="94"/>
        <source>the file is too large (at most {limit} MB is read)</source>
        <translation>het bestand is te groot (er wordt hoogstens {limit} MB gelezen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="97"/>
        <source>the file is damaged or cannot be read</source>
        <translation>het bestand is beschadigd of onleesbaar</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="98"/>
        <source>it would unpack to far more than a spreadsheet holds (a zip bomb?)</source>
        <translation>uitgepakt zou het veel groter zijn dan een spreadsheet (een zipbom?)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="101"/>
        <source>it declares XML entities, which no spreadsheet program writes (an XML attack?)</source>
        <translation>het declareert XML-entiteiten, wat geen spreadsheetprogramma schrijft (een XML-aanval?)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="105"/>
        <source>it is neither a CSV nor an XLSX file</source>
        <translation>het is geen CSV- en geen XLSX-bestand</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="106"/>
        <source>the file cannot be read as {encoding}: choose another encoding</source>
        <translation>het bestand is niet te lezen als {encoding}: kies een andere codering</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="109"/>
        <source>the file has no sheet of that name</source>
        <translation>het bestand heeft geen werkblad met die naam</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="110"/>
        <source>the file has more than {rows} rows, more than is read</source>
        <translation>het bestand heeft meer dan {rows} rijen, meer dan er gelezen worden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="113"/>
        <source>the file holds no rows</source>
        <translation>het bestand bevat geen rijen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="177"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="178"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="103"/>
        <source>Import from spreadsheet</source>
        <translation>Importeren uit spreadsheet</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="107"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="108"/>
        <source>&amp;Next: preview &gt;</source>
        <translation>Vol&amp;gende: voorbeeld &gt;</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="109"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="118"/>
        <source>Step 1 of 2: the file and its columns. Check which field each column fills; nothing is stored yet.</source>
        <translation>Stap 1 van 2: het bestand en zijn kolommen. Controleer welk veld elke kolom vult; er wordt nog niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="125"/>
        <source>Step 2 of 2: the preview. Nothing is stored until you press Import; the import is one step that Edit → Undo takes back.</source>
        <translation>Stap 2 van 2: het voorbeeld. Er wordt niets opgeslagen tot u op Importeren drukt; de import is één stap die Bewerken → Ongedaan maken terugdraait.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="138"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="163"/>
        <source>Reading {file}…</source>
        <translation>{file} lezen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="196"/>
        <source>{file} cannot be imported: {reason}. Nothing was imported.</source>
        <translation>{file} kan niet worden geïmporteerd: {reason}. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="287"/>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="309"/>
        <source>The import failed and nothing was stored: {reason}</source>
        <translation>De import is mislukt en er is niets opgeslagen: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="316"/>
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Geïmporteerd: %n toegevoegd</numerusform>
            <numerusform>Geïmporteerd: %n toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="317"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n bijgewerkt</numerusform>
            <numerusform>, %n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="319"/>
        <source>, %n organisation(s) created</source>
        <translation>
            <numerusform>, %n organisatie aangemaakt</numerusform>
            <numerusform>, %n organisaties aangemaakt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="323"/>
        <source>%n refused row(s) not imported.</source>
        <translation>
            <numerusform>%n geweigerde rij niet geïmporteerd.</numerusform>
            <numerusform>%n geweigerde rijen niet geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="325"/>
        <source>The column mapping could not be remembered.</source>
        <translation>De koppeling van de kolommen kon niet worden onthouden.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="326"/>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="32"/>
        <source>Anywhere in the main window</source>
        <translation>Overal in het hoofdvenster</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="33"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="34"/>
        <source>In a page&apos;s list or table</source>
        <translation>In een lijst of tabel op een pagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="35"/>
        <source>On the Profile page</source>
        <translation>Op de pagina Profiel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="36"/>
        <source>On the stakeholder map</source>
        <translation>Op de stakeholderkaart</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="37"/>
        <source>In the briefing dialog</source>
        <translation>In het briefingvenster</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="38"/>
        <source>In a text field</source>
        <translation>In een tekstveld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="67"/>
        <source>New workbook</source>
        <translation>Nieuw werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="68"/>
        <source>Open a workbook</source>
        <translation>Een werkboek openen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="72"/>
        <source>Nothing to save: every change is saved as you make it</source>
        <translation>Niets op te slaan: elke wijziging wordt bewaard zodra je hem maakt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="78"/>
        <source>Close the workbook</source>
        <translation>Het werkboek sluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="84"/>
        <source>Briefing: preview, save as PDF or print</source>
        <translation>Briefing: voorbeeld, opslaan als PDF of afdrukken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="90"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="94"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="98"/>
        <source>Undo the last change to the workbook</source>
        <translation>De laatste wijziging in het werkboek ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="104"/>
        <source>Redo the change undone last</source>
        <translation>De laatst ongedaan gemaakte wijziging opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="111"/>
        <source>Find in the whole workbook</source>
        <translation>Zoeken in het hele werkboek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="117"/>
        <source>The guide to alliance_desk</source>
        <translation>De handleiding bij alliance_desk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="125"/>
        <source>Add a new one (actions, decisions, risks, meetings, …)</source>
        <translation>Een nieuwe toevoegen (acties, besluiten, risico&apos;s, overleggen, …)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="131"/>
        <source>Open or edit the chosen one</source>
        <translation>De gekozen openen of wijzigen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="137"/>
        <source>Delete the chosen one</source>
        <translation>De gekozen verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="144"/>
        <source>Edit the alliance&apos;s profile (on a goal: edit the goal)</source>
        <translation>Het profiel van de alliantie wijzigen (op een doel: het doel wijzigen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="150"/>
        <source>Go from person to person; Enter opens one</source>
        <translation>Van persoon naar persoon gaan; Enter opent er een</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="156"/>
        <source>Update the preview</source>
        <translation>Het voorbeeld bijwerken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="163"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="170"/>
        <source>Undo the typing (Edit → Undo undoes workbook changes)</source>
        <translation>Het typen ongedaan maken (Bewerken → Ongedaan maken doet dat met wijzigingen in het werkboek)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="176"/>
        <source>Redo the typing</source>
        <translation>Het typen opnieuw uitvoeren</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/guide.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/signal_list.py" line="63"/>
        <source>Early-warning signals</source>
        <translation>Vroege waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/signal_list.py" line="64"/>
        <source>No early-warning signals</source>
        <translation>Geen vroege waarschuwingen</translation>
    </message>
</context>
<context>
    <name>SkillEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="131"/>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="132"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="133"/>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="143"/>
        <source>Re-assess the skills of {name}</source>
        <translation>Vaardigheden van {name} opnieuw beoordelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="145"/>
        <source>Assess the skills of {name}</source>
        <translation>Vaardigheden van {name} beoordelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="155"/>
        <source>Assess skills of {name}</source>
        <translation>Vaardigheden van {name} beoordelen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="163"/>
        <source>Training or coaching for {name}</source>
        <translation>Training of coaching voor {name}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="174"/>
        <source>Add training “{title}”</source>
        <translation>Training „{title}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="187"/>
        <source>Delete assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="189"/>
        <source>Delete the skills assessment of {name} of {date} with all its levels? You can undo this with Ctrl+Z.</source>
        <translation>De beoordeling van de vaardigheden van {name} van {date} met al haar niveaus verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="192"/>
        <source>Delete skills assessment</source>
        <translation>Beoordeling van vaardigheden verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="204"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="208"/>
        <source>Delete training</source>
        <translation>Training verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="205"/>
        <source>Delete the training “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>De training „{title}” verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SponsorPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="286"/>
        <source>Our sponsor</source>
        <translation>Onze sponsor</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="286"/>
        <source>The partner&apos;s sponsor</source>
        <translation>Sponsor van de partner</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="288"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="289"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="290"/>
        <source>Attitude</source>
        <translation>Houding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="291"/>
        <source>Power and interest</source>
        <translation>Macht en belang</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="292"/>
        <source>Last assessed</source>
        <translation>Laatst beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="296"/>
        <source>Show on the stakeholder page</source>
        <translation>Tonen op de stakeholderpagina</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="305"/>
        <source>No sponsor on our side yet. Senior management support needs a named executive: mark one as sponsor on the stakeholder page.</source>
        <translation>Nog geen sponsor aan onze kant. Voor steun van het senior management is een bestuurder met naam en toenaam nodig: markeer iemand als sponsor op de stakeholderpagina.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="310"/>
        <source>No sponsor on the partner&apos;s side yet. Who at the partner answers for this alliance? Mark them as sponsor on the stakeholder page.</source>
        <translation>Nog geen sponsor aan de kant van de partner. Wie is bij de partner verantwoordelijk voor deze alliantie? Markeer die persoon als sponsor op de stakeholderpagina.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="318"/>
        <source>{department} ({seniority})</source>
        <translation>{department} ({seniority})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="325"/>
        <source>Never assessed</source>
        <translation>Nooit beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="330"/>
        <source>{date} (before that {previous})</source>
        <translation>{date} (daarvoor {previous})</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="338"/>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="343"/>
        <source>{now} (unchanged)</source>
        <translation>{now} (ongewijzigd)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="346"/>
        <source>{now} ↑ (was {was}: warmer)</source>
        <translation>{now} ↑ (was {was}: positiever)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="348"/>
        <source>{now} ↓ (was {was}: cooler)</source>
        <translation>{now} ↓ (was {was}: kritischer)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="354"/>
        <source>Power {power}, interest {interest}: {quadrant}</source>
        <translation>Macht {power}, belang {interest}: {quadrant}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="363"/>
        <source>(was {power}, {interest})</source>
        <translation>(was {power}, {interest})</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="121"/>
        <source>First assessment (dated {date})</source>
        <translation>Eerste beoordeling (van {date})</translation>
    </message>
</context>
<context>
    <name>StakeholderLook</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="44"/>
        <source>Manage closely</source>
        <translation>Nauw betrekken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="45"/>
        <source>Keep satisfied</source>
        <translation>Tevreden houden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="46"/>
        <source>Keep informed</source>
        <translation>Geïnformeerd houden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="47"/>
        <source>Monitor</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="51"/>
        <source>1 operational</source>
        <translation>1 operationeel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="52"/>
        <source>2 management</source>
        <translation>2 management</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="53"/>
        <source>3 executive</source>
        <translation>3 bestuur</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="57"/>
        <source>ours</source>
        <translation>wij</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="58"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="189"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="21"/>
        <source>Stakeholders</source>
        <translation>Stakeholders</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="192"/>
        <source>Add &amp;stakeholder…</source>
        <translation>Stakeholder toevoe&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="194"/>
        <source>&amp;Re-assess…</source>
        <translation>&amp;Opnieuw beoordelen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="195"/>
        <source>Re-assess…</source>
        <translation>Opnieuw beoordelen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="196"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="197"/>
        <source>Delete stakeholder</source>
        <translation>Stakeholder verwijderen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="193"/>
        <source>Ed&amp;it…</source>
        <translation>Bewer&amp;ken…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="198"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="199"/>
        <source>name, role or department</source>
        <translation>naam, rol of afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="200"/>
        <source>Filter stakeholders by name, role or department</source>
        <translation>Stakeholders filteren op naam, rol of afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="201"/>
        <source>Both organisations</source>
        <translation>Beide organisaties</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="202"/>
        <source>All attitudes</source>
        <translation>Alle houdingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="203"/>
        <source>Filter by organisation</source>
        <translation>Filteren op organisatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="204"/>
        <source>Filter by attitude</source>
        <translation>Filteren op houding</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="205"/>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="206"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="207"/>
        <source>&amp;Counterparts</source>
        <translation>Tegen&amp;hangers</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="208"/>
        <source>S&amp;kills</source>
        <translation>Vaa&amp;rdigheden</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="209"/>
        <source>Depar&amp;tments</source>
        <translation>Afde&amp;lingen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="210"/>
        <source>Power and interest grid</source>
        <translation>Macht-/belangmatrix</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="213"/>
        <source>Each stakeholder at their interest (across) and power (up). Arrow keys go from person to person, Enter re-assesses. The People tab lists the same people as a table.</source>
        <translation>Elke stakeholder volgens belang (horizontaal) en macht (verticaal). De pijltoetsen gaan van persoon naar persoon, Enter beoordeelt opnieuw. Het tabblad Personen toont dezelfde mensen als tabel.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="218"/>
        <source>Stakeholders by organisation and department</source>
        <translation>Stakeholders per organisatie en afdeling</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="219"/>
        <source>Assessment history</source>
        <translation>Beoordelingsgeschiedenis</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="277"/>
        <source>Not on the map yet (no assessment): {names}</source>
        <translation>Nog niet op de kaart (geen beoordeling): {names}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="288"/>
        <source>Choose an alliance to see its stakeholder map.</source>
        <translation>Kies een alliantie om de stakeholderkaart te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="291"/>
        <source>No stakeholders yet. Add the people who matter to this alliance, ours and the partner&apos;s, with “Add stakeholder…”.</source>
        <translation>Nog geen stakeholders. Voeg met “Stakeholder toevoegen…” de mensen toe die ertoe doen voor deze alliantie, bij ons en bij de partner.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="295"/>
        <source>Nobody matches the filters.</source>
        <translation>Niemand voldoet aan de filters.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="296"/>
        <source>Nobody shown has been assessed yet: use “Re-assess…”.</source>
        <translation>Nog niemand van de getoonde personen is beoordeeld: gebruik “Opnieuw beoordelen…”.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="302"/>
        <source>Choose a person to see their assessments.</source>
        <translation>Kies een persoon om diens beoordelingen te zien.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="306"/>
        <source>&lt;b&gt;Assessments of {name}&lt;/b&gt; ({department}), newest first</source>
        <translation>&lt;b&gt;Beoordelingen van {name}&lt;/b&gt; ({department}), nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="313"/>
        <source>No workbook is open.</source>
        <translation>Er is geen werkboek geopend.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="316"/>
        <source>Choose an alliance to see its stakeholders.</source>
        <translation>Kies een alliantie om de stakeholders te zien.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="321"/>
        <source>Showing {shown} of %n stakeholder(s) ({ours} ours, {theirs} the partner&apos;s)</source>
        <translation>
            <numerusform>{shown} van %n stakeholder ({ours} van ons, {theirs} van de partner)</numerusform>
            <numerusform>{shown} van %n stakeholders ({ours} van ons, {theirs} van de partner)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="99"/>
        <source>Status {rag}</source>
        <translation>Status {rag}</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="101"/>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="42"/>
        <source>Development target</source>
        <translation>Ontwikkeldoel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="66"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="67"/>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimensie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="68"/>
        <source>Target &amp;level:</source>
        <translation>Doel&amp;niveau:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="69"/>
        <source>&amp;By:</source>
        <translation>&amp;Uiterlijk:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="70"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="82"/>
        <location filename="../../alliance_desk/ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ThresholdsBox</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="77"/>
        <source>Early warning (kept in this workbook)</source>
        <translation>Vroege waarschuwing (bewaard in dit werkboek)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="80"/>
        <source>Health &amp;falling: a drop of at least</source>
        <translation>Gezondheid &amp;daalt: een daling van minstens</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="81"/>
        <source>Points the health score must fall between two checks to be flagged</source>
        <translation>Punten die de gezondheidsscore tussen twee checks moet dalen om te worden gesignaleerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="84"/>
        <source>… an ala&amp;rm from a drop of</source>
        <translation>… een a&amp;larm vanaf een daling van</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="85"/>
        <source>Points of fall between two checks that make it an alarm</source>
        <translation>Punten daling tussen twee checks die er een alarm van maken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="88"/>
        <source>Health lo&amp;w: an average below</source>
        <translation>Gezondheid la&amp;ag: een gemiddelde onder</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="89"/>
        <source>Average health score (1 to 5) below which health is low</source>
        <translation>Gemiddelde gezondheidsscore (1 tot 5) waaronder de gezondheid laag is</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="92"/>
        <source>Views &amp;drifting apart: the gap grows by</source>
        <translation>Beelden lopen &amp;uiteen: het verschil groeit met</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="93"/>
        <source>Points the gap between our view and the partner&apos;s must grow</source>
        <translation>Punten die het verschil tussen ons oordeel en dat van de partner moet groeien</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="96"/>
        <source>Key &amp;person: power of at least (1–10)</source>
        <translation>Sleutel&amp;figuur: macht van minstens (1–10)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="97"/>
        <source>Power from which a stakeholder without a counterpart is flagged</source>
        <translation>Macht vanaf welke een stakeholder zonder tegenhanger wordt gesignaleerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="100"/>
        <source>No partner &amp;view after (days)</source>
        <translation>Geen oordeel van de &amp;partner na (dagen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="101"/>
        <source>Days without a health check by the partner before it is flagged</source>
        <translation>Dagen zonder gezondheidscheck door de partner voordat dit wordt gesignaleerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="104"/>
        <source>Decision l&amp;ate: an alarm after (days)</source>
        <translation>Besluit te laat: een alar&amp;m na (dagen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="105"/>
        <source>Days past its deadline after which a pending decision is an alarm</source>
        <translation>Dagen over de termijn waarna een openstaand besluit een alarm is</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="108"/>
        <source>Overdue actions piling &amp;up from</source>
        <translation>Verlopen acties stapelen zich op &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="109"/>
        <source>Number of overdue actions that is flagged as piling up</source>
        <translation>Aantal verlopen acties dat als opstapeling wordt gesignaleerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="112"/>
        <source>Losing &amp;touch after (days)</source>
        <translation>Contact ver&amp;watert na (dagen)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="113"/>
        <source>Days without activity before an alliance is flagged</source>
        <translation>Dagen zonder activiteit voordat een alliantie wordt gesignaleerd</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="116"/>
        <source>Partner &amp;maturity behind by (levels)</source>
        <translation>Volwassenheid partner blijft ac&amp;hter met (niveaus)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="117"/>
        <source>Levels the partner&apos;s maturity may lag ours on a dimension</source>
        <translation>Niveaus die de volwassenheid van de partner op een dimensie achter mag lopen op de onze</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="125"/>
        <source>Restore d&amp;efaults</source>
        <translation>Standaardwaarden he&amp;rstellen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="126"/>
        <source>Restore the default thresholds</source>
        <translation>De standaarddrempels herstellen</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="82"/>
        <source>Skills &amp;addressed:</source>
        <translation>Behandelde &amp;vaardigheden:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="84"/>
        <source>Skills the training addressed</source>
        <translation>Vaardigheden die de training behandelde</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/widgets/trend_chart.py" line="111"/>
        <source>{side}: %n point(s), latest {value} on {date}</source>
        <translation>
            <numerusform>{side}: %n punt, laatste {value} op {date}</numerusform>
            <numerusform>{side}: %n punten, laatste {value} op {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/trend_chart.py" line="320"/>
        <source>{side} · {date} · {value}</source>
        <translation>{side} · {date} · {value}</translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="89"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="90"/>
        <source>Di&amp;mension:</source>
        <translation>Di&amp;mensie:</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="91"/>
        <source>Dimension shown in the trend chart</source>
        <translation>Dimensie in de trendgrafiek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="92"/>
        <source>Trend chart</source>
        <translation>Trendgrafiek</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="93"/>
        <source>Trend chart as a table</source>
        <translation>Trendgrafiek als tabel</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <source>Date of the evaluation</source>
        <translation>Datum van de evaluatie</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <source>No scores to show yet</source>
        <translation>Nog geen scores om te tonen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="111"/>
        <source>Overall (average of the dimensions)</source>
        <translation>Totaal (gemiddelde van de dimensies)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Answered by</source>
        <translation>Ingevuld door</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="113"/>
        <source>{field}: a value is required.</source>
        <translation>{field}: een waarde is verplicht.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="114"/>
        <source>{field}: text is expected.</source>
        <translation>{field}: verwacht wordt tekst.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="115"/>
        <source>{field}: remove the invisible control character.</source>
        <translation>{field}: verwijder het onzichtbare stuurteken.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="118"/>
        <source>{field}: this must fit on one line.</source>
        <translation>{field}: dit moet op één regel passen.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="119"/>
        <source>{field}: at most {maximum} characters are allowed; this has {length}.</source>
        <translation>{field}: maximaal {maximum} tekens toegestaan; dit zijn er {length}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="122"/>
        <source>{field}: a whole number is expected.</source>
        <translation>{field}: verwacht wordt een geheel getal.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="123"/>
        <source>{field}: {value} is not allowed; use {minimum} to {maximum}.</source>
        <translation>{field}: {value} is niet toegestaan; gebruik {minimum} tot en met {maximum}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="126"/>
        <source>{field}: a date like 2026-03-31 is expected.</source>
        <translation>{field}: verwacht wordt een datum zoals 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="127"/>
        <source>{field}: the year must be from 1900 to 2200.</source>
        <translation>{field}: het jaar moet van 1900 tot en met 2200 zijn.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="130"/>
        <source>{field}: choose one of the options.</source>
        <translation>{field}: kies een van de opties.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="131"/>
        <source>{field}: {value} is before the {other} ({other_value}).</source>
        <translation>{field}: {value} ligt vóór {other} ({other_value}).</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="134"/>
        <source>{field}: only allowed when the {other} is {other_value}.</source>
        <translation>{field}: alleen toegestaan als {other} gelijk is aan {other_value}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="137"/>
        <source>{field}: {detail}.</source>
        <translation>{field}: {detail}.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="138"/>
        <source>{field}: the {target} it refers to no longer exists.</source>
        <translation>{field}: het record waarnaar dit verwijst ({target}) bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="141"/>
        <source>Other records still refer to this one; remove or move those first.</source>
        <translation>Andere records verwijzen nog naar dit record; verwijder of verplaats die eerst.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="144"/>
        <source>{field}: only one of {fields} can be set.</source>
        <translation>{field}: slechts één van {fields} mag worden ingevuld.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="26"/>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="29"/>
        <source>Welcome to alliance_desk</source>
        <translation>Welkom bij alliance_desk</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="32"/>
        <source>A workbook for the alliances you manage: partner profiles with both sides&apos; goals, stakeholder maps, health checks with the partner, maturity, actions and decisions, and one-page briefings for senior management.</source>
        <translation>Een werkboek voor de allianties die je beheert: partnerprofielen met de doelen van beide kanten, stakeholderkaarten, gezondheidschecks met de partner, volwassenheid, acties en besluiten, en briefings van één pagina voor het senior management.</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="38"/>
        <source>Everything is kept in one workbook file on your computer and saved as you work. How would you like to begin?</source>
        <translation>Alles staat in één werkboekbestand op je computer en wordt bewaard terwijl je werkt. Hoe wil je beginnen?</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="49"/>
        <source>Look at the &amp;demo</source>
        <translation>De &amp;demo bekijken</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="50"/>
        <source>A small example portfolio of six alliances, to try everything on</source>
        <translation>Een klein voorbeeldportfolio van zes allianties, om alles op uit te proberen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="52"/>
        <source>&amp;New workbook…</source>
        <translation>&amp;Nieuw werkboek…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="52"/>
        <source>Start your own workbook</source>
        <translation>Je eigen werkboek beginnen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="53"/>
        <source>&amp;Open workbook…</source>
        <translation>Werkboek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="53"/>
        <source>Open a workbook you already have</source>
        <translation>Een werkboek openen dat je al hebt</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="54"/>
        <source>Read the &amp;guide</source>
        <translation>De &amp;handleiding lezen</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="54"/>
        <source>How to use alliance_desk (F1)</source>
        <translation>Hoe je alliance_desk gebruikt (F1)</translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="65"/>
        <source>This welcome is in Help → Getting started… whenever you want it.</source>
        <translation>Dit welkom vind je altijd terug onder Help → Aan de slag…</translation>
    </message>
</context>
</TS>
