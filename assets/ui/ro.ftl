# talkprep: the interface in Romanian.
# Fluent (https://projectfluent.org): { $name } is a value, { -key_action } the key bound to
# an action (assets/keys.toml), and { PLURAL($n) -> [one] ... *[other] ... } picks the plural
# form by CLDR's rules for this language (one, few, many, other); { $n -> [0] ... } matches one
# exact number.
# Ids are the code's keys with "-" for ".": home-title is home.title.

app-name = talkprep
app-needs_terminal = talkprep trebuie pornit dintr-un terminal. Deschide un terminal și rulează „talkprep” sau folosește o comandă precum „talkprep list” (vezi „talkprep --help”).
app-too_small = Mărește fereastra: talkprep are nevoie de cel puțin { $width } coloane și { $height } rânduri. { -key_quit } închide aplicația (ce ai scris se salvează).

home-title = talkprep: pregătește-te pentru o discuție dificilă cu un client
home-subtitle = Un plan calm și o primă frază în zece minute; totul rămâne pe calculatorul tău.
home-new = Începe o pregătire nouă
home-library = Pregătirile tale ({ $shown } din { $total })
home-reading = Se citesc pregătirile tale…
home-empty = Nicio pregătire salvată încă. Apasă { -key_select } ca să începi una.
home-no_match = Nimic nu se potrivește cu filtrul. { -key_back } îl șterge.
home-filter_placeholder = Scrie ca să filtrezi după client, scenariu sau orice răspuns
home-deleted = Mutată în coș. Apasă { -key_undo } ca să anulezi.
home-restored = Readusă din coș.
home-review_deleted = Analiza a fost mutată în coș. Apasă { -key_undo } ca să anulezi.
home-review_restored = Analiza a fost readusă din coș.
home-nothing_to_undo = Nimic de anulat.
home-missing = Mai ai de completat: { $parts }
home-before_title = Înainte de orice discuție dificilă

step-who = Scenariu și client
step-facts = Fapte
step-stakes = Miză
step-goal = Obiectiv
step-fallback = Plan B
step-opener = Deschidere
step-logistics = Logistică
step-review = Recapitulare
step-rehearsal = Repetiție
step-debrief = După apel

wizard-step_of = Pasul { $n } din { $total }: { $title }
wizard-percent = {" "}{ $percent }% completat · { $saved }
wizard-saved = salvat
wizard-editing = se salvează imediat…
wizard-not_saved = nesalvat încă

field-scenario_filter = Caută un scenariu
field-scenario_filter-placeholder = Scrie un cuvânt: factură, întârziere, gratuit, reducere…
field-scenario = Scenariu
field-client = Client (sau colaborator)
field-client-placeholder = Numele persoanei sau al firmei
field-address = Cum te adresezi persoanei (opțional)
field-address-placeholder = În salut: doamnă Popescu, domnule Ionescu, Ioana
field-topic = Despre ce e vorba, în câteva cuvinte
field-topic_example = De exemplu: { $example }
field-channel = Cum vei vorbi cu clientul
field-when = Data și ora (opțional)
field-when-placeholder = de ex. 25.11.2026 16:30 sau 2026-11-25 16:30
field-goal_ideas = Rezultate potrivite pentru acest scenariu ({ -key_select } ca să alegi)
field-fallback_ideas = Oferte care funcționează adesea ({ -key_select } ca să alegi)
field-fallback1 = Ofertă de rezervă 1
field-fallback1-placeholder = Ce poți oferi dacă prima cerere e refuzată
field-fallback2 = Ofertă de rezervă 2
field-fallback2-placeholder = O a doua variantă, dacă ai una
field-opener_ideas = Fraze de deschidere ({ -key_select } o alegi, apoi o adaptezi)
field-opener = Prima ta frază
field-opener-placeholder = Scrie-o așa cum ai spune-o. Tonul se verifică pe măsură ce scrii.
field-moment_ideas = Când să aibă loc ({ -key_select } ca să alegi)
field-library_filter = Filtru
field-export_path = Export în Markdown: calea fișierului, { -key_commit } ca să-l scrii, { -key_back } ca să anulezi

facts-what_happened = Ce s-a întâmplat
facts-what_happened-placeholder = Doar faptele, cu date
facts-who_did_what = Cine ce a făcut
facts-who_did_what-placeholder = Ce a făcut fiecare parte, fără judecăți
facts-evidence = Dovezile pe care le ai
facts-evidence-placeholder = E-mailuri, evidența orelor, facturi, mesaje
facts-cost = Ce te costă
facts-cost-placeholder = Bani, ore, muncă pierdută, stres
facts-my_part = Partea ta de responsabilitate
facts-my_part-placeholder = Ce ai fi putut face altfel
facts-repair = Cum s-ar putea repara
facts-repair-placeholder = Ce ar îndrepta lucrurile pentru amândoi
facts-reminder_title = E vorba de afaceri, nu de ceva personal
facts-reminder = Descrie ce s-a întâmplat așa cum ar face-o un observator neutru. Faptele și cifrele calmează discuția; presupunerile despre intenții o aprind.
facts-prompts = Întrebări pentru acest scenariu

stakes-relationship = Cât durează această colaborare?
stakes-worth = Ce îți aduce colaborarea
stakes-worth-placeholder = Venituri, recomandări, ce înveți, cum te simți
stakes-wont_matter = Peste 12 luni, asta nu va mai conta
stakes-will_matter = Peste 12 luni, asta tot va conta
stakes-heat = Cât de puternice sunt emoțiile tale acum? ({ -key_left }/{ -key_right } sau 0-9)
stakes-hot_title = Emoțiile sunt încă aprinse
stakes-hot = Acum e momentul să aștepți. Lasă lucrurile să se liniștească, apoi programează discuția în loc să reacționezi pe loc: o plimbare, o noapte de somn sau un mesaj scurt în care propui o oră te vor ajuta mai mult decât un răspuns dat la nervi.
stakes-twelve_title = Pornește cu gândul la final
stakes-twelve = Imaginează-ți clientul acesta peste un an. Replicile usturătoare și faptul că ai avut dreptate se uită repede; relația, reputația ta și profitul pe termen lung rămân.
stakes-worth_hint = Să câștigi cearta și să pierzi clientul nu e o victorie. Ia în calcul că s-ar putea să plece, să plătească cu întârziere sau să conteste factura; apoi decide cât valorează asta pentru tine.

scale-unset = Nestabilit: apasă { -key_left }, { -key_right } sau o cifră

relationship-one_off = Proiect unic
relationship-short = Câteva luni
relationship-long = Pe termen lung

goal-kind = Rezultat
goal-outcome = Rezultatul pe care îl vrei
goal-outcome-placeholder = Unde vrei să ajungi, în una sau două fraze
goal-firm_on = La ce nu renunți
goal-firm_on-placeholder = Limita pe care n-o treci
goal-can_give = Unde poți ceda
goal-can_give-placeholder = Ce poți ceda pentru o înțelegere
goal-hint_title = Fermitate și deschidere
goal-hint = Spune limpede ce vrei și fii gata să faci și tu un pas. Dacă răspunsul e „nu acum”, lasă ușa deschisă și păstrează un ton politicos: clientul te poate recomanda în continuare altora.

goal_kind-keep = Continuăm colaborarea
goal_kind-renegotiate = Renegociem condițiile
goal_kind-move_package = Trecem la alt pachet
goal_kind-pause = Pauză, cu ușa deschisă
goal_kind-part_ways = Încheiem colaborarea

fallback-hint_title = Pregătește una sau două oferte
fallback-hint = Înainte de apel, stabilește exact ce ești gata să oferi: plata în rate, un pachet mai mic, un sistem de reamintiri, o pauză. Alege una din listă și adapteaz-o situației tale.

opener-avoid = Formulări de evitat aici
opener-no_rewrite = Nu există o reformulare gata făcută. Modifică manual cuvintele evidențiate.
opener-rewritten = Reformulare aplicată.

logistics-moment = Momentul
logistics-moment-placeholder = de ex. joi, la sfârșitul zilei de lucru
logistics-place = Locul
logistics-place-placeholder = de ex. o cameră liniștită, cu notițele la îndemână, sau biroul clientului
logistics-minutes = Cât durează (minute)
logistics-minutes-placeholder = de ex. 30; gol: durata obișnuită pentru acest canal
logistics-minutes_default = Gol: { $minutes }, de obicei pentru acest canal
logistics-notes = Notițe
logistics-notes-placeholder = Ce iei cu tine, ce trimiți înainte sau ce nu trebuie să uiți
logistics-timing_title = Când
logistics-place_title = Unde
logistics-channel_title = Pe ce canal

