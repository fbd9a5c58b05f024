# talkprep: the interface in French.
# Fluent (https://projectfluent.org): { $name } is a value, { -key_action } the key bound to
# an action (assets/keys.toml), and { PLURAL($n) -> [one] ... *[other] ... } picks the plural
# form by CLDR's rules for this language (one, few, many, other); { $n -> [0] ... } matches one
# exact number.
# Ids are the code's keys with "-" for ".": home-title is home.title.

app-name = talkprep
app-needs_terminal = talkprep a besoin d’un terminal pour ouvrir l’application. Lancez-le dans un terminal, ou utilisez une commande comme « talkprep list » (voir « talkprep --help »).
app-too_small = Agrandissez la fenêtre : talkprep a besoin d’au moins { $width } colonnes et { $height } lignes. { -key_quit } pour quitter (votre saisie est enregistrée).

home-title = talkprep : préparez-vous à une conversation délicate avec un client
home-subtitle = Les faits, un objectif, un plan B et une bonne première phrase, en dix minutes. Tout reste sur cet ordinateur.
home-new = Commencer une nouvelle préparation
home-library = Vos préparations ({ $shown } sur { $total })
home-reading = Lecture de vos préparations…
home-empty = Aucune préparation enregistrée pour l’instant. Appuyez sur { -key_select } pour en commencer une.
home-no_match = Aucun résultat pour ce filtre. { -key_back } pour l’effacer.
home-filter_placeholder = Tapez pour filtrer par client, scénario ou réponse
home-deleted = Préparation mise à la corbeille. Appuyez sur { -key_undo } pour annuler.
home-restored = Préparation restaurée depuis la corbeille.
home-review_deleted = Examen mis à la corbeille. Appuyez sur { -key_undo } pour annuler.
home-review_restored = Examen restauré depuis la corbeille.
home-nothing_to_undo = Rien à annuler.
home-missing = Reste à remplir : { $parts }
home-before_title = Avant toute conversation délicate

step-who = Scénario et client
step-facts = Faits
step-stakes = Enjeux
step-goal = Objectif
step-fallback = Plan B
step-opener = Ouverture
step-logistics = Logistique
step-review = Relecture
step-rehearsal = Répétition
step-debrief = Après l’appel

wizard-step_of = Étape { $n } sur { $total } : { $title }
wizard-percent = {" "}rempli à { $percent } % · { $saved }
wizard-saved = enregistré
wizard-editing = bientôt enregistré…
wizard-not_saved = pas encore enregistré

field-scenario_filter = Trouver un scénario
field-scenario_filter-placeholder = Tapez un mot : facture, retard, gratuit, périmètre…
field-scenario = Scénario
field-client = Client (ou sous-traitant)
field-client-placeholder = Son nom ou celui de son entreprise
field-address = Comment vous vous adressez à cette personne (facultatif)
field-address-placeholder = Après « Bonjour » : Claire, Madame Leroy, Maître Dubois
field-topic = Le sujet, en quelques mots
field-topic_example = Par exemple : { $example }
field-channel = Comment vous allez échanger
field-when = Date et heure (facultatif)
field-when-placeholder = p. ex. 25/11/2026 16h30, ou 2026-11-25 16:30
field-goal_ideas = Issues possibles pour ce scénario ({ -key_select } pour choisir)
field-fallback_ideas = Propositions qui marchent souvent ({ -key_select } pour choisir)
field-fallback1 = Offre de repli 1
field-fallback1-placeholder = Ce que vous pouvez proposer si votre première demande est refusée
field-fallback2 = Offre de repli 2
field-fallback2-placeholder = Une deuxième option, si vous en avez une
field-opener_ideas = Phrases d’ouverture pour ce scénario ({ -key_select } pour choisir, puis retouchez)
field-opener = Votre première phrase
field-opener-placeholder = Écrivez-la comme vous la diriez. Le ton est vérifié pendant que vous tapez.
field-moment_ideas = Quand en parler ({ -key_select } pour choisir)
field-library_filter = Filtre
field-export_path = Exporter en Markdown : chemin, { -key_commit } pour exporter, { -key_back } pour annuler

facts-what_happened = Ce qui s’est passé
facts-what_happened-placeholder = Uniquement les faits, avec les dates
facts-who_did_what = Qui a fait quoi
facts-who_did_what-placeholder = Les actions de chacun, sans les juger
facts-evidence = Les preuves dont vous disposez
facts-evidence-placeholder = E-mails, suivi du temps, factures, messages
facts-cost = Ce que cela vous coûte
facts-cost-placeholder = Argent, heures, travail perdu, stress
facts-my_part = Votre part de responsabilité
facts-my_part-placeholder = Ce que vous auriez pu faire autrement
facts-repair = Comment y remédier
facts-repair-placeholder = Ce qui remettrait les choses d’aplomb, pour vous deux
facts-reminder_title = C’est professionnel, pas personnel
facts-reminder = Décrivez ce qui s’est passé comme le ferait un observateur neutre. Les faits et les chiffres apaisent l’échange ; les suppositions sur les intentions l’enveniment.
facts-prompts = Questions pour ce scénario

stakes-relationship = Quelle est la durée de cette relation ?
stakes-worth = Ce que ce client vous apporte
stakes-worth-placeholder = Chiffre d’affaires, recommandations, ce que vous apprenez, ce que vous ressentez
stakes-wont_matter = Dans douze mois, cela ne comptera plus
stakes-will_matter = Dans douze mois, cela comptera encore
stakes-heat = À quel point êtes-vous à cran en ce moment ? ({ -key_left }/{ -key_right } ou 0-9)
stakes-hot_title = Vous êtes encore à chaud
stakes-hot = Mieux vaut attendre. Laissez retomber la pression, puis fixez un moment pour en parler au lieu de réagir tout de suite : une marche, une nuit de sommeil ou un court message qui propose un créneau vous serviront mieux qu’une réponse à chaud.
stakes-twelve_title = Pensez à l’arrivée dès le départ
stakes-twelve = Imaginez ce client dans un an. Marquer des points et avoir raison, ça s’oublie vite ; la relation, votre réputation et la rentabilité à long terme, ça reste.
stakes-worth_hint = Avoir le dernier mot et perdre le client, ce n’est pas gagner. Préparez-vous à ce qu’il parte, paie en retard ou conteste, puis décidez ce que cela vaut pour vous.

scale-unset = Non renseigné : appuyez sur { -key_left } ou { -key_right }, ou tapez un chiffre

relationship-one_off = Mission ponctuelle
relationship-short = Quelques mois
relationship-long = Long terme

goal-kind = Issue
goal-outcome = L’issue que vous souhaitez
goal-outcome-placeholder = Où vous voulez arriver, en une ou deux phrases
goal-firm_on = Ce sur quoi vous ne céderez pas
goal-firm_on-placeholder = La limite que vous ne franchirez pas
goal-can_give = Là où vous pouvez lâcher du lest
goal-can_give-placeholder = Ce que vous pouvez concéder pour trouver un terrain d’entente
goal-hint_title = Fermeté et ouverture
goal-hint = Sachez précisément ce que vous voulez, tout en acceptant de faire une partie du chemin. Si la réponse est « pas maintenant », laissez la porte ouverte et gardez un ton courtois : ce client pourra encore vous recommander.

goal_kind-keep = Continuer ensemble
goal_kind-renegotiate = Renégocier les conditions
goal_kind-move_package = Changer de formule
goal_kind-pause = Pause, porte ouverte
goal_kind-part_ways = Se séparer

fallback-hint_title = Préparez une ou deux propositions
fallback-hint = Sachez exactement ce que vous pouvez proposer avant l’appel : un paiement en plusieurs fois, une formule plus légère, un système de rappels, une pause. Choisissez-en une dans la liste et faites-la vôtre.

opener-avoid = Formules à éviter ici
opener-no_rewrite = Aucune reformulation toute prête. Retouchez vous-même les mots surlignés.
opener-rewritten = Reformulation appliquée.

logistics-moment = Le moment
logistics-moment-placeholder = p. ex. jeudi, en fin de journée
logistics-place = Le lieu
logistics-place-placeholder = p. ex. une pièce calme avec mes notes, ou son bureau
logistics-minutes = Durée (minutes)
logistics-minutes-placeholder = p. ex. 30 ; vide : la durée habituelle pour ce canal
logistics-minutes_default = Vide : { $minutes }, la durée courante pour ce canal
logistics-notes = Notes
logistics-notes-placeholder = Ce qu’il faut apporter, envoyer à l’avance ou ne pas oublier
logistics-timing_title = Quand
logistics-place_title = Où
logistics-channel_title = Par quel moyen

channel-call = Téléphone
channel-video = Visio
channel-in_person = En personne
channel-email = E-mail
channel-message = Message

