<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/item_actions.py" line="+193"/>
        <location line="+10"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>File “%1” under a campaign, with tags.</source>
        <translation>Classer « %1 » dans une campagne, avec des étiquettes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. Spring sales 2026</source>
        <translation>p. ex. Soldes de printemps 2026</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate tags with commas</source>
        <translation>Séparez les étiquettes par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags in use: %1</source>
        <translation>Étiquettes déjà utilisées : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/models.py" line="+324"/>
        <source>Excluded by you</source>
        <translation>Exclue par vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not eligible</source>
        <translation>Non retenue</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Eligible (%Ln tickets)</source>
        <translation>
            <numerusform>Retenue (%Ln ticket)</numerusform>
            <numerusform>Retenue (%Ln tickets)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Entry %1, a response to “%2”</source>
        <translation>Participation %1, réponse à « %2 »</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../quizbuilder/ui/results/widgets.py" line="+97"/>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — right-click to save it as a PNG image</source>
        <translation>%1 — clic droit pour l’enregistrer en image PNG</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/fields.py" line="+326"/>
        <source>Choose the colour: %1</source>
        <translation>Choisir la couleur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a colour…</source>
        <translation>Choisir une couleur…</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+611"/>
        <source>completed the item</source>
        <translation>a terminé l’élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored at least</source>
        <translation>a obtenu au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave an answer</source>
        <translation>a donné une réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ticked a box</source>
        <translation>a coché une case</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Least score</source>
        <translation>Score minimum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a question)</source>
        <translation>(choisir une question)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question no longer there (%1)</source>
        <translation>Une question qui n’existe plus (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose an answer)</source>
        <translation>(choisir une réponse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An answer no longer there (%1)</source>
        <translation>Une réponse qui n’existe plus (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Box</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(choose a box)</source>
        <translation>(choisir une case)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box no longer in the form (%1)</source>
        <translation>Une case qui n’est plus dans le formulaire (%1)</translation>
    </message>
</context>
<context>
    <name>ConditionTypeField</name>
    <message>
        <location line="+29"/>
        <source>Change the condition</source>
        <translation>Changer la condition</translation>
    </message>
</context>
<context>
    <name>ContestLauncher</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/launcher.py" line="+35"/>
        <source>Entries, rules and draw…</source>
        <translation>Participations, règlement et tirage…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the contest</source>
        <translation>Impossible d’ouvrir le concours</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="-602"/>
        <source>Rules pre&amp;view…</source>
        <translation>&amp;Voir le règlement…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Opens</source>
        <translation>&amp;Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closes</source>
        <translation>&amp;Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the time zone</source>
        <translation>Changer le fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entries</source>
        <translation>Participations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the entries come from</source>
        <translation>D’où viennent les participations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contest&apos;s own form</source>
        <translation>Le formulaire du concours lui-même</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item no longer in the library (%1)</source>
        <translation>Un élément qui n’est plus dans la bibliothèque (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Entries from</source>
        <translation>Participations &amp;issues de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry condition</source>
        <translation>Condition de participation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may enter</source>
        <translation>Qui peut participer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum &amp;age</source>
        <translation>Âge &amp;minimum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept a ticked box in place of a birth date</source>
        <translation>Accepter une case cochée à la place d’une date de naissance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age box</source>
        <translation>Case d’âge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The box by which entrants confirm their age</source>
        <translation>La case par laquelle les participants confirment leur âge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box no longer in the form (%1)</source>
        <translation>Une case qui n’est plus dans le formulaire (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;untries</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-letter codes, e.g. FR, BE, CH (empty: anywhere)</source>
        <translation>Codes à deux lettres, p. ex. FR, BE, CH (vide : partout)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xcluded</source>
        <translation>E&amp;xclus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded e-mail addresses</source>
        <translation>Adresses e-mail exclues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff e-mails, or @domain for a whole company</source>
        <translation>E-mails du personnel, ou @domaine pour toute une entreprise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One entry per person (the earliest counts)</source>
        <translation>Une participation par personne (la première compte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gmail: dots and +tags do not make another person</source>
        <translation>Gmail : les points et les +étiquettes ne font pas une autre personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prizes and draw</source>
        <translation>Lots et tirage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Value of prize %1</source>
        <translation>Valeur du lot %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantity of prize %1</source>
        <translation>Quantité du lot %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency of prize %1</source>
        <translation>Devise du lot %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name of prize %1</source>
        <translation>Nom du lot %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prize, e.g. a weekend for two</source>
        <translation>Lot, p. ex. un week-end pour deux</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description of prize %1</source>
        <translation>Description du lot %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description (optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a prize</source>
        <translation>Ajouter un lot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prize</source>
        <translation>lot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Winners</source>
        <translation>&amp;Gagnants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Winners</source>
        <translation>Gagnants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;lternates</source>
        <translation>&amp;Suppléants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alternates, drawn in order after the winners</source>
        <translation>Suppléants, tirés dans l’ordre après les gagnants</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus entries</source>
        <translation>Participations bonus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra tickets in the draw for entries that meet a further condition. Do not give them for a marketing consent: it would not be freely given.</source>
        <translation>Des tickets en plus au tirage pour les participations qui remplissent une autre condition. N’en donnez pas pour un consentement marketing : il ne serait pas libre.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Extra tickets, bonus %1</source>
        <translation>Tickets en plus, bonus %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra tickets</source>
        <translation>Tickets en plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name of bonus %1</source>
        <translation>Nom du bonus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the rules name it</source>
        <translation>Comment le règlement le nomme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a bonus</source>
        <translation>Ajouter un bonus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fraud flags (for review, never automatic exclusion)</source>
        <translation>Signalements de fraude (à examiner, jamais d’exclusion automatique)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag disposable e-mail addresses</source>
        <translation>Signaler les adresses e-mail jetables</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries per &amp;device</source>
        <translation>Participations par &amp;appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag a device with more entries than</source>
        <translation>Signaler un appareil ayant plus de participations que</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Seconds per question</source>
        <translation>Secondes par &amp;question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flag an entry faster than, per question</source>
        <translation>Signaler une participation plus rapide que, par question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organiser&apos;s name</source>
        <translation>Nom de l’organisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal &amp;form</source>
        <translation>Forme &amp;juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. SAS, SARL</source>
        <translation>p. ex. SAS, SARL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Registration</source>
        <translation>Imma&amp;triculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d’immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. RCS Rennes 123 456 789</source>
        <translation>p. ex. RCS Rennes 123 456 789</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser&apos;s postal address</source>
        <translation>Adresse postale de l’organisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-&amp;mail</source>
        <translation>Adresse e-mai&amp;l</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact e-mail address</source>
        <translation>Adresse e-mail de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where entrants write about the contest and their data</source>
        <translation>Où les participants écrivent au sujet du concours et de leurs données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rules</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Days to claim a prize</source>
        <translation>Jours pour réclamer un lot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The winners&apos; names may be published</source>
        <translation>Les noms des gagnants peuvent être publiés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Platforms</source>
        <translation>&amp;Plateformes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it runs, e.g. Instagram, Facebook</source>
        <translation>Où il se déroule, p. ex. Instagram, Facebook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Governing law</source>
        <translation>&amp;Droit applicable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Governing law</source>
        <translation>Droit applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. droit français</source>
        <translation>p. ex. droit français</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bailiff</source>
        <translation>Commissai&amp;re de justice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bailiff holding the rules</source>
        <translation>Commissaire de justice dépositaire du règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissaire de justice (optional)</source>
        <translation>Commissaire de justice (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free entr&amp;y</source>
        <translation>Participation gratuit&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free method of entry</source>
        <translation>Moyen de participer gratuitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to enter without buying, if entering involves a purchase</source>
        <translation>Comment participer sans acheter, si la participation passe par un achat</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The draft has errors (see the problems panel): the rules cannot be checked.</source>
        <translation>Le brouillon contient des erreurs (voir le panneau des problèmes) : le règlement ne peut pas être vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln required mention(s) missing before the rules can be published.</source>
        <translation>
            <numerusform>%Ln mention obligatoire manque avant que le règlement puisse être publié.</numerusform>
            <numerusform>%Ln mentions obligatoires manquent avant que le règlement puisse être publié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing required is missing: the rules can be published.</source>
        <translation>Rien d’obligatoire ne manque : le règlement peut être publié.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s) to read.</source>
        <translation>
            <numerusform>%Ln avertissement à lire.</numerusform>
            <numerusform>%Ln avertissements à lire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestView</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/view.py" line="+82"/>
        <source>&amp;Full screen</source>
        <translation>Plein écra&amp;n</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the draw full screen, for a projector (F11)</source>
        <translation>Afficher le tirage en plein écran, pour un vidéoprojecteur (F11)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Entries</source>
        <translation>&amp;Participations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ules</source>
        <translation>&amp;Règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dra&amp;w</source>
        <translation>&amp;Tirage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How responses became entries; exclusions</source>
        <translation>Comment les réponses sont devenues des participations ; exclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the official rules lack; their export</source>
        <translation>Ce qui manque au règlement ; son export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment, draw, winners and certificate</source>
        <translation>Engagement, tirage, gagnants et certificat</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reading the entries…</source>
        <translation>Lecture des participations…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest: %1 — quizbuilder</source>
        <translation>Concours : %1 — quizbuilder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln winner(s)</source>
        <translation>
            <numerusform>%Ln gagnant</numerusform>
            <numerusform>%Ln gagnants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln alternate(s)</source>
        <translation>
            <numerusform>%Ln suppléant</numerusform>
            <numerusform>%Ln suppléants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContestWords</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/models.py" line="-313"/>
        <source>Entry condition</source>
        <translation>Condition de participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contest dates</source>
        <translation>Dates du concours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff exclusion list</source>
        <translation>Liste d’exclusion du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your exclusions</source>
        <translation>Vos exclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One entry per person</source>
        <translation>Une participation par personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonus tickets</source>
        <translation>Tickets bonus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Throwaway e-mail</source>
        <translation>E-mail jetable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared device</source>
        <translation>Appareil partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too fast</source>
        <translation>Trop rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No e-mail</source>
        <translation>Sans e-mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>DemoItemDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/item_actions.py" line="+25"/>
        <source>New from a demo item</source>
        <translation>Nouveau à partir d’un exemple</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start from a finished example and make it yours: the copy is a new item, without the example&apos;s responses.</source>
        <translation>Partez d’un exemple terminé et adaptez-le : la copie est un nouvel élément, sans les réponses de l’exemple.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo items</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>DrawTab</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/draw_tab.py" line="+96"/>
        <source>Substitutions</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitment and draw</source>
        <translation>Engagement et tirage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the draw stands</source>
        <translation>Où en est le tirage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commitment (SHA-256), to publish</source>
        <translation>Engagement (SHA-256), à publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the commitment, to publish it</source>
        <translation>Copier l’engagement, pour le publier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Commitment:</source>
        <translation>Engagement :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional, e.g. drand quicknet round 12345678</source>
        <translation>facultatif, p. ex. drand quicknet round 12345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public randomness beacon (optional)</source>
        <translation>Source d’aléa public (facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommit…</source>
        <translation>Créer l’&amp;engagement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw the secret seed and make the commitment to publish before closing</source>
        <translation>Tirer la graine secrète et créer l’engagement à publier avant la clôture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public &amp;randomness:</source>
        <translation>&amp;Aléa public :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value of the public randomness</source>
        <translation>Valeur de l’aléa public</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its &amp;value:</source>
        <translation>Sa &amp;valeur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Draw…</source>
        <translation>Tirer au s&amp;ort…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Freeze the eligible entries, draw the winners and write the certificate</source>
        <translation>Figer les participations retenues, tirer les gagnants et écrire le certificat</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reveal &amp;next</source>
        <translation>Afficher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reveal &amp;all</source>
        <translation>Tout a&amp;fficher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open ce&amp;rtificate</source>
        <translation>Ouvrir le cert&amp;ificat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the certificate&apos;s files as anyone could, without the library</source>
        <translation>Vérifier les fichiers du certificat comme tout le monde peut le faire, sans la bibliothèque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Substitute…</source>
        <translation>Remplacer un &amp;gagnant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace a winner who cannot take the prize by the next alternate</source>
        <translation>Remplacer un gagnant qui ne peut pas recevoir son lot par le suppléant suivant</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the value of %1</source>
        <translation>la valeur de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no closing date is set</source>
        <translation>aucune date de clôture n’est fixée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No commitment yet. Make it before the contest closes and publish it: it proves that the draw&apos;s seed was chosen before anyone knew the entries. Closing: %1.</source>
        <translation>Pas encore d’engagement. Créez-le avant la clôture du concours et publiez-le : il prouve que la graine du tirage a été choisie avant que quiconque connaisse les participations. Clôture : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Committed on %1. Publish the commitment where entrants can see it before the contest closes; draw after the closing. Closing: %2.</source>
        <translation>Engagement créé le %1. Publiez-le là où les participants peuvent le voir avant la clôture du concours ; tirez au sort après la clôture. Clôture : %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The draw needs the value of the public randomness %1.</source>
        <translation>Le tirage aura besoin de la valeur de l’aléa public %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln eligible entry(ies) now.</source>
        <translation>
            <numerusform>%Ln participation retenue à ce jour.</numerusform>
            <numerusform>%Ln participations retenues à ce jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drawn on %1 from %2 (%3), with the commitment made on %4.</source>
        <translation>Tiré au sort le %1 parmi %2 (%3), avec l’engagement créé le %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln participation</numerusform>
            <numerusform>%Ln participations</numerusform>
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
    <message>
        <location line="+5"/>
        <source>The rules changed after the commitment; the certificate says so.</source>
        <translation>Le règlement a changé après l’engagement ; le certificat le signale.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A draw anyone can verify, in three steps:</source>
        <translation>Un tirage que chacun peut vérifier, en trois étapes :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. Before the contest closes, commit, and publish the commitment where entrants can see it (the rules page, a post, your site).</source>
        <translation>1. Avant la clôture du concours, créez l’engagement et publiez-le là où les participants peuvent le voir (la page du règlement, une publication, votre site).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. After the closing, draw: the eligible entries are frozen, the winners then the alternates are drawn, and a certificate is written.</source>
        <translation>2. Après la clôture, tirez au sort : les participations retenues sont figées, les gagnants puis les suppléants sont tirés, et un certificat est écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3. Show the winners here, one at a time or all at once (F11: full screen, for a projector). Publish the certificate: with the entry list, anyone can redo the draw.</source>
        <translation>3. Dévoilez les gagnants ici, un par un ou tous à la fois (F11 : plein écran, pour un vidéoprojecteur). Publiez le certificat : avec la liste des participations, chacun peut refaire le tirage.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — %2 replaced by %3: %4</source>
        <translation>%1 — %2 remplacé·e par %3 : %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody (no alternate left)</source>
        <translation>personne (plus aucun suppléant)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Substitutions:</source>
        <translation>Remplacements :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Commit to the draw</source>
        <translation>Créer l’engagement du tirage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The contest closed on %1. A commitment is made before the closing, so that nobody could choose the seed knowing the entries. Why commit now? The certificate will show this reason (write no e-mail address).</source>
        <translation>Le concours a été clos le %1. L’engagement se crée avant la clôture, pour que personne ne puisse choisir la graine en connaissant les participations. Pourquoi le créer maintenant ? Le certificat affichera ce motif (n’y écrivez aucune adresse e-mail).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A late commitment needs a reason: nothing was made.</source>
        <translation>Un engagement tardif demande un motif : rien n’a été créé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the draw&apos;s commitment now?</source>
        <translation>Créer maintenant l’engagement du tirage ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secret seed is drawn and kept in the library. Publish the commitment where entrants can see it before the contest closes: it cannot be changed later.</source>
        <translation>Une graine secrète est tirée et gardée dans la bibliothèque. Publiez l’engagement là où les participants peuvent le voir avant la clôture du concours : il ne pourra plus être modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The draw will need the value of: %1</source>
        <translation>Le tirage aura besoin de la valeur de : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Draw the winners</source>
        <translation>Tirer au sort les gagnants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the value of %1 first: the draw mixes it in.</source>
        <translation>Saisissez d’abord la valeur de %1 : le tirage l’intègre.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Draw the winners now from %Ln eligible entry(ies)?</source>
        <translation>
            <numerusform>Tirer au sort les gagnants maintenant, parmi %Ln participation retenue ?</numerusform>
            <numerusform>Tirer au sort les gagnants maintenant, parmi %Ln participations retenues ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The entries are frozen and the draw is recorded with its certificate: it is made once and cannot be redone.</source>
        <translation>Les participations sont figées et le tirage est enregistré avec son certificat : il n’a lieu qu’une fois et ne peut pas être refait.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The contest has not closed yet (it closes on %1): entries that come later will not be in this draw.</source>
        <translation>Le concours n’est pas encore clos (clôture le %1) : les participations arrivées ensuite ne seront pas dans ce tirage.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate will be written to %1.</source>
        <translation>Le certificat sera écrit dans %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Replace a winner</source>
        <translation>Remplacer un gagnant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which winner cannot take the prize?</source>
        <translation>Quel gagnant ne peut pas recevoir son lot ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why is %1 replaced? The reason is published in the certificate&apos;s log: write no e-mail address.</source>
        <translation>Pourquoi remplacer %1 ? Le motif est publié dans le journal du certificat : n’y écrivez aucune adresse e-mail.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A substitution needs a reason: nobody was replaced.</source>
        <translation>Un remplacement demande un motif : personne n’a été remplacé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace %1 by the next alternate? This is recorded and cannot be undone.</source>
        <translation>Remplacer %1 par le suppléant suivant ? C’est enregistré et ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the certificate</source>
        <translation>Ouvrir le certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>The certificate&apos;s files are no longer where the draw wrote them.</source>
        <translation>Les fichiers du certificat ne sont plus là où le tirage les a écrits.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify the draw</source>
        <translation>Vérifier le tirage</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The certificate does NOT verify:</source>
        <translation>Le certificat n’est PAS vérifié :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate verifies: the seed gives the published commitment. The entry list was not found, so the winners could not be recomputed.</source>
        <translation>Le certificat est vérifié : la graine redonne l’engagement publié. La liste des participations est introuvable : les gagnants n’ont pas pu être recalculés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate verifies: the seed gives the published commitment, and the entry list gives the same winners and alternates.</source>
        <translation>Le certificat est vérifié : la graine redonne l’engagement publié, et la liste des participations redonne les mêmes gagnants et suppléants.</translation>
    </message>
</context>
<context>
    <name>EditorWindow</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/window.py" line="+86"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close the editor</source>
        <translation>&amp;Fermer l’éditeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Editor</source>
        <translation>%1 — Éditeur</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/entries_tab.py" line="+63"/>
        <source>Entries in short</source>
        <translation>Les participations en bref</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry steps, in the order applied</source>
        <translation>Étapes de sélection, dans l’ordre appliqué</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>All candidates</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible</source>
        <translation>Retenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>Non retenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excluded by you</source>
        <translation>Exclues par vous</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flagged only</source>
        <translation>&amp;Signalées seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries a check points at (a flag never removes an entry: you decide)</source>
        <translation>Les participations qu’un contrôle signale (un signalement n’écarte rien : vous décidez)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Candidates</source>
        <translation>Réponses candidates</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>E&amp;xclude…</source>
        <translation>E&amp;xclure…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave the selected entry out of the draw, for a reason kept in the log</source>
        <translation>Écarter la participation choisie du tirage, pour un motif gardé dans le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reinstate…</source>
        <translation>Réi&amp;ntégrer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take back the exclusion of the selected entry, for a reason kept in the log</source>
        <translation>Annuler l’exclusion de la participation choisie, pour un motif gardé dans le journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add people who entered elsewhere, from a CSV or XLSX list with an e-mail column (names, birth date, country, date and consents optional)</source>
        <translation>Ajouter des personnes qui ont participé ailleurs, depuis une liste CSV ou XLSX avec une colonne e-mail (noms, date de naissance, pays, date et consentements facultatifs)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exclude before the draw: the draw freezes the entries.</source>
        <translation>Excluez avant le tirage : le tirage fige les participations.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln eligible entry(ies)</source>
        <translation>
            <numerusform>%Ln participation retenue</numerusform>
            <numerusform>%Ln participations retenues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 shown of %2</source>
        <translation>%1 affichées sur %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Exclude an entry</source>
        <translation>Exclure une participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why leave %1 (%2) out of the draw? The reason is kept in the log.</source>
        <translation>Pourquoi écarter %1 (%2) du tirage ? Le motif est gardé dans le journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An exclusion needs a reason: nothing was excluded.</source>
        <translation>Une exclusion demande un motif : rien n’a été exclu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reinstate an entry</source>
        <translation>Réintégrer une participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why take %1 (%2) back into the draw? It was excluded for: %3</source>
        <translation>Pourquoi réintégrer %1 (%2) au tirage ? Elle avait été exclue pour : %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reinstating an entry needs a reason: nothing was changed.</source>
        <translation>Réintégrer une participation demande un motif : rien n’a changé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a list of entries</source>
        <translation>Importer une liste de participations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entries added: %1; already there: %2; lines refused: %3.</source>
        <translation>Participations ajoutées : %1 ; déjà présentes : %2 ; lignes refusées : %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>EntryTexts</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/texts.py" line="+47"/>
        <location line="+6"/>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>question %1</source>
        <translation>question %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>option %1</source>
        <translation>option %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the box &quot;%1&quot; (%2)</source>
        <translation>la case « %1 » (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the box %1</source>
        <translation>la case %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>scored at least %1</source>
        <translation>a obtenu au moins %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chose %1 in %2</source>
        <translation>a choisi %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ticked %1</source>
        <translation>a coché %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is completed</source>
        <translation>est terminée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Entry condition: a completed response</source>
        <translation>Condition de participation : une réponse terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry condition: a completed response that %1</source>
        <translation>Condition de participation : une réponse terminée qui %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countries: living in %1</source>
        <translation>Pays : résider en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries: living in %1, as the rules state (the form asks no country)</source>
        <translation>Pays : résider en %1, comme le dit le règlement (le formulaire ne demande pas le pays)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Staff exclusion list: 1 address or domain excluded</source>
        <translation>Liste d’exclusion du personnel : 1 adresse ou domaine exclu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff exclusion list: %1 addresses or domains excluded</source>
        <translation>Liste d’exclusion du personnel : %1 adresses ou domaines exclus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organiser&apos;s exclusions: entries the organiser excluded, each with its reason</source>
        <translation>Exclusions de l’organisateur : les participations qu’il a exclues, chacune avec sa raison</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One entry per person: the earliest entry of each e-mail address (Gmail: dots and +tags ignored)</source>
        <translation>Une participation par personne : la plus ancienne de chaque adresse e-mail (Gmail : points et +étiquettes ignorés)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One entry per person: the earliest entry of each e-mail address</source>
        <translation>Une participation par personne : la plus ancienne de chaque adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonus tickets: one ticket per entry, %1</source>
        <translation>Tickets bonus : un ticket par participation, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>+1 ticket for an entry that %1</source>
        <translation>+1 ticket pour une participation qui %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 tickets for an entry that %2</source>
        <translation>+%1 tickets pour une participation qui %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contest dates: submitted from %1 to %2 (%3 time), both included</source>
        <translation>Dates du concours : envoyée du %1 au %2 (heure %3), bornes incluses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contest dates: submitted from %1 (%2 time), both included</source>
        <translation>Dates du concours : envoyée à partir du %1 (heure %2), borne incluse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contest dates: submitted until %1 (%2 time), both included</source>
        <translation>Dates du concours : envoyée jusqu’au %1 (heure %2), borne incluse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum age: %1 or older on %2, the closing date, from the birth date</source>
        <translation>Âge minimum : %1 ans ou plus le %2, date de clôture, d’après la date de naissance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Minimum age: %1 or older on %2, from the birth date</source>
        <translation>Âge minimum : %1 ans ou plus le %2, d’après la date de naissance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum age: %1 or older on the day the entries are selected, from the birth date</source>
        <translation>Âge minimum : %1 ans ou plus le jour de la sélection des participations, d’après la date de naissance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, or %1 ticked where no birth date was asked</source>
        <translation>, ou %1 cochée là où la date de naissance n’était pas demandée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response was not completed</source>
        <translation>la réponse n’a pas été terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the response has no score</source>
        <translation>la réponse n’a pas de score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no submission time, so it cannot be placed within the contest dates</source>
        <translation>pas d’heure d’envoi : impossible de la situer dans les dates du concours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no birth date given</source>
        <translation>aucune date de naissance donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no country given</source>
        <translation>aucun pays donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address is on the staff exclusion list</source>
        <translation>l’adresse figure sur la liste d’exclusion du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address&apos;s domain is on the staff exclusion list</source>
        <translation>le domaine de l’adresse figure sur la liste d’exclusion du personnel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>scored %1, below %2</source>
        <translation>a obtenu %1, moins que %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not answer %1</source>
        <translation>n’a pas répondu à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not choose %1 in %2</source>
        <translation>n’a pas choisi %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not tick %1</source>
        <translation>n’a pas coché %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted %1, before the opening %2</source>
        <translation>envoyée le %1, avant l’ouverture du %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>submitted %1, after the closing %2</source>
        <translation>envoyée le %1, après la clôture du %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no birth date, and %1 was not ticked</source>
        <translation>pas de date de naissance, et %1 n’a pas été cochée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the birth date &apos;%1&apos; is not a date (expected YYYY-MM-DD)</source>
        <translation>la date de naissance « %1 » n’est pas une date (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aged %1 on %2, under %3</source>
        <translation>%1 ans le %2, moins de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the country &apos;%1&apos; is not one of %2</source>
        <translation>le pays « %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>excluded by the organiser: %1</source>
        <translation>exclue par l’organisateur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excluded by the organiser</source>
        <translation>exclue par l’organisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the same person entered earlier (entry %1)</source>
        <translation>la même personne a participé plus tôt (participation %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the domain %1 gives throwaway e-mail addresses</source>
        <translation>le domaine %1 fournit des adresses e-mail jetables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one of %1 entries from device %2 (more than %3)</source>
        <translation>une des %1 participations de l’appareil %2 (plus de %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>completed in %1 s, under %2 s for each of %3 questions (%4 s)</source>
        <translation>terminée en %1 s, moins de %2 s pour chacune des %3 questions (%4 s)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no e-mail address, so another entry by the same person cannot be recognised</source>
        <translation>pas d’adresse e-mail : impossible de reconnaître une autre participation de la même personne</translation>
    </message>
</context>
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
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colonne</numerusform>
            <numerusform>%Ln colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Separator: %1</source>
        <translation>Séparateur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../quizbuilder/ui/results/filters.py" line="+95"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/B variant</source>
        <translation>Variante A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate responses</source>
        <translation>Réponses en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item setting</source>
        <translation>Réglage de l’élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep all</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First per e-mail</source>
        <translation>La première par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last per e-mail</source>
        <translation>La dernière par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All &amp;dates</source>
        <translation>&amp;Toutes les dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reset filters</source>
        <translation>&amp;Réinitialiser les filtres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;ariant:</source>
        <translation>Varia&amp;nte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicates:</source>
        <translation>Do&amp;ublons&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>All versions</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All variants</source>
        <translation>Toutes les variantes</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="+113"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Introduction</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A few words shown before the first question</source>
        <translation>Quelques mots affichés avant la première question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the item</source>
        <translation>Langue de l’élément</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>item image</source>
        <translation>image de l’élément</translation>
    </message>
</context>
<context>
    <name>HeldItemsModel</name>
    <message>
        <location filename="../../quizbuilder/ui/privacy_dialog.py" line="+91"/>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/fields.py" line="+87"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an image: %1</source>
        <translation>Choisir une image : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the image: %1</source>
        <translation>Retirer l’image : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alt text: %1</source>
        <translation>Texte alternatif : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt text (what the image shows, for screen readers)</source>
        <translation>Texte alternatif (ce que montre l’image, pour les lecteurs d’écran)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image — choose one or drop it here</source>
        <translation>Aucune image — choisissez-en une ou déposez-la ici</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Thumbnail: %1</source>
        <translation>Miniature : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This image cannot be used: %1</source>
        <translation>Cette image est inutilisable : %1</translation>
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
    <name>ItemActions</name>
    <message>
        <location filename="../../quizbuilder/ui/item_actions.py" line="-209"/>
        <source>New poll</source>
        <translation>Nouveau sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New knowledge quiz</source>
        <translation>Nouveau quiz de connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New personality quiz</source>
        <translation>Nouveau quiz de personnalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New survey</source>
        <translation>Nouvelle enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New contest</source>
        <translation>Nouveau concours</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The item is no longer in the library.</source>
        <translation>L’élément n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>&amp;Poll</source>
        <translation>&amp;Sondage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Knowledge quiz</source>
        <translation>Quiz de &amp;connaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ersonality quiz</source>
        <translation>Quiz de &amp;personnalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Survey</source>
        <translation>&amp;Enquête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contest</source>
        <translation>C&amp;oncours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New from a &amp;demo item…</source>
        <translation>Nouveau à partir d’un e&amp;xemple…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ca&amp;mpaign and tags…</source>
        <translation>Ca&amp;mpagne et étiquettes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected item, without responses</source>
        <translation>Copier l’élément sélectionné, sans ses réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected item and its responses (Edit › Undo brings it back)</source>
        <translation>Supprimer l’élément sélectionné et ses réponses (Édition › Annuler le fait revenir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File the selected item under a campaign</source>
        <translation>Classer l’élément sélectionné dans une campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New item</source>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Item</source>
        <translation>É&amp;lément</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+23"/>
        <source>Cannot create the item</source>
        <translation>Impossible de créer l’élément</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>New “%1”</source>
        <translation>Créer « %1 »</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the demo items</source>
        <translation>Impossible de lire les exemples</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New from “%1”</source>
        <translation>Créer d’après « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot duplicate the item</source>
        <translation>Impossible de dupliquer l’élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate as “%1”</source>
        <translation>Dupliquer en « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>Cannot rename the item</source>
        <translation>Impossible de renommer l’élément</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New title:</source>
        <translation>Nouveau titre :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename “%1” as “%2”</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Cannot delete the item</source>
        <translation>Impossible de supprimer l’élément</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %Ln response(s) will be deleted with it.</source>
        <translation>
            <numerusform>Sa réponse sera supprimée avec lui.</numerusform>
            <numerusform>Ses %Ln réponses seront supprimées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These contests draw their entries from it: %1.</source>
        <translation>Ces concours y puisent leurs participations : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit › Undo brings it back while quizbuilder stays open.</source>
        <translation>Édition › Annuler le fait revenir tant que quizbuilder reste ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Cannot change the campaign</source>
        <translation>Impossible de changer la campagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File under “%1”</source>
        <translation>Classer dans « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from its campaign</source>
        <translation>Retirer de sa campagne</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/editor.py" line="+107"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contest</source>
        <translation>Concours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No questions yet. Use “Add” below the list to write the first one.</source>
        <translation>Aucune question pour l’instant. Utilisez « Ajouter » sous la liste pour écrire la première.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All changes saved (as a draft with problems).</source>
        <translation>Toutes les modifications sont enregistrées (comme brouillon avec des problèmes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
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
        <location line="+8"/>
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
            <numerusform>%Ln réponse</numerusform>
            <numerusform>%Ln réponses</numerusform>
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
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadFormPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="+413"/>
        <source>Lead form</source>
        <translation>Formulaire de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for contact details</source>
        <translation>Demander les coordonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form title</source>
        <translation>Titre du formulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intro&amp;duction</source>
        <translation>Intro&amp;duction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form introduction</source>
        <translation>Introduction du formulaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shown</source>
        <translation>&amp;Affiché</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the form is shown</source>
        <translation>Moment où le formulaire s’affiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the questions</source>
        <translation>avant les questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before the result</source>
        <translation>avant le résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the result</source>
        <translation>après le résultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type of field %1</source>
        <translation>Type du champ %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label of field %1</source>
        <translation>Libellé du champ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add a field</source>
        <translation>Ajouter un champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each consent is its own box, never ticked in advance.</source>
        <translation>Chaque consentement a sa propre case, jamais cochée d’avance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version of consent %1</source>
        <translation>Version du consentement %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Purpose of consent %1</source>
        <translation>Finalité du consentement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose, e.g. newsletter</source>
        <translation>Finalité, p. ex. newsletter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text of consent %1</source>
        <translation>Texte du consentement %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a consent</source>
        <translation>Ajouter un consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent</source>
        <translation>consentement</translation>
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
    <name>LikertPoints</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/questions.py" line="+602"/>
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/fields.py" line="+93"/>
        <source>Move %1 %2 up</source>
        <translation>Monter : %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 %2 down</source>
        <translation>Descendre : %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 %2</source>
        <translation>Supprimer : %1 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizbuilder/ui/main_window.py" line="+126"/>
        <source>Search by title or kind</source>
        <translation>Rechercher par titre ou par type</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>The selected item&apos;s statistics (Ctrl+R)</source>
        <translation>Les statistiques de l’élément choisi (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <translation>Re&amp;Rechercher…amp;chercher…</translation>
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
        <location line="+10"/>
        <source>Person&amp;al data…</source>
        <translation>Données person&amp;nelles…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit the item…</source>
        <translation>&amp;Modifier l’élément…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No item matches “%1”.</source>
        <translation>Aucun élément ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <source>Imported %Ln item(s) from %1</source>
        <translation>
            <numerusform>%Ln élément importé depuis %1</numerusform>
            <numerusform>%Ln éléments importés depuis %1</numerusform>
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
        <source>%Ln question(s) of %1 cannot be read:</source>
        <translation>
            <numerusform>%Ln question de %1 est illisible&#xa0;:</numerusform>
            <numerusform>%Ln questions de %1 sont illisibles&#xa0;:</numerusform>
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
        <location line="+15"/>
        <source>Cannot import responses</source>
        <translation>Impossible d’importer des réponses</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %Ln response(s)</source>
        <translation>
            <numerusform>%Ln réponse importée</numerusform>
            <numerusform>%Ln réponses importées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot edit the item</source>
        <translation>Impossible de modifier l’élément</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot publish</source>
        <translation>Publication impossible</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Contest…</source>
        <translation>&amp;Concours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries, rules and draw of the selected contest</source>
        <translation>Participations, règlement et tirage du concours choisi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot load the demo items</source>
        <translation>Impossible de charger les éléments de démonstration</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <source>%Ln column(s) will be imported.</source>
        <translation>
            <numerusform>%Ln colonne sera importée.</numerusform>
            <numerusform>%Ln colonnes seront importées.</numerusform>
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
    <name>OutcomesPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="-339"/>
        <source>Outcomes</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Title, outcome %1</source>
        <translation>Titre du profil %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text, outcome %1</source>
        <translation>Texte du profil %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add an outcome</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a &amp;tie</source>
        <translation>En cas d’é&amp;galité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On a tie</source>
        <translation>En cas d’égalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first listed outcome wins</source>
        <translation>Le premier profil de la liste l’emporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw one at random</source>
        <translation>En tirer un au hasard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every tied outcome</source>
        <translation>Afficher tous les profils à égalité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points each answer gives each outcome</source>
        <translation>Points donnés par chaque réponse à chaque profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights: options by outcomes</source>
        <translation>Poids : options par profil</translation>
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
    <name>Presentation</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/presentation.py" line="+75"/>
        <source>Winners</source>
        <translation>Gagnants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternates, in order</source>
        <translation>Suppléants, dans l’ordre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>What to note to verify the draw</source>
        <translation>Ce qu’il faut noter pour vérifier le tirage</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>replaces %1</source>
        <translation>remplace %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Commitment: %1</source>
        <translation>Engagement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries: %1 — hash %2</source>
        <translation>Participations : %1 — empreinte %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draw seed: %1</source>
        <translation>Graine du tirage : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public randomness: %1 = %2</source>
        <translation>Aléa public : %1 = %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>(not awarded: no alternate left)</source>
        <translation>(non attribué : plus aucun suppléant)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Winner %1</source>
        <translation>Gagnant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternate %1</source>
        <translation>Suppléant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not revealed yet</source>
        <translation>pas encore dévoilé</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/preview.py" line="+128"/>
        <source>Preview of the item</source>
        <translation>Aperçu de l’élément</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the page %1 pixels wide</source>
        <translation>Afficher la page sur %1&#xa0;pixels de large</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the page as wide as this pane, at least %1 pixels</source>
        <translation>Afficher la page sur toute la largeur du panneau, au moins %1&#xa0;pixels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language of the preview</source>
        <translation>Langue de l’aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item&apos;s language</source>
        <translation>Langue de l’élément</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Variant shown</source>
        <translation>Variante affichée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the item again from its first screen</source>
        <translation>Reprendre l’élément depuis son premier écran</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>The draft has %Ln problem(s) to fix; showing the last version that worked.</source>
        <translation>
            <numerusform>Le brouillon a un problème à corriger&#xa0;; voici la dernière version qui fonctionnait.</numerusform>
            <numerusform>Le brouillon a %Ln problèmes à corriger&#xa0;; voici la dernière version qui fonctionnait.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The preview cannot be shown: %1</source>
        <translation>L’aperçu ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No variants</source>
        <translation>Aucune variante</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/privacy_dialog.py" line="+46"/>
        <location line="+239"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Find what this library holds about a person, by their e-mail address: export it for them, or erase it at their request.</source>
        <translation>Retrouvez ce que cette bibliothèque conserve sur une personne, par son adresse e-mail&#xa0;: exportez-le pour elle, ou effacez-le à sa demande.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What is held, by item</source>
        <translation>Ce qui est conservé, par élément</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save what is held about this person as JSON</source>
        <translation>Enregistrer en JSON ce qui est conservé sur cette personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;rase…</source>
        <translation>E&amp;ffacer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase this person&apos;s data from the whole library</source>
        <translation>Effacer les données de cette personne dans toute la bibliothèque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Purge expired data…</source>
        <translation>&amp;Purger les données expirées…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No item has a retention period: personal data stays until erased.</source>
        <translation>Aucun élément n’a de durée de conservation&#xa0;: les données personnelles restent jusqu’à leur effacement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data is removed from responses older than:</source>
        <translation>Les données personnelles sont retirées des réponses plus anciennes que&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2 (%3, %4, %5)</source>
        <translation>%1 dans %2 (%3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln consent(s)</source>
        <translation>
            <numerusform>%Ln consentement</numerusform>
            <numerusform>%Ln consentements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contest exclusion(s)</source>
        <translation>
            <numerusform>%Ln exclusion de concours</numerusform>
            <numerusform>%Ln exclusions de concours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Held for %1: %2.</source>
        <translation>Conservé pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data held for %1.</source>
        <translation>Aucune donnée conservée pour %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The address is also named in the lead of %Ln other response(s); erasing removes it from there.</source>
        <translation>
            <numerusform>L’adresse figure aussi dans les coordonnées de %Ln autre réponse&#xa0;; l’effacement l’en retire.</numerusform>
            <numerusform>L’adresse figure aussi dans les coordonnées de %Ln autres réponses&#xa0;; l’effacement l’en retire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This address was erased on request before: imports leave it out.</source>
        <translation>Cette adresse a déjà été effacée à la demande de la personne&#xa0;: les imports l’écartent.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data held for %1 was saved to %2.</source>
        <translation>Les données conservées pour %1 ont été enregistrées dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing is held now</source>
        <translation>rien n’est conservé actuellement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase everything held about %1?</source>
        <translation>Effacer tout ce qui est conservé sur %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This cannot be undone. Only a salted hash of the address is kept, so that a later import leaves this person out.</source>
        <translation>Cette opération est irréversible. Seule une empreinte salée de l’adresse est gardée, pour qu’un import ultérieur écarte cette personne.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erasing, then compacting the library…</source>
        <translation>Effacement, puis compactage de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no data was held</source>
        <translation>aucune donnée n’était conservée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erased %1: %2. Only a salted hash of the address is kept.</source>
        <translation>Données de %1 effacées&#xa0;: %2. Seule une empreinte salée de l’adresse est gardée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another program has this library open, so the file could not be compacted: close it and do this again to remove every trace.</source>
        <translation>Un autre programme a ouvert cette bibliothèque, le fichier n’a donc pas pu être compacté&#xa0;: fermez-le et recommencez pour effacer toute trace.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies made before library upgrades may still hold personal data: %1. Delete them if you no longer need them.</source>
        <translation>Les copies faites avant les mises à niveau de la bibliothèque peuvent encore contenir des données personnelles&#xa0;: %1. Supprimez-les si vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Purge expired data</source>
        <translation>Purger les données expirées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the e-mail addresses, lead answers, consents and respondent tokens of the responses older than their item&apos;s retention period?</source>
        <translation>Retirer les adresses e-mail, les coordonnées, les consentements et les jetons de répondant des réponses plus anciennes que la durée de conservation de leur élément&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answers stay, anonymous, for the statistics. This cannot be undone.</source>
        <translation>Les réponses restent, anonymes, pour les statistiques. Cette opération est irréversible.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purging, then compacting the library…</source>
        <translation>Purge, puis compactage de la bibliothèque…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Personal data removed from %1.</source>
        <translation>Données personnelles retirées de %1.</translation>
    </message>
</context>
<context>
    <name>ProblemTexts</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/problems_panel.py" line="+68"/>
        <source>The item&apos;s image</source>
        <translation>L’image de l’élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo</source>
        <translation>Le logo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image of question %1</source>
        <translation>L’image de la question %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image of question %1, option %2</source>
        <translation>L’image de la question %1, option %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image of result %1</source>
        <translation>L’image du résultat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image of variant %1</source>
        <translation>L’image de la variante %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The item has no title.</source>
        <translation>L’élément n’a pas de titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1 has no text.</source>
        <translation>La question %1 n’a pas de texte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1, option %2 has no text: give it an image or a label.</source>
        <translation>Question %1, l’option %2 n’a pas de texte&#xa0;: donnez-lui une image ou un libellé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question %1, option %2 has no text: give it a label.</source>
        <translation>Question %1, l’option %2 n’a pas de texte&#xa0;: donnez-lui un libellé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1, pair %2 has no prompt.</source>
        <translation>Question %1, la paire %2 n’a pas d’élément à associer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question %1, pair %2 has no answer.</source>
        <translation>Question %1, la paire %2 n’a pas de réponse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result %1 has no title.</source>
        <translation>Le résultat %1 n’a pas de titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score band %1 (from %2 %) has no title.</source>
        <translation>La tranche de score %1 (à partir de %2&#xa0;%) n’a pas de titre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no text alternative and the option no label: nothing says what it is.</source>
        <translation>%1 n’a pas de texte alternatif et l’option pas de libellé&#xa0;: rien ne dit ce qu’elle représente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no text alternative (alt text) for screen readers.</source>
        <translation>%1 n’a pas de texte alternatif (alt) pour les lecteurs d’écran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question %1: options %2 and %3 say the same thing (“%4”).</source>
        <translation>Question %1&#xa0;: les options %2 et %3 disent la même chose (« %4 »).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question %1: pairs %2 and %3 have the same prompt (“%4”).</source>
        <translation>Question %1&#xa0;: les paires %2 et %3 ont le même élément à associer (« %4 »).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1: pairs %2 and %3 have the same answer (“%4”).</source>
        <translation>Question %1&#xa0;: les paires %2 et %3 ont la même réponse (« %4 »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Question %1 gives points (%2) but no option is marked right.</source>
        <translation>La question %1 rapporte des points (%2) mais aucune option n’est marquée juste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1 gives points (%2) but accepts no number.</source>
        <translation>La question %1 rapporte des points (%2) mais n’accepte aucun nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question %1 gives points (%2) but accepts no answer.</source>
        <translation>La question %1 rapporte des points (%2) mais n’accepte aucune réponse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question %1: the right answers give at most %2 % of its points, so nobody can get full marks.</source>
        <translation>Question %1&#xa0;: les bonnes réponses rapportent au plus %2&#xa0;% de ses points, personne ne peut donc obtenir la note maximale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No question counts towards the score: give questions points and mark their right answers.</source>
        <translation>Aucune question ne compte dans le score&#xa0;: donnez des points aux questions et marquez leurs bonnes réponses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A personality quiz needs at least two results to choose from.</source>
        <translation>Un quiz de personnalité a besoin d’au moins deux résultats possibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer gives points to any result: set the weights of the options.</source>
        <translation>Aucune réponse ne donne de points à un résultat&#xa0;: réglez les poids des options.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No combination of answers leads to the result “%1”.</source>
        <translation>Aucune combinaison de réponses ne mène au résultat « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of %1 sampled combinations of answers leads to the result “%2”.</source>
        <translation>Aucune des %1 combinaisons de réponses tirées au hasard ne mène au résultat « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 %</source>
        <translation>%1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of all combinations of answers end in a tie between results (each wins alone: %2); adjust the weights, or choose how ties are decided.</source>
        <translation>%1&#xa0;% des combinaisons de réponses finissent à égalité entre résultats (chacun gagne seul&#xa0;: %2)&#xa0;; ajustez les poids, ou choisissez comment départager les égalités.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % of %3 sampled combinations of answers end in a tie between results (each wins alone: %2); adjust the weights, or choose how ties are decided.</source>
        <translation>%1&#xa0;% des %3 combinaisons de réponses tirées au hasard finissent à égalité entre résultats (chacun gagne seul&#xa0;: %2)&#xa0;; ajustez les poids, ou choisissez comment départager les égalités.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The timer cannot be extended: people who read or type slowly need to be able to ask for more time (WCAG 2.2.1), unless the time limit is the point of the game.</source>
        <translation>Le minuteur ne peut pas être prolongé&#xa0;: les personnes qui lisent ou tapent lentement doivent pouvoir demander plus de temps (WCAG 2.2.1), sauf si la limite de temps est le principe du jeu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The consent “%1” is required: a consent one must give to take part is not freely given (GDPR); make it optional.</source>
        <translation>Le consentement « %1 » est obligatoire&#xa0;: un consentement exigé pour participer n’est pas libre (RGPD)&#xa0;; rendez-le facultatif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Button text on the accent colour %2 has a contrast ratio of %3:1, below the 4.5:1 of WCAG AA; the embed will adjust it to stay readable.</source>
        <translation>Le texte des boutons sur la couleur d’accent %2 a un contraste de %3:1, sous les 4,5:1 du niveau AA des WCAG&#xa0;; l’intégration l’ajustera pour qu’il reste lisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accent colour %1 on the background %2 has a contrast ratio of %3:1, below the 4.5:1 of WCAG AA; the embed will adjust it to stay readable.</source>
        <translation>La couleur d’accent %1 sur le fond %2 a un contraste de %3:1, sous les 4,5:1 du niveau AA des WCAG&#xa0;; l’intégration l’ajustera pour qu’elle reste lisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text colour %1 on the background %2 has a contrast ratio of %3:1, below the 4.5:1 of WCAG AA; the embed will adjust it to stay readable.</source>
        <translation>La couleur du texte %1 sur le fond %2 a un contraste de %3:1, sous les 4,5:1 du niveau AA des WCAG&#xa0;; l’intégration l’ajustera pour qu’elle reste lisible.</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/models.py" line="+391"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../quizbuilder/ui/editor/problems_panel.py" line="+63"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — click or press Enter to go to the field</source>
        <translation>%1 — cliquez ou appuyez sur Entrée pour aller au champ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error (blocks publishing)</source>
        <translation>Erreur (bloque la publication)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location line="+38"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems: the item can be published.</source>
        <translation>Aucun problème&#xa0;: l’élément peut être publié.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/publish_dialog.py" line="+88"/>
        <source>Publish “%1”</source>
        <translation>Publier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+9"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="-37"/>
        <source>Page a&amp;ddress:</source>
        <translation>A&amp;dresse de la page&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location line="+40"/>
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
        <location line="+17"/>
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
        <location line="+11"/>
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
        <source>Wrote %Ln share image(s) (1200 × 630 px) in %1.</source>
        <translation>
            <numerusform>%Ln image de partage (1&#xa0;200&#xa0;×&#xa0;630&#xa0;px) écrite dans %1.</numerusform>
            <numerusform>%Ln images de partage (1&#xa0;200&#xa0;×&#xa0;630&#xa0;px) écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder for the UTM links</source>
        <translation>Dossier des liens UTM</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %Ln tagged link(s), their QR codes and %1 in %2.</source>
        <translation>
            <numerusform>%Ln lien balisé, son code QR et %1 écrits dans %2.</numerusform>
            <numerusform>%Ln liens balisés, leurs codes QR et %1 écrits dans %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/questions.py" line="-460"/>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question type</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The question, as people will read it</source>
        <translation>La question, telle que les participants la liront</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: a hint under the question</source>
        <translation>Facultatif : une indication sous la question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question image</source>
        <translation>image de la question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer required</source>
        <translation>Réponse obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Points:</source>
        <translation>&amp;Points :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplication</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown after answering, whatever the answer</source>
        <translation>Affichée après la réponse, quelle qu’elle soit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the question type</source>
        <translation>Changer le type de question</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the options in the right order: people see them shuffled.</source>
        <translation>Saisissez les options dans le bon ordre : les participants les verront mélangées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the right answers; a share of the points can also be negative.</source>
        <translation>Cochez les bonnes réponses ; une part des points peut aussi être négative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add an option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>option</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>At least</source>
        <translation>Au moins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most</source>
        <translation>Au plus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Right answer %1</source>
        <translation>Bonne réponse %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of the points, option %1</source>
        <translation>Part des points, option %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>image of option %1</source>
        <translation>image de l’option %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feedback, option %1</source>
        <translation>Commentaire, option %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback when this option is chosen (optional)</source>
        <translation>Commentaire si cette option est choisie (facultatif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add outcomes to give this option weights.</source>
        <translation>Ajoutez des profils pour donner des poids à cette option.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight of option %1 for %2</source>
        <translation>Poids de l’option %1 pour %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Number of stars</source>
        <translation>Nombre d’étoiles</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number of points</source>
        <translation>Nombre de points</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Low end label</source>
        <translation>Libellé du bas de l’échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Not at all likely</source>
        <translation>p. ex. Pas du tout probable</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>High end label</source>
        <translation>Libellé du haut de l’échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Extremely likely</source>
        <translation>p. ex. Très probable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels of each point (optional: none, or one per point):</source>
        <translation>Libellés des points (facultatif : aucun, ou un par point) :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label of point %1</source>
        <translation>Libellé du point %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a label</source>
        <translation>Ajouter un libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted answers</source>
        <translation>Réponses acceptées</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accepted answer %1</source>
        <translation>Réponse acceptée %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share of the points, answer %1</source>
        <translation>Part des points, réponse %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Feedback, answer %1</source>
        <translation>Commentaire, réponse %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add an accepted answer</source>
        <translation>Ajouter une réponse acceptée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upper and lower case must match</source>
        <translation>Respecter les majuscules et les minuscules</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accepted numbers</source>
        <translation>Nombres acceptés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. km</source>
        <translation>p. ex. km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Value %1</source>
        <translation>Valeur %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tolerance %1</source>
        <translation>Tolérance %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share of the points, number %1</source>
        <translation>Part des points, nombre %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add an accepted number</source>
        <translation>Ajouter un nombre accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pairs to match</source>
        <translation>Paires à associer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its match %1</source>
        <translation>Sa correspondance %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a pair</source>
        <translation>Ajouter une paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>paire</translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/question_list.py" line="+77"/>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Move question %1</source>
        <translation>Déplacer la question %1</translation>
    </message>
</context>
<context>
    <name>QuestionListPanel</name>
    <message>
        <location line="+15"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+90"/>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+106"/>
        <source>Duplicate the question</source>
        <translation>Dupliquer la question</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+110"/>
        <source>Remove the question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Move the question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the question down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Move the question</source>
        <translation>Déplacer la question</translation>
    </message>
</context>
<context>
    <name>QuestionOrderField</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="+524"/>
        <source>Custom question order</source>
        <translation>Ordre des questions personnalisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag the questions, or use Alt+Up and Alt+Down</source>
        <translation>Faites glisser les questions, ou utilisez Alt+Haut et Alt+Bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the question up</source>
        <translation>Monter la question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the question down</source>
        <translation>Descendre la question</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Change a variant&apos;s order</source>
        <translation>Modifier l’ordre d’une variante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reorder a variant&apos;s questions</source>
        <translation>Réordonner les questions d’une variante</translation>
    </message>
</context>
<context>
    <name>ReachDelegate</name>
    <message>
        <location filename="../../quizbuilder/ui/results/widgets.py" line="+105"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../quizbuilder/ui/import_wizard/reasons.py" line="+36"/>
        <source>%1 cells for %2 columns</source>
        <translation>%1 cellules pour %2 colonnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date: %1</source>
        <translation>pas une date : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a time: %1</source>
        <translation>pas une heure : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a 12-hour time: %1</source>
        <translation>pas une heure au format 12 heures : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown time zone %1</source>
        <translation>fuseau horaire inconnu : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>score %1 is not like &apos;7 / 10&apos;</source>
        <translation>la note %1 n’est pas de la forme « 7 / 10 »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no response id in column %1</source>
        <translation>pas d’identifiant de réponse dans la colonne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belongs to item &apos;%1&apos;, not to this one</source>
        <translation>appartient à l’élément « %1 », pas à celui-ci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no item &apos;%1&apos; in this library</source>
        <translation>aucun élément « %1 » dans cette bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the row contains NUL bytes (a damaged file?)</source>
        <translation>la ligne contient des octets NUL (fichier endommagé ?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this person&apos;s data was erased at their request</source>
        <translation>les données de cette personne ont été effacées à sa demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response token in the &apos;#&apos; column</source>
        <translation>pas de jeton de réponse dans la colonne « # »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no response ID</source>
        <translation>pas d’identifiant de réponse (ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Respondent ID</source>
        <translation>pas d’identifiant de répondant (Respondent ID)</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <location filename="../../quizbuilder/ui/results/columns.py" line="+44"/>
        <source>Too easy</source>
        <translation>Trop facile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too easy: almost everyone gets it right.</source>
        <translation>Trop facile&#xa0;: presque tout le monde la réussit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too hard</source>
        <translation>Trop difficile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too hard: almost nobody gets it right.</source>
        <translation>Trop difficile&#xa0;: presque personne ne la réussit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Negative discrimination</source>
        <translation>Discrimination négative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negative discrimination: the best scorers miss it more often than the others; check the answer key.</source>
        <translation>Discrimination négative&#xa0;: les meilleurs la ratent plus souvent que les autres&#xa0;; vérifiez le corrigé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low discrimination</source>
        <translation>Discrimination faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low discrimination: it hardly separates strong from weak scorers.</source>
        <translation>Discrimination faible&#xa0;: elle distingue à peine les bons des moins bons.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+97"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+13"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>À partir de</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(direct)</source>
        <translation>(direct)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Completed</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>Completion rate</source>
        <translation>Taux de complétion</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+48"/>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to type this channel&apos;s reach</source>
        <translation>Double-cliquez pour saisir la portée de ce canal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engagement rate</source>
        <translation>Taux d’engagement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Débuts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>95% interval</source>
        <translation>Intervalle à 95&#x202f;%</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Perfect score</source>
        <translation>Score parfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First to complete</source>
        <translation>Premiers à terminer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every quiz of the campaign %1 completed</source>
        <translation>Tous les quiz de la campagne %1 terminés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>ResultsFormat</name>
    <message>
        <location filename="../../quizbuilder/ui/results/formatting.py" line="+30"/>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 / %2</source>
        <translation>%1&#xa0;/ %2</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../quizbuilder/ui/results/page.py" line="+135"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion rate</source>
        <translation>Taux de complétion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Leads</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Funnel</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers, question by question</source>
        <translation>Réponses, question par question</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Item analysis</source>
        <translation>Analyse des questions</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <source>Outcomes</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+53"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>A/B comparison</source>
        <translation>Comparaison A/B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaderboard and badges</source>
        <translation>Classement et badges</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Facility: the share of the points that respondents got. Discrimination: how well the question separates strong from weak scorers (above 0.3 is good; below 0, check the answer key).</source>
        <translation>Facilité&#xa0;: la part des points obtenus par les participants. Discrimination&#xa0;: à quel point la question distingue les bons des moins bons (au-dessus de 0,3, c’est bien&#xa0;; en dessous de 0, vérifiez le corrigé).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Type a channel&apos;s reach (the people who saw the post or received the e-mail) in the Reach column to get its engagement rate. It is kept in the library.</source>
        <translation>Saisissez la portée d’un canal (les personnes qui ont vu la publication ou reçu l’e-mail) dans la colonne Portée pour obtenir son taux d’engagement. Elle est gardée dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A/B variants</source>
        <translation>Variantes A/B</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leaderboard</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 completed</source>
        <translation>%1 terminées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of %1 starts</source>
        <translation>sur %1 débuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 started</source>
        <translation>%1 ont commencé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no view events imported</source>
        <translation>aucune vue importée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>median %1</source>
        <translation>médiane %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>of %1 scored responses</source>
        <translation>sur %1 réponses notées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 promoters, %2 detractors</source>
        <translation>%1 promoteurs, %2 détracteurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of the responses</source>
        <translation>%1 des réponses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>half between %1 and %2</source>
        <translation>la moitié entre %1 et %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reliability of the whole quiz (Cronbach’s alpha): %1</source>
        <translation>Fiabilité du quiz entier (alpha de Cronbach)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No scored response yet.</source>
        <translation>Pas encore de réponse notée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean %1, median %2, standard deviation %3; lowest %4, highest %5 (out of %6).</source>
        <translation>Moyenne %1, médiane %2, écart type %3&#xa0;; minimum %4, maximum %5 (sur %6).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Not enough data yet: %Ln more response(s) needed before comparing.</source>
        <translation>
            <numerusform>Pas encore assez de données&#xa0;: il faut encore %Ln réponse avant de comparer.</numerusform>
            <numerusform>Pas encore assez de données&#xa0;: il faut encore %Ln réponses avant de comparer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No difference: %1 and %2 have the same rate.</source>
        <translation>Aucune différence&#xa0;: %1 et %2 ont le même taux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 completes more often than %2 (%3): the difference is significant.</source>
        <translation>%1 est terminée plus souvent que %2 (%3)&#xa0;: la différence est significative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clear difference between %1 and %2 yet (%3).</source>
        <translation>Pas encore de différence nette entre %1 et %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../quizbuilder/ui/results/view.py" line="+126"/>
        <source>Computing the results</source>
        <translation>Calcul des résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write these results, with the filters chosen here, to HTML, PDF, CSV or XLSX</source>
        <translation>Écrire ces résultats, avec les filtres choisis ici, en HTML, PDF, CSV ou XLSX</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Show all responses</source>
        <translation>Voir toutes les réponses</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an item on the left to see its results.</source>
        <translation>Choisissez un élément à gauche pour voir ses résultats.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The results cannot be computed:</source>
        <translation>Les résultats ne peuvent pas être calculés&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No responses yet.</source>
        <translation>Pas encore de réponses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Once the item is published and people have answered, bring their answers in with File › Import responses… (a CSV, XLSX or JSON Lines file).</source>
        <translation>Une fois l’élément publié et les réponses reçues, importez-les avec Fichier › Importer des réponses… (un fichier CSV, XLSX ou JSON Lines).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No response matches these filters.</source>
        <translation>Aucune réponse ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot save the reach</source>
        <translation>Impossible d’enregistrer la portée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Cannot save the chart</source>
        <translation>Impossible d’enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report written: %1</source>
        <translation>Rapport écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export the report</source>
        <translation>Impossible d’exporter le rapport</translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/texts.py" line="+28"/>
        <source>only a contest has official rules; set its contest settings</source>
        <translation>seul un concours a un règlement ; renseignez ses réglages de concours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules must name the organiser (its company name)</source>
        <translation>le règlement doit nommer l’organisateur (sa dénomination sociale)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules must give the organiser&apos;s legal form (SAS, SARL...)</source>
        <translation>le règlement doit donner la forme juridique de l’organisateur (SAS, SARL...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>French rules must give the organiser&apos;s RCS number (or RNA for an association)</source>
        <translation>un règlement en français doit donner le numéro RCS de l’organisateur (ou RNA pour une association)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules must give the organiser&apos;s postal address</source>
        <translation>le règlement doit donner l’adresse postale de l’organisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules need a contact e-mail address: entrants write there about the contest and about their personal data</source>
        <translation>le règlement doit donner une adresse e-mail de contact : les participants y écrivent au sujet du concours et de leurs données personnelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules must say when the contest opens</source>
        <translation>le règlement doit dire quand le concours ouvre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rules must say when the contest closes</source>
        <translation>le règlement doit dire quand le concours se termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English rules must say how old entrants must be (usually 18, or the age of majority where they live)</source>
        <translation>un règlement en anglais doit dire l’âge minimum des participants (en général 18 ans, ou l’âge de la majorité là où ils vivent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entrants under 18 need a parent&apos;s consent, and children under 13 bring in COPPA: have a lawyer review the rules</source>
        <translation>les participants de moins de 18 ans ont besoin de l’accord d’un parent, et les moins de 13 ans relèvent de la COPPA : faites relire le règlement par un juriste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rules will say that anyone in any country may enter: contest law differs from country to country, so list the countries where it is open</source>
        <translation>le règlement dira que tout le monde, dans tout pays, peut participer : le droit des concours varie d’un pays à l’autre, listez donc les pays où il est ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nobody is excluded: the organiser&apos;s staff and their families could win; list their addresses or &apos;@domain&apos; to exclude them</source>
        <translation>personne n’est exclu : le personnel de l’organisateur et sa famille pourraient gagner ; listez leurs adresses ou « @domaine » pour les exclure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the rules must describe at least one prize</source>
        <translation>le règlement doit décrire au moins un lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each prize needs a name</source>
        <translation>chaque lot a besoin d’un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rules must name the law that governs them (e.g. &apos;droit français&apos;, &apos;the laws of the State of New York&apos;)</source>
        <translation>le règlement doit nommer la loi applicable (par exemple « droit français », « the laws of the State of New York »)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rules must say how long entrants&apos; personal data is kept (GDPR): set a retention period</source>
        <translation>le règlement doit dire combien de temps les données personnelles des participants sont conservées (RGPD) : fixez une durée de conservation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this text speaks of a purchase, but the rules say « jeu gratuit sans obligation d&apos;achat »: describe the free way to take part in contest.rules.free_entry_method, or remove the purchase</source>
        <translation>ce texte parle d’un achat, mais le règlement dit « jeu gratuit sans obligation d’achat » : décrivez le moyen gratuit de participer dans contest.rules.free_entry_method, ou retirez l’achat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; does not look like an RCS number (RCS city and 9-digit SIREN) or an RNA number (W and 9 digits)</source>
        <translation>« %1 » ne ressemble pas à un numéro RCS (RCS, ville et SIREN à 9 chiffres) ni à un numéro RNA (W et 9 chiffres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>« %1 » n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rules say entrants must be %1 or older, but the form asks no birth date and no age confirmation: the age cannot be checked</source>
        <translation>le règlement dit que les participants doivent avoir %1 ans ou plus, mais le formulaire ne demande ni date de naissance ni confirmation d’âge : l’âge ne peut pas être vérifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the value of &apos;%1&apos;: the rules must state each prize&apos;s value (its approximate retail value in English rules)</source>
        <translation>donnez la valeur de « %1 » : le règlement doit indiquer la valeur de chaque lot (sa valeur commerciale approximative dans un règlement en anglais)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 winners are drawn but there are only %2 prizes</source>
        <translation>%1 gagnants sont tirés au sort mais il n’y a que %2 lots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there are %1 prizes for %2 winners: some prizes would not be awarded</source>
        <translation>il y a %1 lots pour %2 gagnants : certains lots ne seraient pas attribués</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>winners have only %1 days to claim their prize; give them at least %2</source>
        <translation>les gagnants n’ont que %1 jours pour réclamer leur lot ; donnez-leur au moins %2 jours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entering seems to need a purchase (%1): English rules must offer a free alternate method of entry</source>
        <translation>participer semble demander un achat (%1) : un règlement en anglais doit offrir un autre moyen gratuit de participer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos;: Facebook and Instagram forbid asking people to share a post or tag friends to enter or to win extra chances; ask for a comment or an answer instead</source>
        <translation>« %1 » : Facebook et Instagram interdisent de demander de partager une publication ou d’identifier des amis pour participer ou gagner des chances en plus ; demandez plutôt un commentaire ou une réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 mentions %2: add it to the platforms so that the rules say it neither sponsors nor runs the contest and that entrants release it</source>
        <translation>%1 mentionne %2 : ajoutez-la aux plateformes pour que le règlement dise qu’elle ne parraine ni n’organise le concours et que les participants la dégagent de toute responsabilité</translation>
    </message>
</context>
<context>
    <name>RulesPreviewDialog</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/contest_page.py" line="+114"/>
        <source>Rules preview</source>
        <translation>Aperçu du règlement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language of the rules:</source>
        <translation>&amp;Langue du règlement :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rules</source>
        <translation>Le règlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The draft has errors; fix them to see the rules:</source>
        <translation>Le brouillon contient des erreurs ; corrigez-les pour voir le règlement :</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>A draft: %Ln required mention(s) missing, shown as “to complete”.</source>
        <translation>
            <numerusform>Un brouillon : %Ln mention obligatoire manque, indiquée « à compléter ».</numerusform>
            <numerusform>Un brouillon : %Ln mentions obligatoires manquent, indiquées « à compléter ».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing required is missing.</source>
        <translation>Rien d’obligatoire ne manque.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/rules_tab.py" line="+65"/>
        <source>&amp;Language of the rules:</source>
        <translation>&amp;Langue du règlement :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State of the rules</source>
        <translation>État du règlement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rules hash</source>
        <translation>Empreinte du règlement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the rules lack or risk</source>
        <translation>Ce qui manque au règlement ou le met en risque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the rules</source>
        <translation>Aperçu du règlement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rules hash (%1): %2</source>
        <translation>Empreinte du règlement (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln error(s) to fix before the draw&apos;s commitment can be made.</source>
        <translation>
            <numerusform>%Ln erreur à corriger avant de pouvoir créer l’engagement du tirage.</numerusform>
            <numerusform>%Ln erreurs à corriger avant de pouvoir créer l’engagement du tirage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing required is missing: the rules can be published.</source>
        <translation>Aucune mention obligatoire ne manque : le règlement peut être publié.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s) to read and decide on.</source>
        <translation>
            <numerusform>%Ln avertissement à lire pour décider.</numerusform>
            <numerusform>%Ln avertissements à lire pour décider.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the rules as HTML</source>
        <translation>Exporter le règlement en HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the rules as PDF</source>
        <translation>Exporter le règlement en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The rules were written to %1 as a draft: they still have errors to fix before they can be published.</source>
        <translation>Le règlement a été écrit dans %1 comme brouillon : il reste des erreurs à corriger avant de pouvoir le publier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rules hash (%1): %2 — written to %3</source>
        <translation>Empreinte du règlement (%1) : %2 — écrit dans %3</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="-807"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pass mark</source>
        <translation>&amp;Seuil de réussite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark</source>
        <translation>Seuil de réussite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the score</source>
        <translation>Afficher le score</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Maximum score</source>
        <translation>Score maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results by score</source>
        <translation>Résultats selon le score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each band is shown to those who reach its percentage.</source>
        <translation>Chaque palier s’affiche pour les personnes qui atteignent son pourcentage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>From, band %1</source>
        <translation>Seuil du palier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title, band %1</source>
        <translation>Titre du palier %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text, band %1</source>
        <translation>Texte du palier %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a band</source>
        <translation>Ajouter un palier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>band</source>
        <translation>palier</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location line="+182"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Layout</source>
        <translation>&amp;Présentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shuffle the questions</source>
        <translation>Mélanger les questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the options</source>
        <translation>Mélanger les options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow going back</source>
        <translation>Permettre de revenir en arrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question &amp;pool</source>
        <translation>&amp;Tirage des questions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Question pool</source>
        <translation>Tirage des questions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>every question</source>
        <translation>toutes les questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> drawn at random</source>
        <translation> tirées au hasard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Instant feedback after each question</source>
        <translation>Correction immédiate après chaque question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the right answers</source>
        <translation>Afficher les bonnes réponses</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the results after voting</source>
        <translation>Afficher les résultats après le vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep every response</source>
        <translation>Garder toutes les réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the first per e-mail</source>
        <translation>Garder la première par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the last per e-mail</source>
        <translation>Garder la dernière par e-mail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Keep personal data</source>
        <translation>&amp;Conserver les données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep personal data</source>
        <translation>Conserver les données personnelles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>until deleted</source>
        <translation>jusqu’à leur effacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit the time</source>
        <translation>Limiter le temps</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole item</source>
        <translation>l’ensemble de l’élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each question</source>
        <translation>chaque question</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People may ask for more time</source>
        <translation>Permettre de demander plus de temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extra time</source>
        <translation>Temps supplémentaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extensions at most</source>
        <translation>Prolongations au maximum</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../quizbuilder/ui/contest/models.py" line="-311"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>Participations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Écartées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule applied</source>
        <translation>Règle appliquée</translation>
    </message>
</context>
<context>
    <name>StringsPage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="+232"/>
        <source>Interface texts</source>
        <translation>Textes de l’interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave a field empty to keep the usual text, shown in grey.</source>
        <translation>Laissez un champ vide pour garder le texte habituel, affiché en gris.</translation>
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
        <source>%Ln point(s)</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
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
        <location filename="../../quizbuilder/ui/import_wizard/summary_page.py" line="+45"/>
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
        <source>%Ln response(s) imported.</source>
        <translation>
            <numerusform>%Ln réponse importée.</numerusform>
            <numerusform>%Ln réponses importées.</numerusform>
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
        <location line="+90"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+90"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+16"/>
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
    <name>ThemePage</name>
    <message>
        <location filename="../../quizbuilder/ui/editor/pages.py" line="-80"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buttons</source>
        <translation>Boutons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background</source>
        <translation>Fond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Font</source>
        <translation>&amp;Police</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounded</source>
        <translation>Arrondie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monospace</source>
        <translation>Chasse fixe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Corner &amp;radius</source>
        <translation>A&amp;rrondi des coins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corner radius</source>
        <translation>Arrondi des coins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>text on background</source>
        <translation>texte sur le fond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>button text on buttons</source>
        <translation>texte des boutons</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2:1, below 4.5:1</source>
        <translation>%1 : %2:1, sous 4,5:1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hard to read — </source>
        <translation>Difficile à lire — </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contrast is good (WCAG AA, 4.5:1).</source>
        <translation>Le contraste est suffisant (WCAG AA, 4,5:1).</translation>
    </message>
</context>
<context>
    <name>VariantsPage</name>
    <message>
        <location line="+24"/>
        <source>A/B variants</source>
        <translation>Variantes A/B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variant replaces the title, the introduction, the image or the order of the questions for a share of the people, drawn by weight.</source>
        <translation>Une variante remplace le titre, l’introduction, l’image ou l’ordre des questions pour une partie des personnes, tirée selon son poids.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Weight of variant %1</source>
        <translation>Poids de la variante %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of variant %1</source>
        <translation>Nom de la variante %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title of variant %1</source>
        <translation>Titre de la variante %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (empty: the item&apos;s)</source>
        <translation>Titre (vide : celui de l’élément)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Introduction of variant %1</source>
        <translation>Introduction de la variante %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Introduction (empty: the item&apos;s)</source>
        <translation>Introduction (vide : celle de l’élément)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>image of variant %1</source>
        <translation>image de la variante %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Question order of variant %1</source>
        <translation>Ordre des questions de la variante %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add a variant</source>
        <translation>Ajouter une variante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variant</source>
        <translation>variante</translation>
    </message>
</context>
<context>
    <name>WeightGridModel</name>
    <message>
        <location line="-555"/>
        <source>Change a weight</source>
        <translation>Modifier un poids</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../quizbuilder/app.py" line="+85"/>
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