channel-call = Telefon
channel-video = Apel video
channel-in_person = Față în față
channel-email = E-mail
channel-message = Mesaj

review-actions = Fișa ta de pregătire · { -key_up }/{ -key_down } { -key_page_up }/{ -key_page_down } derulează · { -key_export } exportă · { -key_copy_opener } copiază deschiderea · { -key_copy_sheet } copiază fișa
review-empty = Nu ai scris nimic încă. Întoarce-te cu { -key_prev_step } ca să completezi pașii.
review-exported = Salvat în { $path }
review-exists = Fișierul există deja; exportă din nou ca să-l înlocuiești: { $path }
review-copied_opener = Fraza de deschidere a fost copiată în clipboard (terminalul tău trebuie să permită OSC 52).
review-copied_sheet = Fișa a fost copiată în clipboard (terminalul tău trebuie să permită OSC 52).

sheet-title = Pregătire: discuția cu { $client }
sheet-no_client = (încă fără client)

when-format = { $weekday }, { $day } { $month } { $year }, { $time }
when-format_day = { $weekday }, { $day } { $month } { $year }
when-invalid = data nu poate fi citită: scrie 25.11.2026 16:30

weekday-0 = luni
weekday-1 = marți
weekday-2 = miercuri
weekday-3 = joi
weekday-4 = vineri
weekday-5 = sâmbătă
weekday-6 = duminică

month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

tone-heading = Ton:
tone-empty = Scrie sau alege o frază de deschidere: tonul ei e verificat aici, pe măsură ce scrii.
tone-strengths = Puncte forte
tone-try = {" "}Încearcă: { $suggestion }
tone-try_line = → Încearcă: { $suggestion }
tone-arithmetic = Scor: { $steps }
tone-label-warm = cald
tone-label-neutral = neutru
tone-label-tense = tensionat
tone-label-hostile = ostil
tone-severity-info = notă
tone-severity-warn = atenție
tone-severity-high = dur

rehearse-count = Repetiții

debrief-outcome = Rezultat
debrief-against_goal = Față de obiectiv
debrief-went_well = Ce a mers bine
debrief-went_badly = Ce n-a mers
debrief-learned = Ce ai învățat
debrief-would_change = Ce ai schimba

outcome-resolved = Rezolvat
outcome-partly = Rezolvat parțial
outcome-not_resolved = Nerezolvat
outcome-parted_ways = Colaborare încheiată

followups-heading = Pași următori

owner-me = tu
owner-client = clientul

followups-due = termen { $date }

cue-title = În timpul apelului cu { $client }
cue-opener = Începe cu
cue-goal = Obiectivul tău
cue-firm_on = Nu renunța la
cue-fallback = Ofertă de rezervă
cue-listen = Cât timp vorbește clientul
cue-future = După ce se calmează, întreabă
cue-heated = Dacă se aprinde discuția
cue-second_talk = Fă o pauză. O a doua discuție, în altă zi, e în regulă.
cue-can_give = Unde poți ceda
cue-facts = Faptele-cheie
cue-replies = Răspunsurile tale repetate
cue-more_below = ↓ încă { $count ->
        [one] un rând
        [few] { $count } rânduri
       *[other] { $count } de rânduri
    } · { -key_down } { -key_page_down } pentru a citi mai departe
cue-at_end = Sfârșitul fișei · { -key_up } { -key_page_up } pentru a reveni