review-actions = Votre fiche de préparation · { -key_up }/{ -key_down } { -key_page_up }/{ -key_page_down } défiler · { -key_export } exporter · { -key_copy_opener } copier l’ouverture · { -key_copy_sheet } copier la fiche
review-empty = Rien d’écrit pour l’instant. Revenez en arrière avec { -key_prev_step } pour remplir les étapes.
review-exported = Fichier enregistré : { $path }
review-exists = Fichier déjà présent ; exportez à nouveau pour le remplacer : { $path }
review-copied_opener = Phrase d’ouverture copiée dans le presse-papiers (votre terminal doit autoriser OSC 52).
review-copied_sheet = Fiche copiée dans le presse-papiers (votre terminal doit autoriser OSC 52).

sheet-title = Préparation : conversation avec { $client }
sheet-no_client = (pas encore de client)

when-format = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year } à { $time }
when-format_day = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
when-invalid = date illisible : écrivez 25/11/2026 16h30

weekday-0 = lundi
weekday-1 = mardi
weekday-2 = mercredi
weekday-3 = jeudi
weekday-4 = vendredi
weekday-5 = samedi
weekday-6 = dimanche

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

tone-heading = Ton :
tone-empty = Écrivez ou choisissez une phrase d’ouverture : son ton est vérifié ici pendant que vous tapez.
tone-strengths = Points forts
tone-try = {" "}Essayez : { $suggestion }
tone-try_line = → Essayez : { $suggestion }
tone-arithmetic = Score : { $steps }
tone-label-warm = chaleureux
tone-label-neutral = neutre
tone-label-tense = tendu
tone-label-hostile = hostile
tone-severity-info = note
tone-severity-warn = attention
tone-severity-high = important

rehearse-count = Répétitions

debrief-outcome = Issue
debrief-against_goal = Par rapport à l’objectif
debrief-went_well = Ce qui s’est bien passé
debrief-went_badly = Ce qui a coincé
debrief-learned = Ce que vous avez appris
debrief-would_change = Ce que vous changeriez

outcome-resolved = Réglé
outcome-partly = En partie réglé
outcome-not_resolved = Non réglé
outcome-parted_ways = Collaboration terminée

followups-heading = Suivis

owner-me = vous
owner-client = client

followups-due = échéance le { $date }

cue-title = Pendant l’appel avec { $client }
cue-opener = Commencez par
cue-goal = Votre objectif
cue-firm_on = Ne cédez pas sur
cue-fallback = Offre de repli
cue-listen = Pendant que l’autre parle
cue-future = Une fois le calme revenu, demandez
cue-heated = Si le ton monte
cue-second_talk = Faites une pause. Vous pouvez très bien en reparler un autre jour.
cue-can_give = Où vous pouvez céder
cue-facts = Les faits
cue-replies = Vos réponses répétées
cue-more_below = ↓ encore { $count ->
        [one] 1 ligne
       *[other] { $count } lignes
    } · { -key_down } { -key_page_down } pour lire la suite
cue-at_end = Fin de la fiche · { -key_up } { -key_page_up } pour remonter

due-overdue = en retard de { PLURAL($days) ->
    [one] { $days } jour
   *[other] { $days } jours
}
due-today = aujourd’hui
due-soon = { PLURAL($days) ->
    [one] dans { $days } jour
   *[other] dans { $days } jours
}

ics-conversation = Conversation avec { $client }
ics-conversation_about = Conversation avec { $client } : { $scenario }
ics-cue_hint = Pendant l’appel, gardez l’aide-mémoire ouvert : talkprep cue { $id }
ics-follow_up-me = Promis à { $client } : { $what }
ics-follow_up-client = { $client } vous a promis : { $what }
ics-follow_up-done = Fait : { $summary }
ics-follow_up-description = Suivi de votre conversation avec { $client } (fiche talkprep { $id }).
ics-nothing = rien à mettre dans un agenda : la fiche { $id } n’a ni date ni suivi avec échéance. Indiquez d’abord une date, ou ajoutez un suivi avec échéance.

help-title = Touches
help-editing = Dans les champs de texte : flèches, Ctrl-←/→ mot par mot, Origine/Fin, { -key_undo_edit } ou Ctrl-U pour annuler, Ctrl-R pour rétablir. Un texte collé est inséré d’un seul bloc.
help-mouse = Cliquez sur un champ pour y écrire, sur un élément de liste pour le choisir.
help-autosave = Votre fiche s’enregistre automatiquement moins d’une seconde après votre dernière modification, et à chaque étape.
help-close = flèches pour défiler, toute autre touche pour fermer

quit-title = Quitter talkprep ?
quit-body = Vos dernières modifications ne sont pas encore enregistrées. { -key_confirm } : enregistrer et quitter · { -key_discard } : quitter sans enregistrer · { -key_back } : rester

key-help = aide
key-save = enregistrer
key-quit = quitter
key-next_step = étape suivante
key-prev_step = étape précédente
key-next_field = champ suivant
key-prev_field = champ précédent
key-back = retour
key-apply_rewrite = appliquer la reformulation
key-new = nouvelle fiche
key-delete = mettre à la corbeille
key-undo = annuler la suppression
key-export = exporter
key-copy_opener = copier l’ouverture
key-copy_sheet = copier la fiche
key-page_up = défiler vers le haut
key-page_down = défiler vers le bas
key-up = haut
key-down = bas
key-left = gauche
key-right = droite
key-toggle = cocher / choisir
key-select = choisir / ouvrir

list-empty = Rien à choisir ici pour l’instant : sélectionnez d’abord un scénario à l’étape 1.

who-fits = Pour : { $roles }
who-pick_hint = Choisissez le scénario le plus proche du vôtre ; « Une autre conversation difficile » convient à toutes les autres situations.

cli-playbook_valid = valide : { PLURAL($scenarios) ->
    [one] { $scenarios } scénario
   *[other] { $scenarios } scénarios
} ({ $lang })
cli-no_sheets = Aucune fiche enregistrée pour l’instant. Lancez « talkprep » pour en préparer une.
cli-no_match = Aucune fiche ne correspond à { $search }. Lancez talkprep list pour les voir toutes.
cli-imported = Fiche importée sous l’identifiant { $id }
cli-deleted = Fiche { $id } mise à la corbeille (« talkprep restore { $id } » pour la récupérer)
cli-restored = Fiche { $id } restaurée

stakes-hot_short = Encore à chaud : laissez retomber la pression et fixez un moment pour en parler plutôt que de réagir tout de suite

sheet-about = Sujet : { $topic }

export-relationship = Relation
export-heat = Niveau de tension ressenti

key-timer = chrono marche/arrêt
key-next_round = objection suivante
key-reveal = voir une réponse calme
key-write_reply = écrire votre réponse
key-next_variation = autre ouverture
key-promote = adopter cette ouverture
key-undo_promote = revenir en arrière
key-edit_opener = modifier votre ouverture
key-rehearse = répéter à voix haute

home-pick_a_sheet = Choisissez d’abord une préparation enregistrée, puis appuyez sur { -key_rehearse } pour la répéter ou sur { -key_cue_card } pour son aide-mémoire.

rehearse-title = Répétition : { $client } · { $scenario }
rehearse-status = { PLURAL($rounds) ->
    [one] { $rounds } tour joué
   *[other] { $rounds } tours joués
} · { $timer }
rehearse-timer_idle = { -key_timer } : chronométrer votre phrase d’ouverture dite à voix haute
rehearse-timer_running = chrono en marche { $time } ({ -key_timer } pour l’arrêter)
rehearse-timer_last = dernier essai { $time } ({ PLURAL($runs) ->
    [one] { $runs } essai chronométré
   *[other] { $runs } essais chronométrés
})
rehearse-no_opener = Pas encore de phrase d’ouverture : écrivez-en une dans l’assistant, ou appuyez sur { -key_next_variation } pour reprendre celle du scénario.
rehearse-estimate = Environ { $seconds } s pour la dire posément.
rehearse-pace_rushed = Dernier essai : { $spoken } s, pour environ { $estimate } s à un rythme posé. Respirez et ralentissez.
rehearse-pace_calm = Dernier essai : { $spoken } s, un rythme posé.
rehearse-pace_slow = Dernier essai : { $spoken } s, pour environ { $estimate } s. Très bien si vous avez marqué des pauses exprès ; sinon, retirez quelques mots.
rehearse-too_long = C’est long pour une première phrase : essayez de la réduire à une idée et une question.
rehearse-variation = Votre ouverture · { $n } sur { $total } · { $which } · { $tone }
rehearse-yours = la vôtre
rehearse-alternative = du guide
rehearse-cue = Entre deux tours :
rehearse-start_hint = Dites votre phrase d’ouverture à voix haute, puis appuyez sur { -key_next_round } : le client réagit, comme le font les vrais clients.
rehearse-round_none = Le client
rehearse-round = Tour { $n } · le client résiste ({ $kind })
rehearse-pause = Pause : laissez le silence agir… { $seconds }
rehearse-answer = À vous : répondez à voix haute. { -key_reveal } montre une réponse calme à comparer, { -key_write_reply } vous permet d’écrire la vôtre, { -key_next_round } lance un autre tour.
rehearse-calm_reply = Une réponse calme :
rehearse-your_reply = Votre réponse :
rehearse-write = Votre réponse · { $tone } · { -key_commit } l’enregistre sur la fiche · { -key_back } annule
rehearse-reply_kept = Votre réponse est enregistrée sur la fiche.
rehearse-promoted = Adoptée ; la vôtre reste la variante 1 ({ -key_undo } pour revenir).
rehearse-already_in_use = C'est déjà l'ouverture de la fiche.
rehearse-nothing_to_undo = Rien à annuler dans cette répétition.
rehearse-promote_undone = La fiche a retrouvé son ouverture précédente.
rehearse-yours_again = Votre propre ouverture est de nouveau celle de la fiche.
rehearse-opener_edited = Votre ouverture est mise à jour sur la fiche.
rehearse-edit = Votre ouverture · { $tone } · { -key_commit } l’enregistre · { -key_back } annule
rehearse-in_use = retenue
rehearse-yours_rewritten = la vôtre, avec les reformulations proposées
rehearse-yours_firmer = la vôtre, plus ferme (sans les précautions oratoires)
rehearse-no_pushbacks = Ce scénario ne prévoit aucune objection.

