<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/file_page.py" line="+55"/>
        <source>Choose the response file</source>
        <translation>Choisir le fichier de réponses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An export from Google Forms, Typeform, Microsoft Forms or SurveyMonkey (CSV or XLSX), any other table, or quizbuilder’s own JSON Lines.</source>
        <translation>Un export de Google Forms, Typeform, Microsoft Forms ou SurveyMonkey (CSV ou XLSX), tout autre tableau, ou les JSON Lines de quizbuilder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>or drop it here</source>
        <translation>ou déposez-le ici</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a response file</source>
        <translation>Choisir un fichier de réponses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response files (*.csv *.tsv *.txt *.xlsx *.xlsm *.jsonl *.ndjson);;All files (*)</source>
        <translation>Fichiers de réponses (*.csv *.tsv *.txt *.xlsx *.xlsm *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file has a header but no responses</source>
        <translation>%1&#xa0;: le fichier a une ligne d’en-tête mais aucune réponse</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Detected: %1</source>
        <translation>Format reconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>One response or funnel event per line</source>
        <translation>Une réponse ou un événement d’entonnoir par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown layout: build a mapping on the next page</source>
        <translation>Présentation inconnue&#xa0;: associez les colonnes aux questions à la page suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: %1</source>
        <translation>Encodage&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separator: %1</source>
        <translation>Séparateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/import_page.py" line="+103"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every row is read, matched and scored, then all are added at once. Cancel leaves the library as it was.</source>
        <translation>Chaque ligne est lue, associée aux questions et notée, puis toutes sont ajoutées d’un coup. Annuler laisse la bibliothèque telle qu’elle était.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import failed; the library is as it was.</source>
        <translation>L’importation a échoué&#x202f;; la bibliothèque est telle qu’elle était.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import was cancelled: nothing was added, the library is as it was.</source>
        <translation>Importation annulée&#xa0;: rien n’a été ajouté, la bibliothèque est telle qu’elle était.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/preview.py" line="+40"/>
        <source>quizbuilder responses (JSON Lines)</source>
        <translation>réponses quizbuilder (JSON Lines)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table read with a column mapping</source>
        <translation>un tableau lu avec une correspondance de colonnes</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/wizard.py" line="+42"/>
        <source>Import responses into “%1”</source>
        <translation>Importer des réponses dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ItemSummaryPanel</name>
    <message>
        <location filename="../../quizbuilder/ui/summary_panel.py" line="+123"/>
        <source>This library is empty.

Import a content file or load the demo items from the File menu.</source>
        <translation>Cette bibliothèque est vide.

Importez un fichier de contenu ou chargez les éléments de démonstration depuis le menu Fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an item on the left</source>
        <translation>Choisissez un élément à gauche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This item cannot be shown</source>
        <translation>Impossible d’afficher cet élément</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../quizbuilder/ui/labels.py" line="+29"/>
        <source>Polls</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge quizzes</source>
        <translation>Quiz de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personality quizzes</source>
        <translation>Quiz de personnalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Enquêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contests</source>
        <translation>Concours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Poll</source>
        <translation>Sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge quiz</source>
        <translation>Quiz de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personality quiz</source>
        <translation>Quiz de personnalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest</source>
        <translation>Concours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image choice</source>
        <translation>Choix d’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple image choice</source>
        <translation>Choix multiple d’images</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Star rating</source>
        <translation>Note en étoiles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net Promoter Score (0–10)</source>
        <translation>Net Promoter Score (0 à 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likert scale</source>
        <translation>Échelle de Likert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short text</source>
        <translation>Texte court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Texte long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One question per screen</source>
        <translation>Une question par écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All questions on one page</source>
        <translation>Toutes les questions sur une page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
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
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
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
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../quizbuilder/ui/library_model.py" line="+144"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+5"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizbuilder/ui/main_window.py" line="+116"/>
        <source>Search by title or kind</source>
        <translation>Rechercher par titre ou par type</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;New library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open library…</source>
        <translation>&amp;Ouvrir une bibliothèque…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;ublish…</source>
        <translation>P&amp;ublier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load &amp;demo items</source>
        <translation>Charger les éléments de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import re&amp;sponses…</source>
        <translation>Importer des réponse&amp;s…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About quizbuilder</source>
        <translation>À &amp;propos de quizbuilder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the items of a content file (.json)</source>
        <translation>Ajouter les éléments d’un fichier de contenu (.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the selected item to a content file (.json)</source>
        <translation>Enregistrer l’élément sélectionné dans un fichier de contenu (.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the selected item as a web page, with its QR code and share files</source>
        <translation>Exporter l’élément choisi en page web, avec son code QR et ses fichiers de partage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a few example items to this library</source>
        <translation>Ajouter quelques éléments d’exemple à cette bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the responses of a CSV, XLSX or JSON Lines file to the selected item</source>
        <translation>Ajouter à l’élément sélectionné les réponses d’un fichier CSV, XLSX ou JSON Lines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent libraries</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No item matches “%1”.</source>
        <translation>Aucun élément ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Library in memory</source>
        <translation>Bibliothèque en mémoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(in memory)</source>
        <translation>(en mémoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Library: %1 — %2</source>
        <translation>Bibliothèque&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+59"/>
        <source>Cannot open the library</source>
        <translation>Impossible d’ouvrir la bibliothèque</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Opened %1</source>
        <translation>Bibliothèque ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>New library</source>
        <translation>Nouvelle bibliothèque</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>quizbuilder libraries (*.sqlite)</source>
        <translation>Bibliothèques quizbuilder (*.sqlite)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 already exists. Choose another name, or open it with File › Open library.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-la avec Fichier › Ouvrir une bibliothèque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open library</source>
        <translation>Ouvrir une bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quizbuilder libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Bibliothèques quizbuilder (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 no longer exists; it was removed from the recent libraries.</source>
        <translation>%1 n’existe plus&#x202f;; ce fichier a été retiré des bibliothèques récentes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import content</source>
        <translation>Importer du contenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items and questions (*.json *.gift *.txt *.xml);;quizbuilder items (*.json);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;SurveyJS (*.json);;All files (*)</source>
        <translation>Éléments et questions (*.json *.gift *.txt *.xml);;Éléments quizbuilder (*.json);;GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;SurveyJS (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>%n élément importé depuis %1</numerusform>
            <numerusform>%n éléments importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+39"/>
        <source>... and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>What could not be kept</source>
        <translation>Ce qui n’a pas pu être conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported, but quizbuilder has no place for these parts of %1:</source>
        <translation>Importé, mais quizbuilder n’a pas de place pour ces éléments de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 holds responses: use File &gt; Import responses… on its item.</source>
        <translation>%1 contient des réponses&#xa0;: utilisez Fichier &gt; Importer des réponses… sur son élément.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Some questions cannot be read</source>
        <translation>Certaines questions sont illisibles</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) of %1 cannot be read:</source>
        <translation>
            <numerusform>%n question de %1 est illisible&#xa0;:</numerusform>
            <numerusform>%n questions de %1 sont illisibles&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the other questions and skip these?</source>
        <translation>Importer les autres questions et ignorer celles-ci&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export content</source>
        <translation>Exporter le contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content files (*.json)</source>
        <translation>Fichiers de contenu (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported “%1” to %2 (version %3)</source>
        <translation>«&#xa0;%1&#xa0;» exporté dans %2 (version %3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot import responses</source>
        <translation>Impossible d’importer des réponses</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n response(s)</source>
        <translation>
            <numerusform>%n réponse importée</numerusform>
            <numerusform>%n réponses importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot publish</source>
        <translation>Publication impossible</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot load the demo items</source>
        <translation>Impossible de charger les éléments de démonstration</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About quizbuilder</source>
        <translation>À propos de quizbuilder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;quizbuilder %1&lt;/h3&gt;&lt;p&gt;Design polls, quizzes and contests on your desktop, publish them as self-contained embeds and read the results.&lt;/p&gt;&lt;p&gt;Everything runs offline: your data stays on this computer unless you send it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;quizbuilder %1&lt;/h3&gt;&lt;p&gt;Concevez sondages, quiz et concours sur votre ordinateur, publiez-les sous forme de modules autonomes à intégrer et lisez les résultats.&lt;/p&gt;&lt;p&gt;Tout fonctionne hors ligne&#xa0;: vos données restent sur cet ordinateur, sauf si vous les envoyez.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/mapping_page.py" line="+64"/>
        <source>Match the columns to the questions</source>
        <translation>Associer les colonnes aux questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none (a hash of the row) —</source>
        <translation>— aucune (une empreinte de la ligne) —</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the file shows (day first if unsure)</source>
        <translation>Selon le fichier (jour d’abord en cas de doute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day first (22/06/2026)</source>
        <translation>Jour d’abord (22/06/2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (06/22/2026)</source>
        <translation>Mois d’abord (06/22/2026)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this computer’s time zone</source>
        <translation>fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The zone of the dates written without one, such as Europe/Paris</source>
        <translation>Le fuseau horaire des dates écrites sans fuseau, par exemple Europe/Paris</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response id:</source>
        <translation>Identifiant de réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Date of the response:</source>
        <translation>Date de la réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Date order:</source>
        <translation>Ordre de la date&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Load mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The columns of this %1 export and the questions they answer, as quizbuilder matched them. Correct a choice if it is wrong.</source>
        <translation>Les colonnes de cet export %1 et les questions auxquelles elles répondent, telles que quizbuilder les a associées. Corrigez un choix s’il est faux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quizbuilder does not know this layout. Choose the question each column answers, and the columns that hold the response id, the date and the e-mail. Save the mapping to use it again for the next export.</source>
        <translation>quizbuilder ne connaît pas cette présentation. Choisissez la question à laquelle répond chaque colonne, et les colonnes qui contiennent l’identifiant de réponse, la date et l’adresse e-mail. Enregistrez la correspondance pour la réutiliser au prochain export.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— a column without a title —</source>
        <translation>— colonne sans titre —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— same title as an earlier column —</source>
        <translation>— même titre qu’une colonne précédente —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— read by the importer (%1) —</source>
        <translation>— lue par l’importation (%1) —</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First answer</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>— the e-mail —</source>
        <translation>— l’adresse e-mail —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— the date —</source>
        <translation>— la date —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— the response id —</source>
        <translation>— l’identifiant de réponse —</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Choose the question of at least one column.</source>
        <translation>Choisissez la question d’au moins une colonne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is chosen for two columns.</source>
        <translation>«&#xa0;%1&#xa0;» est choisie pour deux colonnes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a time zone (try Europe/Paris).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fuseau horaire (essayez Europe/Paris).</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n column(s) will be imported.</source>
        <translation>
            <numerusform>%n colonne sera importée.</numerusform>
            <numerusform>%n colonnes seront importées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: the file is read with your mapping.</source>
        <translation>Correspondance modifiée&#xa0;: le fichier sera lu avec vos choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your corrections apply; the file stays a %1 export.</source>
        <translation>Vos corrections s’appliquent ; le fichier reste un export %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the mapping</source>
        <translation>Impossible d’enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping saved to %1</source>
        <translation>Correspondance enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The mapping names columns this file does not have: %1.</source>
        <translation>La correspondance cite des colonnes absentes de ce fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The mapping names questions this item does not have: %1.</source>
        <translation>La correspondance cite des questions absentes de cet élément&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/preferences.py" line="+26"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new language is used the next time quizbuilder starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de quizbuilder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language:</source>
        <translation>Langue de l’interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/publish_dialog.py" line="+89"/>
        <source>Publish “%1”</source>
        <translation>Publier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Where the answers go</source>
        <translation>Destination des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nowhere: nothing leaves the page</source>
        <translation>&amp;Nulle part&#xa0;: rien ne quitte la page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to an &amp;address (endpoint):</source>
        <translation>Envoyées à une &amp;adresse (endpoint)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept on the device (&amp;kiosk), operator PIN:</source>
        <translation>Gardées sur l’appareil (&amp;borne), code PIN&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address that receives the answers</source>
        <translation>Adresse qui reçoit les réponses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>4 to 12 digits</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator PIN</source>
        <translation>Code PIN de l’opérateur</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The item’s language (French)</source>
        <translation>Langue de l’élément (français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item’s language (English)</source>
        <translation>Langue de l’élément (anglais)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Page (.html)</source>
        <translation>&amp;Page (.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snippet to paste in a CMS</source>
        <translation>&amp;Fragment à coller dans un CMS</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Optional. Where the page will be put on the web: used for the iframe tag, the share links, the QR code and the UTM links.</source>
        <translation>Facultative. L’adresse où la page sera mise en ligne&#xa0;: elle sert à la balise iframe, aux liens de partage, au code QR et aux liens UTM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing exported yet.</source>
        <translation>Rien n’a encore été exporté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To show it in another page</source>
        <translation>Pour l’afficher dans une autre page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Iframe tag</source>
        <translation>Balise iframe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Page a&amp;ddress:</source>
        <translation>A&amp;dresse de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The iframe tag appears here once a page is exported with its address.</source>
        <translation>La balise iframe s’affiche ici une fois la page exportée avec son adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy sn&amp;ippet</source>
        <translation>Copier le fra&amp;gment</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other publishing files</source>
        <translation>Autres fichiers de publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code…</source>
        <translation>Code &amp;QR…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;hare images…</source>
        <translation>&amp;Images de partage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;UTM links…</source>
        <translation>Liens &amp;UTM…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This item has no outcomes or score bands to make an image of.</source>
        <translation>Cet élément n’a ni profils ni paliers de score dont faire une image.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The address that receives the answers</source>
        <translation>L’adresse qui reçoit les réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page address</source>
        <translation>L’adresse de la page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not contain spaces, quotes or any of ; , &lt; &gt; \</source>
        <translation>%1 ne doit contenir ni espace, ni guillemet, ni aucun de ces caractères&#xa0;: ; , &lt; &gt; \</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must start with http:// or https:// and name a host.</source>
        <translation>%1 doit commencer par http:// ou https:// et comporter un nom de domaine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1 ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the address that will receive the answers.</source>
        <translation>Indiquez l’adresse qui recevra les réponses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kiosk mode needs a PIN of 4 to 12 digits for the operator.</source>
        <translation>Le mode borne demande un code PIN de 4 à 12 chiffres pour l’opérateur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the page address first.</source>
        <translation>Indiquez d’abord l’adresse de la page.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export the embed</source>
        <translation>Exporter le module à intégrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrote %1: %2 KB (%3 KB gzipped), version %4.</source>
        <translation>%1 écrit&#xa0;: %2&#xa0;Ko (%3&#xa0;Ko compressé en gzip), version %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the snippet and paste it into an HTML block of the CMS page.</source>
        <translation>Copiez le fragment et collez-le dans un bloc HTML de la page du CMS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the page address and export again to get the iframe tag.</source>
        <translation>Indiquez l’adresse de la page et exportez de nouveau pour obtenir la balise iframe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The iframe tag is on the clipboard.</source>
        <translation>La balise iframe est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot copy the snippet</source>
        <translation>Impossible de copier le fragment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snippet is on the clipboard.</source>
        <translation>Le fragment est dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the files</source>
        <translation>Impossible d’écrire les fichiers</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png);;SVG images (*.svg)</source>
        <translation>Images PNG (*.png);;Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Wrote %1: %2 × %2 px, %3 mm wide at 300 dpi.</source>
        <translation>%1 écrit&#xa0;: %2&#xa0;×&#xa0;%2&#xa0;px, %3&#xa0;mm de large à 300&#xa0;dpi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1: SVG, %2 mm wide.</source>
        <translation>%1 écrit&#xa0;: SVG, %2&#xa0;mm de large.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder for the share images</source>
        <translation>Dossier des images de partage</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Wrote %n share image(s) (1200 × 630 px) in %1.</source>
        <translation>
            <numerusform>%n image de partage (1&#xa0;200&#xa0;×&#xa0;630&#xa0;px) écrite dans %1.</numerusform>
            <numerusform>%n images de partage (1&#xa0;200&#xa0;×&#xa0;630&#xa0;px) écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder for the UTM links</source>
        <translation>Dossier des liens UTM</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n tagged link(s), their QR codes and %1 in %2.</source>
        <translation>
            <numerusform>%n lien balisé, son code QR et %1 écrits dans %2.</numerusform>
            <numerusform>%n liens balisés, leurs codes QR et %1 écrits dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../quizbuilder/ui/summary_panel.py" line="+50"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outcomes</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+94"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frozen versions</source>
        <translation>Versions figées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None yet (exporting or publishing freezes one)</source>
        <translation>Aucune pour l’instant (exporter ou publier en fige une)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions and options</source>
        <translation>Questions et options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shuffle</source>
        <translation>Ordre aléatoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instant feedback</source>
        <translation>Correction immédiate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 drawn at random out of %2</source>
        <translation>%1 tirées au hasard parmi %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question pool</source>
        <translation>Tirage des questions</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 s for the whole item</source>
        <translation>%1 s pour l’ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s per question</source>
        <translation>%1 s par question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, can be extended %1 × %2 s</source>
        <translation>, prolongeable %1 × %2 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bands</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from %1%: %2</source>
        <translation>à partir de %1&#x202f;%&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the score</source>
        <translation>Afficher le score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A/B variants</source>
        <translation>Variantes A/B</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1% of visitors</source>
        <translation>%1&#x202f;% des visiteurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contest</source>
        <translation>Concours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Winners</source>
        <translation>Gagnants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternates</source>
        <translation>Suppléants</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>Prizes</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No questions yet.</source>
        <translation>Aucune question pour l’instant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unscored</source>
        <translation>non notée</translation>
    </message>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/summary_page.py" line="+43"/>
        <source>Summary</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported:</source>
        <translation>Importées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the library:</source>
        <translation>Déjà dans la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected lines:</source>
        <translation>Lignes rejetées&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import batch:</source>
        <translation>Lot d’importation&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the import of %1 did</source>
        <translation>Le résultat de l’importation de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file was imported before (batch %1): nothing was added.</source>
        <translation>Ce fichier a déjà été importé (lot %1)&#xa0;: rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n response(s) imported.</source>
        <translation>
            <numerusform>%n réponse importée.</numerusform>
            <numerusform>%n réponses importées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No new response in this file.</source>
        <translation>Aucune nouvelle réponse dans ce fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (nothing was added)</source>
        <translation>aucun (rien n’a été ajouté)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Our score</source>
        <translation>Notre score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file’s score</source>
        <translation>Score du fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected lines (%1)</source>
        <translation>Lignes rejetées (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown values (%1)</source>
        <translation>Valeurs inconnues (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score disagreements (%1)</source>
        <translation>Scores divergents (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>… and %1 more, not listed.</source>
        <translation>… et %1 de plus, sans détail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every column of the file was read.</source>
        <translation>Toutes les colonnes du fichier ont été lues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Questions without a column: %1</source>
        <translation>Questions sans colonne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every question had its column.</source>
        <translation>Chaque question avait sa colonne.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save the rejected lines</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the rejected lines</source>
        <translation>Impossible d’enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../quizbuilder/app.py" line="+81"/>
        <source>First start: %1</source>
        <translation>Premier démarrage : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo is already in this library: nothing was added.</source>
        <translation>La démo est déjà dans cette bibliothèque : rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo library loaded: %1 items, %2 responses.</source>
        <translation>Bibliothèque de démonstration chargée : %1 éléments, %2 réponses.</translation>
    </message>
</context>
</TS>