due-overdue = întârziat cu { PLURAL($days) ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
due-today = termen azi
due-soon = { PLURAL($days) ->
    [one] mâine
    [few] peste { $days } zile
   *[other] peste { $days } de zile
}

ics-conversation = Discuție cu { $client }
ics-conversation_about = Discuție cu { $client }: { $scenario }
ics-cue_hint = În timpul apelului, ține deschisă fișa cu repere: talkprep cue { $id }
ics-follow_up-me = Promisiunea ta către { $client }: { $what }
ics-follow_up-client = { $client } ți-a promis: { $what }
ics-follow_up-done = Gata: { $summary }
ics-follow_up-description = Un pas următor stabilit în discuția cu { $client } (fișa talkprep { $id }).
ics-nothing = nu e nimic de pus în calendar: fișa { $id } nu are nici dată, nici pași următori cu termen. Stabilește mai întâi o dată sau adaugă un pas următor cu termen.

help-title = Taste
help-editing = În câmpurile de text: săgeți, Ctrl-←/→ cuvânt cu cuvânt, Home/End, { -key_undo_edit } sau Ctrl-U anulează, Ctrl-R reface. Textul lipit se inserează dintr-o bucată.
help-mouse = Dă clic pe un câmp ca să scrii în el și pe un element din listă ca să-l alegi.
help-autosave = Fișa se salvează singură la cel mult o secundă după ultima modificare și la fiecare pas.
help-close = săgețile derulează, orice altă tastă închide

quit-title = Ieși din talkprep?
quit-body = Ultimele modificări nu sunt încă salvate. { -key_confirm }: salvează și ieși · { -key_discard }: ieși fără să salvezi · { -key_back }: rămâi

key-help = ajutor
key-save = salvează
key-quit = ieși
key-next_step = pasul următor
key-prev_step = pasul anterior
key-next_field = câmpul următor
key-prev_field = câmpul anterior
key-back = înapoi
key-apply_rewrite = aplică reformularea propusă
key-new = fișă nouă
key-delete = mută în coș
key-undo = anulează ștergerea
key-export = exportă
key-copy_opener = copiază deschiderea
key-copy_sheet = copiază fișa
key-page_up = derulează în sus
key-page_down = derulează în jos
key-up = sus
key-down = jos
key-left = stânga
key-right = dreapta
key-toggle = bifează / alege
key-select = alege / deschide

list-empty = Nimic de ales aici încă: alege mai întâi un scenariu la pasul 1.

who-fits = Potrivit pentru: { $roles }
who-pick_hint = Alege scenariul cel mai apropiat de al tău; „Altă discuție dificilă” se potrivește oricărei alte conversații.

cli-playbook_valid = valid: { PLURAL($scenarios) ->
    [one] un scenariu
    [few] { $scenarios } scenarii
   *[other] { $scenarios } de scenarii
} ({ $lang })
cli-no_sheets = Nicio fișă salvată încă. Rulează „talkprep” ca să pregătești una.
cli-no_match = Nicio fișă nu se potrivește cu { $search }. Rulează talkprep list ca să le vezi pe toate.
cli-imported = importată ca { $id }
cli-deleted = { $id } a fost mutată în coș (talkprep restore { $id } o readuce)
cli-restored = { $id } a fost readusă din coș

stakes-hot_short = Emoții aprinse: lasă-le să se liniștească și programează discuția în loc să reacționezi acum

sheet-about = Subiect: { $topic }

export-relationship = Colaborarea
export-heat = Intensitatea emoțiilor

key-timer = cronometru
key-next_round = obiecția următoare
key-reveal = arată un răspuns calm
key-write_reply = scrie răspunsul tău
key-next_variation = altă deschidere
key-promote = folosește deschiderea
key-undo_promote = revino
key-edit_opener = editează deschiderea
key-rehearse = repetă cu voce tare

home-pick_a_sheet = Alege mai întâi o pregătire salvată, apoi apasă { -key_rehearse } ca s-o repeți sau { -key_cue_card } pentru fișa ei cu repere.

rehearse-title = Repetiție: { $client } · { $scenario }
rehearse-status = { PLURAL($rounds) ->
    [one] O rundă jucată
    [few] { $rounds } runde jucate
   *[other] { $rounds } de runde jucate
} · { $timer }
rehearse-timer_idle = { -key_timer } cronometrează cât îți ia să spui fraza de deschidere cu voce tare
rehearse-timer_running = cronometrul merge: { $time } ({ -key_timer } îl oprește)
rehearse-timer_last = ultimul timp: { $time } ({ PLURAL($runs) ->
    [one] o încercare cronometrată
    [few] { $runs } încercări cronometrate
   *[other] { $runs } de încercări cronometrate
})
rehearse-no_opener = Încă nu ai o frază de deschidere: scrie una la pasul „Deschidere” sau apasă { -key_next_variation } pentru una din ghid.
rehearse-estimate = Cam { $seconds } s ca s-o spui într-un ritm calm.
rehearse-pace_rushed = Ultima încercare: { $spoken } s, față de circa { $estimate } s într-un ritm calm. Respiră și încetinește.
rehearse-pace_calm = Ultima încercare: { $spoken } s, un ritm calm.
rehearse-pace_slow = Ultima încercare: { $spoken } s, față de circa { $estimate } s. E în regulă dacă pauzele au fost intenționate; altfel, taie câteva cuvinte.
rehearse-too_long = E lungă pentru o primă frază: încearcă s-o reduci la o idee și o întrebare.
rehearse-variation = Deschiderea ta · { $n } din { $total } · { $which } · { $tone }
rehearse-yours = a ta
rehearse-alternative = din ghid
rehearse-cue = Între runde:
rehearse-start_hint = Spune fraza de deschidere cu voce tare. Apoi apasă { -key_next_round }: clientul răspunde, așa cum răspund clienții în realitate.
rehearse-round_none = Clientul
rehearse-round = Runda { $n } · clientul obiectează ({ $kind })
rehearse-pause = Pauză: lasă tăcerea să-și facă efectul… { $seconds }
rehearse-answer = E rândul tău: răspunde cu voce tare. { -key_reveal } arată un răspuns calm cu care să compari, { -key_write_reply } te lasă să-l scrii pe al tău, iar { -key_next_round } joacă încă o rundă.
rehearse-calm_reply = Un răspuns calm:
rehearse-your_reply = Răspunsul tău:
rehearse-write = Răspunsul tău · { $tone } · { -key_commit } îl păstrează în fișă · { -key_back } anulează
rehearse-reply_kept = Răspunsul tău a fost păstrat în fișă.
rehearse-promoted = Adoptată; a ta rămâne varianta 1 ({ -key_undo } revine la ea).
rehearse-already_in_use = Aceasta este deja deschiderea fișei.
rehearse-nothing_to_undo = Nu e nimic de anulat în această repetiție.
rehearse-promote_undone = Fișa are din nou deschiderea de dinainte.
rehearse-yours_again = Deschiderea ta este din nou cea a fișei.
rehearse-opener_edited = Deschiderea ta a fost actualizată în fișă.
rehearse-edit = Deschiderea ta · { $tone } · { -key_commit } o păstrează · { -key_back } anulează
rehearse-in_use = folosită
rehearse-yours_rewritten = a ta, cu reformulările propuse
rehearse-yours_firmer = a ta, mai fermă (fără formulele care îndulcesc cererea)
rehearse-no_pushbacks = Scenariul acesta nu are obiecții de jucat.

home-rehearsed = { PLURAL($n) ->
    [one] repetată o dată
    [few] repetată de { $n } ori
   *[other] repetată de { $n } de ori
}

flags-md-title = Analiza semnalelor de alarmă: { $client }
flags-md-meta = Analiză din { $date } · scor { $score } · { $band }
flags-md-exit_prep = Ca să pregătești discuția de încheiere a colaborării, rulează talkprep flags --client "{ $client }" și pornește pregătirea din verdict.
flags-verdict = Verdict
flags-why = De ce
flags-why_none = Nimic bifat: niciun semnal de cântărit.
flags-why_item = { $title } (pondere { $weight })
flags-why_extreme = { $title }: semnal extrem; duce direct în ultima categorie, oricare ar fi totalul
flags-what_next = Ce urmează
flags-next_watch = Urmează sfaturile de mai sus și analizează din nou acest client peste câteva săptămâni, ca să vezi tendința.
flags-plan = Planul de redresare: o listă de pași de urmat
flags-plan_for_one = Formulat pentru cine lucrează pe cont propriu ({ -key_toggle_team }: cu o echipă).
flags-plan_for_team = Formulat pentru lucrul în echipă ({ -key_toggle_team }: pe cont propriu).
flags-strategies = Strategii pentru un client dificil
flags-breaking = Cum să închei frumos
flags-checklist = Listă de verificare
flags-note_label = notă: { $note }
flags-group_other = Altele
flags-history = Analizele acestui client
flags-history_row = { $date }: scor { $score }, { $band }
flags-trend-first = Prima analiză a acestui client: reia-o peste câteva săptămâni ca să vezi tendința.
flags-trend-better = Mai bine decât data trecută.
flags-trend-worse = Mai rău decât data trecută.
flags-trend-same = La fel ca data trecută.
flags-cli-none = Nicio analiză a semnalelor de alarmă încă. Rulează „talkprep flags” ca să analizezi un client.
flags-cli-review_id = (identificator: { $id })
flags-cli-show_title = { $client }: { PLURAL($count) ->
    [one] o analiză a semnalelor de alarmă
    [few] { $count } analize ale semnalelor de alarmă
   *[other] { $count } de analize ale semnalelor de alarmă
}
flags-trend_word-first = prima
flags-trend_word-better = mai bine
flags-trend_word-worse = mai rău
flags-trend_word-same = la fel

key-red_flags = semnale de alarmă
key-flags_complete = completează numele
key-flags_verdict = verdict
key-flags_toggle = bifează
key-flags_note = notă la acest punct
key-flags_plan_step = bifează pasul
key-flags_exit_prep = încheiere
key-delete_follow_up = șterge pasul următor
key-edit_follow_up = modifică pasul următor
key-undo_follow_up = adu înapoi un pas șters
followup-deleted = Pas următor șters. { -key_undo } îl aduce înapoi.
followup-none_to_delete = Nu e niciun pas următor de șters aici.
followup-restored = Pasul următor a revenit în listă.
followup-nothing_to_undo = Nu e niciun pas șters de adus înapoi.
followup-editing = Modifică-l în câmpurile de mai jos; { -key_commit } îl pune la loc.
followup-none_to_edit = Nu e niciun pas următor de modificat aici.
followup-changed = Pas următor modificat.
key-flags_why = toate motivele
key-flags_export = exportă
key-flags_delete = șterge analiza
key-flags_team = pe cont propriu/echipă

home-flags_line = { -key_red_flags }: analizează semnalele de alarmă ale unui client

flags-title = Analiza semnalelor de alarmă
flags-ticked_count = { PLURAL($ticked) ->
    [one] un semnal bifat
    [few] { $ticked } semnale bifate
   *[other] { $ticked } de semnale bifate
} din { $total }
flags-client = Client
flags-client_placeholder = Pe cine analizezi? { -key_complete } completează numele pe care le folosești deja
flags-client_hint = Scrie numele clientului, apoi bifează ce ai observat. { -key_show_verdict } arată verdictul.
flags-candidates = { -key_complete }:
flags-first_review = Prima analiză pentru { $client }: data viitoare, rândul acesta va arăta tendința.
flags-reviews_label = Scoruri:
flags-now = acum
flags-looks_like = Cum se manifestă
flags-note_title = Notă la acest punct: { -key_commit } o păstrează, { -key_back } anulează
flags-note_placeholder = Ce ai observat, de ex. 3 apeluri duminică
flags-note_line = ✎ { $note }
flags-note_none = { -key_edit_note }: adaugă o notă (ce ai observat, când)
flags-so_far = Verdictul de până acum:
flags-score = scor { $score }
flags-extreme_short = semnal extrem bifat
flags-extreme_long = Un semnal extrem e bifat: insultele, amenințările sau abuzul duc direct în ultima categorie.
flags-weighs_most = Cântărește cel mai mult:
flags-and_more = …și încă { $count } ({ -key_expand_why } le arată)
flags-show_fewer = { -key_expand_why } arată doar motivele cele mai grele.
flags-verdict_title = Verdict pentru { $client } · { $date }
flags-exit_button = Pregătește încheierea colaborării cu { $client }
flags-need_client = Scrie mai întâi numele clientului: analizele se păstrează pe numele lui.
flags-confirm_empty = Nimic bifat. { -key_show_verdict } din nou înregistrează „niciun semnal”.
flags-export_unsaved = Analiza nu e salvată încă: apasă { -key_save }, apoi exportă-o.
flags-delete_unsaved = Analiza nu e salvată încă, deci nu ai ce șterge: Esc te întoarce la lista de verificare.
flags-started_from_last = Pornit de la ultima analiză pentru { $client } ({ $date }): schimbă ce e diferit acum.
flags-editing_today = Editezi analiza de azi pentru { $client }: modificările o înlocuiesc.
flags-saved = Analiza pentru { $client } a fost salvată.
flags-saved_as_copy = Modificată între timp în altă parte: ambele versiuni sunt păstrate, iar acum editezi copia ta, { $id }.
flags-deleted_elsewhere = Analiza a fost ștearsă în altă parte: nu s-a scris nimic. { -key_save } o salvează din nou; dacă pleci, rămâne ștearsă.
flags-so_far_title = Verdictul de până acum
flags-more_below = ↓ continuă mai jos: { -key_down } sau { -key_page_down }

export-tone = Ton

tone-one_key = { -key_apply_rewrite } o reformulează automat.


field-follow_ups = Pași următori (Spațiu marchează unul ca făcut, { -key_edit_follow_up } îl modifică, { -key_delete } îl șterge)
field-follow_ups-placeholder = Niciunul deocamdată: scrie unul în câmpul de mai jos și apasă { -key_commit }.
field-new_follow_what = Pas următor nou: o promisiune sau ce urmează de făcut ({ -key_commit } îl adaugă)
field-new_follow_owner = Cine se ocupă
field-new_follow_due = Termen (opțional, de ex. 15.12.2026; { -key_commit } îl adaugă)

debrief-after_title = După apel
debrief-questions = Întrebări de reflecție
debrief-added = Pas următor adăugat. Apare pe ecranul principal și în „talkprep due” când ajunge la termen.
debrief-bad_due = Scrie termenul ca 15.12.2026 sau lasă câmpul gol.
debrief-offered = Apelul a avut loc: cum a mers? Două minute de bilanț și nicio promisiune nu se pierde din vedere.

home-marked_done = Gata: { $what } ({ -key_undo } anulează)
home-marked_open = Din nou de făcut: { $what }
home-due_row = ⚑ { $status } · { $client } · { $owner }: { $what }
home-review_row = ◇ { $client } · { $date } · scor { $score } · { $band }

key-cue = fișa cu repere pentru apel

cli-trash_none = Coșul este gol.
cli-trash_unreadable = (ilizibilă: { $error })
cli-trash_hint = talkprep restore ID readuce o fișă; talkprep trash empty le șterge definitiv.
cli-trash_emptied = { $n ->
    [0] Coșul nu avea nimic de șters.
   *[other] { PLURAL($n) ->
        [one] Un fișier a fost șters definitiv din coș.
        [few] { $n } fișiere au fost șterse definitiv din coș.
       *[other] { $n } de fișiere au fost șterse definitiv din coș.
    }
}

key-confirm_quit = salvează și ieși
key-discard_quit = ieși fără să salvezi
key-leave_filter = mergi la listă
key-commit = păstrează textul
key-undo_edit = anulează ultima modificare
key-delete_to_start = șterge până la începutul rândului
key-level = alege nivelul
key-more = mai mult

keyname-space = Spațiu
keyname-tab = Tab
keyname-backtab = Shift-Tab
keyname-esc = Esc
keyname-enter = ↵
keyname-pageup = PgUp
keyname-pagedown = PgDn
keyname-home = Home
keyname-end = End
keyname-backspace = ⌫
keyname-delete = Del
keyname-ctrl = Ctrl-{ $key }
keyname-alt = Alt-{ $key }

error-store-io = Nu am putut folosi { $path }: { $detail }. Verifică dacă dosarul există și dacă ai drept de citire și scriere.
error-store-sheet = { $path }: { $detail }
error-store-import = Textul importat nu este o fișă pe care talkprep o poate citi: { $detail }
error-store-not_found = Nu există fișa { $id }: verifică identificatorul în lista fișelor sau readu-o din coș.
error-store-not_in_trash = Fișa { $id } nu este în coș: talkprep trash list arată ce conține.
error-store-exists = Există deja o fișă cu identificatorul { $id }: șterge-o sau redenumește-o mai întâi.
error-store-newer = Nu salvez peste { $path }: a fost scris de o versiune mai nouă de talkprep (schema { $found }; aceasta citește până la { $supported }). Actualizează talkprep.
error-store-id_mismatch = { $path } conține fișa { $found }, nu { $expected }: redenumește fișierul după identificatorul lui.
error-store-bad_file_name = { $path }: numele fișierului nu este un identificator de fișă; redenumește fișierul.
error-store-bad_id = Nu pot salva o fișă cu identificatorul { $id }: { $detail }
error-store-set_aside_failed = { $path } nu poate fi citit, iar mutarea lui deoparte a eșuat și ea: mută sau corectează fișierul manual.
error-store-review = { $path }: { $detail }
error-store-review_not_found = Nu există analiza { $id }: talkprep flags list arată clienții analizați.
error-store-busy = Fișa este deschisă în alt talkprep: închide-o acolo, apoi încearcă din nou.
error-copy = Nu am putut copia: { $detail }

quit-save_failed = Aplicația nu se închide: modificările nu au putut fi salvate. { $error }
quit-rescued = Ultimele modificări nu au putut fi salvate; sunt păstrate în { $path }. Importă fișierul cu talkprep import după ce problema e rezolvată.
quit-rescued_review = Ultimele modificări ale analizei semnalelor de alarmă nu au putut fi salvate; sunt păstrate în { $path }. Pornește din nou talkprep după ce problema e rezolvată: îți va propune să le aduci înapoi.

key-open = deschide
key-mark_done = marchează ca făcut

wizard-esc_again = Apasă din nou { -key_back } ca să revii la ecranul principal; răspunsurile rămân. Orice altă tastă te lasă aici.

when-unreadable = Data nu poate fi citită, așa că nu se păstrează nicio dată: scrie-o ca 25.11.2026 16:30. Treci din nou mai departe ca să continui fără dată.

wizard-replaced = Textul tău a fost înlocuit de sugestie: în câmp, { -key_undo_edit } îl aduce înapoi.

error-copy_too_large = Prea mare pentru clipboardul terminalului: mai bine exportă fișa.

review-copied_note = {" "}(un terminal care blochează clipboardul sau tmux fără set-clipboard on îl ignoră fără niciun mesaj)

cli-quarantine_none = Carantina este goală: talkprep a putut citi toate fișierele găsite.
cli-quarantine_hint = Aceste fișiere nu au putut fi citite, așa că au fost puse deoparte, nu șterse. Corectează unul într-un editor de text, apoi „talkprep quarantine restore NUME” îl pune la loc.
cli-quarantine_restored = Pus la loc: { $path }. Dacă tot nu poate fi citit, „talkprep list” îți spune de ce.
cli-quarantine_sheet = fișă
cli-quarantine_review = analiză
cli-no_readable_sheets = Nicio fișă nu a putut fi afișată: verifică fișierele semnalate mai sus (vezi și „talkprep quarantine list”).

error-store-not_regular = { $path } nu este un fișier obișnuit (e un pipe, un dispozitiv sau un dosar), așa că talkprep nu îl citește: mută-l din dosar.
error-store-too_large = { $path } depășește { $limit }, maximul pe care talkprep îl citește pentru un astfel de fișier: mută-l din dosar sau scurtează-l.
error-store-store_busy = Alt talkprep scrie chiar acum în acest dosar de date: încearcă din nou peste o clipă sau închide celălalt talkprep.
error-store-being_written = Nu salvez peste { $path }: nu poate fi citit și s-a schimbat acum mai puțin de un minut, deci poate îl scrie alt program. Încearcă din nou peste un minut.
error-store-not_quarantined = Nu există niciun fișier în carantină numit { $name }: talkprep quarantine list arată numele.

wizard-read_only = Aici doar pentru citire: fișa este deschisă în alt talkprep. Închide-o acolo ca s-o poți modifica aici.
wizard-saved_as_copy = Modificată între timp în altă parte: ambele versiuni sunt păstrate, iar acum editezi copia ta, { $id }.
wizard-deleted_elsewhere = Fișa a fost ștearsă în altă parte: nu s-a scris nimic. { -key_save } o salvează din nou; dacă pleci, rămâne ștearsă.

tone-summary = Ton: { $label } { $score }/100 · { $findings ->
    [0] nicio observație
   *[other] { PLURAL($findings) ->
        [one] o observație
        [few] { $findings } observații
       *[other] { $findings } de observații
    }
}

# Typography: how this language quotes, joins a label to its text and writes percentages.
# typo-after_colon is "lower" where a colon is followed by a lower-case word.
typo-quote = „{ $text }”
typo-colon = { $label }: { $text }
typo-after_colon = lower
typo-percent = { $n }%

# Dates in lists and headers: $day 5, $dd 05, $mm 11, $mon the short month name, $year 2026.
date-short = { $dd }.{ $mm }.{ $year }
date-time = { $date }, { $time }
month_short-1 = ian.
month_short-2 = feb.
month_short-3 = mar.
month_short-4 = apr.
month_short-5 = mai
month_short-6 = iun.
month_short-7 = iul.
month_short-8 = aug.
month_short-9 = sept.
month_short-10 = oct.
month_short-11 = nov.
month_short-12 = dec.

# The command line: about texts (cli-about-<command>), argument help (cli-arg-<command>-<id>),
# headings, value names in usage lines, and clap's errors said again.
cli-about = Pregătește în zece minute o discuție dificilă cu un client: faptele, obiectivul, o ofertă de rezervă și o primă frază al cărei ton e verificat pe măsură ce scrii. Fără nicio comandă, se deschide aplicația.
cli-arg-data_dir = Dosarul cu fișe (implicit: TALKPREP_DATA_DIR, altfel dosarul de date al sistemului).
cli-arg-playbook = Un fișier de ghid care completează ghidul inclus (implicit: playbook.json din dosarul de configurare).
cli-arg-lang = Limba ghidului și a interfeței: en, fr, pl sau ro, ori o etichetă regională precum ro-RO (implicit: TALKPREP_LANG, apoi LC_ALL, LC_MESSAGES, LANG, altfel en). Pentru tone, limba textului sau auto (implicit) ca s-o detecteze.
cli-arg-help = Afișează acest ajutor.
cli-arg-version = Afișează versiunea.
cli-about-scenarios = Listează scenariile din ghid.
cli-arg-scenarios-json = Scrie JSON în loc de tabel.
cli-about-list = Listează fișele salvate, de la cele mai noi.
cli-arg-list-json = Scrie JSON în loc de tabel.
cli-arg-list-search = Doar fișele în care clientul, scenariul sau oricare răspuns conține TEXT (fără să conteze majusculele sau diacriticele).
cli-about-show = Afișează o fișă.
cli-arg-show-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-arg-show-format = Formatul de ieșire: md (Markdown), txt (text simplu, implicit), json (fișa așa cum e salvată) sau ics (un fișier de calendar cu discuția și fiecare pas următor cu dată).
cli-about-export = Scrie o fișă într-un fișier sau la ieșirea standard.
cli-arg-export-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-arg-export-format = Formatul de ieșire: md (Markdown), txt (text simplu), json (fișa așa cum e salvată) sau ics (un fișier de calendar cu discuția și fiecare pas următor cu dată). Fără el, decide extensia fișierului -o (x.ics este un calendar), altfel Markdown.
cli-arg-export-output = Fișierul de scris (implicit: ieșirea standard).
cli-arg-export-force = Înlocuiește FIȘIER dacă există deja.
cli-about-cue = Afișează fișa cu repere, de ținut deschisă în timpul apelului.
cli-arg-cue-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-about-due = Listează pașii următori deschiși, scadenți azi sau restanți, din toate fișele.
cli-long-due = Câte un rând pentru fiecare pas, cei mai restanți întâi, datați în fusul orar al sistemului (TZ). Când nu e nimic scadent, nu se afișează nimic și codul de ieșire e 0, așa că comanda se poate pune în promptul terminalului, ca memento de dimineață.
cli-arg-due-json = Scrie JSON în loc de rânduri.
cli-arg-due-days = Listează și ce devine scadent în următoarele N zile (implicit: 0).
cli-about-import = Verifică un fișier de fișă (sau - pentru intrarea standard) și salvează-l.
cli-arg-import-file = Fișierul fișei, sau - pentru intrarea standard.
cli-about-delete = Mută o fișă în coș.
cli-arg-delete-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-about-restore = Scoate o fișă din coș.
cli-arg-restore-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep trash list).
cli-about-trash = Vezi ce e în coș sau golește-l definitiv.
cli-about-trash-list = Listează fișele din coș, de la cele modificate cel mai recent.
cli-arg-trash-list-json = Scrie JSON în loc de rânduri.
cli-about-trash-empty = Șterge definitiv fișele din coș, împreună cu copiile mai vechi păstrate lângă ele.
cli-arg-trash-empty-older_than = Doar cele nemodificate de mai mult de ZILE zile.
cli-about-quarantine = Vezi fișierele puse deoparte pentru că nu au putut fi citite, sau readu unul la locul lui.
cli-about-quarantine-list = Listează fișierele de fișe și de analize puse deoparte pentru că nu au putut fi citite.
cli-arg-quarantine-list-json = Scrie JSON în loc de rânduri.
cli-about-quarantine-restore = Readu un fișier pus deoparte sub numele lui (niciodată peste alt fișier).
cli-arg-quarantine-restore-name = Numele afișat de talkprep quarantine list.
cli-about-rehearse = Repetă prima frază a unei fișe în fața obiecțiilor probabile ale clientului (deschide aplicația).
cli-arg-rehearse-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-about-playbook = Verifică sau exportă ghiduri.
cli-about-playbook-validate = Verifică un fișier de ghid (implicit: cel în vigoare) și raportează fiecare problemă.
cli-arg-playbook-validate-file = Fișierul de verificat, sau - pentru intrarea standard.
cli-about-playbook-export = Scrie ghidul inclus, un punct de plecare pentru al tău.
cli-about-tone = Verifică tonul unui text: ce cuvinte pot fi prost primite, de ce și cum se poate spune mai cald.
cli-about-completions = Afișează un script de completare pentru shell-ul tău: talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep
cli-arg-completions-shell = Shell-ul: bash, zsh, fish, powershell sau elvish.
cli-about-man = Afișează pagina de manual: talkprep man | man -l -
cli-long-tone = Aici --lang e limba textului: en, fr, pl, ro sau auto (implicit) ca s-o detecteze. Codul de ieșire e 1 când o observație atinge nivelul --fail-on.
cli-arg-tone-json = Scrie un singur obiect JSON.
cli-arg-tone-jsonl = Verifică fiecare rând separat și scrie câte un obiect JSON pe rând.
cli-arg-tone-fail_on = Nivelul cel mai mic la care comanda se încheie cu codul 1: info (orice observație), warn (warn sau high, implicit) ori high (doar high).
cli-arg-tone-file = Citește textul din FIȘIER.
cli-arg-tone-text = Textul de verificat, sau - pentru intrarea standard (citită și când nu se dă niciun text, iar intrarea vine printr-un pipe).
cli-about-flags = Analiza semnalelor de alarmă pentru clienți: deschide lista de verificare sau listează, afișează și exportă analizele.
cli-arg-flags-client = Deschide lista de verificare cu numele acestui client deja completat.
cli-about-flags-list = Listează clienții analizați, cu ultima lor analiză: data, scorul, verdictul și tendința.
cli-arg-flags-list-json = Scrie JSON în loc de tabel.
cli-about-flags-show = Afișează toate analizele unui client, de la cea mai veche.
cli-arg-flags-show-client = Numele clientului (majusculele și diacriticele nu contează).
cli-arg-flags-show-json = Scrie JSON în loc de text.
cli-about-flags-export = Scrie ultima analiză a unui client în Markdown: fiecare punct cu nota lui, verdictul și ce e de făcut mai departe.
cli-arg-flags-export-client = Numele clientului (majusculele și diacriticele nu contează).
cli-arg-flags-export-output = Fișierul de scris (implicit: ieșirea standard).
cli-arg-flags-export-force = Înlocuiește FIȘIER dacă există deja.
cli-about-flags-delete = Mută o analiză la coș (talkprep flags restore o aduce înapoi).
cli-arg-flags-delete-id = Identificatorul analizei, primele lui caractere sau numele clientului (vezi talkprep flags show CLIENT).
cli-about-flags-restore = Adu înapoi o analiză ștearsă.
cli-arg-flags-restore-id = Identificatorul analizei, primele lui caractere sau numele clientului.
cli-review_deleted = analiza { $id } a clientului { $client } a fost mutată la coș (talkprep flags restore { $id } o aduce înapoi)
cli-review_restored = analiza { $id } a fost restaurată
cli-error-no_such_review = Nu există analiza { $id }. talkprep flags show CLIENT arată analizele unui client, cu identificatorii lor.
cli-error-ambiguous_review = Mai multe analize se potrivesc cu „{ $query }”: { $ids }. Scrie mai mult din identificator.
cli-error-no_review_close = Nu există analiza „{ $id }”. Te refereai la { $close }? talkprep flags show CLIENT arată analizele unui client, cu identificatorii lor.
cli-error-ambiguous_sheet = Mai multe fișe se potrivesc cu „{ $query }”: { $ids }. Scrie mai mult din identificator.
cli-error-no_sheet_close = Nu există fișa „{ $id }”. Te refereai la { $close }? talkprep list arată toate fișele, iar talkprep trash list pe cele șterse.
cli-error-no_trashed_close = Fișa „{ $id }” nu este în coș. Te refereai la { $close }? talkprep trash list arată ce conține.
cli-heading-usage = Utilizare:
cli-heading-commands = Comenzi
cli-heading-arguments = Argumente
cli-heading-options = Opțiuni
cli-usage-options = OPȚIUNI
cli-usage-command = COMANDĂ
cli-value_name-DIR = DOSAR
cli-value_name-FILE = FIȘIER
cli-value_name-LANG = LIMBĂ
cli-value_name-TEXT = TEXT
cli-value_name-N = N
cli-value_name-DAYS = ZILE
cli-value_name-NAME = NUME
cli-value_name-ID = ID
cli-value_name-SHELL = SHELL
cli-value_name-CLIENT = CLIENT
cli-value_name-FORMAT = FORMAT
cli-value_name-LEVEL = NIVEL
cli-error-unknown_argument = { $arg } nu este o opțiune a acestei comenzi.
cli-error-did_you_mean = Ai vrut să scrii { $suggestion }?
cli-error-unknown_command = { $command } nu este o comandă talkprep.
cli-error-invalid_value = { $value } nu este o valoare permisă pentru { $arg }.
cli-error-possible_values = Valori permise: { $values }.
cli-error-bad_lang = talkprep nu vorbește limba { $value }: folosește en, fr, pl sau ro ori o etichetă precum ro-RO.
cli-error-not_a_number = { $arg } așteaptă un număr întreg, nu { $value }.
cli-error-missing_argument = Lipsește { $arg }.
cli-error-missing_command = Această comandă are nevoie de una dintre subcomenzile ei.
cli-error-conflict = { $arg } nu se poate folosi împreună cu { $other }.
cli-error-unexpected_value = Valoarea { $value } nu era așteptată aici.
cli-error-missing_value = { $arg } are nevoie de o valoare.
cli-error-bad_utf8 = Linia de comandă nu este UTF-8 valid.
cli-error-other = Linia de comandă nu a putut fi citită: compar-o cu ce scrie în ajutor.
cli-error-try_help = Pentru detalii, rulează: { $command } --help