home-rehearsed = répétée { $n } fois

flags-md-title = Examen des signaux d’alarme : { $client }
flags-md-meta = Examen du { $date } · score { $score } · { $band }
flags-md-exit_prep = Pour préparer la conversation de fin de collaboration, lancez « talkprep flags --client "{ $client }" » et démarrez la préparation depuis le verdict.
flags-verdict = Verdict
flags-why = Pourquoi
flags-why_none = Rien de coché : aucun signal à peser.
flags-why_item = { $title } (poids { $weight })
flags-why_extreme = { $title } : élément extrême, qui classe directement le client dans la dernière catégorie, quel que soit le total
flags-what_next = Et ensuite
flags-next_watch = Suivez les conseils ci-dessus et réexaminez ce client dans quelques semaines pour voir l’évolution.
flags-plan = Le plan de recadrage : une liste de contrôle à suivre
flags-plan_for_one = Formulé pour une personne qui travaille seule ({ -key_toggle_team } : en équipe).
flags-plan_for_team = Formulé pour un travail en équipe ({ -key_toggle_team } : en solo).
flags-strategies = Stratégies face à un client difficile
flags-breaking = Bien terminer la collaboration
flags-checklist = Liste de contrôle
flags-note_label = note : { $note }
flags-group_other = Autres
flags-history = Examens de ce client
flags-history_row = { $date } : score { $score }, { $band }
flags-trend-first = Premier examen de ce client : réexaminez-le dans quelques semaines pour voir l’évolution.
flags-trend-better = Mieux que la dernière fois.
flags-trend-worse = Moins bien que la dernière fois.
flags-trend-same = Pas de changement depuis la dernière fois.
flags-cli-none = Aucun examen des signaux d’alarme pour l’instant. Lancez « talkprep flags » pour examiner un client.
flags-cli-review_id = (identifiant : { $id })
flags-cli-show_title = { $client } : { PLURAL($count) ->
    [one] { $count } examen des signaux d’alarme
   *[other] { $count } examens des signaux d’alarme
}
flags-trend_word-first = 1er
flags-trend_word-better = mieux
flags-trend_word-worse = pire
flags-trend_word-same = idem

key-red_flags = signaux d’alarme
key-flags_complete = compléter le nom
key-flags_verdict = verdict
key-flags_toggle = cocher
key-flags_note = annoter l’élément
key-flags_plan_step = cocher l’étape
key-flags_exit_prep = préparer la fin
key-delete_follow_up = supprimer le suivi
key-edit_follow_up = modifier le suivi
key-undo_follow_up = rétablir un suivi supprimé
followup-deleted = Suivi supprimé. { -key_undo } le rétablit.
followup-none_to_delete = Aucun suivi à supprimer ici.
followup-restored = Le suivi est de retour dans la liste.
followup-nothing_to_undo = Aucun suivi supprimé à rétablir.
followup-editing = Modifiez-le dans les champs ci-dessous ; { -key_commit } le remet à sa place.
followup-none_to_edit = Aucun suivi à modifier ici.
followup-changed = Suivi modifié.
key-flags_why = toutes les raisons
key-flags_export = exporter
key-flags_delete = supprimer l’examen
key-flags_team = solo/équipe

home-flags_line = { -key_red_flags } : examiner les signaux d’alarme d’un client

flags-title = Examen des signaux d’alarme
flags-ticked_count = { PLURAL($ticked) ->
    [one] { $ticked } coché
   *[other] { $ticked } cochés
} sur { $total }
flags-client = Client
flags-client_placeholder = Quel client examinez-vous ? { -key_complete } complète les noms déjà utilisés
flags-client_hint = Tapez le nom du client, puis cochez ce que vous avez constaté. { -key_show_verdict } affiche le verdict.
flags-candidates = { -key_complete } :
flags-first_review = Premier examen pour { $client } : la prochaine fois, cette ligne montrera l’évolution.
flags-reviews_label = Scores :
flags-now = maintenant
flags-looks_like = À quoi le reconnaître
flags-note_title = Note sur cet élément : { -key_commit } l’enregistre, { -key_back } annule
flags-note_placeholder = Ce que vous avez constaté, p. ex. 3 appels un dimanche
flags-note_line = ✎ { $note }
flags-note_none = { -key_edit_note } : ajouter une note (ce que vous avez constaté, quand)
flags-so_far = Verdict provisoire :
flags-score = score { $score }
flags-extreme_short = élément extrême coché
flags-extreme_long = Un élément extrême est coché : insultes, menaces ou harcèlement classent directement le client dans la dernière catégorie.
flags-weighs_most = Pèse le plus :
flags-and_more = …et { PLURAL($count) ->
    [one] { $count } autre
   *[other] { $count } autres
} ({ -key_expand_why } les affiche)
flags-show_fewer = { -key_expand_why } n’affiche que les raisons les plus lourdes.
flags-verdict_title = Verdict pour { $client } · { $date }
flags-exit_button = Préparer la fin de collaboration avec { $client }
flags-need_client = Indiquez d’abord le client : les examens sont rangés sous son nom.
flags-confirm_empty = Rien de coché ; { -key_show_verdict } à nouveau : « aucun signal ».
flags-export_unsaved = L’examen n’est pas encore enregistré : appuyez sur { -key_save }, puis exportez-le.
flags-delete_unsaved = Cet examen n’est pas encore enregistré : il n’y a donc rien à supprimer. Échap ramène à la liste de contrôle.
flags-started_from_last = Repris de votre dernier examen de { $client } ({ $date }) : changez ce qui a évolué.
flags-editing_today = Vous modifiez l’examen d’aujourd’hui pour { $client } : vos changements le remplacent.
flags-saved = Examen enregistré pour { $client }.
flags-saved_as_copy = Modifié ailleurs entre-temps : les deux versions sont gardées, et vous modifiez désormais votre copie, { $id }.
flags-deleted_elsewhere = Cet examen a été supprimé ailleurs : rien n’a été enregistré. { -key_save } pour l’enregistrer à nouveau ; si vous quittez, il reste supprimé.
flags-so_far_title = Verdict provisoire
flags-more_below = ↓ suite plus bas : { -key_down } ou { -key_page_down }

export-tone = Ton

tone-one_key = { -key_apply_rewrite } le reformule pour vous.


field-follow_ups = Suivis (Espace en marque un comme fait, { -key_edit_follow_up } le modifie, { -key_delete } le supprime)
field-follow_ups-placeholder = Aucun pour l’instant : écrivez-en un dans le champ ci-dessous et appuyez sur { -key_commit }.
field-new_follow_what = Nouveau suivi : la promesse ou la prochaine étape ({ -key_commit } l’ajoute)
field-new_follow_owner = Qui s’en charge
field-new_follow_due = Échéance (facultative, par ex. 15/12/2026 ; { -key_commit } l’ajoute)

debrief-after_title = Après l’appel
debrief-questions = Questions pour prendre du recul
debrief-added = Suivi ajouté. Il apparaîtra sur l’écran d’accueil et dans « talkprep due » à son échéance.
debrief-bad_due = Écrivez l’échéance sous la forme 15/12/2026, ou laissez le champ vide.
debrief-offered = L’appel a eu lieu : comment cela s’est-il passé ? Deux minutes de bilan, et aucune promesse ne passe à la trappe.

