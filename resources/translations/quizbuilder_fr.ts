<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <location filename="../../quizbuilder/ui/main_window.py" line="+110"/>
        <source>Search by title or kind</source>
        <translation>Rechercher par titre ou par type</translation>
    </message>
    <message>
        <location line="+74"/>
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
        <source>Load &amp;demo items</source>
        <translation>Charger les éléments de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>Add a few example items to this library</source>
        <translation>Ajouter quelques éléments d’exemple à cette bibliothèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent libraries</source>
        <translation>Bibliothèques &amp;récentes</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+23"/>
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
        <location line="+21"/>
        <source>Import content</source>
        <translation>Importer du contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content files (*.json);;All files (*)</source>
        <translation>Fichiers de contenu (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n item(s) from %1</source>
        <translation>
            <numerusform>%n élément importé depuis %1</numerusform>
            <numerusform>%n éléments importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+10"/>
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
