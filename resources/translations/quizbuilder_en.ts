<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/file_page.py" line="+154"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/import_page.py" line="+212"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln row read</numerusform>
            <numerusform>%Ln rows read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/labels.py" line="+93"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/main_window.py" line="+514"/>
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>Imported %n item from %1</numerusform>
            <numerusform>Imported %n items from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n question(s) of %1 cannot be read:</source>
        <translation>
            <numerusform>%n question of %1 cannot be read:</numerusform>
            <numerusform>%n questions of %1 cannot be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Imported %n response(s)</source>
        <translation>
            <numerusform>Imported %n response</numerusform>
            <numerusform>Imported %n responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/mapping_page.py" line="+399"/>
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n column will be imported.</numerusform>
            <numerusform>%n columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/publish_dialog.py" line="+485"/>
        <source>Wrote %n share image(s) (1200 × 630 px) in %1.</source>
        <translation>
            <numerusform>Wrote %n share image (1200 × 630 px) in %1.</numerusform>
            <numerusform>Wrote %n share images (1200 × 630 px) in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %n tagged link(s), their QR codes and %1 in %2.</source>
        <translation>
            <numerusform>Wrote %n tagged link, its QR code and %1 in %2.</numerusform>
            <numerusform>Wrote %n tagged links, their QR codes and %1 in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/summary_panel.py" line="+377"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/summary_page.py" line="+130"/>
        <source>%n response(s) imported.</source>
        <translation>
            <numerusform>%n response imported.</numerusform>
            <numerusform>%n responses imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