home-marked_done = Fait : { $what } ({ -key_undo } pour annuler)
home-marked_open = De nouveau à faire : { $what }
home-due_row = ⚑ { $status } · { $client } · { $owner } : { $what }
home-review_row = ◇ { $client } · { $date } · score { $score } · { $band }

key-cue = aide-mémoire pour l’appel

cli-trash_none = La corbeille est vide.
cli-trash_unreadable = (illisible : { $error })
cli-trash_hint = « talkprep restore ID » récupère une fiche ; « talkprep trash empty » les supprime définitivement.
cli-trash_emptied = { $n ->
    [0] La corbeille était déjà vide.
   *[other] { PLURAL($n) ->
        [one] { $n } fichier supprimé définitivement de la corbeille.
       *[other] { $n } fichiers supprimés définitivement de la corbeille.
    }
}

key-confirm_quit = enregistrer et quitter
key-discard_quit = quitter sans enregistrer
key-leave_filter = aller à la liste
key-commit = valider
key-undo_edit = annuler la dernière modification
key-delete_to_start = effacer jusqu’au début de la ligne
key-level = choisir le niveau
key-more = plus

keyname-space = Espace
keyname-tab = Tab
keyname-backtab = Maj-Tab
keyname-esc = Échap
keyname-enter = Entrée
keyname-pageup = Pg préc
keyname-pagedown = Pg suiv
keyname-home = Origine
keyname-end = Fin
keyname-backspace = Retour arrière
keyname-delete = Suppr
keyname-ctrl = Ctrl-{ $key }
keyname-alt = Alt-{ $key }

error-store-io = Impossible d’utiliser { $path } : { $detail }. Vérifiez que le dossier existe et que vous avez le droit d’y lire et d’y écrire.
error-store-sheet = { $path } : { $detail }
error-store-import = Le texte importé n’est pas une fiche lisible par talkprep : { $detail }
error-store-not_found = Aucune fiche { $id } : vérifiez l’identifiant dans la liste des fiches, ou restaurez-la depuis la corbeille.
error-store-not_in_trash = Aucune fiche { $id } dans la corbeille : « talkprep trash list » montre ce qu’elle contient.
error-store-exists = Une fiche avec l’identifiant { $id } existe déjà : supprimez-la ou renommez-la d’abord.
error-store-newer = Enregistrement refusé pour ne pas écraser { $path } : ce fichier vient d’une version plus récente de talkprep (schéma { $found } ; la vôtre lit jusqu’au schéma { $supported }). Mettez talkprep à jour.
error-store-id_mismatch = { $path } contient la fiche { $found }, pas { $expected } : renommez le fichier d’après son identifiant.
error-store-bad_file_name = { $path } : ce nom de fichier n’est pas un identifiant de fiche ; renommez le fichier.
error-store-bad_id = Impossible d’enregistrer une fiche avec l’identifiant { $id } : { $detail }
error-store-set_aside_failed = { $path } est illisible et n’a pas pu être mis de côté : déplacez ou corrigez le fichier vous-même.
error-store-review = { $path } : { $detail }
error-store-review_not_found = Aucun examen { $id } : « talkprep flags list » montre les clients examinés.
error-store-busy = Cette fiche est ouverte dans un autre talkprep : fermez-la là-bas, puis réessayez.
error-copy = Copie impossible : { $detail }

quit-save_failed = talkprep reste ouvert : vos modifications n’ont pas pu être enregistrées. { $error }
quit-rescued = Vos dernières modifications n’ont pas pu être enregistrées ; elles sont conservées dans { $path }. Importez ce fichier avec « talkprep import » une fois le problème réglé.
quit-rescued_review = Vos dernières modifications de l’examen des signaux d’alerte n’ont pas pu être enregistrées ; elles sont gardées dans { $path }. Relancez talkprep une fois le problème réglé : il proposera de les récupérer.

key-open = ouvrir
key-mark_done = marquer comme fait

wizard-esc_again = Appuyez de nouveau sur { -key_back } pour revenir à l’accueil (vos réponses sont conservées). Toute autre touche vous laisse ici.

when-unreadable = Date illisible, elle n’est pas enregistrée : écrivez-la sous la forme 25/11/2026 16h30. Passez de nouveau à l’étape suivante pour continuer sans date.

wizard-replaced = Votre texte a été remplacé par la suggestion : dans le champ, { -key_undo_edit } le rétablit.

error-copy_too_large = Trop long pour le presse-papiers du terminal : exportez-le plutôt.

review-copied_note = {" "}(un terminal qui bloque le presse-papiers, ou tmux sans set-clipboard on, l’ignore sans prévenir)

cli-quarantine_none = Rien en quarantaine : tous les fichiers trouvés par talkprep sont lisibles.
cli-quarantine_hint = Ces fichiers étaient illisibles ; ils ont été mis de côté, jamais supprimés. Corrigez-en un dans un éditeur de texte, puis « talkprep quarantine restore NOM » le remet à sa place.
cli-quarantine_restored = Remis en place : { $path }. S’il reste illisible, « talkprep list » indique pourquoi.
cli-quarantine_sheet = fiche
cli-quarantine_review = examen
cli-no_readable_sheets = Aucune fiche n’a pu être listée : les fichiers signalés ci-dessus sont à vérifier (voir aussi « talkprep quarantine list »).

error-store-not_regular = { $path } n’est pas un fichier ordinaire (un tube, un périphérique ou un dossier), talkprep ne le lit donc pas : retirez-le du dossier.
error-store-too_large = { $path } dépasse { $limit }, le maximum que talkprep lit pour ce genre de fichier : retirez-le du dossier ou allégez-le.
error-store-store_busy = Un autre talkprep écrit en ce moment dans ce dossier de données : réessayez dans un instant, ou fermez l’autre talkprep.
error-store-being_written = Enregistrement annulé pour ne pas écraser { $path } : ce fichier est illisible et a été modifié il y a moins d’une minute ; un autre programme est peut-être en train de l’écrire. Réessayez dans une minute.
error-store-not_quarantined = Aucun fichier mis en quarantaine ne s’appelle { $name } : « talkprep quarantine list » donne les noms.

wizard-read_only = Lecture seule ici : cette fiche est ouverte dans un autre talkprep. Fermez-la là-bas pour la modifier ici.
wizard-saved_as_copy = Modifiée ailleurs entre-temps : les deux versions sont gardées, et vous modifiez désormais votre copie, { $id }.
wizard-deleted_elsewhere = Cette fiche a été supprimée ailleurs : rien n’a été enregistré. { -key_save } pour l’enregistrer à nouveau ; si vous quittez, elle reste supprimée.

tone-summary = Ton : { $label } { $score }/100 · { $findings ->
    [0] aucun constat
   *[other] { PLURAL($findings) ->
        [one] 1 constat
       *[other] { $findings } constats
    }
}

# Typography: how this language quotes, joins a label to its text and writes percentages.
# typo-after_colon is "lower" where a colon is followed by a lower-case word.
typo-quote = « { $text } »
typo-colon = { $label } : { $text }
typo-after_colon = keep
typo-percent = { $n } %

# Dates in lists and headers: $day 5, $dd 05, $mm 11, $mon the short month name, $year 2026.
date-short = { $dd }/{ $mm }/{ $year }
date-time = { $date } { $time }
month_short-1 = janv.
month_short-2 = févr.
month_short-3 = mars
month_short-4 = avr.
month_short-5 = mai
month_short-6 = juin
month_short-7 = juil.
month_short-8 = août
month_short-9 = sept.
month_short-10 = oct.
month_short-11 = nov.
month_short-12 = déc.

