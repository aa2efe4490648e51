<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/models.py" line="+328"/>
        <source>Eligible (%n tickets)</source>
        <translation>
            <numerusform>Eligible (%n ticket)</numerusform>
            <numerusform>Eligible (%n tickets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+574"/>
        <source>%n required mention(s) missing before the rules can be published.</source>
        <translation>
            <numerusform>%n required mention missing before the rules can be published.</numerusform>
            <numerusform>%n required mentions missing before the rules can be published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>%n warning to read.</numerusform>
            <numerusform>%n warnings to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestView</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/view.py" line="+222"/>
        <source>%n winner(s)</source>
        <translation>
            <numerusform>%n winner</numerusform>
            <numerusform>%n winners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alternate(s)</source>
        <translation>
            <numerusform>%n alternate</numerusform>
            <numerusform>%n alternates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/draw_tab.py" line="+269"/>
        <source>%n eligible entry(ies) now.</source>
        <translation>
            <numerusform>%n eligible entry now.</numerusform>
            <numerusform>%n eligible entries now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>Draw the winners now from %n eligible entry(ies)?</source>
        <translation>
            <numerusform>Draw the winners now from %n eligible entry?</numerusform>
            <numerusform>Draw the winners now from %n eligible entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/entries_tab.py" line="+216"/>
        <source>%n eligible entry(ies)</source>
        <translation>
            <numerusform>%n eligible entry</numerusform>
            <numerusform>%n eligible entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
</context>
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
    <name>ItemActions</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/item_actions.py" line="+523"/>
        <source>Its %n response(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n response will be deleted with it.</numerusform>
            <numerusform>Its %n responses will be deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/labels.py" line="+97"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
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
        <location filename="../../quizbuilder/ui/main_window.py" line="+555"/>
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
        <location line="+69"/>
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
    <name>PreviewPane</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/preview.py" line="+239"/>
        <source>The draft has %n problem(s) to fix; showing the last version that worked.</source>
        <translation>
            <numerusform>The draft has %n problem to fix; showing the last version that worked.</numerusform>
            <numerusform>The draft has %n problems to fix; showing the last version that worked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/privacy_dialog.py" line="+313"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contest exclusion(s)</source>
        <translation>
            <numerusform>%n contest exclusion</numerusform>
            <numerusform>%n contest exclusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The address is also named in the lead of %n other response(s); erasing removes it from there.</source>
        <translation>
            <numerusform>The address is also named in the lead of %n other response; erasing removes it from there.</numerusform>
            <numerusform>The address is also named in the leads of %n other responses; erasing removes it from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/problems_panel.py" line="+401"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/publish_dialog.py" line="+518"/>
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
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/results/page.py" line="+454"/>
        <source>Not enough data yet: %n more response(s) needed before comparing.</source>
        <translation>
            <numerusform>Not enough data yet: %n more response needed before comparing.</numerusform>
            <numerusform>Not enough data yet: %n more responses needed before comparing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+169"/>
        <source>A draft: %n required mention(s) missing, shown as “to complete”.</source>
        <translation>
            <numerusform>A draft: %n required mention missing, shown as “to complete”.</numerusform>
            <numerusform>A draft: %n required mentions missing, shown as “to complete”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/rules_tab.py" line="+162"/>
        <source>%n error(s) to fix before the draw&apos;s commitment can be made.</source>
        <translation>
            <numerusform>%n error to fix before the draw&apos;s commitment can be made.</numerusform>
            <numerusform>%n errors to fix before the draw&apos;s commitment can be made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n warning(s) to read and decide on.</source>
        <translation>
            <numerusform>%n warning to read and decide on.</numerusform>
            <numerusform>%n warnings to read and decide on.</numerusform>
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
        <location filename="../../quizbuilder/ui/import_wizard/summary_page.py" line="+132"/>
        <source>%n response(s) imported.</source>
        <translation>
            <numerusform>%n response imported.</numerusform>
            <numerusform>%n responses imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