# Errors from the core and the commands: files, JSON, ids, playbooks. { $detail } is another
# message, said in the same language.
error-store-io_full = Nu am putut scrie { $path }: { $detail }. Eliberează spațiu pe disc, apoi încearcă din nou.
error-store-io_denied = Nu am putut folosi { $path }: { $detail }. Verifică dacă ai drept de scriere acolo (dosarul poate fi doar pentru citire).
error-store-io_missing = Nu am putut folosi { $path }: { $detail }. Verifică dacă dosarul există.
error-io-not_found = nu există
error-io-permission_denied = accesul a fost refuzat
error-io-already_exists = există deja ceva cu acest nume
error-io-storage_full = discul este plin
error-io-read_only = discul sau dosarul este doar pentru citire
error-io-is_a_directory = este un dosar, nu un fișier
error-io-not_a_directory = o parte din cale este un fișier, nu un dosar
error-io-invalid_data = conținutul nu este cel așteptat
error-io-too_large = fișierul este prea mare
error-io-interrupted = operația a fost întreruptă
error-io-broken_pipe = programul care citea ieșirea s-a oprit
error-io-other = sistemul a răspuns: { $detail }
error-json-missing_field = lipsește câmpul { $field }
error-json-unknown_field = câmpul { $field } nu este cunoscut de talkprep
error-json-duplicate_field = câmpul { $field } apare de două ori
error-json-unknown_value = { $value } nu se numără printre valorile permise
error-json-wrong_kind = o valoare nu are tipul potrivit (text, număr, listă…)
error-json-wrong_length = o listă nu are numărul potrivit de elemente
error-json-cut_short = textul se oprește înainte de final
error-json-syntax = aici textul încalcă regulile JSON (lipsește sau e în plus o virgulă, o ghilimea sau o acoladă)
error-json-does_not_fit = o valoare nu se potrivește cu ce așteaptă talkprep
error-json-kind-null = null
error-json-kind-boolean = true sau false
error-json-kind-number = un număr
error-json-kind-string = un text
error-json-kind-array = o listă
error-json-kind-object = un obiect
error-file-not_utf8 = fișierul nu este text salvat în UTF-8
error-file-empty = fișierul este gol
error-file-bad_id = identificatorul { $id } nu poate fi folosit: { $detail }
error-sheet-syntax = JSON invalid la rândul { $line }, coloana { $column }: { $detail }. Corectează fișierul acolo sau restaurează-l dintr-o copie de rezervă.
error-sheet-newer = scris de o versiune mai nouă de talkprep (schema { $found }; aceasta citește până la { $supported }). Actualizează talkprep ca să-l deschizi.
error-sheet-invalid_at = fișă talkprep invalidă la rândul { $line }, coloana { $column }: { $detail }. Corecteaz-o sau restaureaz-o dintr-o copie de rezervă.
error-sheet-invalid = fișă talkprep invalidă: { $detail }. Corecteaz-o sau restaureaz-o dintr-o copie de rezervă.
error-sheet-heat = stakes.heat are valoarea { $value }, dar trebuie să fie între 0 și { $max }
error-sheet-not_object = o fișă este un obiect JSON ({"{"}…{"}"}), iar acest text conține { $kind }
error-review-newer = scris de o versiune mai nouă de talkprep (schema analizei { $found }; aceasta citește până la { $supported }). Actualizează talkprep ca să-l citești.
error-review-invalid = analiză invalidă a semnalelor de alarmă: { $detail }. Corecteaz-o sau restaureaz-o dintr-o copie de rezervă.
error-id-empty = identificatorul unei fișe nu poate fi gol: folosește litere a-z, cifre și cratime
error-id-too_long = identificatorul unei fișe are cel mult { $max } caractere, iar acesta are { $len }: scurtează-l
error-id-bad_char = identificatorul unei fișe poate conține doar a-z, 0-9 și -, iar caracterul { $index } este { $found }: folosește litere mici, cifre și cratime
error-id-edge_hyphen = identificatorul unei fișe nu poate începe sau se termina cu -: șterge cratima
error-id-reserved = { $name } este un nume de dispozitiv rezervat în Windows: alege alt identificator
size-mib = { $n } MiB
size-bytes = { PLURAL($n) ->
    [one] un octet
    [few] { $n } octeți
   *[other] { $n } de octeți
}
error-when = Scrie data ca zi, lună și an, urmată, dacă vrei, de o oră în formatul HH:MM.
error-settings-no_data_dir = Nu găsesc un dosar personal pentru datele talkprep: folosește --data-dir DOSAR sau definește variabila TALKPREP_DATA_DIR.
store-unreadable = { $path }: { $detail } Fișierul rămâne la locul lui; dacă problema persistă, următoarea comandă care salvează îl pune deoparte (vezi talkprep quarantine list).
store-quarantined = { $path }: { $detail } A fost pus deoparte ca { $moved_to } (vezi talkprep quarantine list).
error-playbook-io = Nu am putut citi ghidul { $file }: { $detail }.
error-playbook-syntax = Ghidul { $file } nu poate fi citit la rândul { $line }, coloana { $column }: { $detail }.
error-playbook-invalid = { PLURAL($count) ->
    [one] Ghidul { $file } are o problemă:
    [few] Ghidul { $file } are { $count } probleme:
   *[other] Ghidul { $file } are { $count } de probleme:
}
error-playbook-lang = Limbă necunoscută { $value }: folosește en, fr, pl sau ro.
playbook-problem-empty = nu trebuie să fie gol
playbook-problem-bad_id = identificatorul { $value } trebuie să aibă între 1 și 64 de litere mici, cifre, - sau _
playbook-problem-duplicate_id = identificatorul { $value } apare de două ori: fiecare identificator poate apărea o singură dată
playbook-problem-schema = valoare necunoscută pentru schema_version: { $found } (această versiune de talkprep citește { $supported })
playbook-problem-lang = limbă necunoscută { $value }: folosește en, fr, pl sau ro
playbook-problem-no_openers = e nevoie de cel puțin o primă frază
playbook-problem-placeholder = substituent necunoscut { $name }: folosește {"{"}client{"}"} sau {"{"}topic{"}"}
playbook-problem-unclosed = o acoladă {"{"} nu este închisă
playbook-problem-unknown_role = identificator de rol necunoscut { $value }
playbook-problem-no_exit = indică scenariul cu care începe pregătirea unei încheieri de colaborare (de exemplu ending-relationship)
playbook-problem-unknown_scenario = identificator de scenariu necunoscut { $value }
playbook-problem-weight = ponderea trebuie să fie cel puțin 1
playbook-problem-unknown_group = identificator de grup necunoscut { $value }
playbook-problem-band_order = intervalele trebuie ordonate crescător după min_score
playbook-problem-no_scenarios = e nevoie de cel puțin un scenariu
playbook-problem-no_bands = e nevoie de cel puțin un interval de verdict
playbook-problem-first_band = primul interval trebuie să înceapă de la 0, ca fiecare total să aibă un verdict
playbook-problem-other_lang = acest ghid este pentru { $found }, dar talkprep rulează în { $lang }: folosește --lang { $found } sau schimbă-i câmpul „lang”
cli-error-no_sheet = Nu există fișa { $id }: identificatorii îi vezi cu talkprep list, iar fișele șterse cu talkprep trash list.
cli-error-stdout = Nu am putut scrie la ieșirea standard: { $detail }. Verifică discul sau fișierul de destinație.
cli-error-stdin = Nu am putut citi intrarea standard: { $detail }.
cli-error-read = Nu am putut citi { $name }: { $detail }. Verifică numele fișierului.
cli-error-sheet_is_folder = { $name } este un dosar: indică fișierul de fișă din interiorul lui.
cli-error-playbook_is_folder = { $name } este un dosar: indică fișierul de ghid din interiorul lui.
cli-error-sheet_too_large = { $name } depășește { $limit } MiB, maximul pe care talkprep îl citește pentru o fișă: verifică dacă este fișierul potrivit.
cli-error-playbook_too_large = Ghidul { $name } depășește { $limit } MiB, maximul pe care talkprep îl citește pentru un ghid: scurtează-l sau mută-l ca să folosești ghidul inclus.
cli-error-not_text = { $name }: { $detail }
cli-error-exists = { $path } există deja: adaugă --force ca să-l înlocuiești sau alege alt fișier.
cli-error-bad_id = { $id } nu este un identificator de fișă ({ $detail }): identificatorii îi vezi cu talkprep list.
cli-error-not_imported = { $name } nu a fost importat: { $detail }
cli-error-no_review = Nu există nicio analiză a semnalelor de alarmă pentru { $client }: clienții analizați îi vezi cu talkprep flags list, iar o analiză nouă o începi cu talkprep flags --client NUME.
cli-error-ambiguous_client = Mai mulți clienți se potrivesc cu { $query }: { $clients }. Scrie mai mult din nume.
cli-error-playbook_not_regular = Ghidul { $name } nu este un fișier obișnuit (e un pipe, un dispozitiv sau un dosar): indică un fișier de ghid sau mută-l ca să folosești ghidul inclus.
cli-error-playbook_unusable = Ghidul { $name } nu poate fi folosit (corectează-l sau mută-l ca să folosești ghidul inclus). { $detail }
cli-error-bundled_broken = Ghidul inclus este deteriorat; te rugăm să raportezi problema. { $detail }
cli-error-tone_empty = Nu e nimic de verificat: textul este gol.
cli-error-tone_no_input = Nu e nimic de verificat: scrie textul, folosește -f FIȘIER sau - ca să citești intrarea standard.