# The command line: about texts (cli-about-<command>), argument help (cli-arg-<command>-<id>),
# headings, value names in usage lines, and clap's errors said again.
cli-about = Préparez en dix minutes une conversation délicate avec un client : les faits, l’objectif, une offre de repli et une phrase d’ouverture dont le ton est vérifié pendant la saisie. Lancé sans commande, talkprep ouvre l’application.
cli-arg-data_dir = Dossier des fiches (par défaut : TALKPREP_DATA_DIR, sinon le dossier de données du système).
cli-arg-playbook = Un fichier de guide qui complète le guide fourni (par défaut : playbook.json dans le dossier de configuration).
cli-arg-lang = Langue du guide et de l’interface : en, fr, pl ou ro, ou une étiquette de langue comme fr-FR (par défaut : TALKPREP_LANG, puis LC_ALL, LC_MESSAGES, LANG, sinon en). Pour tone, la langue du texte, ou auto (sa valeur par défaut) pour la détecter.
cli-arg-help = Afficher cette aide.
cli-arg-version = Afficher la version.
cli-about-scenarios = Lister les scénarios du guide.
cli-arg-scenarios-json = Afficher en JSON plutôt qu’en tableau.
cli-about-list = Lister les fiches enregistrées, des plus récentes aux plus anciennes.
cli-arg-list-json = Afficher en JSON plutôt qu’en tableau.
cli-arg-list-search = Ne lister que les fiches dont le client, le scénario ou une réponse contient TEXTE (sans tenir compte des majuscules ni des accents).
cli-about-show = Afficher une fiche.
cli-arg-show-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-arg-show-format = Format de sortie : md (Markdown), txt (texte brut, par défaut), json (la fiche telle qu’elle est enregistrée) ou ics (un fichier d’agenda avec la conversation et chaque suivi daté).
cli-about-export = Exporter une fiche vers un fichier ou la sortie standard.
cli-arg-export-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-arg-export-format = Format de sortie : md (Markdown), txt (texte brut), json (la fiche telle qu’elle est enregistrée) ou ics (un fichier d’agenda avec la conversation et chaque suivi daté). Sans lui, l’extension de -o décide (x.ics est un agenda), sinon Markdown.
cli-arg-export-output = Le fichier de destination (par défaut : la sortie standard).
cli-arg-export-force = Remplacer FICHIER s’il existe déjà.
cli-about-cue = Afficher l’aide-mémoire de la fiche, à garder sous les yeux pendant l’appel.
cli-arg-cue-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-about-due = Lister les suivis en attente, à faire aujourd’hui ou en retard, dans toutes les fiches.
cli-long-due = Une ligne par suivi, les plus en retard d’abord, datée selon le fuseau horaire du système (TZ). Quand rien n’est à faire, rien ne s’affiche et le code de sortie est 0 : idéal à l’ouverture du terminal, le matin.
cli-arg-due-json = Afficher en JSON plutôt que ligne par ligne.
cli-arg-due-days = Lister aussi ce qui arrive à échéance dans les N prochains jours (par défaut : 0).
cli-about-import = Vérifier un fichier de fiche (ou - pour l’entrée standard) et l’importer.
cli-arg-import-file = Le fichier de fiche, ou - pour l’entrée standard.
cli-about-delete = Mettre une fiche à la corbeille.
cli-arg-delete-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-about-restore = Sortir une fiche de la corbeille.
cli-arg-restore-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep trash list).
cli-about-trash = Voir le contenu de la corbeille, ou la vider définitivement.
cli-about-trash-list = Lister les fiches de la corbeille, des plus récemment modifiées aux plus anciennes.
cli-arg-trash-list-json = Afficher en JSON plutôt que ligne par ligne.
cli-about-trash-empty = Supprimer définitivement les fiches de la corbeille, ainsi que les anciennes copies conservées avec elles.
cli-arg-trash-empty-older_than = Ne supprimer que celles dont la dernière modification remonte à plus de JOURS jours.
cli-about-quarantine = Voir les fichiers mis de côté parce qu’ils étaient illisibles, ou en remettre un en place.
cli-about-quarantine-list = Lister les fichiers de fiches et d’examens mis de côté parce qu’ils étaient illisibles.
cli-arg-quarantine-list-json = Afficher en JSON plutôt que ligne par ligne.
cli-about-quarantine-restore = Remettre un fichier mis de côté sous son nom d’origine (sans jamais écraser un autre fichier).
cli-arg-quarantine-restore-name = Le nom affiché par talkprep quarantine list.
cli-about-rehearse = Répéter la phrase d’ouverture d’une fiche face aux objections probables du client (ouvre l’application).
cli-arg-rehearse-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-about-playbook = Vérifier ou exporter des guides.
cli-about-playbook-validate = Vérifier un fichier de guide (par défaut : celui en vigueur) et signaler chaque problème.
cli-arg-playbook-validate-file = Le fichier à vérifier, ou - pour l’entrée standard.
cli-about-playbook-export = Afficher le guide fourni, comme point de départ pour le vôtre.
cli-about-tone = Vérifier le ton d’un texte : quels mots passent mal, pourquoi, et une façon plus chaleureuse de le dire.
cli-about-completions = Afficher un script de complétion pour votre shell : talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep
cli-arg-completions-shell = Le shell : bash, zsh, fish, powershell ou elvish.
cli-about-man = Afficher la page de manuel : talkprep man | man -l -
cli-long-tone = Ici, --lang est la langue du texte : en, fr, pl, ro, ou auto (par défaut) pour la détecter. Le code de sortie est 1 quand un constat atteint --fail-on.
cli-arg-tone-json = Afficher un seul objet JSON.
cli-arg-tone-jsonl = Vérifier chaque ligne séparément et afficher un objet JSON par ligne.
cli-arg-tone-fail_on = Gravité à partir de laquelle la commande se termine avec le code 1 : info (tout constat), warn (warn ou high, par défaut) ou high (high seulement).
cli-arg-tone-file = Lire le texte dans FICHIER.
cli-arg-tone-text = Le texte à vérifier, ou - pour l’entrée standard (lue aussi quand aucun texte n’est donné et que l’entrée vient d’un tube).
cli-about-flags = Examens des signaux d’alarme des clients : ouvrir la liste de contrôle, ou lister, afficher et exporter les examens.
cli-arg-flags-client = Ouvrir la liste de contrôle avec le nom de ce client déjà saisi.
cli-about-flags-list = Lister les clients examinés avec leur dernier examen : date, score, verdict et tendance.
cli-arg-flags-list-json = Afficher en JSON plutôt qu’en tableau.
cli-about-flags-show = Afficher tous les examens d’un client, du plus ancien au plus récent.
cli-arg-flags-show-client = Le nom du client (majuscules et accents indifférents).
cli-arg-flags-show-json = Afficher en JSON plutôt qu’en texte.
cli-about-flags-export = Exporter le dernier examen d’un client en Markdown : chaque point avec sa note, le verdict et la suite à donner.
cli-arg-flags-export-client = Le nom du client (majuscules et accents indifférents).
cli-arg-flags-export-output = Le fichier de destination (par défaut : la sortie standard).
cli-arg-flags-export-force = Remplacer FICHIER s’il existe déjà.
cli-about-flags-delete = Mettre un examen à la corbeille (talkprep flags restore le fait revenir).
cli-arg-flags-delete-id = L’identifiant de l’examen, ses premiers caractères ou le nom du client (voir talkprep flags show CLIENT).
cli-about-flags-restore = Faire revenir un examen supprimé.
cli-arg-flags-restore-id = L’identifiant de l’examen, ses premiers caractères ou le nom du client.
cli-review_deleted = examen { $id } de { $client } mis à la corbeille (talkprep flags restore { $id } le fait revenir)
cli-review_restored = examen { $id } restauré
cli-error-no_such_review = Il n’y a pas d’examen { $id }. talkprep flags show CLIENT liste les examens d’un client avec leurs identifiants.
cli-error-ambiguous_review = Plusieurs examens correspondent à « { $query } » : { $ids }. Tapez davantage de caractères de l’identifiant.
cli-error-no_review_close = Il n’y a pas d’examen « { $id } ». Vouliez-vous dire { $close } ? talkprep flags show CLIENT liste les examens d’un client avec leurs identifiants.
cli-error-ambiguous_sheet = Plusieurs fiches correspondent à « { $query } » : { $ids }. Tapez davantage de caractères de l’identifiant.
cli-error-no_sheet_close = Aucune fiche « { $id } ». Vouliez-vous dire { $close } ? talkprep list montre toutes les fiches, talkprep trash list les fiches supprimées.
cli-error-no_trashed_close = Aucune fiche « { $id } » dans la corbeille. Vouliez-vous dire { $close } ? talkprep trash list montre ce qu’elle contient.
cli-heading-usage = Utilisation :
cli-heading-commands = Commandes 
cli-heading-arguments = Arguments 
cli-heading-options = Options 
cli-usage-options = OPTIONS
cli-usage-command = COMMANDE
cli-value_name-DIR = DOSSIER
cli-value_name-FILE = FICHIER
cli-value_name-LANG = LANGUE
cli-value_name-TEXT = TEXTE
cli-value_name-N = N
cli-value_name-DAYS = JOURS
cli-value_name-NAME = NOM
cli-value_name-ID = ID
cli-value_name-SHELL = SHELL
cli-value_name-CLIENT = CLIENT
cli-value_name-FORMAT = FORMAT
cli-value_name-LEVEL = NIVEAU
cli-error-unknown_argument = { $arg } n’est pas une option de cette commande.
cli-error-did_you_mean = Vouliez-vous dire { $suggestion } ?
cli-error-unknown_command = { $command } n’est pas une commande de talkprep.
cli-error-invalid_value = { $value } n’est pas une valeur possible pour { $arg }.
cli-error-possible_values = Valeurs possibles : { $values }.
cli-error-bad_lang = { $value } n’est pas une langue prise en charge par talkprep : utilisez en, fr, pl ou ro, ou une étiquette comme fr-FR.
cli-error-not_a_number = { $arg } attend un nombre entier, pas { $value }.
cli-error-missing_argument = Il manque { $arg }.
cli-error-missing_command = Cette commande nécessite une sous-commande.
cli-error-conflict = { $arg } ne peut pas s’utiliser avec { $other }.
cli-error-unexpected_value = { $value } n’est pas attendu ici.
cli-error-missing_value = { $arg } attend une valeur.
cli-error-bad_utf8 = La ligne de commande n’est pas en UTF-8 valide.
cli-error-other = Ligne de commande incompréhensible : consultez l’aide.
cli-error-try_help = Pour en savoir plus : { $command } --help

