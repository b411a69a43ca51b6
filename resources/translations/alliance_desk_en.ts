<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="73"/>
        <source>Unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/app.py" line="74"/>
        <source>Something went wrong that alliance_desk did not expect. Your data is safe: every change was saved when you made it. Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="162"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="166"/>
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="170"/>
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="174"/>
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="180"/>
        <source>{path} is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="183"/>
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="191"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="195"/>
        <source>The newest good backup is {backup}. Restore it with the command &apos;alliance-desk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="200"/>
        <source>{path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="204"/>
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="210"/>
        <source>{path} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="214"/>
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="26"/>
        <source>Operational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="27"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="28"/>
        <source>Internal assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29"/>
        <source>Partner selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30"/>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31"/>
        <source>Value creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32"/>
        <source>Staying together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33"/>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="39"/>
        <source>Co-development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="40"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41"/>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="42"/>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="43"/>
        <source>Co-marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="44"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="45"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="46"/>
        <source>Public-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="47"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="53"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="54"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="55"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="61"/>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="62"/>
        <source>Partner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="68"/>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="69"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="70"/>
        <source>Joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="76"/>
        <source>Our goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77"/>
        <source>The partner&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="78"/>
        <source>Shared goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="84"/>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85"/>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="86"/>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="87"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="88"/>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94"/>
        <source>Upwards (senior management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="95"/>
        <source>Sidewards (peer departments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="96"/>
        <source>Downwards (own team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="97"/>
        <source>Outwards (partner, external)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="103"/>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104"/>
        <source>Senior management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="105"/>
        <source>Middle management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="106"/>
        <source>Operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="112"/>
        <source>Steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="113"/>
        <source>Executive review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="114"/>
        <source>Operational review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="115"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="121"/>
        <location filename="../../alliance_desk/ui/labels.py" line="138"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="122"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="123"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="124"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="130"/>
        <source>Asked, awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="131"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="132"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="139"/>
        <source>Being mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="140"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="132"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="133"/>
        <source>&amp;New workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="134"/>
        <source>&amp;Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="135"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="136"/>
        <source>Open &amp;demo workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="138"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="139"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="140"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="141"/>
        <source>&amp;Alliance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="142"/>
        <source>Current alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="143"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="258"/>
        <source>No recent workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="336"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="338"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="341"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="343"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="182"/>
        <source>Cannot open the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="194"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="218"/>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="218"/>
        <location filename="../../alliance_desk/ui/main_window.py" line="225"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="225"/>
        <source>New workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="233"/>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="59"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="60"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="62"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="63"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="64"/>
        <source>Last health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="67"/>
        <source>Next health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="70"/>
        <source>Open actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="71"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="72"/>
        <source>Health (trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="73"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="135"/>
        <source>{date} (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="139"/>
        <source>{date} – losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="140"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="153"/>
        <source>Average score of the latest health check (1–5), arrow: change since the previous one by the same side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioView</name>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="207"/>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="210"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="211"/>
        <source>alliance or partner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="212"/>
        <source>Filter alliances by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="213"/>
        <source>Needs &amp;attention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="215"/>
        <source>Red status, overdue health check, overdue actions or losing touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="217"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="218"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="219"/>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="220"/>
        <source>Filter by lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="221"/>
        <source>Alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="304"/>
        <source>No workbook is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/views/portfolio.py" line="308"/>
        <source>Showing {shown} of {total} alliances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
