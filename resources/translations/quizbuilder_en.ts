<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CandidatesModel</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/models.py" line="+328"/>
        <source>Eligible (%Ln tickets)</source>
        <translation>
            <numerusform>Eligible (%Ln ticket)</numerusform>
            <numerusform>Eligible (%Ln tickets)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+574"/>
        <source>%Ln required mention(s) missing before the rules can be published.</source>
        <translation>
            <numerusform>%Ln required mention missing before the rules can be published.</numerusform>
            <numerusform>%Ln required mentions missing before the rules can be published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln warning(s) to read.</source>
        <translation>
            <numerusform>%Ln warning to read.</numerusform>
            <numerusform>%Ln warnings to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestView</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/view.py" line="+224"/>
        <source>%Ln winner(s)</source>
        <translation>
            <numerusform>%Ln winner</numerusform>
            <numerusform>%Ln winners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln alternate(s)</source>
        <translation>
            <numerusform>%Ln alternate</numerusform>
            <numerusform>%Ln alternates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/draw_tab.py" line="+269"/>
        <source>%Ln eligible entry(ies) now.</source>
        <translation>
            <numerusform>%Ln eligible entry now.</numerusform>
            <numerusform>%Ln eligible entries now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+198"/>
        <source>Draw the winners now from %Ln eligible entry(ies)?</source>
        <translation>
            <numerusform>Draw the winners now from %Ln eligible entry?</numerusform>
            <numerusform>Draw the winners now from %Ln eligible entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/entries_tab.py" line="+216"/>
        <source>%Ln eligible entry(ies)</source>
        <translation>
            <numerusform>%Ln eligible entry</numerusform>
            <numerusform>%Ln eligible entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/file_page.py" line="+154"/>
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
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
        <source>Its %Ln response(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %Ln response will be deleted with it.</numerusform>
            <numerusform>Its %Ln responses will be deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/labels.py" line="+97"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln response(s)</source>
        <translation>
            <numerusform>%Ln response</numerusform>
            <numerusform>%Ln responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln option(s)</source>
        <translation>
            <numerusform>%Ln option</numerusform>
            <numerusform>%Ln options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/main_window.py" line="+555"/>
        <source>Imported %Ln item(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln item from %1</numerusform>
            <numerusform>Imported %Ln items from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%Ln question(s) of %1 cannot be read:</source>
        <translation>
            <numerusform>%Ln question of %1 cannot be read:</numerusform>
            <numerusform>%Ln questions of %1 cannot be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Imported %Ln response(s)</source>
        <translation>
            <numerusform>Imported %Ln response</numerusform>
            <numerusform>Imported %Ln responses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/mapping_page.py" line="+399"/>
        <source>%Ln column(s) will be imported.</source>
        <translation>
            <numerusform>%Ln column will be imported.</numerusform>
            <numerusform>%Ln columns will be imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/preview.py" line="+239"/>
        <source>The draft has %Ln problem(s) to fix; showing the last version that worked.</source>
        <translation>
            <numerusform>The draft has %Ln problem to fix; showing the last version that worked.</numerusform>
            <numerusform>The draft has %Ln problems to fix; showing the last version that worked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/privacy_dialog.py" line="+313"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consent(s)</source>
        <translation>
            <numerusform>%Ln consent</numerusform>
            <numerusform>%Ln consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contest exclusion(s)</source>
        <translation>
            <numerusform>%Ln contest exclusion</numerusform>
            <numerusform>%Ln contest exclusions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The address is also named in the lead of %Ln other response(s); erasing removes it from there.</source>
        <translation>
            <numerusform>The address is also named in the lead of %Ln other response; erasing removes it from there.</numerusform>
            <numerusform>The address is also named in the leads of %Ln other responses; erasing removes it from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/problems_panel.py" line="+401"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/publish_dialog.py" line="+518"/>
        <source>Wrote %Ln share image(s) (1200 × 630 px) in %1.</source>
        <translation>
            <numerusform>Wrote %Ln share image (1200 × 630 px) in %1.</numerusform>
            <numerusform>Wrote %Ln share images (1200 × 630 px) in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Wrote %Ln tagged link(s), their QR codes and %1 in %2.</source>
        <translation>
            <numerusform>Wrote %Ln tagged link, its QR code and %1 in %2.</numerusform>
            <numerusform>Wrote %Ln tagged links, their QR codes and %1 in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/results/page.py" line="+454"/>
        <source>Not enough data yet: %Ln more response(s) needed before comparing.</source>
        <translation>
            <numerusform>Not enough data yet: %Ln more response needed before comparing.</numerusform>
            <numerusform>Not enough data yet: %Ln more responses needed before comparing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+169"/>
        <source>A draft: %Ln required mention(s) missing, shown as “to complete”.</source>
        <translation>
            <numerusform>A draft: %Ln required mention missing, shown as “to complete”.</numerusform>
            <numerusform>A draft: %Ln required mentions missing, shown as “to complete”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/contest/rules_tab.py" line="+162"/>
        <source>%Ln error(s) to fix before the draw&apos;s commitment can be made.</source>
        <translation>
            <numerusform>%Ln error to fix before the draw&apos;s commitment can be made.</numerusform>
            <numerusform>%Ln errors to fix before the draw&apos;s commitment can be made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln warning(s) to read and decide on.</source>
        <translation>
            <numerusform>%Ln warning to read and decide on.</numerusform>
            <numerusform>%Ln warnings to read and decide on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/summary_panel.py" line="+377"/>
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../quizbuilder/ui/import_wizard/summary_page.py" line="+132"/>
        <source>%Ln response(s) imported.</source>
        <translation>
            <numerusform>%Ln response imported.</numerusform>
            <numerusform>%Ln responses imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