# Errors from the core and the commands: files, JSON, ids, playbooks. { $detail } is another
# message, said in the same language.
error-store-io_full = Impossible d’écrire { $path } : { $detail }. Libérez de la place sur le disque, puis réessayez.
error-store-io_denied = Impossible d’utiliser { $path } : { $detail }. Vérifiez que vous avez le droit d’y écrire (le dossier est peut-être en lecture seule).
error-store-io_missing = Impossible d’utiliser { $path } : { $detail }. Vérifiez que le dossier existe.
error-io-not_found = il n’existe pas
error-io-permission_denied = l’accès a été refusé
error-io-already_exists = un élément de ce nom existe déjà
error-io-storage_full = le disque est plein
error-io-read_only = le disque ou le dossier est en lecture seule
error-io-is_a_directory = c’est un dossier, pas un fichier
error-io-not_a_directory = une partie du chemin est un fichier, pas un dossier
error-io-invalid_data = son contenu n’est pas celui attendu
error-io-too_large = le fichier est trop volumineux
error-io-interrupted = l’opération a été interrompue
error-io-broken_pipe = le programme qui lisait la sortie s’est arrêté
error-io-other = le système a répondu : { $detail }
error-json-missing_field = le champ { $field } est absent
error-json-unknown_field = le champ { $field } est inconnu de talkprep
error-json-duplicate_field = le champ { $field } apparaît deux fois
error-json-unknown_value = { $value } ne fait pas partie des valeurs autorisées
error-json-wrong_kind = une valeur n’est pas du bon type (texte, nombre, liste…)
error-json-wrong_length = une liste n’a pas le bon nombre d’éléments
error-json-cut_short = le texte s’interrompt avant la fin
error-json-syntax = le JSON est mal formé à cet endroit (virgule, guillemet, crochet ou accolade manquant ou en trop)
error-json-does_not_fit = une valeur ne correspond pas à ce que talkprep attend
error-json-kind-null = null
error-json-kind-boolean = true ou false
error-json-kind-number = un nombre
error-json-kind-string = un texte
error-json-kind-array = une liste
error-json-kind-object = un objet
error-file-not_utf8 = le fichier n’est pas un texte encodé en UTF-8
error-file-empty = le fichier est vide
error-file-bad_id = l’identifiant { $id } est inutilisable : { $detail }
error-sheet-syntax = JSON invalide à la ligne { $line }, colonne { $column } : { $detail }. Corrigez le fichier à cet endroit ou restaurez-le depuis une sauvegarde.
error-sheet-newer = écrit par une version plus récente de talkprep (schéma { $found } ; la vôtre lit jusqu’au schéma { $supported }). Mettez talkprep à jour pour l’ouvrir.
error-sheet-invalid_at = fiche talkprep invalide à la ligne { $line }, colonne { $column } : { $detail }. Corrigez-la ou restaurez-la depuis une sauvegarde.
error-sheet-invalid = fiche talkprep invalide : { $detail }. Corrigez-la ou restaurez-la depuis une sauvegarde.
error-sheet-heat = stakes.heat vaut { $value }, alors qu’il doit être compris entre 0 et { $max }
error-sheet-not_object = une fiche est un objet JSON ({"{"}…{"}"}), alors que ce texte contient { $kind }
error-review-newer = écrit par une version plus récente de talkprep (schéma d’examen { $found } ; la vôtre lit jusqu’au schéma { $supported }). Mettez talkprep à jour pour le lire.
error-review-invalid = examen des signaux d’alarme invalide : { $detail }. Corrigez-le ou restaurez-le depuis une sauvegarde.
error-id-empty = un identifiant de fiche ne peut pas être vide : utilisez des lettres a-z, des chiffres et des tirets
error-id-too_long = un identifiant de fiche ne doit pas dépasser { $max } caractères, or celui-ci en compte { $len } : raccourcissez-le
error-id-bad_char = un identifiant de fiche ne peut contenir que a-z, 0-9 et -, or le caractère n° { $index } est { $found } : utilisez des minuscules, des chiffres et des tirets
error-id-edge_hyphen = un identifiant de fiche ne peut ni commencer ni finir par - : retirez le tiret
error-id-reserved = { $name } est un nom de périphérique réservé sous Windows : choisissez un autre identifiant
size-mib = { $n } Mio
size-bytes = { PLURAL($n) ->
    [one] { $n } octet
   *[other] { $n } octets
}
error-when = Écrivez la date sous la forme jour/mois/année, suivie si besoin d’une heure au format HH:MM.
error-settings-no_data_dir = Impossible de déterminer le dossier de données de talkprep : passez --data-dir DOSSIER ou définissez TALKPREP_DATA_DIR.
store-unreadable = { $path } : { $detail } Il est laissé en place ; s’il reste illisible, la prochaine commande qui enregistre quelque chose le mettra de côté (voir talkprep quarantine list).
store-quarantined = { $path } : { $detail } Il a été mis de côté sous { $moved_to } (voir talkprep quarantine list).
error-playbook-io = Impossible de lire le guide { $file } : { $detail }.
error-playbook-syntax = Le guide { $file } est illisible à la ligne { $line }, colonne { $column } : { $detail }.
error-playbook-invalid = { PLURAL($count) ->
    [one] Le guide { $file } comporte { $count } problème :
   *[other] Le guide { $file } comporte { $count } problèmes :
}
error-playbook-lang = Langue inconnue { $value } : utilisez en, fr, pl ou ro.
playbook-problem-empty = ne doit pas être vide
playbook-problem-bad_id = l’identifiant { $value } doit compter de 1 à 64 minuscules, chiffres, - ou _
playbook-problem-duplicate_id = l’identifiant { $value } apparaît deux fois : chaque identifiant ne peut servir qu’une fois
playbook-problem-schema = schema_version { $found } inconnu (cette version de talkprep prend en charge le schéma { $supported })
playbook-problem-lang = langue inconnue { $value } : utilisez en, fr, pl ou ro
playbook-problem-no_openers = il faut au moins une phrase d’ouverture
playbook-problem-placeholder = espace réservé inconnu { $name } : utilisez {"{"}client{"}"} ou {"{"}topic{"}"}
playbook-problem-unclosed = une accolade {"{"} n’est jamais fermée
playbook-problem-unknown_role = identifiant de rôle inconnu { $value }
playbook-problem-no_exit = indiquez le scénario qui ouvre une préparation de fin de collaboration (par exemple ending-relationship)
playbook-problem-unknown_scenario = identifiant de scénario inconnu { $value }
playbook-problem-weight = le poids doit valoir au moins 1
playbook-problem-unknown_group = identifiant de groupe inconnu { $value }
playbook-problem-band_order = les tranches doivent suivre l’ordre croissant de min_score
playbook-problem-no_scenarios = il faut au moins un scénario
playbook-problem-no_bands = il faut au moins une tranche de verdict
playbook-problem-first_band = la première tranche doit commencer à 0, pour que chaque total ait un verdict
playbook-problem-other_lang = ce guide est en { $found }, mais talkprep fonctionne en { $lang } : passez --lang { $found } ou modifiez son champ « lang »
cli-error-no_sheet = Aucune fiche { $id } : talkprep list donne les identifiants, et talkprep trash list montre les fiches supprimées.
cli-error-stdout = Impossible d’écrire sur la sortie standard : { $detail }. Vérifiez le disque ou le fichier de destination.
cli-error-stdin = Impossible de lire l’entrée standard : { $detail }.
cli-error-read = Impossible de lire { $name } : { $detail }. Vérifiez le nom du fichier.
cli-error-sheet_is_folder = { $name } est un dossier : indiquez le fichier de fiche qu’il contient.
cli-error-playbook_is_folder = { $name } est un dossier : indiquez le fichier de guide qu’il contient.
cli-error-sheet_too_large = { $name } dépasse { $limit } Mio, le maximum que talkprep lit pour une fiche : vérifiez que c’est le bon fichier.
cli-error-playbook_too_large = Le guide { $name } dépasse { $limit } Mio, le maximum que talkprep lit pour un guide : allégez-le, ou déplacez-le pour utiliser le guide fourni.
cli-error-not_text = { $name } : { $detail }
cli-error-exists = { $path } existe déjà : ajoutez --force pour le remplacer, ou choisissez un autre fichier.
cli-error-bad_id = { $id } n’est pas un identifiant de fiche ({ $detail }) : voir talkprep list pour les identifiants.
cli-error-not_imported = { $name } n’a pas été importé : { $detail }
cli-error-no_review = Aucun examen des signaux d’alarme pour { $client } : voir talkprep flags list pour les clients examinés, ou lancez talkprep flags --client NOM pour en examiner un.
cli-error-ambiguous_client = Plusieurs clients correspondent à { $query } : { $clients }. Précisez le nom.
cli-error-playbook_not_regular = Le guide { $name } n’est pas un fichier ordinaire (un tube, un périphérique ou un dossier) : indiquez un fichier de guide, ou déplacez-le pour utiliser le guide fourni.
cli-error-playbook_unusable = Le guide { $name } est inutilisable (corrigez-le, ou déplacez-le pour utiliser le guide fourni). { $detail }
cli-error-bundled_broken = Le guide fourni est endommagé ; merci de le signaler. { $detail }
cli-error-tone_empty = Rien à vérifier : le texte est vide.
cli-error-tone_no_input = Rien à vérifier : indiquez le texte, -f FICHIER, ou - pour lire l’entrée standard.

