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
        <location filename="../../alliance_desk/ui/labels.py" line="56"/>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="60"/>
        <source>{path} is empty, so it is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="64"/>
        <source>{path} is a folder, not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="68"/>
        <source>{path} is an SQLite database that alliance_desk did not make. It was not opened and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="74"/>
        <source>{path} is not an alliance_desk workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="77"/>
        <source>{path} was saved by a newer version of alliance_desk (file format {found}, this version reads up to {supported}). Update alliance_desk to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="85"/>
        <source>No good backup was found. The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="89"/>
        <source>The newest good backup is {backup}. Restore it with the command &apos;alliance-desk restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="94"/>
        <source>{path} is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="98"/>
        <source>{path} is already open in another alliance_desk window ({holder}). Close it there first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="104"/>
        <source>{path} already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="108"/>
        <source>{path} could not be used: {detail}. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="20"/>
        <source>Operational awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="21"/>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="22"/>
        <source>Internal assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="23"/>
        <source>Partner selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="24"/>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="25"/>
        <source>Value creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="26"/>
        <source>Staying together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="27"/>
        <source>Exit strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="29"/>
        <source>Co-development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="30"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="31"/>
        <source>Joint venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="32"/>
        <source>Licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="33"/>
        <source>Co-marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="34"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="35"/>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="36"/>
        <source>Public-private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="37"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="39"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="40"/>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/labels.py" line="41"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="87"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="88"/>
        <source>&amp;New workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="89"/>
        <source>&amp;Open workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="90"/>
        <source>Open &amp;demo workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="91"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="92"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="93"/>
        <source>Alliances in this workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="109"/>
        <source>No workbook is open. Open one or start with the demo from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="116"/>
        <source>{count} alliances in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="123"/>
        <source>Cannot open the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="144"/>
        <source>Open workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="144"/>
        <location filename="../../alliance_desk/ui/main_window.py" line="151"/>
        <source>alliance_desk workbooks (*.alliance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="151"/>
        <source>New workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/main_window.py" line="159"/>
        <source>Our organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="46"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="47"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="48"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="49"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../alliance_desk/ui/portfolio_model.py" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