# Gaps in an opener before the client or the topic is filled, and the kinds of push-back
# a rehearsal plays (ids from the playbook).
placeholder-client = [client]
placeholder-topic = [subiect]
address-female = doamnă { $name }
address-male = domnule { $name }
placeholder-address = [nume]
field-address_suggested = { $name } (sugestie; scrie pentru a schimba)
pushback_kind-bargaining = tocmeală
pushback_kind-counter_accusation = pasarea vinei
pushback_kind-deflection = schimbarea subiectului
pushback_kind-denial = negare
pushback_kind-emotion = emoție
pushback_kind-minimising = bagatelizare
pushback_kind-silence = tăcere
pushback_kind-stalling = tergiversare
wizard-typed_on_list = Aceasta este o listă, nu un câmp de text: { -key_up }/{ -key_down } și { -key_toggle } aleg aici, iar { -key_next_field } trece la câmpul următor.
wizard-more_above = ↑ { PLURAL($n) ->
    [one] un câmp mai sus
    [few] { $n } câmpuri mai sus
   *[other] { $n } de câmpuri mai sus
}
wizard-more_below = ↓ { PLURAL($n) ->
    [one] încă un câmp
    [few] încă { $n } câmpuri
   *[other] încă { $n } de câmpuri
}
when-past = { $when } (dată trecută)
help-more_below = ↓ continuă: { -key_down } sau { -key_page_down }
key-side_up = derulează panoul lateral în sus
key-side_down = derulează panoul lateral în jos
side-more_above = ↑ continuă mai sus
side-more_below = ↓ continuă: { -key_side_down }
app-no_signals = Nu pot urmări semnalele care închid aplicația în siguranță: { $detail }.
quit-rescue_failed = Ultimele modificări nu au putut fi salvate și nici păstrate în { $path }: { $detail }. Copiază textul scris în altă parte înainte să închizi terminalul.
key-bring_back = recuperează textul nesalvat dintr-o sesiune anterioară
rescue-offer = { PLURAL($n) ->
    [one] { -key_bring_back } recuperează o pregătire nesalvată din sesiunea anterioară.
    [few] { -key_bring_back } recuperează { $n } pregătiri nesalvate din sesiunea anterioară.
   *[other] { -key_bring_back } recuperează { $n } de pregătiri nesalvate din sesiunea anterioară.
}
rescue-done = { PLURAL($n) ->
    [one] Am recuperat o pregătire
    [few] Am recuperat { $n } pregătiri
   *[other] Am recuperat { $n } de pregătiri
}{ $copies ->
    [0] .
   *[other] ; { $copies } ca o copie, fiindcă versiunea salvată diferă.
}
rescue-none = Nu există text nesalvat de recuperat.

