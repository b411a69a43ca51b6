<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="59"/>
        <source>About alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="78"/>
        <source>Their licence texts are in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="80"/>
        <source>Their licence texts come with each installed package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="84"/>
        <source>An offline workbook for alliance managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="85"/>
        <source>Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="105"/>
        <source>none open; your workbooks are wherever you save them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="109"/>
        <source>in a folder NAME-backups beside each workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="111"/>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="112"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="114"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="119"/>
        <source>Where things are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="87"/>
        <source>alliance_desk is built on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/about.py" line="93"/>
        <source>Qt and PySide6 are used under the LGPL-3.0: you may replace them with builds of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="41"/>
        <source>The workbook could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="48"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="49"/>
        <source>Something went wrong that alliance_desk did not expect. Your data is safe: every change was saved when you made it. Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="83"/>
        <source>alliance_desk is already running and waits for an answer in one of its dialogs. Finish that, then open {name} again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentLogModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="215"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="219"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="223"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="168"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="203"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="232"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="169"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="170"/>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="173"/>
        <source>The preview shows earlier choices. Update the preview to see the new ones; Save and Print use the new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="177"/>
        <source>Page width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="178"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="179"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="180"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="182"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="181"/>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="183"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="184"/>
        <source>Preview of the briefing&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="185"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="205"/>
        <source>The board pack is done, but the workbook could not remember it, so the next one will not start from this date: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="219"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="221"/>
        <source>No preview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="237"/>
        <source>The workbook has no alliances yet, so there is nothing to brief on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="243"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="257"/>
        <source>Building the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="276"/>
        <source>The briefing could not be built: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="318"/>
        <source>Save briefing as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="324"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="336"/>
        <source>{path} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="348"/>
        <source>{path} could not be written: {problem}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="358"/>
        <source>Saved the briefing to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/briefing.py" line="389"/>
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>Sent %n page to {printer}.</numerusform>
            <numerusform>Sent %n pages to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingOptions</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="178"/>
        <source>&amp;All alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="179"/>
        <source>Allian&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="180"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="181"/>
        <source>One page per alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="182"/>
        <source>Board pack: summary, overview, pages, decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="183"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="184"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="185"/>
        <source>&amp;Reference date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="186"/>
        <source>&amp;Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="187"/>
        <source>Alliances to brief on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="188"/>
        <source>Kind of briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="189"/>
        <source>Language of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="190"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="191"/>
        <source>Reference date of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="193"/>
        <source>Overdue items, the next 90 days and trends are reckoned from this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="195"/>
        <source>C&amp;hanges since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="196"/>
        <source>Tell what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="198"/>
        <source>The briefing tells what changed in each alliance since this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="200"/>
        <source>Confidentialit&amp;y line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="201"/>
        <source>Confidentiality line in the footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="203"/>
        <source>Printed in the footer of every page; leave it empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="205"/>
        <source>No confidentiality line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="244"/>
        <source>Default {date}: the previous board pack made from this workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="247"/>
        <source>Default {date}: %n day(s) back, as no earlier board pack is known.</source>
        <translation>
            <numerusform>Default {date}: %n day back, as no earlier board pack is known.</numerusform>
            <numerusform>Default {date}: %n days back, as no earlier board pack is known.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="255"/>
        <source>board-pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_options.py" line="259"/>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPrinter</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="79"/>
        <source>Print briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="81"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="93"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="124"/>
        <source>The printer reported a problem; the briefing may not have printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapabilityDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="154"/>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="201"/>
        <source>Capability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="155"/>
        <source>&amp;All alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="156"/>
        <source>Alliances to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="157"/>
        <source>Allian&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="158"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="159"/>
        <source>Our management (our organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="160"/>
        <source>The partner&apos;s management (their part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="161"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="162"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="163"/>
        <source>&amp;Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="164"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="165"/>
        <source>Preview of the capability report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="172"/>
        <source>For the partner&apos;s management: their maturity against their development targets, their plan and its support, their departments&apos; skills and training. Nothing of ours (our maturity, people, risks or notes) is in it. Choose the alliances of one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="179"/>
        <source>For our own management: our maturity against our targets with the partner&apos;s level beside it, our plan, our departments&apos; skills and training, and the case that collaboration is a matter for the whole organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="188"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="188"/>
        <source>No preview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="204"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="244"/>
        <source>Save the capability report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="244"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/capability.py" line="256"/>
        <source>Saved the capability report to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWithTable</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/chart_table.py" line="77"/>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/chart_table.py" line="79"/>
        <source>What the chart shows, as a table the keyboard and screen readers can read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="194"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="137"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="138"/>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="139"/>
        <source>It &amp;holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="142"/>
        <source>&amp;Alliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="143"/>
        <source>(from the file&apos;s alliance column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="144"/>
        <source>The alliance of the rows that do not name one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="145"/>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="146"/>
        <source>Encodin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="147"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="150"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="152"/>
        <source>Shee&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="153"/>
        <source>&amp;Columns: which field each column of the file fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="155"/>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="157"/>
        <source>&amp;Remember this mapping for files with these columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="197"/>
        <source>The mapping remembered from an earlier import of these columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="225"/>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="207"/>
        <source>Imported as: {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="267"/>
        <source>Not imported: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_columns.py" line="269"/>
        <source>Every column is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="168"/>
        <source>{name} ({department})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="180"/>
        <source>&amp;Our person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="182"/>
        <source>&amp;Partner&apos;s person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="186"/>
        <source>Our person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="187"/>
        <source>Partner&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="189"/>
        <source>1 operational · 2 management · 3 executive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="287"/>
        <source>Escalation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="288"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="289"/>
        <source>Our person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="290"/>
        <source>Partner&apos;s person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="291"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="298"/>
        <source>{name} ({department})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterpartsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="92"/>
        <source>Add &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="93"/>
        <source>Edit lin&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="94"/>
        <source>Delete li&amp;nk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="95"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="215"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="219"/>
        <source>Delete counterpart link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="96"/>
        <source>Counterpart links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="97"/>
        <source>Departments without a counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="130"/>
        <source>No stakeholders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="134"/>
        <source>✓ Every department on both sides has a counterpart link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="137"/>
        <source>⚠ No counterpart yet: {departments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="168"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="184"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="187"/>
        <source>Add counterpart link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="170"/>
        <source>A link needs a person on each side. Add stakeholders on both sides first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="196"/>
        <source>Edit counterpart link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/counterparts.py" line="217"/>
        <source>Delete the link between {ours} and {theirs}? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="81"/>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="82"/>
        <source>Organisation whose departments are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="83"/>
        <source>Departments and their collaborative skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="86"/>
        <source>A gap: people whose current level is below the level the skills framework requires (Edit → Frameworks…). People not yet assessed count among the department&apos;s people but not in its levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="93"/>
        <source>Department / skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="94"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="95"/>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="96"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="97"/>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="98"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="99"/>
        <source>Below required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="116"/>
        <source>Ours: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="118"/>
        <source>Partner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="133"/>
        <source>Choose an alliance to see its departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="137"/>
        <source>The workbook has no skills framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="142"/>
        <source>Whole organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="146"/>
        <source>%n department(s) deal with the partner</source>
        <translation>
            <numerusform>%n department deals with the partner</numerusform>
            <numerusform>%n departments deal with the partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="148"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="150"/>
        <source>gaps in %n department(s)</source>
        <translation>
            <numerusform>gaps in %n department</numerusform>
            <numerusform>gaps in %n departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="157"/>
        <source>%n with a counterpart</source>
        <translation>
            <numerusform>%n with a counterpart</numerusform>
            <numerusform>%n with a counterpart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="167"/>
        <source>gaps in %n skill(s)</source>
        <translation>
            <numerusform>gaps in %n skill</numerusform>
            <numerusform>gaps in %n skills</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="169"/>
        <source>no gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="178"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="182"/>
        <source>%n below: {names}</source>
        <translation>
            <numerusform>%n below: {names}</numerusform>
            <numerusform>%n below: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/departments.py" line="186"/>
        <source>none below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="207"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="211"/>
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="215"/>
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="219"/>
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="225"/>
        <source>{path} is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="228"/>
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="236"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="240"/>
        <source>The newest good backup is {backup}. Restore it with the command &apos;alliance-desk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="245"/>
        <source>{path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="249"/>
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="255"/>
        <source>{path} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="259"/>
        <source>The last changes to {path} could not be recovered after a crash: its journal (the -wal file, last written {written_at}) is damaged, and the saved changes after the damage ({lost}) are lost. Every change before the damage is there; a copy of the journal is in {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="267"/>
        <source>{path} is on read-only media: changes cannot be saved. Copy it to a writable folder to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="273"/>
        <source>{path} could not be read from the disk: {detail}. The medium may be damaged or was removed. Nothing was changed; what is shown stays until it can be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="279"/>
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationLog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="121"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="125"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="129"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="133"/>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="162"/>
        <source>Average of the scored dimensions (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="26"/>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="144"/>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="147"/>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="148"/>
        <source>&amp;New evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="149"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="150"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="151"/>
        <source>Evaluations of this alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="152"/>
        <source>Lo&amp;g and trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="153"/>
        <source>Questionnaire ro&amp;unds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="170"/>
        <source>Choose an alliance to see its evaluations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="190"/>
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="260"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="261"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="278"/>
        <source>New evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="285"/>
        <source>Add evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="301"/>
        <source>Evaluation of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="315"/>
        <source>Change evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="323"/>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="332"/>
        <source>Delete evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/page.py" line="325"/>
        <source>Delete the evaluation of {date} by {side} with all its scores? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="144"/>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="203"/>
        <source>Export evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="145"/>
        <source>&amp;All alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="146"/>
        <source>Allian&amp;ces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="147"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="148"/>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="149"/>
        <source>&amp;Respondent side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="150"/>
        <source>Sha&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="151"/>
        <source>&amp;Long: one row per score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="152"/>
        <source>&amp;Wide: one row per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="153"/>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="154"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="155"/>
        <source>Dimension &amp;names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="156"/>
        <source>All sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="157"/>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="158"/>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="159"/>
        <source>JSON (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="160"/>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="162"/>
        <source>Semicolon ( ; ) and decimal comma, for Dutch spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="164"/>
        <source>Mar&amp;k the file as UTF-8, so Excel shows accents right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="166"/>
        <source>Starts the file with a byte order mark; other programs ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="168"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="169"/>
        <source>Export all alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="170"/>
        <source>Alliances to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="171"/>
        <source>Evaluated on or after (empty: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="172"/>
        <source>Evaluated on or before (empty: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="173"/>
        <source>Respondent side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="174"/>
        <source>Long form, one row per score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="175"/>
        <source>Wide form, one row per evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="176"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="177"/>
        <source>CSV delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="178"/>
        <source>Language of dimension names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="179"/>
        <source>Leave empty for no start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="180"/>
        <source>Leave empty for no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="193"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="195"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="196"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="206"/>
        <source>Tick at least one alliance, or choose all alliances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="251"/>
        <source>Exporting evaluations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="254"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="263"/>
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform>
            <numerusform>Exported %n rows to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/export.py" line="266"/>
        <source>No evaluations match the choices; {path} holds only the column names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="19"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="20"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="21"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="22"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="23"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="24"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="35"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="25"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="26"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="27"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="28"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="29"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="30"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="31"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="32"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="33"/>
        <source>Type of alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="34"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="36"/>
        <source>Status in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="37"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="38"/>
        <source>Renewal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="39"/>
        <source>Contract reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="40"/>
        <source>Resources we bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="41"/>
        <source>Resources the partner brings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="42"/>
        <source>Days between health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="45"/>
        <source>Whose goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="46"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="47"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="48"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="82"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="49"/>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="50"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="51"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="99"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="52"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="53"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="54"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="55"/>
        <source>Executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="56"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="57"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="58"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="70"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="74"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="59"/>
        <source>Power (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="60"/>
        <source>Interest (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="61"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="62"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="63"/>
        <source>Escalation level (1–3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="64"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="68"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="77"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="80"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="96"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="65"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="66"/>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="67"/>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="71"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="75"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="72"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="76"/>
        <source>Level (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="73"/>
        <source>Required level (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="78"/>
        <source>Kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="79"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="81"/>
        <source>Target level (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="83"/>
        <source>Development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="84"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="85"/>
        <source>Asked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="86"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="87"/>
        <location filename="../../alliance_desk/ui/field_texts.py" line="97"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="88"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="89"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="90"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="91"/>
        <source>Likelihood (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="92"/>
        <source>Impact (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="93"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="94"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="95"/>
        <source>Source round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="98"/>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="67"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="68"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="69"/>
        <source>&amp;Export workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="70"/>
        <source>Export e&amp;valuations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="71"/>
        <source>&amp;Import workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="72"/>
        <source>Import res&amp;ponses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="74"/>
        <source>Import answered questionnaires (XLSX or PDF) of a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="76"/>
        <source>I&amp;mport from spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="79"/>
        <source>Import organisations, stakeholders, actions, decisions or risks from a CSV or XLSX list, previewed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="83"/>
        <source>Brie&amp;fing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="85"/>
        <source>Preview, save or print the senior-management briefing or the board pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="87"/>
        <source>Capabi&amp;lity report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="90"/>
        <source>Maturity against the development targets, the plans, the departments&apos; skills and training, for our management or the partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="113"/>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="146"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="149"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="146"/>
        <source>Backing up the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="152"/>
        <source>Backed up to {path} (verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="206"/>
        <source>Daily backup made: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="210"/>
        <source>The daily backup failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="224"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="235"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="246"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="258"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="263"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="225"/>
        <source>There are no backups of this workbook yet in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="236"/>
        <source>Choose the backup to restore (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="248"/>
        <source>Replace the workbook&apos;s content with the backup of {when}? What the workbook holds now is kept as a backup first, so this can be undone by restoring that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="259"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="267"/>
        <source>Restored from {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="282"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="298"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="301"/>
        <source>Export workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="282"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="356"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="298"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/file_actions.py" line="304"/>
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n record to {path}.</numerusform>
            <numerusform>Exported %n records to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="356"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="375"/>
        <location filename="../../alliance_desk/ui/file_actions.py" line="380"/>
        <source>Import workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="363"/>
        <source>Save the imported workbook as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="365"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/file_actions.py" line="376"/>
        <source>Checking and importing every record…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="102"/>
        <source>{side}: {dimension}, level {level} by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="163"/>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="187"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="169"/>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="172"/>
        <source>Source (health check, meeting or questionnaire round)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="174"/>
        <source>The health check, meeting or questionnaire round this came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="177"/>
        <source>Source (health check or meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="178"/>
        <source>The health check or meeting this came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="193"/>
        <source>Development &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="197"/>
        <source>Development target this action supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/dialogs.py" line="198"/>
        <source>The development target (of either organisation) this supports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="71"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="72"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="73"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="74"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="76"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="77"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="78"/>
        <source>Asked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="79"/>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="80"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="81"/>
        <source>Decided on / by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="82"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="83"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="84"/>
        <source>Score (L×I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="85"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="86"/>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="100"/>
        <source>Round {date}: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="105"/>
        <source>Health check {date} ({side})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="109"/>
        <source>Meeting {date}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="211"/>
        <source>{date} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="215"/>
        <source>{mark} {date} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="227"/>
        <source>Overdue: {date} was %n day(s) ago</source>
        <translation>
            <numerusform>Overdue: {date} was %n day ago</numerusform>
            <numerusform>Overdue: {date} was %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/models.py" line="236"/>
        <source>Likelihood × impact, from 1 (negligible) to 25 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="156"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="157"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="158"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="162"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="163"/>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="169"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="170"/>
        <source>Edit the chosen row (Enter or double click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="171"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="172"/>
        <source>Delete the chosen row (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="173"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="174"/>
        <source>Every change made to the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="248"/>
        <source>{shown} of %n action(s) shown · {overdue} overdue</source>
        <translation>
            <numerusform>{shown} of %n action shown · {overdue} overdue</numerusform>
            <numerusform>{shown} of %n actions shown · {overdue} overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="251"/>
        <source>{shown} of %n decision(s) shown · {overdue} past their deadline</source>
        <translation>
            <numerusform>{shown} of %n decision shown · {overdue} past their deadline</numerusform>
            <numerusform>{shown} of %n decisions shown · {overdue} past their deadline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="254"/>
        <source>{shown} of %n risk(s) shown · {overdue} past their review date</source>
        <translation>
            <numerusform>{shown} of %n risk shown · {overdue} past their review date</numerusform>
            <numerusform>{shown} of %n risks shown · {overdue} past their review date</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/panel.py" line="301"/>
        <source>Choose an alliance first, in the Alliance box at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="16"/>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="17"/>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="18"/>
        <source>Add action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="19"/>
        <source>Edit action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="20"/>
        <source>Delete the action “{title}”? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="23"/>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="24"/>
        <source>Delete action “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="25"/>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="56"/>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="26"/>
        <source>Filter actions by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="27"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="31"/>
        <source>&amp;New decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="32"/>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="33"/>
        <source>Add decision “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="34"/>
        <source>Edit decision “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="35"/>
        <source>Delete the decision “{title}”? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="38"/>
        <source>Delete decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="39"/>
        <source>Delete decision “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="40"/>
        <source>As&amp;ked of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="41"/>
        <source>Filter decisions by who they are asked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="44"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="47"/>
        <source>&amp;New risk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="48"/>
        <source>New risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="49"/>
        <source>Add risk “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="50"/>
        <source>Edit risk “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="51"/>
        <source>Delete the risk “{title}”? Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="54"/>
        <source>Delete risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="55"/>
        <source>Delete risk “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="57"/>
        <source>Filter risks by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/texts.py" line="58"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="84"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="36"/>
        <source>Actions &amp; decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="87"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="88"/>
        <source>Which alliances to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="89"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="90"/>
        <source>part of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="91"/>
        <source>Filter by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="92"/>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="95"/>
        <source>Open actions past their due date, pending decisions past their deadline, open risks past their review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="110"/>
        <source>Current alliance ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="112"/>
        <source>Current alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="115"/>
        <source>All alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="121"/>
        <source>A&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="121"/>
        <source>A&amp;ctions ({count} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="122"/>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="122"/>
        <source>&amp;Decisions ({count} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="123"/>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/follow_up/page.py" line="123"/>
        <source>&amp;Risks ({count} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="148"/>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="149"/>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="150"/>
        <source>Framework to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="151"/>
        <source>Dimensions, in the order of the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>Dutch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="153"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="155"/>
        <source>Dimensions of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="158"/>
        <source>A retired dimension is no longer offered for new scores; the scores it was given stay. Dimensions are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="162"/>
        <source>&amp;Add dimension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="163"/>
        <source>&amp;Rename / edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="164"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="165"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="166"/>
        <source>Scale: what each score means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="168"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="170"/>
        <source>Levels of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="171"/>
        <source>Re&amp;name level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="182"/>
        <source>maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="184"/>
        <source>skills of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="185"/>
        <source>health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="199"/>
        <source>{name} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="232"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="232"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="234"/>
        <source>{state}, required {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="292"/>
        <source>Re&amp;store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="292"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="294"/>
        <source>The last dimension in use cannot be retired: add another first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="296"/>
        <source>Offer this dimension for new scores again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="298"/>
        <source>No longer offer this dimension for new scores; its old scores stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="336"/>
        <source>Add dimension “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="328"/>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="224"/>
        <source>%n dimension(s), {active} in use</source>
        <translation>
            <numerusform>%n dimension, {active} in use</numerusform>
            <numerusform>%n dimensions, {active} in use</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="347"/>
        <source>Dimension “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="348"/>
        <source>Edit dimension “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="358"/>
        <source>Score {value}: “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="359"/>
        <source>Rename score {value} to “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="397"/>
        <source>Move dimension “{name}” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="397"/>
        <source>Move dimension “{name}” down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="407"/>
        <source>Restore dimension “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework.py" line="409"/>
        <source>Retire dimension “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="213"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="217"/>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="221"/>
        <source>Partner&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="225"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="239"/>
        <source>gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="259"/>
        <source>A full point or more apart: worth discussing with the partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="154"/>
        <source>Our view against the partner&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="155"/>
        <source>Perception gaps, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="163"/>
        <source>The comparison needs an evaluation answered by us and one answered by the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="179"/>
        <source>Our latest evaluation ({ours}) against the partner&apos;s ({theirs}). ◆ marks %n gap(s) of a full point or more.</source>
        <translation>
            <numerusform>Our latest evaluation ({ours}) against the partner&apos;s ({theirs}). ◆ marks %n gap of a full point or more.</numerusform>
            <numerusform>Our latest evaluation ({ours}) against the partner&apos;s ({theirs}). ◆ marks %n gaps of a full point or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="119"/>
        <source>Measure: {measure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="122"/>
        <source>No target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="125"/>
        <source>Target: {date} (passed, not reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="131"/>
        <source>Target: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="134"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="135"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="136"/>
        <source>Edit this goal (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="137"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="138"/>
        <source>Delete this goal (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="141"/>
        <source>{progress} reached. {target} Enter edits, Delete deletes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalColumn</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="222"/>
        <source>Add &amp;our goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="223"/>
        <source>No goals of ours yet: what do we want from this alliance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="225"/>
        <source>Add a partner &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="226"/>
        <source>No partner goals yet: what does the partner want from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="228"/>
        <source>Add a &amp;shared goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="229"/>
        <source>No shared goals yet: what do both sides want?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/guide.py" line="45"/>
        <source>Guide to alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="252"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="253"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="254"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="255"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="256"/>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="257"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="43"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="45"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="46"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="69"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="71"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="106"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="107"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="108"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="109"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="110"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="111"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="147"/>
        <source>{record} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/model.py" line="150"/>
        <source>{record}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="98"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="51"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="101"/>
        <source>&amp;Show changes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="102"/>
        <source>Whose changes to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="103"/>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="104"/>
        <source>record, field or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="105"/>
        <source>Filter the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="106"/>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="162"/>
        <source>Alliance “{name}” and its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="164"/>
        <source>The whole workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="175"/>
        <source>{record} #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="176"/>
        <source>{record} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="205"/>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/history/page.py" line="210"/>
        <source>No changes recorded here yet. Changes are recorded as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/history/page.py" line="213"/>
        <source>%n change(s), newest first</source>
        <translation>
            <numerusform>%n change, newest first</numerusform>
            <numerusform>%n changes, newest first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="28"/>
        <source>Operational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30"/>
        <source>Internal assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31"/>
        <source>Partner selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32"/>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33"/>
        <source>Value creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="34"/>
        <source>Staying together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="35"/>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41"/>
        <source>Co-development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="42"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="43"/>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="44"/>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="45"/>
        <source>Co-marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="46"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="47"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="48"/>
        <source>Public-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="49"/>
        <location filename="../../alliance_desk/ui/labels.py" line="142"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="55"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="56"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="57"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="63"/>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="64"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="70"/>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="71"/>
        <source>Maturity self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="84"/>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="86"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="92"/>
        <source>Our goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="93"/>
        <source>The partner&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94"/>
        <source>Shared goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="100"/>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="101"/>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="102"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="103"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104"/>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="110"/>
        <source>Upwards (senior management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="111"/>
        <source>Sidewards (peer departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="112"/>
        <source>Downwards (own team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="113"/>
        <source>Outwards (partner, external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="119"/>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="120"/>
        <source>Senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="121"/>
        <source>Middle management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="122"/>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="128"/>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="129"/>
        <source>Executive review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="130"/>
        <source>Operational review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="131"/>
        <location filename="../../alliance_desk/ui/labels.py" line="137"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77"/>
        <location filename="../../alliance_desk/ui/labels.py" line="148"/>
        <location filename="../../alliance_desk/ui/labels.py" line="165"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="138"/>
        <source>Joint training with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="139"/>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="140"/>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="141"/>
        <source>Staff exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="149"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="150"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="151"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="157"/>
        <source>Asked, awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="158"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="159"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="166"/>
        <source>Being mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="78"/>
        <location filename="../../alliance_desk/ui/labels.py" line="167"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="174"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="188"/>
        <source>Attitude (shape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="191"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="192"/>
        <source>Ours: filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="193"/>
        <source>Partner&apos;s: outlined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="194"/>
        <source>&lt;b&gt;Bold name&lt;/b&gt;: executive sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="197"/>
        <source>Drag a marker to another cell to record a re-assessment dated today. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="136"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="137"/>
        <source>&amp;New workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="138"/>
        <source>&amp;Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="139"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="140"/>
        <source>Open &amp;demo workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="141"/>
        <source>&amp;Close workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="142"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="143"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="146"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="147"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="148"/>
        <source>&amp;Frameworks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="149"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="152"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="154"/>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="156"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="158"/>
        <source>&amp;Getting started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="159"/>
        <source>&amp;About alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="135"/>
        <source>&amp;Alliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="136"/>
        <source>Current alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="137"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="148"/>
        <source>This workbook is on read-only media: changes cannot be saved. Copy it to a writable folder to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="206"/>
        <source>Changes lost after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="276"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="171"/>
        <source>No recent workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="180"/>
        <source>Nothing to save: every change is saved as you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="231"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="235"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="238"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/menus.py" line="242"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="173"/>
        <source>Cannot open the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="186"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233"/>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233"/>
        <location filename="../../alliance_desk/ui/main_window.py" line="240"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="240"/>
        <source>New workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="248"/>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaturitySideModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="96"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="100"/>
        <source>Ours (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="104"/>
        <source>Partner&apos;s (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="108"/>
        <source>Gap (partner − ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="112"/>
        <source>Our history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="116"/>
        <source>Partner&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="140"/>
        <source>0  same level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="144"/>
        <source>partner behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/models.py" line="146"/>
        <source>partner ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaturityView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="31"/>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="140"/>
        <source>Maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="143"/>
        <source>Assess &amp;our organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="144"/>
        <source>Assess the &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="145"/>
        <source>Side by side: the latest level per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="146"/>
        <source>Maturity of both organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="147"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="148"/>
        <source>Maturity assessments of both organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="149"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="150"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="167"/>
        <source>Choose an alliance to see the maturity of both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="188"/>
        <source>{name} (partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="190"/>
        <source>{name} (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="210"/>
        <source>Levels: {levels}. A negative gap (◆ partner behind) shows where to help the partner grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="234"/>
        <source>not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="235"/>
        <source>assessed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="240"/>
        <source>Ours: {name} ({latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="244"/>
        <source>No organisation is marked as ours yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="246"/>
        <source>Partner: {name} ({latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="311"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="312"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="344"/>
        <source>Assess our organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="346"/>
        <source>Assess the partner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="354"/>
        <source>Add maturity assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="364"/>
        <source>Assessment of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="378"/>
        <source>Change maturity assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="386"/>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="388"/>
        <source>Delete the maturity assessment of {date} with all its levels? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/page.py" line="394"/>
        <source>Delete maturity assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="35"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="41"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="47"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="53"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="92"/>
        <source>Actions that name this meeting as their source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/model.py" line="96"/>
        <source>Decisions that name this meeting as their source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="41"/>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="171"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="176"/>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="177"/>
        <source>Record a steering committee, review or workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="178"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="179"/>
        <source>Edit the chosen meeting (Enter or double click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="180"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="181"/>
        <source>Delete the chosen meeting (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="182"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="183"/>
        <source>Every change made to the chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="184"/>
        <source>Meetings of the alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="186"/>
        <source>No meetings recorded for this alliance yet. New meeting… records one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="188"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="189"/>
        <source>Notes of the chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="190"/>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="191"/>
        <source>Actions and decisions f&amp;rom this meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="192"/>
        <source>Actions and decisions from the chosen meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="193"/>
        <source>Enter or a double click opens it on its own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="195"/>
        <source>Due / deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="197"/>
        <source>New ac&amp;tion from this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="198"/>
        <source>New deci&amp;sion from this meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="291"/>
        <source>Choose a meeting to see its notes and what came from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="298"/>
        <source>{date} · {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="336"/>
        <source>Add meeting “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="334"/>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="345"/>
        <source>Edit meeting “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="366"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="368"/>
        <source>Delete meeting “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="40"/>
        <source>Delete this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="42"/>
        <source>“{title}”, {kind} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="50"/>
        <source>It is named as the source of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="360"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/meetings/page.py" line="361"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="53"/>
        <source>They are not deleted: they stay, without a source. Undo (Ctrl+Z) brings the meeting back and names it as their source again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/meetings/dialogs.py" line="61"/>
        <source>No action or decision names it as its source. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="76"/>
        <source>&amp;English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="77"/>
        <source>&amp;Dutch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="78"/>
        <source>English de&amp;scription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/framework_names.py" line="79"/>
        <source>Dutch des&amp;cription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAllianceDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="143"/>
        <source>New alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="144"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="145"/>
        <source>&amp;Existing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="146"/>
        <source>Ne&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="147"/>
        <source>Existing partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="148"/>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="149"/>
        <source>Name of the new partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="151"/>
        <source>Alliance &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="152"/>
        <source>Alliance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="178"/>
        <source>New partner organisation: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="60"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="61"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="62"/>
        <source>Alliances as partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="65"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="85"/>
        <source>People of this organisation on the stakeholder maps of its alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="100"/>
        <source>{name} (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="115"/>
        <source>Our own organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/model.py" line="117"/>
        <source>No alliance yet: a prospective partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="46"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="179"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="196"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="185"/>
        <source>name, sector or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="186"/>
        <source>Filter organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="187"/>
        <source>&amp;New organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="189"/>
        <source>Record an organisation, for example a prospective partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="191"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="192"/>
        <source>Edit the chosen organisation (Enter or double click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="193"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="194"/>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="195"/>
        <source>Every change made to the chosen organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="184"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="200"/>
        <source>Alliances &amp;with this organisation as partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="201"/>
        <source>Alliances of the chosen organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="202"/>
        <source>Enter or a double click makes it the current alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="203"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="60"/>
        <source>Our own organisation cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="67"/>
        <source>It cannot be deleted while other records refer to it: {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="278"/>
        <source>Choose an organisation to see its details and its alliances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="287"/>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="299"/>
        <source>Delete the chosen organisation (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="290"/>
        <source>{name} (our organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="318"/>
        <source>We are the other party in every alliance; the Portfolio lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="323"/>
        <source>No alliance with this organisation yet. Profile → New alliance… starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="332"/>
        <source>Organisations shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="350"/>
        <source>Add organisation “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="347"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="361"/>
        <source>Edit organisation “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="380"/>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/page.py" line="382"/>
        <source>Delete organisation “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="45"/>
        <source>Delete this organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/organisations/dialogs.py" line="49"/>
        <source>Nothing in the workbook refers to it. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="70"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="71"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="72"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="73"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="74"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="75"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="76"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="77"/>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="78"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="136"/>
        <source>{group} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="155"/>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="158"/>
        <source>✓ Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/models.py" line="174"/>
        <source>{name}, {department}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="88"/>
        <source>Add stakeholder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="94"/>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="109"/>
        <source>Edit stakeholder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="142"/>
        <source>Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="144"/>
        <source>Delete {name} ({department})? Their assessments ({assessments}) and counterpart links ({links}) go too. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="152"/>
        <source>Delete stakeholder {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="168"/>
        <source>Re-assess {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="191"/>
        <source>Move {name} on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="195"/>
        <source>The move was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/editing.py" line="205"/>
        <source>Recorded a new assessment of {name} dated {date}: power {power}, interest {interest}. Undo with {undo} (Edit → Undo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSkillsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="155"/>
        <source>Pers&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="156"/>
        <source>Person whose skills are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="157"/>
        <source>Ne&amp;w skills assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="158"/>
        <source>Add trainin&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="159"/>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="160"/>
        <source>Delete training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="161"/>
        <source>&lt;b&gt;Assessments&lt;/b&gt;, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="162"/>
        <source>&lt;b&gt;Training and coaching received&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="163"/>
        <source>Current skill levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="164"/>
        <source>Skills assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="165"/>
        <source>Training and coaching received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="168"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="169"/>
        <source>Current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="170"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="171"/>
        <source>Against required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="172"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="173"/>
        <source>Assessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="181"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="177"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="182"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="183"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="184"/>
        <source>Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="185"/>
        <source>Skills addressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="197"/>
        <source>(choose a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="199"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="199"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="220"/>
        <source>Choose a person to see their collaborative skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="226"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n assessment(s)</source>
        <translation>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n assessment</numerusform>
            <numerusform>&lt;b&gt;{name}&lt;/b&gt; ({department}): %n assessments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="242"/>
        <source>(retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="245"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="249"/>
        <source>%n level(s) below</source>
        <translation>
            <numerusform>%n level below</numerusform>
            <numerusform>%n levels below</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skills.py" line="252"/>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="50"/>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="51"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="63"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="67"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="71"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="75"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="85"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="96"/>
        <source>To go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="100"/>
        <source>Support done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="104"/>
        <source>History against target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="123"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="125"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="129"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="149"/>
        <source>{done} of {all}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="172"/>
        <source>at or above target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_model.py" line="174"/>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanNotesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="30"/>
        <source>Development plan notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="41"/>
        <source>What was agreed, with whom, and what the plan should achieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="46"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_notes_dialog.py" line="47"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="100"/>
        <source>Development plans: targets per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="101"/>
        <source>Development targets of both organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="102"/>
        <source>Set &amp;target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="103"/>
        <source>Clea&amp;r target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="104"/>
        <source>Add &amp;support action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="105"/>
        <source>Plan &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="160"/>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="177"/>
        <source>Our plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="160"/>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="177"/>
        <source>Partner&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="162"/>
        <source>{who}: no targets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="164"/>
        <source>{who}: {reached} of {targets} targets reached, {done} of {actions} support actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="176"/>
        <source>{who}: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="238"/>
        <source>Set development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="241"/>
        <source>Give the date the level should be reached by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="258"/>
        <source>Clear development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/plan_panel.py" line="272"/>
        <source>Change development plan notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="92"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="93"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="94"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="95"/>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="96"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="97"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="98"/>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="99"/>
        <source>Next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="100"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="102"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="103"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="107"/>
        <source>Why the status is what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="109"/>
        <source>Last health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="110"/>
        <source>Next health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="111"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="101"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="112"/>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="113"/>
        <source>Health (trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="114"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="182"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="186"/>
        <source>{date} – losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="188"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="203"/>
        <source>Average score of the latest health check (1–5); the arrow compares the two latest checks by the side that checked most recently twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="216"/>
        <source>{symbol} {severity} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/model.py" line="234"/>
        <source>+ {count} more below the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="11"/>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="145"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="149"/>
        <source>alliance or partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="150"/>
        <source>Filter alliances by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="148"/>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="151"/>
        <source>Needs a&amp;ttention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="154"/>
        <source>Red status, an early-warning signal (a warning or an alarm, not assessed included), overdue health check, overdue actions, a decision due within two weeks or late, or losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="161"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="164"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="168"/>
        <source>With or without signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="170"/>
        <source>With early-warning signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="172"/>
        <source>{symbol} With an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="180"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="181"/>
        <source>Filter by lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="182"/>
        <source>Filter by early-warning signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="184"/>
        <source>Show only alliances with early-warning signals, with an alarm, or of a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="186"/>
        <source>Alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="188"/>
        <source>Early-warning signals of the alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="313"/>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="317"/>
        <source>Showing {shown} of %n alliance(s)</source>
        <translation>
            <numerusform>Showing {shown} of %n alliance</numerusform>
            <numerusform>Showing {shown} of %n alliances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="330"/>
        <source>%n health check(s) overdue</source>
        <translation>
            <numerusform>%n health check overdue</numerusform>
            <numerusform>%n health checks overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="333"/>
        <source>%n action(s) overdue</source>
        <translation>
            <numerusform>%n action overdue</numerusform>
            <numerusform>%n actions overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="334"/>
        <source>%n decision(s) due within two weeks or late</source>
        <translation>
            <numerusform>%n decision due within two weeks or late</numerusform>
            <numerusform>%n decisions due within two weeks or late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="337"/>
        <source>%n alliance(s) losing touch</source>
        <translation>
            <numerusform>%n alliance losing touch</numerusform>
            <numerusform>%n alliances losing touch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="348"/>
        <source>%n alliance(s) with early-warning signals</source>
        <translation>
            <numerusform>%n alliance with early-warning signals</numerusform>
            <numerusform>%n alliances with early-warning signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="350"/>
        <source>{signals}, %n with an alarm</source>
        <translation>
            <numerusform>{signals}, %n with an alarm</numerusform>
            <numerusform>{signals}, %n with an alarm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="356"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="358"/>
        <source>Show the alliances that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="395"/>
        <source>Choose an alliance to read its early-warning signals here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio/page.py" line="403"/>
        <source>Early-warning signals: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerInterestGrid</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/grid.py" line="227"/>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/grid.py" line="231"/>
        <source>Power ↑</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="80"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="82"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="84"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="109"/>
        <source>Double-click or press F2 to choose what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="146"/>
        <source>Already in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="148"/>
        <source>Repeats row {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="93"/>
        <source>Dat&amp;es such as 03-04-2026 are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>day first (3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="95"/>
        <source>month first (March 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="100"/>
        <source>Ro&amp;ws as they will be stored (double-click or F2 on “What happens” to skip, update or add a duplicate):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="105"/>
        <source>&amp;Organisations named in the file that are not in the workbook yet: create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="164"/>
        <source>Row {row}: {remarks}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="179"/>
        <source>{count} to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="180"/>
        <source>{count} to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="181"/>
        <source>{count} to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="182"/>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="184"/>
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform>
            <numerusform>%n rows: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="187"/>
        <source>%n refused row(s) will not be imported; the remarks say why.</source>
        <translation>
            <numerusform>%n refused row will not be imported; the remarks say why.</numerusform>
            <numerusform>%n refused rows will not be imported; the remarks say why.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_check.py" line="192"/>
        <source>Some dates read two ways: say how they are written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileFacts</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="137"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="139"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="141"/>
        <source>The eight stages of ISO 44001, from operational awareness to exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="143"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="145"/>
        <source>What the alliance is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="158"/>
        <source>{stage} (stage {number} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="172"/>
        <source>{date} (in %n day(s))</source>
        <translation>
            <numerusform>{date} (in %n day)</numerusform>
            <numerusform>{date} (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="174"/>
        <source>{date} (passed %n day(s) ago)</source>
        <translation>
            <numerusform>{date} (passed %n day ago)</numerusform>
            <numerusform>{date} (passed %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="179"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="186"/>
        <source>Also the partner in %n other alliance(s): edits apply there too.</source>
        <translation>
            <numerusform>Also the partner in %n other alliance: edits apply there too.</numerusform>
            <numerusform>Also the partner in %n other alliances: edits apply there too.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="193"/>
        <source>Not written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="204"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="205"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="206"/>
        <source>Stakeholder assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="209"/>
        <source>Counterpart links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="210"/>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="211"/>
        <source>Pulse checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="212"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="213"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="214"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="215"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="225"/>
        <source>Delete this alliance and all it holds?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="227"/>
        <source>“{alliance}” with {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="234"/>
        <source>This also deletes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="239"/>
        <source>Nothing else is recorded for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/dialogs.py" line="243"/>
        <source>The partner organisation {partner} and its maturity assessments stay. Undo (Ctrl+Z) brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="16"/>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="154"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="157"/>
        <source>Edit p&amp;rofile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="158"/>
        <source>Edit &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="159"/>
        <source>&amp;New alliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="160"/>
        <source>&amp;Delete alliance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="169"/>
        <source>Edit the alliance&apos;s profile (Enter or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="217"/>
        <source>Open a workbook to see an alliance&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="219"/>
        <source>No alliance chosen. Start one with “New alliance…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="284"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="303"/>
        <source>Profile of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="306"/>
        <source>Edit the profile of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="313"/>
        <source>Partner organisation {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="316"/>
        <source>Edit partner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="327"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="336"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="336"/>
        <source>Edit a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="343"/>
        <source>Delete this goal?

“{goal}”

Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="345"/>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="350"/>
        <source>Delete a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="358"/>
        <source>New alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="379"/>
        <source>Delete alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/page.py" line="388"/>
        <source>Delete alliance {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="276"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="279"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/models.py" line="281"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulsePanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="217"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="218"/>
        <source>Pulse checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="219"/>
        <source>Ne&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="220"/>
        <source>Rem&amp;ove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="251"/>
        <source>New pulse check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="255"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="257"/>
        <source>Add pulse check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="267"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="273"/>
        <source>Delete pulse check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="268"/>
        <source>Delete the pulse check of {date}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="286"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="287"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="288"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="289"/>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="290"/>
        <source>Stakeholder assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="291"/>
        <source>Counterpart link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="292"/>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="293"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="294"/>
        <source>Scale level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="295"/>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="296"/>
        <source>Health check score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="297"/>
        <source>Pulse check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="298"/>
        <source>Maturity assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="299"/>
        <source>Maturity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="300"/>
        <source>Development plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="301"/>
        <source>Development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="302"/>
        <source>Skills assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="303"/>
        <source>Skill level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="304"/>
        <source>Training or coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="305"/>
        <source>Skill addressed by training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="306"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="307"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="308"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="309"/>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RespondentRows</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="110"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="111"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="112"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="113"/>
        <source>Stakeholder (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="114"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="115"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="207"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="237"/>
        <source>Side of respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="238"/>
        <source>Department of respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="239"/>
        <source>Role of respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="240"/>
        <source>Stakeholder of respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="241"/>
        <source>Language of respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="242"/>
        <source>Respondent {n} answers anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="243"/>
        <source>Remove respondent {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="248"/>
        <source>Anonymous: only side, department and role go with the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="263"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/respondent_rows.py" line="267"/>
        <source>{name} ({department})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseImporter</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="30"/>
        <source>the file is too large to be a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="33"/>
        <source>the file is damaged or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="34"/>
        <source>it is not a questionnaire of alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="37"/>
        <source>it would unpack to far more than a questionnaire holds (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="40"/>
        <source>it declares XML entities, which no questionnaire does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="43"/>
        <source>its form has far more fields than a questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="46"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="47"/>
        <source>it answers the same questionnaire as {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="50"/>
        <source>it belongs to another workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="51"/>
        <source>it was changed: its questions are not those its round asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="54"/>
        <source>it belongs to another round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="55"/>
        <source>its round is no longer in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="58"/>
        <source>its round is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="59"/>
        <source>the answer “{answer}” on “{dimension}” is not a level of the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="62"/>
        <source>the comment on “{dimension}” cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="65"/>
        <source>no question is answered (was it sent back unfilled?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="103"/>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="112"/>
        <source>Import responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="105"/>
        <source>Answered questionnaires (*.xlsx *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="145"/>
        <source>%n respondent(s) answered before. Replace their earlier answers with these files?

{files}

No keeps the earlier answers; an answer never counts twice.</source>
        <translation>
            <numerusform>%n respondent answered before. Replace their earlier answers with these files?

{files}

No keeps the earlier answers; an answer never counts twice.</numerusform>
            <numerusform>%n respondents answered before. Replace their earlier answers with these files?

{files}

No keeps the earlier answers; an answer never counts twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="154"/>
        <source>Imported the answers of %n file(s).</source>
        <translation>
            <numerusform>Imported the answers of %n file.</numerusform>
            <numerusform>Imported the answers of %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="156"/>
        <source>Kept the earlier answers of %n respondent(s).</source>
        <translation>
            <numerusform>Kept the earlier answers of %n respondent.</numerusform>
            <numerusform>Kept the earlier answers of %n respondents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="164"/>
        <source>%n file(s) refused; nothing was imported from them:</source>
        <translation>
            <numerusform>%n file refused; nothing was imported from it:</numerusform>
            <numerusform>%n files refused; nothing was imported from them:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/responses.py" line="170"/>
        <source>Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="46"/>
        <source>Health check of the alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="50"/>
        <source>Maturity self-assessment of the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="55"/>
        <source>Maturity self-assessment of our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="60"/>
        <source>Maturity self-assessment of both organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="64"/>
        <source>Both sides score the alliance on its health-check dimensions; the gaps between the sides and the spread within each are discussed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="69"/>
        <source>Each respondent assesses their own organisation on the maturity dimensions: the partner&apos;s people the partner, ours our organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="141"/>
        <source>Add res&amp;pondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="153"/>
        <source>&amp;Asks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="155"/>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="157"/>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="163"/>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="179"/>
        <source>New questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="191"/>
        <source>Change the questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="203"/>
        <source>A closed round takes no new respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="234"/>
        <source>Give the round a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="239"/>
        <source>Respondent {n}: give the department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="242"/>
        <source>Add at least one respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_dialog.py" line="247"/>
        <source>Our own organisation is not recorded yet, so it cannot assess itself. Record it on the Organisations page first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="37"/>
        <source>Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="65"/>
        <source>New questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="74"/>
        <source>Made the round of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="117"/>
        <source>Change questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="130"/>
        <source>Close questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="132"/>
        <source>Reopen questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="137"/>
        <source>The round is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="151"/>
        <source>Delete the round of {date} ({kind}) with its respondents, their answers (answered: {answered}) and each side&apos;s result? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="157"/>
        <source>Actions that name it as their source: {count}. They stay, without a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="162"/>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="169"/>
        <source>Delete questionnaire round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_edits.py" line="184"/>
        <source>Agreed action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundFilesDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="35"/>
        <source>Spreadsheet (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="36"/>
        <source>Fillable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="39"/>
        <source>Each respondent&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="51"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="121"/>
        <source>Joint results report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="52"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="57"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="53"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="55"/>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="84"/>
        <source>Write questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="56"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="77"/>
        <source>Write questionnaires to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="88"/>
        <source>Wrote %n questionnaire(s) to {folder}.</source>
        <translation>
            <numerusform>Wrote %n questionnaire to {folder}.</numerusform>
            <numerusform>Wrote %n questionnaires to {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="103"/>
        <source>Save the joint results report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="105"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/round_files.py" line="123"/>
        <source>Saved the joint results report to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundModels</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="62"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="66"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="70"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="78"/>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="129"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="86"/>
        <source>{answered} of {invited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="116"/>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="120"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="124"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="141"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="147"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="184"/>
        <source>Our mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="185"/>
        <source>Our range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="186"/>
        <source>Our spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="189"/>
        <source>Partner&apos;s mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="190"/>
        <source>Partner&apos;s range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="191"/>
        <source>Partner&apos;s spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="195"/>
        <source>Our answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="196"/>
        <source>Partner&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="199"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="209"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="259"/>
        <source>Their answers are {spread} points or more apart: worth discussing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/round_models.py" line="282"/>
        <source>Our mean minus the partner&apos;s; a full point or more is worth discussing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundReminder</name>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="29"/>
        <source>{alliance}: %n of {invited} questionnaire(s) not answered, deadline {date} passed</source>
        <translation>
            <numerusform>{alliance}: %n of {invited} questionnaire not answered, deadline {date} passed</numerusform>
            <numerusform>{alliance}: %n of {invited} questionnaires not answered, deadline {date} passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="36"/>
        <source>{alliance}: %n of {invited} questionnaire(s) not answered, deadline {date}</source>
        <translation>
            <numerusform>{alliance}: %n of {invited} questionnaire not answered, deadline {date}</numerusform>
            <numerusform>{alliance}: %n of {invited} questionnaires not answered, deadline {date}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/portfolio/round_reminder.py" line="47"/>
        <source>%n more round(s) with questionnaires out</source>
        <translation>
            <numerusform>%n more round with questionnaires out</numerusform>
            <numerusform>%n more rounds with questionnaires out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="144"/>
        <source>Questionnaire rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="145"/>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="146"/>
        <source>Results per side (◆: worth discussing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="147"/>
        <source>Import res&amp;ponses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="148"/>
        <source>Write &amp;questionnaires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="149"/>
        <source>&amp;Joint report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="150"/>
        <source>New &amp;round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="151"/>
        <source>&amp;Change round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="152"/>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="153"/>
        <source>Delete the chosen round (Delete key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="154"/>
        <source>Add agreed action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="156"/>
        <source>An action agreed in the joint session, with this round as its source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="158"/>
        <source>Questionnaire rounds of this alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="159"/>
        <source>Respondents of the chosen round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="160"/>
        <source>Results of the chosen round per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="182"/>
        <source>No questionnaire rounds yet: make one with New round…, then drop the answered questionnaires here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="223"/>
        <source>Reopen round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="225"/>
        <source>Clo&amp;se round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/evaluations/rounds.py" line="187"/>
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreSheet</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="98"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="99"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="116"/>
        <source>Score: {dimension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="121"/>
        <source>Comment: {dimension}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="140"/>
        <source>{mean} (mean of a round)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoredDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/score_sheet.py" line="204"/>
        <source>{dimension} – {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="140"/>
        <source>Find in workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="141"/>
        <source>&amp;Search names, notes and comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="142"/>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="143"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="144"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="163"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/search.py" line="165"/>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="213"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="215"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="216"/>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="217"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="218"/>
        <source>beside each workbook (NAME-backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="220"/>
        <source>Undo steps &amp;kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="221"/>
        <source>Undo steps kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="224"/>
        <source>How many changes Edit → Undo can take back; the oldest go first. Applies to the next workbook opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="231"/>
        <source>The early-warning thresholds belong to the workbook: the portfolio, the profile, the command line and the briefings use the same ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="235"/>
        <source>Open a workbook to change its early-warning thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="219"/>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="240"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImport</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="35"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="36"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="37"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="38"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="39"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="43"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="44"/>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="45"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="46"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="53"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="58"/>
        <source>Alliance (its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="59"/>
        <source>Organisation (its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="60"/>
        <source>Side (ours or the partner&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="65"/>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="66"/>
        <source>“{value}” is not a date (31-12-2026, 2026-12-31 or 12/31/2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="69"/>
        <source>“{value}” reads as two dates: say whether the day or the month comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="72"/>
        <source>“{value}” is not a point from 1 to {maximum} (or very low … very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="75"/>
        <source>“{value}” is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="76"/>
        <source>“{value}” is not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="77"/>
        <source>there is no alliance named “{value}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="78"/>
        <source>the row belongs to no alliance (choose one, or map an alliance column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="81"/>
        <source>the organisation “{value}” is not on the side given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="84"/>
        <source>power and interest are given together or not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="87"/>
        <source>this side of the alliance has a sponsor already (one per side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="94"/>
        <source>the file is too large (at most {limit} MB is read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="97"/>
        <source>the file is damaged or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="98"/>
        <source>it would unpack to far more than a spreadsheet holds (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="101"/>
        <source>it declares XML entities, which no spreadsheet program writes (an XML attack?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="105"/>
        <source>it is neither a CSV nor an XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="106"/>
        <source>the file cannot be read as {encoding}: choose another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="109"/>
        <source>the file has no sheet of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="110"/>
        <source>the file has more than {rows} rows, more than is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_texts.py" line="113"/>
        <source>the file holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="177"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_rows.py" line="178"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="103"/>
        <source>Import from spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="107"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="108"/>
        <source>&amp;Next: preview &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="109"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="118"/>
        <source>Step 1 of 2: the file and its columns. Check which field each column fills; nothing is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="125"/>
        <source>Step 2 of 2: the preview. Nothing is stored until you press Import; the import is one step that Edit → Undo takes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="138"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="163"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="196"/>
        <source>{file} cannot be imported: {reason}. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="287"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="309"/>
        <source>The import failed and nothing was stored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="316"/>
        <source>Imported: %n added</source>
        <translation>
            <numerusform>Imported: %n added</numerusform>
            <numerusform>Imported: %n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="317"/>
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="319"/>
        <source>, %n organisation(s) created</source>
        <translation>
            <numerusform>, %n organisation created</numerusform>
            <numerusform>, %n organisations created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="323"/>
        <source>%n refused row(s) not imported.</source>
        <translation>
            <numerusform>%n refused row not imported.</numerusform>
            <numerusform>%n refused rows not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="325"/>
        <source>The column mapping could not be remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/sheet_dialog.py" line="326"/>
        <source>Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="32"/>
        <source>Anywhere in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="33"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="34"/>
        <source>In a page&apos;s list or table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="35"/>
        <source>On the Profile page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="36"/>
        <source>On the stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="37"/>
        <source>In the briefing dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="38"/>
        <source>In a text field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="67"/>
        <source>New workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="68"/>
        <source>Open a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="72"/>
        <source>Nothing to save: every change is saved as you make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="78"/>
        <source>Close the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="84"/>
        <source>Briefing: preview, save as PDF or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="90"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="94"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="98"/>
        <source>Undo the last change to the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="104"/>
        <source>Redo the change undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="111"/>
        <source>Find in the whole workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="117"/>
        <source>The guide to alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="125"/>
        <source>Add a new one (actions, decisions, risks, meetings, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="131"/>
        <source>Open or edit the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="137"/>
        <source>Delete the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="144"/>
        <source>Edit the alliance&apos;s profile (on a goal: edit the goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="150"/>
        <source>Go from person to person; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="156"/>
        <source>Update the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="163"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="170"/>
        <source>Undo the typing (Edit → Undo undoes workbook changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/shortcuts.py" line="176"/>
        <source>Redo the typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/guide.py" line="50"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalList</name>
    <message>
        <location filename="../../alliance_desk/ui/widgets/signal_list.py" line="63"/>
        <source>Early-warning signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/signal_list.py" line="64"/>
        <source>No early-warning signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillEdits</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="131"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="132"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="133"/>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="143"/>
        <source>Re-assess the skills of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="145"/>
        <source>Assess the skills of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="155"/>
        <source>Assess skills of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="163"/>
        <source>Training or coaching for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="174"/>
        <source>Add training “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="187"/>
        <source>Delete assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="189"/>
        <source>Delete the skills assessment of {name} of {date} with all its levels? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="192"/>
        <source>Delete skills assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="204"/>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="208"/>
        <source>Delete training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="205"/>
        <source>Delete the training “{title}”? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="286"/>
        <source>Our sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="286"/>
        <source>The partner&apos;s sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="288"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="289"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="290"/>
        <source>Attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="291"/>
        <source>Power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="292"/>
        <source>Last assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="296"/>
        <source>Show on the stakeholder page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="305"/>
        <source>No sponsor on our side yet. Senior management support needs a named executive: mark one as sponsor on the stakeholder page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="310"/>
        <source>No sponsor on the partner&apos;s side yet. Who at the partner answers for this alliance? Mark them as sponsor on the stakeholder page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="318"/>
        <source>{department} ({seniority})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="325"/>
        <source>Never assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="330"/>
        <source>{date} (before that {previous})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="338"/>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="343"/>
        <source>{now} (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="346"/>
        <source>{now} ↑ (was {was}: warmer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="348"/>
        <source>{now} ↓ (was {was}: cooler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="354"/>
        <source>Power {power}, interest {interest}: {quadrant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/parts.py" line="363"/>
        <source>(was {power}, {interest})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/dialogs.py" line="121"/>
        <source>First assessment (dated {date})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderLook</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="44"/>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="45"/>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="46"/>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="47"/>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="51"/>
        <source>1 operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="52"/>
        <source>2 management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="53"/>
        <source>3 executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="57"/>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/look.py" line="58"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholdersView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="189"/>
        <location filename="../../alliance_desk/ui/views/__init__.py" line="21"/>
        <source>Stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="194"/>
        <source>&amp;Re-assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="195"/>
        <source>Re-assess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="196"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="197"/>
        <source>Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="192"/>
        <source>Add &amp;stakeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="193"/>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="198"/>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="199"/>
        <source>name, role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="200"/>
        <source>Filter stakeholders by name, role or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="201"/>
        <source>Both organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="202"/>
        <source>All attitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="203"/>
        <source>Filter by organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="204"/>
        <source>Filter by attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="205"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="206"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="207"/>
        <source>&amp;Counterparts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="208"/>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="209"/>
        <source>Depar&amp;tments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="210"/>
        <source>Power and interest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="213"/>
        <source>Each stakeholder at their interest (across) and power (up). Arrow keys go from person to person, Enter re-assesses. The People tab lists the same people as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="218"/>
        <source>Stakeholders by organisation and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="219"/>
        <source>Assessment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="277"/>
        <source>Not on the map yet (no assessment): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="288"/>
        <source>Choose an alliance to see its stakeholder map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="291"/>
        <source>No stakeholders yet. Add the people who matter to this alliance, ours and the partner&apos;s, with “Add stakeholder…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="295"/>
        <source>Nobody matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="296"/>
        <source>Nobody shown has been assessed yet: use “Re-assess…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="302"/>
        <source>Choose a person to see their assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="306"/>
        <source>&lt;b&gt;Assessments of {name}&lt;/b&gt; ({department}), newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="313"/>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="316"/>
        <source>Choose an alliance to see its stakeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/views/stakeholders/page.py" line="321"/>
        <source>Showing {shown} of %n stakeholder(s) ({ours} ours, {theirs} the partner&apos;s)</source>
        <translation>
            <numerusform>Showing {shown} of %n stakeholder ({ours} ours, {theirs} the partner&apos;s)</numerusform>
            <numerusform>Showing {shown} of %n stakeholders ({ours} ours, {theirs} the partner&apos;s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="99"/>
        <source>Status {rag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/profile/summary.py" line="101"/>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="42"/>
        <source>Development target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="66"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="67"/>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="68"/>
        <source>Target &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="69"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/maturity/target_dialog.py" line="70"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/briefing_print.py" line="82"/>
        <location filename="../../alliance_desk/ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsBox</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="77"/>
        <source>Early warning (kept in this workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="80"/>
        <source>Health &amp;falling: a drop of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="81"/>
        <source>Points the health score must fall between two checks to be flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="84"/>
        <source>… an ala&amp;rm from a drop of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="85"/>
        <source>Points of fall between two checks that make it an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="88"/>
        <source>Health lo&amp;w: an average below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="89"/>
        <source>Average health score (1 to 5) below which health is low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="92"/>
        <source>Views &amp;drifting apart: the gap grows by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="93"/>
        <source>Points the gap between our view and the partner&apos;s must grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="96"/>
        <source>Key &amp;person: power of at least (1–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="97"/>
        <source>Power from which a stakeholder without a counterpart is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="100"/>
        <source>No partner &amp;view after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="101"/>
        <source>Days without a health check by the partner before it is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="104"/>
        <source>Decision l&amp;ate: an alarm after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="105"/>
        <source>Days past its deadline after which a pending decision is an alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="108"/>
        <source>Overdue actions piling &amp;up from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="109"/>
        <source>Number of overdue actions that is flagged as piling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="112"/>
        <source>Losing &amp;touch after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="113"/>
        <source>Days without activity before an alliance is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="116"/>
        <source>Partner &amp;maturity behind by (levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="117"/>
        <source>Levels the partner&apos;s maturity may lag ours on a dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="125"/>
        <source>Restore d&amp;efaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/settings.py" line="126"/>
        <source>Restore the default thresholds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="82"/>
        <source>Skills &amp;addressed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/stakeholders/skill_edits.py" line="84"/>
        <source>Skills the training addressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message numerus="yes">
        <location filename="../../alliance_desk/ui/widgets/trend_chart.py" line="111"/>
        <source>{side}: %n point(s), latest {value} on {date}</source>
        <translation>
            <numerusform>{side}: %n point, latest {value} on {date}</numerusform>
            <numerusform>{side}: %n points, latest {value} on {date}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/widgets/trend_chart.py" line="320"/>
        <source>{side} · {date} · {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendPanel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="89"/>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="90"/>
        <source>Di&amp;mension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="91"/>
        <source>Dimension shown in the trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="92"/>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="93"/>
        <source>Trend chart as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <source>Date of the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="95"/>
        <source>No scores to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="111"/>
        <source>Overall (average of the dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/evaluations/panels.py" line="131"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="113"/>
        <source>{field}: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="114"/>
        <source>{field}: text is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="115"/>
        <source>{field}: remove the invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="118"/>
        <source>{field}: this must fit on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="119"/>
        <source>{field}: at most {maximum} characters are allowed; this has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="122"/>
        <source>{field}: a whole number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="123"/>
        <source>{field}: {value} is not allowed; use {minimum} to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="126"/>
        <source>{field}: a date like 2026-03-31 is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="127"/>
        <source>{field}: the year must be from 1900 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="130"/>
        <source>{field}: choose one of the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="131"/>
        <source>{field}: {value} is before the {other} ({other_value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="134"/>
        <source>{field}: only allowed when the {other} is {other_value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="137"/>
        <source>{field}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="138"/>
        <source>{field}: the {target} it refers to no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="141"/>
        <source>Other records still refer to this one; remove or move those first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/field_texts.py" line="144"/>
        <source>{field}: only one of {fields} can be set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="26"/>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="29"/>
        <source>Welcome to alliance_desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="32"/>
        <source>A workbook for the alliances you manage: partner profiles with both sides&apos; goals, stakeholder maps, health checks with the partner, maturity, actions and decisions, and one-page briefings for senior management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="38"/>
        <source>Everything is kept in one workbook file on your computer and saved as you work. How would you like to begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="49"/>
        <source>Look at the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="50"/>
        <source>A small example portfolio of six alliances, to try everything on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="52"/>
        <source>&amp;New workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="52"/>
        <source>Start your own workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="53"/>
        <source>&amp;Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="53"/>
        <source>Open a workbook you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="54"/>
        <source>Read the &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="54"/>
        <source>How to use alliance_desk (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/dialogs/welcome.py" line="65"/>
        <source>This welcome is in Help → Getting started… whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