# Gaps in an opener before the client or the topic is filled, and the kinds of push-back
# a rehearsal plays (ids from the playbook).
placeholder-client = [client]
placeholder-topic = [sujet]
address-female = { $name }
address-male = { $name }
placeholder-address = [nom]
field-address_suggested = { $name } (suggestion ; tapez pour changer)
pushback_kind-bargaining = marchandage
pushback_kind-counter_accusation = contre-accusation
pushback_kind-deflection = changement de sujet
pushback_kind-denial = déni
pushback_kind-emotion = émotion
pushback_kind-minimising = minimisation
pushback_kind-silence = silence
pushback_kind-stalling = atermoiements
wizard-typed_on_list = Ceci est une liste, pas un champ de texte : { -key_up }/{ -key_down } et { -key_toggle } pour choisir, { -key_next_field } pour passer au champ suivant.
wizard-more_above = ↑ { PLURAL($n) ->
    [one] { $n } champ au-dessus
   *[other] { $n } champs au-dessus
}
wizard-more_below = ↓ { PLURAL($n) ->
    [one] encore { $n } champ
   *[other] encore { $n } champs
}
when-past = { $when } (date passée)
help-more_below = ↓ suite : { -key_down } ou { -key_page_down }
key-side_up = faire défiler le panneau latéral vers le haut
key-side_down = faire défiler le panneau latéral vers le bas
side-more_above = ↑ suite au-dessus
side-more_below = ↓ suite : { -key_side_down }
app-no_signals = Impossible de surveiller les signaux qui ferment l’application proprement : { $detail }.
quit-rescue_failed = Vos dernières modifications n’ont pu être ni enregistrées ni conservées dans { $path } : { $detail }. Copiez votre texte ailleurs avant de fermer ce terminal.
key-bring_back = récupérer la saisie non enregistrée d’une session précédente
rescue-offer = { PLURAL($n) ->
    [one] { -key_bring_back } récupère { $n } préparation restée non enregistrée.
   *[other] { -key_bring_back } récupère { $n } préparations restées non enregistrées.
}
rescue-done = { PLURAL($n) ->
    [one] { $n } préparation récupérée
   *[other] { $n } préparations récupérées
}{ $copies ->
    [0] .
   *[other] {" "}; { $copies } en copie, car la version enregistrée diffère.
}
rescue-none = Aucune saisie non enregistrée à récupérer.

## The message or talk track built from a sheet (src/draft).
draft-date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
draft-talk-moment = { $n }. { $label } : { $text }
draft-talk-open = Commencer
draft-talk-facts = Les faits
draft-talk-question = Demander
draft-talk-listen = Écouter
draft-talk-propose = Proposer
draft-talk-if_not = Sinon, proposer :
draft-talk-next = Prochaine étape

step-message = Message
step-talk_track = Déroulé de l’appel
field-message_next_by = Échéance de la prochaine étape (facultative)
field-message_next_by-placeholder = p. ex. 11/12/2026
field-message_subject = Objet
field-message_body = Votre texte, prêt à être retouché
key-rebuild_message = régénérer à partir de la fiche
key-copy_message = copier le message
draft-heading_email = Un e-mail, tiré de votre fiche
draft-heading_chat = Un message instantané, tiré de votre fiche
draft-heading_talk = Le déroulé de l’appel, tiré de votre fiche
draft-length_read = { PLURAL($words) ->
    [one] { $words } mot
   *[other] { $words } mots
} · environ { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} de lecture
draft-length_say = { PLURAL($words) ->
    [one] { $words } mot
   *[other] { $words } mots
} · environ { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} à l’oral
draft-tone = { $label } · phrase la moins bien notée : { $score }/100 · { PLURAL($sentences) ->
    [one] { $sentences } phrase vérifiée
   *[other] { $sentences } phrases vérifiées
}
draft-worst = La plus fragile : { $sentence }
draft-more_findings = { PLURAL($n) ->
    [one] et { $n } autre constat
   *[other] et { $n } autres constats
}
draft-built_from = Rédigé à partir de votre phrase d’ouverture, des faits et des offres de repli, avec les formulations du guide pour ce scénario. Il suit la fiche tant que vous ne le modifiez pas ; { -key_rebuild_message } le régénère.
draft-edited = Modifié par vous : il reste tel que vous l’avez écrit. { -key_rebuild_message } le régénère à partir de la fiche, après confirmation.
draft-talk_hint = Ce n’est pas un texte à lire mot à mot : gardez-le sous les yeux. L’aide-mémoire et les exports le reprennent aussi.
draft-rebuild_confirm = Appuyez encore sur { -key_rebuild_message } pour remplacer vos retouches par le texte régénéré.
draft-bad_date = date illisible : la prochaine étape du message reste sans date
draft-rebuilt = Régénéré à partir de la fiche.
draft-nothing_to_copy = Il n’y a pas encore de message à copier.
draft-copied = Message copié dans le presse-papiers (votre terminal doit autoriser OSC 52).
draft-copied_body = Message copié (votre terminal doit autoriser OSC 52) ; l’objet est à part.