## The message or talk track built from a sheet (src/draft).
draft-date = { $day } { $month } { $year }
draft-talk-moment = { $n }. { $label }: { $text }
draft-talk-open = Deschidere
draft-talk-facts = Faptele
draft-talk-question = Întrebare
draft-talk-listen = Ascultă
draft-talk-propose = Propunere
draft-talk-if_not = Dacă nu, oferă:
draft-talk-next = Pasul următor

step-message = Mesaj
step-talk_track = Firul discuției
field-message_next_by = Termen pentru pasul următor (opțional)
field-message_next_by-placeholder = de ex. 11.12.2026
field-message_subject = Subiect
field-message_body = Cuvintele tale, gata de modificat
key-rebuild_message = refă din fișă
key-copy_message = copiază mesajul
draft-heading_email = Un e-mail, pe baza fișei tale
draft-heading_chat = Un mesaj pe chat, pe baza fișei tale
draft-heading_talk = Firul discuției pentru apel, pe baza fișei tale
draft-length_read = { PLURAL($words) ->
    [one] un cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
} · cam { PLURAL($minutes) ->
    [one] un minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} de citit
draft-length_say = { PLURAL($words) ->
    [one] un cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
} · cam { PLURAL($minutes) ->
    [one] un minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} de spus
draft-tone = { $label } · cea mai slabă frază: { $score }/100 · { PLURAL($sentences) ->
    [one] o frază verificată
    [few] { $sentences } fraze verificate
   *[other] { $sentences } de fraze verificate
}
draft-worst = Cea mai slabă: { $sentence }
draft-more_findings = { PLURAL($n) ->
    [one] și încă o observație
    [few] și încă { $n } observații
   *[other] și încă { $n } de observații
}
draft-built_from = Compus din fraza ta de deschidere, din fapte și din ofertele de rezervă, cu formulările ghidului pentru acest scenariu. Se actualizează odată cu fișa până când îl modifici; { -key_rebuild_message } îl reface.
draft-edited = Modificat de tine: rămâne cum l-ai scris. { -key_rebuild_message } îl reface din fișă, după ce îți cere confirmarea.
draft-talk_hint = Nu e un text de citit cuvânt cu cuvânt: ține-l la îndemână. Fișa cu repere și exporturile îl conțin și ele.
draft-rebuild_confirm = Apasă din nou { -key_rebuild_message } ca să înlocuiești modificările cu textul refăcut din fișă.
draft-bad_date = data nu poate fi citită: pasul următor rămâne fără dată
draft-rebuilt = Refăcut din fișă.
draft-nothing_to_copy = Încă nu există niciun mesaj de copiat.
draft-copied = Mesaj copiat în clipboard (terminalul tău trebuie să permită OSC 52).
draft-copied_body = Mesaj copiat (terminalul trebuie să permită OSC 52); subiectul e separat.