cli-about-draft = Afficher ou enregistrer le message d’une fiche : l’e-mail ou le message instantané rédigé à partir d’elle (tel que modifié dans l’application), ou le déroulé d’un appel.
cli-arg-draft-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-arg-draft-format = Format de sortie : txt (le message, avec sa ligne d’objet pour un e-mail ; par défaut), eml (un fichier e-mail qu’un logiciel de messagerie ouvre comme brouillon : objet, date, texte UTF-8, sans adresses) ou json (le message, sa longueur et son ton). Sans lui, l’extension de -o décide.
cli-arg-draft-output = Le fichier de destination (par défaut : la sortie standard).
cli-arg-draft-force = Remplacer FICHIER s’il existe déjà.
cli-error-draft_spoken = La fiche { $id } est préparée pour un appel, une visio ou un rendez-vous : son déroulé d’appel n’est pas un e-mail. Utilisez --format txt, ou choisissez « E-mail » ou « Message » comme canal à l’étape 1.
draft-subject_line = Objet : { $subject }
cue-track = Ensuite, dites
cli-arg-cue-json = Afficher du JSON au lieu de l’aide-mémoire (voir docs/json.md).
cli-arg-playbook-validate-json = Afficher le résultat en JSON, problèmes compris (voir docs/json.md).
answer-unknown_field = Il n’y a pas de champ « { $name } ». Les champs sont : { $fields }.
answer-bad_value = { $name } ne peut pas valoir « { $value } » : il attend { $expected }.
cli-about-new = Créer une fiche sans l’application et afficher son identifiant ; la remplir ensuite avec talkprep set.
cli-arg-new-scenario = Le scénario, par son identifiant (voir talkprep scenarios).
cli-arg-new-client = Le nom du client.
cli-arg-new-channel = Comment vous échangerez : call, video, in_person, email ou message.
cli-arg-new-when = Quand, p. ex. 08/12/2026 10h00 ou 2026-12-08 10:00.
cli-arg-new-topic = Le sujet, en quelques mots.
cli-arg-new-answers = Un fichier JSON (ou - pour l’entrée standard) de noms de champs et de réponses, comme talkprep set les prend.
cli-arg-new-json = Afficher l’identifiant en JSON.
cli-about-set = Répondre à un champ d’une fiche sans l’application, p. ex. talkprep set claire facts.what_happened "La facture 031 est impayée."
cli-long-set = CHAMP est le nom du champ dans la fiche : `client`, `address`, `topic`, `channel`, `when`, `facts.what_happened`, `facts.who_did_what`, `facts.evidence`, `facts.cost`, `facts.my_part`, `facts.repair`, `stakes.relationship`, `stakes.worth`, `stakes.heat`, `goal.kind`, `goal.outcome`, `goal.firm_on`, `goal.can_give`, `fallbacks.1`, `fallbacks.2`, `opener`, `message.next_by`, `message.subject`, `message.body`, `logistics.moment`, `logistics.place`, `logistics.minutes`, `logistics.notes`, `debrief.outcome` et les autres champs debrief. Une VALEUR vide efface le champ.
cli-arg-set-id = L’identifiant de la fiche, ses premiers caractères ou le nom du client (voir talkprep list).
cli-arg-set-field = Le champ à remplir (voir ci-dessus).
cli-arg-set-value = La réponse, ou - pour la lire sur l’entrée standard.
cli-arg-set-answers = Un fichier JSON (ou - pour l’entrée standard) de noms de champs et de réponses : {"{"} "client": "Claire", "stakes.heat": 6 {"}"}.
cli-value_name-CHANNEL = CANAL
cli-value_name-WHEN = QUAND
cli-value_name-FIELD = CHAMP
cli-value_name-VALUE = VALEUR
cli-error-set_what = Indiquez le champ à remplir et sa réponse, ou donnez --answers FICHIER.
cli-error-answers_not_json = { $name } n’est pas un JSON valide (ligne { $line }, colonne { $column }) : écrivez un objet de noms de champs et de réponses.
cli-error-answers_not_object = { $name } n’est pas un objet JSON : écrivez {"{"} "champ": "réponse", ... {"}"}.
cli-set_done = { $id } enregistrée.
cli-set_conflict = La fiche a changé ailleurs entre-temps : les deux sont gardées, et vos réponses sont dans { $copy }.
cli-set_deleted = { $id } a été supprimée entre-temps : rien n’a été enregistré.
key-edit_outside = écrire dans votre éditeur ($VISUAL, $EDITOR)
outside-read_back = Texte repris de votre éditeur.
outside-unchanged = Votre éditeur a laissé le texte tel quel.
outside-failed = Impossible de lancer votre éditeur ({ $editor }) : { $detail }. Indiquez le vôtre dans VISUAL ou EDITOR.
outside-editor_exit = Votre éditeur ({ $editor }) s’est terminé avec le code { $code } : le champ garde son texte.
outside-no_terminal = Un éditeur a besoin du terminal, et il n’y en a pas ici.
config-unreadable = Impossible de lire la configuration { $file } ({ $detail }) ; talkprep continue avec ses réglages par défaut.
config-invalid = Configuration { $file }, ligne { $line }, colonne { $column } : { $detail }. talkprep continue avec ses réglages par défaut ; talkprep config --default montre chaque clé.
cli-about-config = Indiquer où se trouve le fichier de configuration, ou afficher celui par défaut avec chaque clé expliquée.
cli-arg-config-default = Afficher la configuration par défaut, chaque clé avec sa valeur par défaut et son rôle.
cli-arg-config-path = Afficher le chemin du fichier de configuration (TALKPREP_CONFIG, sinon config.toml dans le dossier de configuration).
cli-config_in_effect = Configuration : { $file } ({ $state }).
cli-config_found = lue
cli-config_missing = absente : les réglages par défaut s’appliquent
config-unknown_key = « { $key } » n’est pas une clé reconnue par talkprep (il reconnaît { $keys })
config-bad_value = la valeur de { $key } n’est pas acceptée (voir talkprep config --default)
config-not_toml = cette ligne n’est pas de la forme clé = valeur (un texte se met entre "guillemets")
config-bad_lang = lang = « { $value } » : talkprep parle en, fr, pl et ro
config-bad_theme = theme = « { $value } » : les thèmes sont { $themes }
cli-arg-plain = Sans commande : poser les questions une ligne à la fois sur l’entrée et la sortie standard (sans cadres ni colonnes), pour les lecteurs d’écran et les scripts.
plain-menu = Que faire ? 1 nouvelle préparation, 2 revoir une préparation, 3 signaux d’alerte, 4 après l’appel, q quitter :
plain-menu_again = Ce n’est pas un des choix ; tapez son numéro.
plain-bye = Terminé. Vos fiches sont enregistrées.
plain-which_sheet = Quelle préparation ? Son identifiant, ou le nom du client (Entrée : retour) :
plain-step = Étape { $n } sur { $total } : { $title }
plain-choices = (au choix : { $choices })
plain-keep = (Entrée garde « { $current } », - l’efface)
plain-colon =  :
plain-pick_scenario = Scénario : son numéro, ou des mots de son titre :
plain-chosen = Choisi : { $choice }.
plain-pick_goal = Votre objectif : un numéro de la liste, ou Entrée pour écrire le vôtre ensuite
plain-message_keep = Entrée, puis une ligne avec seulement un point, garde ce message. Ou écrivez le vôtre, ligne par ligne, et terminez par une ligne avec seulement un point.
plain-follow_up = Un suivi, ce qui est à faire (Entrée : c’est tout)
plain-saved = { $id } enregistrée.
plain-yes = o, oui
plain-flag = { $title } ({ $hint }) Est-ce le cas ? o ou n :
plain-verdict = Verdict : { $title }, score { $score }.
cli-heading-examples = Exemples :
cli-examples-list =
    talkprep list
    talkprep list --search kowalski
    talkprep list --json
cli-examples-show =
    talkprep show marta
    talkprep show 20261201 --format md
cli-examples-export =
    talkprep export marta -o marta.md
    talkprep export marta -o marta.ics
    talkprep export marta --format json -o -
cli-examples-draft =
    talkprep draft marta
    talkprep draft marta -o reminder.eml
    talkprep draft marta --format json
cli-examples-cue =
    talkprep cue marta
    talkprep cue marta --json
cli-examples-due =
    talkprep due
    talkprep due --days 7 --json
cli-examples-new =
    talkprep new --scenario unpaid-invoice --client "Marta Kowalski" --channel email
cli-examples-set =
    talkprep set marta facts.what_happened "La facture 031 était due le 17 novembre."
    talkprep set marta stakes.heat 6
    talkprep set marta --answers answers.json
cli-examples-import =
    talkprep import sheet.json
    cat sheet.json | talkprep import -
cli-examples-delete =
    talkprep delete marta
cli-examples-restore =
    talkprep restore marta
cli-examples-rehearse =
    talkprep rehearse marta
cli-examples-scenarios =
    talkprep scenarios
    talkprep scenarios --json
cli-examples-tone =
    talkprep tone "Vous ne payez jamais à temps."
    talkprep tone --lang fr -f message.txt
    talkprep tone --jsonl - < openers.txt
cli-examples-flags =
    talkprep flags --client "Dana Quirk"
    talkprep flags list
    talkprep flags show dana --json
cli-examples-playbook-validate =
    talkprep playbook validate mine.json
    talkprep playbook validate mine.json --json
cli-examples-playbook-export =
    talkprep playbook export > mine.json
cli-examples-trash-list =
    talkprep trash list
    talkprep trash list --json
cli-examples-trash-empty =
    talkprep trash empty --older-than 30
cli-examples-completions =
    talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep
    talkprep completions zsh > ~/.zfunc/_talkprep
cli-examples-man =
    talkprep man | man -l -
cli-examples-config =
    talkprep config
    talkprep config --default > ~/.config/talkprep/config.toml
cli-examples-quarantine =
    talkprep quarantine list
    talkprep quarantine restore 20261120-acme-a1b2.json
cli-examples-quarantine-list =
    talkprep quarantine list
    talkprep quarantine list --json
cli-examples-quarantine-restore =
    talkprep quarantine restore 20261120-acme-a1b2.json
cli-examples-trash =
    talkprep trash list
    talkprep trash empty --older-than 30
cli-examples-playbook =
    talkprep playbook export > mine.json
    talkprep playbook validate mine.json
cli-examples-flags-list =
    talkprep flags list
    talkprep flags list --json
cli-examples-flags-show =
    talkprep flags show dana
    talkprep flags show dana --json
cli-examples-flags-export =
    talkprep flags export dana -o dana-flags.md
cli-examples-flags-delete =
    talkprep flags delete dana
cli-examples-flags-restore =
    talkprep flags restore dana
keys-at = { $file }, ligne { $line }
keys-unknown_action = { $at } : il n’y a pas d’action « { $action } » (les noms sont ceux de assets/keys.toml, p. ex. save, next_step) ; la touche reste telle quelle.
keys-bad_key = { $at } : « { $keys } » n’est pas une touche que talkprep lit (p. ex. ctrl-w, alt-n, f5, q) ; la touche reste telle quelle.
keys-conflict = { $at } : { $key } sert déjà à { $other } là où { $action } s’applique ; { $action } garde sa touche.