cli-about-draft = Afișează mesajul fișei sau scrie-l într-un fișier: e-mailul ori mesajul pe chat compus din ea (cu modificările din aplicație) sau firul discuției pentru un apel.
cli-arg-draft-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-arg-draft-format = Formatul de ieșire: txt (mesajul, cu rândul de subiect pentru un e-mail; implicit), eml (un fișier e-mail pe care clientul de e-mail îl deschide ca ciornă: subiect, dată, text UTF-8, fără adrese) sau json (mesajul, lungimea și tonul lui). Fără el, decide extensia fișierului -o.
cli-arg-draft-output = Fișierul de scris (implicit: ieșirea standard).
cli-arg-draft-force = Înlocuiește FIȘIER dacă există deja.
cli-error-draft_spoken = Fișa { $id } e pregătită pentru un apel telefonic, un apel video sau o întâlnire: firul discuției nu e un e-mail. Folosește --format txt sau alege „E-mail” ori „Mesaj” drept canal la pasul 1.
draft-subject_line = Subiect: { $subject }
cue-track = Apoi spune
cli-arg-cue-json = Afișează JSON în loc de fișa cu repere (vezi docs/json.md).
cli-arg-playbook-validate-json = Afișează rezultatul ca JSON, cu tot cu probleme (vezi docs/json.md).
answer-unknown_field = Nu există câmpul „{ $name }”. Câmpurile sunt: { $fields }.
answer-bad_value = { $name } nu poate fi „{ $value }”: acceptă { $expected }.
cli-about-new = Creează o fișă fără aplicație și afișează-i identificatorul; completeaz-o apoi cu talkprep set.
cli-arg-new-scenario = Scenariul, după identificator (vezi talkprep scenarios).
cli-arg-new-client = Numele clientului.
cli-arg-new-channel = Cum veți vorbi: call, video, in_person, email sau message.
cli-arg-new-when = Când, de ex. 08.12.2026 10:00 sau 2026-12-08 10:00.
cli-arg-new-topic = Despre ce e vorba, în câteva cuvinte.
cli-arg-new-answers = Un fișier JSON (sau - pentru intrarea standard) cu nume de câmpuri și răspunsuri, cum le primește talkprep set.
cli-arg-new-json = Afișează identificatorul ca JSON.
cli-about-set = Completează un câmp al fișei fără aplicație, de ex. talkprep set ioana facts.what_happened "Factura 031 e neplătită."
cli-long-set = CÂMP e numele câmpului din fișă: `client`, `address`, `topic`, `channel`, `when`, `facts.what_happened`, `facts.who_did_what`, `facts.evidence`, `facts.cost`, `facts.my_part`, `facts.repair`, `stakes.relationship`, `stakes.worth`, `stakes.heat`, `goal.kind`, `goal.outcome`, `goal.firm_on`, `goal.can_give`, `fallbacks.1`, `fallbacks.2`, `opener`, `message.next_by`, `message.subject`, `message.body`, `logistics.moment`, `logistics.place`, `logistics.minutes`, `logistics.notes`, `debrief.outcome` și celelalte câmpuri debrief. O VALOARE goală șterge câmpul.
cli-arg-set-id = Identificatorul fișei, primele lui caractere sau numele clientului (vezi talkprep list).
cli-arg-set-field = Câmpul de completat (vezi mai sus).
cli-arg-set-value = Răspunsul sau - ca să-l citești de la intrarea standard.
cli-arg-set-answers = Un fișier JSON (sau - pentru intrarea standard) cu nume de câmpuri și răspunsuri: {"{"} "client": "Ioana", "stakes.heat": 6 {"}"}.
cli-value_name-CHANNEL = CANAL
cli-value_name-WHEN = CÂND
cli-value_name-FIELD = CÂMP
cli-value_name-VALUE = VALOARE
cli-error-set_what = Spune ce câmp completezi și cu ce sau folosește --answers FIȘIER.
cli-error-answers_not_json = { $name } nu e JSON valid (rândul { $line }, coloana { $column }): scrie un obiect cu nume de câmpuri și răspunsuri.
cli-error-answers_not_object = { $name } nu e un obiect JSON: scrie {"{"} "câmp": "răspuns", ... {"}"}.
cli-set_done = Fișa { $id } a fost salvată.
cli-set_conflict = Fișa s-a schimbat între timp în altă parte: le păstrăm pe amândouă, iar răspunsurile tale au mers în { $copy }.
cli-set_deleted = Fișa { $id } a fost ștearsă între timp: nu s-a salvat nimic.
key-edit_outside = scrie în editorul tău ($VISUAL, $EDITOR)
outside-read_back = Textul a fost preluat din editor.
outside-unchanged = Editorul a lăsat textul neschimbat.
outside-failed = Editorul tău ({ $editor }) nu a putut fi pornit: { $detail }. Pune editorul tău în VISUAL sau EDITOR.
outside-editor_exit = Editorul tău ({ $editor }) s-a încheiat cu codul { $code }: câmpul își păstrează textul.
outside-no_terminal = Un editor are nevoie de terminal, iar aici nu există unul.
config-unreadable = Configurația { $file } nu poate fi citită ({ $detail }); talkprep continuă cu setările implicite.
config-invalid = Configurația { $file }, rândul { $line }, coloana { $column }: { $detail }. talkprep continuă cu setările implicite; talkprep config --default arată fiecare cheie.
cli-about-config = Arată unde e fișierul de configurare sau afișează-l pe cel implicit, cu fiecare cheie explicată.
cli-arg-config-default = Afișează configurația implicită: fiecare cheie cu valoarea implicită și rolul ei.
cli-arg-config-path = Afișează calea fișierului de configurare (TALKPREP_CONFIG, altfel config.toml din folderul de configurare).
cli-config_in_effect = Configurație: { $file } ({ $state }).
cli-config_found = citită
cli-config_missing = lipsește: se aplică setările implicite
config-unknown_key = „{ $key }” nu e o cheie pe care talkprep o acceptă (acceptă { $keys })
config-bad_value = valoarea lui { $key } nu e acceptată (vezi talkprep config --default)
config-not_toml = rândul acesta nu are forma cheie = valoare (un text se scrie între "ghilimele")
config-bad_lang = lang = „{ $value }”: talkprep vorbește en, fr, pl și ro
config-bad_theme = theme = „{ $value }”: temele sunt { $themes }
cli-arg-plain = Fără comandă: pune întrebările câte un rând pe intrarea și ieșirea standard (fără chenare și coloane), pentru cititoare de ecran și scripturi.
plain-menu = Ce urmează? 1 pregătire nouă, 2 reia o pregătire, 3 semnale de alarmă, 4 după discuție, q ieșire:
plain-menu_again = Nu e una dintre variante; scrie numărul ei.
plain-bye = Gata. Fișele tale sunt salvate.
plain-which_sheet = Care pregătire? Identificatorul sau numele clientului (Enter: înapoi):
plain-step = Pasul { $n } din { $total }: { $title }
plain-choices = (la alegere: { $choices })
plain-keep = (Enter păstrează „{ $current }”, - îl șterge)
plain-colon = :
plain-pick_scenario = Scenariul: numărul lui sau cuvinte din titlu:
plain-chosen = Ales: { $choice }.
plain-pick_goal = Obiectivul tău: un număr din listă sau Enter ca să-l scrii pe al tău mai jos
plain-message_keep = Enter, apoi un rând doar cu un punct, păstrează mesajul acesta. Sau scrie-l pe al tău, rând cu rând, și încheie cu un rând doar cu un punct.
plain-follow_up = Un pas următor, ce e de făcut (Enter: gata)
plain-saved = { $id } a fost salvată.
plain-yes = d, da
plain-flag = { $title } ({ $hint }) Se potrivește? d sau n:
plain-verdict = Verdict: { $title }, scor { $score }.
cli-heading-examples = Exemple:
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
    talkprep set marta facts.what_happened "Factura 031 era scadentă pe 17 noiembrie."
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
    talkprep tone "Nu plătiți niciodată la timp."
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
keys-at = { $file }, rândul { $line }
keys-unknown_action = { $at }: nu există acțiunea „{ $action }” (numele sunt cele din assets/keys.toml, de ex. save, next_step); tasta rămâne cum era.
keys-bad_key = { $at }: „{ $keys }” nu e o tastă pe care talkprep o înțelege (de ex. ctrl-w, alt-n, f5, q); tasta rămâne cum era.
keys-conflict = { $at }: { $key } face deja { $other } acolo unde se aplică { $action }; { $action } își păstrează tasta.
