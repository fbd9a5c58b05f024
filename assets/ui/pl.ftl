# talkprep: the interface in Polish.
# Fluent (https://projectfluent.org): { $name } is a value, { -key_action } the key bound to
# an action (assets/keys.toml), and { PLURAL($n) -> [one] ... *[other] ... } picks the plural
# form by CLDR's rules for this language (one, few, many, other); { $n -> [0] ... } matches one
# exact number.
# Ids are the code's keys with "-" for ".": home-title is home.title.

app-name = talkprep
app-needs_terminal = Aplikacja talkprep działa w terminalu. Uruchom ją w terminalu albo użyj polecenia, np. „talkprep list” (zob. „talkprep --help”).
app-too_small = Powiększ okno: talkprep potrzebuje co najmniej { $width } kolumn i { $height } wierszy. { -key_quit } zamyka program (wpisany tekst zostanie zapisany).

home-title = talkprep: przygotuj się do trudnej rozmowy z klientem
home-subtitle = Spokojny plan i pierwsze zdanie w dziesięć minut. Nic nie opuszcza komputera.
home-new = Zacznij nowe przygotowanie
home-library = Twoje przygotowania ({ $shown } z { $total })
home-reading = Wczytywanie twoich przygotowań…
home-empty = Nie masz jeszcze zapisanych przygotowań. Naciśnij { -key_select }, żeby zacząć.
home-no_match = Nic nie pasuje do filtra. { -key_back } czyści filtr.
home-filter_placeholder = Pisz, aby filtrować według klienta, scenariusza lub treści odpowiedzi
home-deleted = Przeniesiono do kosza. Naciśnij { -key_undo }, aby cofnąć.
home-restored = Przywrócono z kosza.
home-review_deleted = Przegląd przeniesiono do kosza. Naciśnij { -key_undo }, aby cofnąć.
home-review_restored = Przywrócono przegląd z kosza.
home-nothing_to_undo = Nie ma czego cofnąć.
home-missing = Do uzupełnienia: { $parts }
home-before_title = Przed każdą trudną rozmową

step-who = Scenariusz i klient
step-facts = Fakty
step-stakes = Stawka
step-goal = Cel
step-fallback = Plan B
step-opener = Otwarcie
step-logistics = Organizacja
step-review = Przegląd
step-rehearsal = Próba
step-debrief = Po rozmowie

wizard-step_of = Krok { $n } z { $total }: { $title }
wizard-percent = {" "}wypełniono { $percent }% · { $saved }
wizard-saved = zapisano
wizard-editing = zapis za chwilę…
wizard-not_saved = jeszcze niezapisane

field-scenario_filter = Znajdź scenariusz
field-scenario_filter-placeholder = Wpisz słowo: faktura, przelew, darmo, zakres…
field-scenario = Scenariusz
field-client = Klient (lub podwykonawca)
field-client-placeholder = Imię i nazwisko albo nazwa firmy
field-address = Jak się do tej osoby zwracasz (opcjonalnie)
field-address-placeholder = W powitaniu: Pani Anno, Panie Tomaszu, Pani Prezes
field-topic = O co chodzi, w kilku słowach
field-topic_example = Na przykład: { $example }
field-channel = Jak będziecie rozmawiać
field-when = Data i godzina (opcjonalnie)
field-when-placeholder = np. 25.11.2026 16:30 albo 2026-11-25 16:30
field-goal_ideas = Cele pasujące do tego scenariusza ({ -key_select }, aby wybrać)
field-fallback_ideas = Propozycje, które często się sprawdzają ({ -key_select }, aby wybrać)
field-fallback1 = Propozycja zapasowa 1
field-fallback1-placeholder = Co możesz zaproponować, jeśli pierwsza prośba zostanie odrzucona
field-fallback2 = Propozycja zapasowa 2
field-fallback2-placeholder = Druga opcja, jeśli ją masz
field-opener_ideas = Pierwsze zdania do tego scenariusza ({ -key_select }, aby wybrać i przerobić po swojemu)
field-opener = Twoje pierwsze zdanie
field-opener-placeholder = Napisz je tak, jak je powiesz. Ton jest sprawdzany w trakcie pisania.
field-moment_ideas = Kiedy porozmawiać ({ -key_select }, aby wybrać)
field-library_filter = Filtr
field-export_path = Eksport do Markdowna: ścieżka, { -key_commit } zapisuje, { -key_back } anuluje

facts-what_happened = Co się wydarzyło
facts-what_happened-placeholder = Same fakty, z datami
facts-who_did_what = Kto co zrobił
facts-who_did_what-placeholder = Działania każdej ze stron, bez oceniania
facts-evidence = Dowody, które masz
facts-evidence-placeholder = Maile, ewidencja czasu pracy, faktury, wiadomości
facts-cost = Ile cię to kosztuje
facts-cost-placeholder = Pieniądze, godziny, stracona praca, stres
facts-my_part = Twój udział w sprawie
facts-my_part-placeholder = Co można było zrobić inaczej z twojej strony
facts-repair = Jak to naprawić
facts-repair-placeholder = Co byłoby dobrym rozwiązaniem dla obu stron
facts-reminder_title = To sprawa zawodowa, nie osobista
facts-reminder = Opisz, co się wydarzyło, tak jak zrobiłby to neutralny obserwator. Fakty i liczby uspokajają rozmowę, a domysły o cudzych intencjach ją zaogniają.
facts-prompts = Pytania do tego scenariusza

stakes-relationship = Jak długa to współpraca?
stakes-worth = Co ci daje ta współpraca
stakes-worth-placeholder = Przychód, polecenia, to, czego się uczysz, jak się z tym czujesz
stakes-wont_matter = Za 12 miesięcy nie będzie to miało znaczenia
stakes-will_matter = Za 12 miesięcy nadal będzie to miało znaczenie
stakes-heat = Jak silne są teraz twoje emocje? ({ -key_left }/{ -key_right } lub 0–9)
stakes-hot_title = Emocje biorą górę
stakes-hot = To dobry moment, żeby poczekać. Ochłoń, a potem umów rozmowę, zamiast reagować od razu: spacer, przespana noc albo krótka wiadomość z propozycją terminu przydadzą się bardziej niż odpowiedź pod wpływem emocji.
stakes-twelve_title = Spójrz z perspektywy roku
stakes-twelve = Wyobraź sobie tego klienta za rok. Punktowanie drugiej strony i udowadnianie racji szybko tracą znaczenie, a relacja, reputacja i długofalowy zysk zostają.
stakes-worth_hint = Wygrać kłótnię i stracić klienta to żadne zwycięstwo. Licz się z tym, że klient może odejść, zapłacić z opóźnieniem albo zakwestionować rozliczenie; potem zdecyduj, ile jest to dla ciebie warte.

scale-unset = Nie ustawiono: naciśnij { -key_left }, { -key_right } lub cyfrę

relationship-one_off = Jednorazowe zlecenie
relationship-short = Kilka miesięcy
relationship-long = Na dłużej

goal-kind = Wynik
goal-outcome = Wynik, na którym ci zależy
goal-outcome-placeholder = Dokąd chcesz dojść, w jednym lub dwóch zdaniach
goal-firm_on = W czym nie ustąpisz
goal-firm_on-placeholder = Granica, której nie przekroczysz
goal-can_give = Gdzie możesz ustąpić
goal-can_give-placeholder = Na co możesz się zgodzić, żeby znaleźć wspólny grunt
goal-hint_title = Stanowczo, ale otwarcie
goal-hint = Określ jasno, czego chcesz, i zostaw miejsce na kompromis. Jeśli odpowiedź brzmi „nie teraz”, nie zamykaj drzwi i zachowaj uprzejmy ton: ten klient wciąż może cię komuś polecić.

goal_kind-keep = Dalsza współpraca
goal_kind-renegotiate = Nowe warunki
goal_kind-move_package = Zmiana pakietu
goal_kind-pause = Przerwa z możliwością powrotu
goal_kind-part_ways = Rozstanie

fallback-hint_title = Miej w zanadrzu jedną lub dwie propozycje
fallback-hint = Jeszcze przed rozmową ustal dokładnie, co możesz zaproponować: raty, mniejszy pakiet, system przypomnień, przerwę. Wybierz coś z listy i dopasuj do swojej sytuacji.

opener-avoid = Sformułowania, których tu unikaj
opener-no_rewrite = Brak gotowej poprawki: zmień podświetlone słowa samodzielnie.
opener-rewritten = Zastosowano poprawkę.

logistics-moment = Termin
logistics-moment-placeholder = np. czwartek, pod koniec dnia pracy
logistics-place = Miejsce
logistics-place-placeholder = np. cichy pokój z notatkami pod ręką albo biuro klienta
logistics-minutes = Ile potrwa (minuty)
logistics-minutes-placeholder = np. 30; puste: zwykły czas dla tego kanału
logistics-minutes_default = Puste: { $minutes }, zwykle dla tego kanału
logistics-notes = Notatki
logistics-notes-placeholder = Co zabrać, co wysłać wcześniej, o czym pamiętać
logistics-timing_title = Kiedy
logistics-place_title = Gdzie
logistics-channel_title = Forma rozmowy

channel-call = Telefon
channel-video = Wideorozmowa
channel-in_person = Osobiście
channel-email = E-mail
channel-message = Wiadomość

review-actions = Twoja karta przygotowania · { -key_up }/{ -key_down } { -key_page_up }/{ -key_page_down } przewijanie · { -key_export } eksport · { -key_copy_opener } kopiuj otwarcie · { -key_copy_sheet } kopiuj kartę
review-empty = Nic tu jeszcze nie ma. Wróć skrótem { -key_prev_step } i wypełnij kroki.
review-exported = Zapisano { $path }
review-exists = Plik już istnieje; wyeksportuj ponownie, aby go zastąpić: { $path }
review-copied_opener = Pierwsze zdanie skopiowane do schowka (terminal musi obsługiwać OSC 52).
review-copied_sheet = Karta skopiowana do schowka (terminal musi obsługiwać OSC 52).

sheet-title = Przygotowanie do rozmowy: { $client }
sheet-no_client = (brak klienta)

when-format = { $weekday }, { $day } { $month } { $year }, godz. { $time }
when-format_day = { $weekday }, { $day } { $month } { $year }
when-invalid = nie można odczytać daty: wpisz ją jako 25.11.2026 16:30

weekday-0 = poniedziałek
weekday-1 = wtorek
weekday-2 = środa
weekday-3 = czwartek
weekday-4 = piątek
weekday-5 = sobota
weekday-6 = niedziela

month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

tone-heading = Ton:
tone-empty = Napisz albo wybierz pierwsze zdanie: tutaj na bieżąco zobaczysz, jaki ma ton.
tone-strengths = Mocne strony
tone-try = {" "}Spróbuj: { $suggestion }
tone-try_line = → Spróbuj: { $suggestion }
tone-arithmetic = Punktacja: { $steps }
tone-label-warm = ciepły
tone-label-neutral = neutralny
tone-label-tense = napięty
tone-label-hostile = wrogi
tone-severity-info = drobna
tone-severity-warn = istotna
tone-severity-high = poważna

rehearse-count = Próby

debrief-outcome = Wynik
debrief-against_goal = W porównaniu z celem
debrief-went_well = Co poszło dobrze
debrief-went_badly = Co nie wyszło
debrief-learned = Czego cię to nauczyło
debrief-would_change = Co zmienisz następnym razem

outcome-resolved = Rozwiązane
outcome-partly = Częściowo rozwiązane
outcome-not_resolved = Nierozwiązane
outcome-parted_ways = Koniec współpracy

followups-heading = Zadania

owner-me = ty
owner-client = klient

followups-due = termin { $date }

cue-title = W trakcie rozmowy: { $client }
cue-opener = Zacznij od
cue-goal = Twój cel
cue-firm_on = Twoja granica
cue-fallback = Propozycja zapasowa
cue-listen = Gdy druga strona mówi
cue-future = Gdy emocje opadną, zapytaj
cue-heated = Gdy robi się gorąco
cue-second_talk = Zrób przerwę. Dokończenie rozmowy innego dnia to nic złego.
cue-can_give = Gdzie możesz ustąpić
cue-facts = Najważniejsze fakty
cue-replies = Twoje przećwiczone odpowiedzi
cue-more_below = ↓ jeszcze { $count ->
        [one] 1 wiersz
        [few] { $count } wiersze
       *[many] { $count } wierszy
    } · { -key_down } { -key_page_down }, by czytać dalej
cue-at_end = Koniec ściągi · { -key_up } { -key_page_up }, by wrócić

due-overdue = { PLURAL($days) ->
    [one] 1 dzień po terminie
    [few] { $days } dni po terminie
    [many] { $days } dni po terminie
   *[other] { $days } dnia po terminie
}
due-today = na dziś
due-soon = { PLURAL($days) ->
    [one] za 1 dzień
    [few] za { $days } dni
    [many] za { $days } dni
   *[other] za { $days } dnia
}

ics-conversation = Rozmowa: { $client }
ics-conversation_about = Rozmowa: { $client } – { $scenario }
ics-cue_hint = W trakcie rozmowy miej otwartą ściągawkę: talkprep cue { $id }
ics-follow_up-me = { $client } – twoja obietnica: { $what }
ics-follow_up-client = { $client } – obietnica klienta: { $what }
ics-follow_up-done = Zrobione: { $summary }
ics-follow_up-description = Zadanie z rozmowy (klient: { $client }, karta talkprep { $id }).
ics-nothing = nie ma czego dodać do kalendarza: karta { $id } nie ma daty ani zadania z terminem. Najpierw ustaw datę albo dodaj zadanie z terminem.

help-title = Klawisze
help-editing = W polach tekstowych: strzałki, Ctrl-←/→ (o słowo), Home/End, { -key_undo_edit } lub Ctrl-U cofa, Ctrl-R ponawia. Wklejony tekst trafia do pola w całości.
help-mouse = Kliknij pole, aby w nim pisać, albo pozycję na liście, aby ją wybrać.
help-autosave = Karta zapisuje się sama sekundę po ostatniej zmianie i przy każdym przejściu do innego kroku.
help-close = strzałki przewijają, inny klawisz zamyka

quit-title = Zamknąć talkprep?
quit-body = Ostatnie zmiany nie są jeszcze zapisane. { -key_confirm }: zapisz i wyjdź · { -key_discard }: wyjdź bez zapisywania · { -key_back }: zostań

key-help = pomoc
key-save = zapisz
key-quit = wyjdź
key-next_step = następny krok
key-prev_step = poprzedni krok
key-next_field = następne pole
key-prev_field = poprzednie pole
key-back = wstecz
key-apply_rewrite = zastosuj poprawkę
key-new = nowa karta
key-delete = usuń (do kosza)
key-undo = cofnij usunięcie
key-export = eksportuj
key-copy_opener = kopiuj otwarcie
key-copy_sheet = kopiuj kartę
key-page_up = przewiń w górę
key-page_down = przewiń w dół
key-up = w górę
key-down = w dół
key-left = w lewo
key-right = w prawo
key-toggle = zaznacz / wybierz
key-select = wybierz / otwórz

list-empty = Nie ma tu jeszcze nic do wyboru: najpierw wybierz scenariusz w kroku 1.

who-fits = Dla kogo: { $roles }
who-pick_hint = Wybierz scenariusz najbliższy twojej sytuacji; „Inna trudna rozmowa” pasuje do wszystkich pozostałych.

cli-playbook_valid = poprawny: { PLURAL($scenarios) ->
    [one] 1 scenariusz
    [few] { $scenarios } scenariusze
    [many] { $scenarios } scenariuszy
   *[other] { $scenarios } scenariusza
} ({ $lang })
cli-no_sheets = Brak zapisanych kart. Uruchom „talkprep”, żeby przygotować pierwszą.
cli-no_match = Żadna karta nie pasuje do { $search }. Uruchom talkprep list, żeby zobaczyć wszystkie.
cli-imported = zaimportowano jako { $id }
cli-deleted = przeniesiono { $id } do kosza (przywrócisz poleceniem talkprep restore { $id })
cli-restored = przywrócono { $id }

stakes-hot_short = Emocje biorą górę: ochłoń i umów rozmowę, zamiast reagować od razu

sheet-about = Temat: { $topic }

export-relationship = Współpraca
export-heat = Poziom emocji

key-timer = stoper start/stop
key-next_round = następna obiekcja
key-reveal = pokaż spokojną odpowiedź
key-write_reply = napisz odpowiedź
key-next_variation = inne otwarcie
key-promote = użyj tego otwarcia
key-undo_promote = przywróć poprzednie
key-edit_opener = edytuj otwarcie
key-rehearse = próba na głos

home-pick_a_sheet = Najpierw wybierz zapisane przygotowanie, potem naciśnij { -key_rehearse }, aby przećwiczyć rozmowę, albo { -key_cue_card }, aby otworzyć ściągawkę.

rehearse-title = Próba: { $client } · { $scenario }
rehearse-status = Rozegrano { PLURAL($rounds) ->
    [one] 1 rundę
    [few] { $rounds } rundy
    [many] { $rounds } rund
   *[other] { $rounds } rundy
} · { $timer }
rehearse-timer_idle = { -key_timer } mierzy czas, gdy mówisz pierwsze zdanie na głos
rehearse-timer_running = stoper włączony: { $time } ({ -key_timer } zatrzymuje)
rehearse-timer_last = ostatni pomiar: { $time } (łącznie { PLURAL($runs) ->
    [one] 1 pomiar
    [few] { $runs } pomiary
    [many] { $runs } pomiarów
   *[other] { $runs } pomiaru
})
rehearse-no_opener = Nie ma jeszcze pierwszego zdania: napisz je w kreatorze albo naciśnij { -key_next_variation }, aby użyć zdania ze scenariusza.
rehearse-estimate = Około { $seconds } s przy spokojnym tempie.
rehearse-pace_rushed = Ostatnia próba: { $spoken } s, a spokojnym tempem to około { $estimate } s. Weź oddech i zwolnij.
rehearse-pace_calm = Ostatnia próba: { $spoken } s, spokojne tempo.
rehearse-pace_slow = Ostatnia próba: { $spoken } s, a szacunek to około { $estimate } s. W porządku, jeśli pauzy były celowe; jeśli nie, skróć zdanie o kilka słów.
rehearse-too_long = To długo jak na pierwsze zdanie: spróbuj skrócić je do jednej myśli i jednego pytania.
rehearse-variation = Twoje otwarcie · { $n } z { $total } · { $which } · { $tone }
rehearse-yours = twoje
rehearse-alternative = z poradnika
rehearse-cue = Między rundami:
rehearse-start_hint = Powiedz pierwsze zdanie na głos. Potem naciśnij { -key_next_round }: klient odpowie tak, jak odpowiadają prawdziwi klienci.
rehearse-round_none = Klient
rehearse-round = Runda { $n } · obiekcja klienta ({ $kind })
rehearse-pause = Pauza: niech cisza zadziała… { $seconds }
rehearse-answer = Twoja kolej: odpowiedz na głos. { -key_reveal } pokaże spokojną odpowiedź do porównania, { -key_write_reply } pozwoli zapisać twoją, a { -key_next_round } rozegra kolejną rundę.
rehearse-calm_reply = Spokojna odpowiedź:
rehearse-your_reply = Twoja odpowiedź:
rehearse-write = Twoja odpowiedź · { $tone } · { -key_commit } zachowuje ją w karcie · { -key_back } anuluje
rehearse-reply_kept = Twoja odpowiedź jest zachowana w karcie.
rehearse-promoted = Przyjęte; twoje zostaje jako wariant 1 ({ -key_undo } przywraca).
rehearse-already_in_use = To już jest otwarcie w karcie.
rehearse-nothing_to_undo = W tej próbie nie ma czego przywracać.
rehearse-promote_undone = Karta ma znów poprzednie otwarcie.
rehearse-yours_again = Twoje własne otwarcie znów jest otwarciem w karcie.
rehearse-opener_edited = Twoje otwarcie jest zaktualizowane w karcie.
rehearse-edit = Twoje otwarcie · { $tone } · { -key_commit } zachowuje · { -key_back } anuluje
rehearse-in_use = w użyciu
rehearse-yours_rewritten = twoje, z proponowanymi poprawkami
rehearse-yours_firmer = twoje, bardziej stanowcze (bez łagodzących zwrotów)
rehearse-no_pushbacks = Ten scenariusz nie ma obiekcji do rozegrania.

home-rehearsed = { PLURAL($n) ->
    [one] 1 próba
    [few] { $n } próby
    [many] { $n } prób
   *[other] { $n } próby
}

flags-md-title = Przegląd czerwonych flag: { $client }
flags-md-meta = Data przeglądu: { $date } · wynik { $score } · { $band }
flags-md-exit_prep = Aby przygotować rozmowę o zakończeniu współpracy, uruchom talkprep flags --client "{ $client }" i zacznij przygotowanie do rozstania na ekranie werdyktu.
flags-verdict = Werdykt
flags-why = Dlaczego
flags-why_none = Nic nie zaznaczono: nie ma czego ważyć.
flags-why_item = { $title } (waga { $weight })
flags-why_extreme = { $title }: punkt krytyczny, od razu przesuwa wynik do ostatniego przedziału, niezależnie od sumy
flags-what_next = Co dalej
flags-next_watch = Skorzystaj z powyższych rad i za kilka tygodni zrób ponowny przegląd tego klienta, żeby zobaczyć trend.
flags-plan = Plan naprawczy: lista kroków do wykonania
flags-plan_for_one = Dla pracy na własną rękę ({ -key_toggle_team }: dla zespołu).
flags-plan_for_team = Dla pracy w zespole ({ -key_toggle_team }: na własną rękę).
flags-strategies = Strategie na trudnego klienta
flags-breaking = Jak dobrze zakończyć współpracę
flags-checklist = Lista kontrolna
flags-note_label = notatka: { $note }
flags-group_other = Inne
flags-history = Przeglądy tego klienta
flags-history_row = { $date }: wynik { $score }, { $band }
flags-trend-first = Pierwszy przegląd tego klienta: powtórz go za kilka tygodni, żeby zobaczyć trend.
flags-trend-better = Lepiej niż ostatnio.
flags-trend-worse = Gorzej niż ostatnio.
flags-trend-same = Tak samo jak ostatnio.
flags-cli-none = Nie ma jeszcze przeglądów czerwonych flag. Uruchom „talkprep flags”, aby ocenić klienta.
flags-cli-review_id = (identyfikator: { $id })
flags-cli-show_title = { $client }: { PLURAL($count) ->
    [one] 1 przegląd czerwonych flag
    [few] { $count } przeglądy czerwonych flag
    [many] { $count } przeglądów czerwonych flag
   *[other] { $count } przeglądu czerwonych flag
}
flags-trend_word-first = nowy
flags-trend_word-better = lepiej
flags-trend_word-worse = gorzej
flags-trend_word-same = bez zm.

key-red_flags = czerwone flagi
key-flags_complete = dokończ nazwę
key-flags_verdict = werdykt
key-flags_toggle = zaznacz
key-flags_note = notatka do punktu
key-flags_plan_step = zaznacz krok
key-flags_exit_prep = przygotuj rozstanie
key-delete_follow_up = usuń zadanie
key-edit_follow_up = edytuj zadanie
key-undo_follow_up = przywróć usunięte zadanie
followup-deleted = Usunięto zadanie. { -key_undo } je przywraca.
followup-none_to_delete = Nie ma tu zadania do usunięcia.
followup-restored = Zadanie wróciło na listę.
followup-nothing_to_undo = Nie ma usuniętego zadania do przywrócenia.
followup-editing = Zmień je w polach poniżej; { -key_commit } wstawia je z powrotem w to samo miejsce.
followup-none_to_edit = Nie ma tu zadania do edycji.
followup-changed = Zadanie zmienione.
key-flags_why = wszystkie powody
key-flags_export = eksportuj
key-flags_delete = usuń przegląd
key-flags_team = samodzielnie/zespół

home-flags_line = { -key_red_flags }: sprawdź czerwone flagi klienta

flags-title = Przegląd czerwonych flag
flags-ticked_count = zaznaczono { $ticked } z { $total }
flags-client = Klient
flags-client_placeholder = Kogo oceniasz? { -key_complete } uzupełnia nazwy, których już używasz
flags-client_hint = Wpisz nazwę klienta, potem zaznacz to, co widzisz. { -key_show_verdict } pokazuje werdykt.
flags-candidates = { -key_complete }:
flags-first_review = Pierwszy przegląd (klient: { $client }): następnym razem w tym wierszu pojawi się trend.
flags-reviews_label = Wyniki:
flags-now = teraz
flags-looks_like = Po czym to poznać
flags-note_title = Notatka do tego punktu: { -key_commit } zachowuje, { -key_back } anuluje
flags-note_placeholder = Co się działo, np. 3 telefony w niedzielę
flags-note_line = ✎ { $note }
flags-note_none = { -key_edit_note }: dodaj notatkę (co się działo i kiedy)
flags-so_far = Wstępny werdykt:
flags-score = wynik { $score }
flags-extreme_short = zaznaczono punkt krytyczny
flags-extreme_long = Zaznaczono punkt krytyczny: obelgi, groźby lub przemoc od razu przesuwają wynik do ostatniego przedziału.
flags-weighs_most = Najwięcej waży:
flags-and_more = …i jeszcze { $count } ({ -key_expand_why } pokazuje resztę)
flags-show_fewer = { -key_expand_why } pokazuje tylko najważniejsze powody.
flags-verdict_title = Werdykt: { $client } · { $date }
flags-exit_button = Przygotuj rozstanie (klient: { $client })
flags-need_client = Najpierw wpisz nazwę klienta: to pod nią zapisywane są przeglądy.
flags-confirm_empty = Nic nie zaznaczono. Ponowne { -key_show_verdict } zapisze „brak sygnałów”.
flags-export_unsaved = Przegląd nie jest jeszcze zapisany: naciśnij { -key_save }, a potem go wyeksportuj.
flags-delete_unsaved = Ten przegląd nie jest jeszcze zapisany, więc nie ma czego usuwać: Esc wraca do listy kontrolnej.
flags-started_from_last = Na podstawie ostatniego przeglądu (klient: { $client }, { $date }): zmień to, co jest inaczej.
flags-editing_today = Edytujesz dzisiejszy przegląd (klient: { $client }): zmiany go zastąpią.
flags-saved = Zapisano przegląd (klient: { $client }).
flags-saved_as_copy = W międzyczasie zmieniony gdzie indziej: obie wersje zachowano, a ty edytujesz teraz swoją kopię, { $id }.
flags-deleted_elsewhere = Ten przegląd usunięto gdzie indziej: nic nie zostało zapisane. { -key_save } zapisuje go ponownie; po wyjściu pozostanie usunięty.
flags-so_far_title = Wstępny werdykt
flags-more_below = ↓ więcej poniżej: { -key_down } lub { -key_page_down }

export-tone = Ton

tone-one_key = { -key_apply_rewrite } poprawi to za ciebie.


field-follow_ups = Zadania (Spacja oznacza zadanie jako zrobione, { -key_edit_follow_up } je edytuje, { -key_delete } usuwa)
field-follow_ups-placeholder = Na razie brak: wpisz zadanie w polu poniżej i naciśnij { -key_commit }.
field-new_follow_what = Nowe zadanie: obietnica lub następny krok ({ -key_commit } dodaje)
field-new_follow_owner = Kto ma to zrobić
field-new_follow_due = Termin (opcjonalnie, np. 15.12.2026; { -key_commit } dodaje)

debrief-after_title = Po rozmowie
debrief-questions = Pytania do przemyślenia
debrief-added = Dodano zadanie. Pojawi się na ekranie głównym i w „talkprep due”, gdy nadejdzie termin.
debrief-bad_due = Wpisz termin w postaci 15.12.2026 albo zostaw puste pole.
debrief-offered = Rozmowa już za tobą: jak poszło? Dwie minuty podsumowania i żadna obietnica nie umknie.

home-marked_done = Zrobione: { $what } ({ -key_undo } cofa)
home-marked_open = Znowu do zrobienia: { $what }
home-due_row = ⚑ { $status } · { $client } · { $owner }: { $what }
home-review_row = ◇ { $client } · { $date } · wynik { $score } · { $band }

key-cue = ściągawka na rozmowę

cli-trash_none = Kosz jest pusty.
cli-trash_unreadable = (nieczytelna: { $error })
cli-trash_hint = talkprep restore ID przywraca kartę; talkprep trash empty trwale opróżnia kosz.
cli-trash_emptied = { $n ->
    [0] W koszu nie było nic do usunięcia.
   *[other] { PLURAL($n) ->
        [one] Usunięto z kosza na stałe 1 plik.
        [few] Usunięto z kosza na stałe { $n } pliki.
        [many] Usunięto z kosza na stałe { $n } plików.
       *[other] Usunięto z kosza na stałe { $n } pliku.
    }
}

key-confirm_quit = zapisz i wyjdź
key-discard_quit = wyjdź bez zapisywania
key-leave_filter = przejdź do listy
key-commit = zachowaj wpisany tekst
key-undo_edit = cofnij ostatnią zmianę
key-delete_to_start = usuń do początku wiersza
key-level = ustaw poziom
key-more = więcej

keyname-space = Spacja
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

error-store-io = Nie udało się uzyskać dostępu do { $path }: { $detail }. Sprawdź, czy folder istnieje i czy masz uprawnienia do odczytu i zapisu.
error-store-sheet = { $path }: { $detail }
error-store-import = Importowany tekst nie jest kartą, którą talkprep potrafi odczytać: { $detail }
error-store-not_found = Nie ma karty { $id }: sprawdź identyfikator na liście kart albo przywróć ją z kosza.
error-store-not_in_trash = W koszu nie ma karty { $id }: zawartość kosza pokaże talkprep trash list.
error-store-exists = Karta o identyfikatorze { $id } już istnieje: najpierw ją usuń albo zmień jej nazwę.
error-store-newer = Nie nadpisuję pliku { $path }: zapisała go nowsza wersja talkprep (schemat { $found }, ta wersja obsługuje schematy do { $supported }). Zaktualizuj talkprep.
error-store-id_mismatch = { $path } zawiera kartę { $found }, a nie { $expected }: zmień nazwę pliku zgodnie z jego identyfikatorem.
error-store-bad_file_name = { $path }: nazwa pliku nie jest identyfikatorem karty; zmień nazwę pliku.
error-store-bad_id = Nie można zapisać karty o identyfikatorze { $id }: { $detail }
error-store-set_aside_failed = Nie da się odczytać { $path }, a odłożenie go na bok też się nie udało: przenieś albo popraw plik ręcznie.
error-store-review = { $path }: { $detail }
error-store-review_not_found = Nie ma przeglądu { $id }: listę ocenionych klientów pokaże talkprep flags list.
error-store-busy = Ta karta jest otwarta w innym oknie talkprep: zamknij ją tam i spróbuj ponownie.
error-copy = Nie udało się skopiować: { $detail }

quit-save_failed = Nie zamykam: nie udało się zapisać zmian. { $error }
quit-rescued = Nie udało się zapisać ostatnich zmian; są zachowane w { $path }. Gdy problem zniknie, zaimportuj ten plik poleceniem talkprep import.
quit-rescued_review = Nie udało się zapisać ostatnich zmian w przeglądzie sygnałów ostrzegawczych; są zachowane w { $path }. Uruchom talkprep ponownie, gdy problem zniknie: zaproponuje ich przywrócenie.

key-open = otwórz
key-mark_done = oznacz jako zrobione

wizard-esc_again = Naciśnij jeszcze raz { -key_back }, aby wrócić do ekranu głównego; odpowiedzi zostają zapisane. Każdy inny klawisz pozwala pisać dalej.

when-unreadable = Nie można odczytać daty, więc nie została zapisana: wpisz ją jako 25.11.2026 16:30. Przejdź dalej jeszcze raz, aby kontynuować bez daty.

wizard-replaced = Twój tekst zastąpiła propozycja: { -key_undo_edit } w polu go przywróci.

error-copy_too_large = Za dużo tekstu dla schowka terminala: zamiast kopiować, wyeksportuj.

review-copied_note = {" "}(terminal, który blokuje schowek, albo tmux bez set-clipboard on, zignoruje to bez komunikatu)

cli-quarantine_none = Kwarantanna jest pusta: talkprep odczytał wszystkie znalezione pliki.
cli-quarantine_hint = Tych plików nie dało się odczytać, więc odłożono je na bok (nic nie zostało usunięte). Popraw plik w edytorze tekstu, a potem polecenie talkprep quarantine restore NAZWA przywróci go na miejsce.
cli-quarantine_restored = Przywrócono jako { $path }. Jeśli nadal nie da się go odczytać, talkprep list poda przyczynę.
cli-quarantine_sheet = karta
cli-quarantine_review = przegląd
cli-no_readable_sheets = Nie udało się wyświetlić żadnej karty: sprawdź pliki wymienione powyżej (zajrzyj też do talkprep quarantine list).

error-store-not_regular = { $path } nie jest zwykłym plikiem (to potok, urządzenie albo folder), więc talkprep go nie czyta: przenieś go poza folder danych.
error-store-too_large = { $path } jest większy niż { $limit }, czyli limit talkprep dla takich plików: przenieś go poza folder danych albo skróć.
error-store-store_busy = Inny talkprep właśnie zapisuje w tym folderze danych: spróbuj za chwilę albo zamknij drugi talkprep.
error-store-being_written = Nie nadpisuję { $path }: nie da się go odczytać, a zmienił się mniej niż minutę temu, więc może go właśnie zapisywać inny program. Spróbuj za minutę.
error-store-not_quarantined = W kwarantannie nie ma pliku { $name }: nazwy pokaże talkprep quarantine list.

wizard-read_only = Tu tylko do odczytu: ta karta jest otwarta w innym oknie talkprep. Zamknij ją tam, aby edytować tutaj.
wizard-saved_as_copy = W międzyczasie zmieniona gdzie indziej: obie wersje zachowano, a ty edytujesz teraz swoją kopię, { $id }.
wizard-deleted_elsewhere = Tę kartę usunięto gdzie indziej: nic nie zostało zapisane. { -key_save } zapisuje ją ponownie; po wyjściu pozostanie usunięta.

tone-summary = Ton: { $label } { $score }/100 · { $findings ->
    [0] bez uwag
   *[other] { PLURAL($findings) ->
        [one] 1 uwaga
        [few] { $findings } uwagi
        [many] { $findings } uwag
       *[other] { $findings } uwagi
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
month_short-1 = sty
month_short-2 = lut
month_short-3 = mar
month_short-4 = kwi
month_short-5 = maj
month_short-6 = cze
month_short-7 = lip
month_short-8 = sie
month_short-9 = wrz
month_short-10 = paź
month_short-11 = lis
month_short-12 = gru

# The command line: about texts (cli-about-<command>), argument help (cli-arg-<command>-<id>),
# headings, value names in usage lines, and clap's errors said again.
cli-about = Przygotuj w dziesięć minut trudną rozmowę z klientem: fakty, cel, propozycję zapasową i pierwsze zdanie, którego ton jest sprawdzany w trakcie pisania. Bez polecenia talkprep otwiera aplikację.
cli-arg-data_dir = Folder z kartami (domyślnie: TALKPREP_DATA_DIR, a jeśli nie ustawiono, folder danych systemu).
cli-arg-playbook = Plik poradnika, który uzupełnia poradnik wbudowany (domyślnie: playbook.json w folderze konfiguracji).
cli-arg-lang = Język poradnika i interfejsu: en, fr, pl lub ro albo kod regionalny, np. pl-PL (domyślnie: TALKPREP_LANG, potem LC_ALL, LC_MESSAGES, LANG, a na końcu en). Dla tone: język tekstu albo auto (domyślnie), aby go wykryć.
cli-arg-help = Pokaż tę pomoc.
cli-arg-version = Pokaż wersję.
cli-about-scenarios = Wypisz scenariusze z poradnika.
cli-arg-scenarios-json = Wypisz JSON zamiast tabeli.
cli-about-list = Wypisz zapisane karty, od najnowszych.
cli-arg-list-json = Wypisz JSON zamiast tabeli.
cli-arg-list-search = Tylko karty, w których klient, scenariusz lub dowolna odpowiedź zawiera TEKST (wielkość liter i znaki diakrytyczne nie mają znaczenia).
cli-about-show = Wyświetl kartę.
cli-arg-show-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-arg-show-format = Format wyjścia: md (Markdown), txt (zwykły tekst, domyślnie), json (karta w postaci zapisanej) lub ics (plik kalendarza z rozmową i każdym zadaniem z terminem).
cli-about-export = Zapisz kartę do pliku lub na standardowe wyjście.
cli-arg-export-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-arg-export-format = Format wyjścia: md (Markdown), txt (zwykły tekst), json (karta w postaci zapisanej) lub ics (plik kalendarza z rozmową i każdym zadaniem z terminem). Bez niego o formacie decyduje rozszerzenie pliku -o (x.ics to kalendarz), a w innym razie Markdown.
cli-arg-export-output = Plik do zapisania (domyślnie: standardowe wyjście).
cli-arg-export-force = Zastąp PLIK, jeśli już istnieje.
cli-about-cue = Wyświetl ściągawkę z karty, którą warto mieć pod ręką w trakcie rozmowy.
cli-arg-cue-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-about-due = Wypisz otwarte zadania na dziś i zaległe ze wszystkich kart.
cli-long-due = Jeden wiersz na zadanie, najpierw najbardziej zaległe, z datami w strefie czasowej systemu (TZ). Gdy nic nie czeka, polecenie nic nie wypisuje i kończy się kodem 0, więc nadaje się do porannego uruchamiania w powłoce.
cli-arg-due-json = Wypisz JSON zamiast wierszy.
cli-arg-due-days = Wypisz też zadania, których termin mija w ciągu najbliższych N dni (domyślnie: 0).
cli-about-import = Sprawdź plik karty (albo - dla standardowego wejścia) i dodaj kartę do zapisanych.
cli-arg-import-file = Plik karty albo - dla standardowego wejścia.
cli-about-delete = Przenieś kartę do kosza.
cli-arg-delete-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-about-restore = Przywróć kartę z kosza.
cli-arg-restore-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep trash list).
cli-about-trash = Zobacz, co jest w koszu, albo opróżnij go na stałe.
cli-about-trash-list = Wypisz karty z kosza, od ostatnio zmienionych.
cli-arg-trash-list-json = Wypisz JSON zamiast wierszy.
cli-about-trash-empty = Usuń na stałe karty z kosza razem ze starszymi kopiami zapisanymi obok.
cli-arg-trash-empty-older_than = Tylko karty niezmieniane od ponad DNI dni.
cli-about-quarantine = Zobacz pliki odłożone na bok, bo nie dało się ich odczytać, albo przywróć jeden z nich.
cli-about-quarantine-list = Wypisz pliki kart i przeglądów odłożone na bok, bo nie dało się ich odczytać.
cli-arg-quarantine-list-json = Wypisz JSON zamiast wierszy.
cli-about-quarantine-restore = Przywróć odłożony plik pod jego własną nazwą (bez nadpisywania innych plików).
cli-arg-quarantine-restore-name = Nazwa wyświetlana przez talkprep quarantine list.
cli-about-rehearse = Przećwicz otwarcie z karty, mierząc się z prawdopodobnymi obiekcjami klienta (otwiera aplikację).
cli-arg-rehearse-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-about-playbook = Sprawdź albo wyeksportuj poradnik.
cli-about-playbook-validate = Sprawdź plik poradnika (domyślnie: ten, który obowiązuje) i zgłoś każdy problem.
cli-arg-playbook-validate-file = Plik do sprawdzenia albo - dla standardowego wejścia.
cli-about-playbook-export = Wypisz wbudowany poradnik jako punkt wyjścia dla własnego.
cli-about-tone = Sprawdź ton tekstu: które słowa brzmią źle, dlaczego i jak powiedzieć to cieplej.
cli-about-completions = Wypisz skrypt uzupełniania dla swojej powłoki: talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep
cli-arg-completions-shell = Powłoka: bash, zsh, fish, powershell albo elvish.
cli-about-man = Wypisz stronę podręcznika: talkprep man | man -l -
cli-long-tone = Tutaj --lang to język tekstu: en, fr, pl, ro albo auto (domyślnie), aby go wykryć. Kod wyjścia to 1, gdy któraś uwaga osiąga poziom --fail-on.
cli-arg-tone-json = Wypisz jeden obiekt JSON.
cli-arg-tone-jsonl = Sprawdź każdy wiersz osobno i wypisz po jednym obiekcie JSON na wiersz.
cli-arg-tone-fail_on = Najniższy poziom, przy którym polecenie kończy się kodem 1: info (każda uwaga), warn (warn lub high, domyślnie) albo high (tylko high).
cli-arg-tone-file = Wczytaj tekst z PLIKU.
cli-arg-tone-text = Tekst do sprawdzenia albo - dla standardowego wejścia (czytanego też wtedy, gdy nie podano tekstu, a dane płyną potokiem).
cli-about-flags = Przeglądy czerwonych flag klientów: otwórz listę kontrolną albo wypisz, pokaż i eksportuj przeglądy.
cli-arg-flags-client = Otwórz listę kontrolną z już wpisaną nazwą tego klienta.
cli-about-flags-list = Wypisz ocenionych klientów wraz z ostatnim przeglądem: data, wynik, werdykt i trend.
cli-arg-flags-list-json = Wypisz JSON zamiast tabeli.
cli-about-flags-show = Wyświetl wszystkie przeglądy klienta, od najstarszego.
cli-arg-flags-show-client = Nazwa klienta (wielkość liter i znaki diakrytyczne nie mają znaczenia).
cli-arg-flags-show-json = Wypisz JSON zamiast tekstu.
cli-about-flags-export = Zapisz ostatni przegląd klienta w Markdownie: każdy punkt z notatką, werdykt i dalsze kroki.
cli-arg-flags-export-client = Nazwa klienta (wielkość liter i znaki diakrytyczne nie mają znaczenia).
cli-arg-flags-export-output = Plik do zapisania (domyślnie: standardowe wyjście).
cli-arg-flags-export-force = Zastąp PLIK, jeśli już istnieje.
cli-about-flags-delete = Przenieś przegląd do kosza (talkprep flags restore go przywraca).
cli-arg-flags-delete-id = Identyfikator przeglądu, jego początek albo nazwa klienta (zob. talkprep flags show KLIENT).
cli-about-flags-restore = Przywróć usunięty przegląd.
cli-arg-flags-restore-id = Identyfikator przeglądu, jego początek albo nazwa klienta.
cli-review_deleted = przegląd { $id } ({ $client }) przeniesiony do kosza (talkprep flags restore { $id } go przywraca)
cli-review_restored = przywrócono przegląd { $id }
cli-error-no_such_review = Nie ma przeglądu { $id }. talkprep flags show KLIENT pokazuje przeglądy klienta z identyfikatorami.
cli-error-ambiguous_review = Do „{ $query }” pasuje kilka przeglądów: { $ids }. Wpisz dłuższy fragment identyfikatora.
cli-error-no_review_close = Nie ma przeglądu „{ $id }”. Czy chodziło o { $close }? talkprep flags show KLIENT pokazuje przeglądy klienta z identyfikatorami.
cli-error-ambiguous_sheet = Do „{ $query }” pasuje kilka kart: { $ids }. Wpisz dłuższy fragment identyfikatora.
cli-error-no_sheet_close = Nie ma karty „{ $id }”. Czy chodziło o { $close }? Wszystkie karty pokazuje talkprep list, a usunięte talkprep trash list.
cli-error-no_trashed_close = W koszu nie ma karty „{ $id }”. Czy chodziło o { $close }? Zawartość kosza pokaże talkprep trash list.
cli-heading-usage = Użycie:
cli-heading-commands = Polecenia
cli-heading-arguments = Argumenty
cli-heading-options = Opcje
cli-usage-options = OPCJE
cli-usage-command = POLECENIE
cli-value_name-DIR = FOLDER
cli-value_name-FILE = PLIK
cli-value_name-LANG = JĘZYK
cli-value_name-TEXT = TEKST
cli-value_name-N = N
cli-value_name-DAYS = DNI
cli-value_name-NAME = NAZWA
cli-value_name-ID = ID
cli-value_name-SHELL = POWŁOKA
cli-value_name-CLIENT = KLIENT
cli-value_name-FORMAT = FORMAT
cli-value_name-LEVEL = POZIOM
cli-error-unknown_argument = { $arg } nie jest opcją tego polecenia.
cli-error-did_you_mean = Czy chodziło o { $suggestion }?
cli-error-unknown_command = { $command } nie jest poleceniem talkprep.
cli-error-invalid_value = { $value } nie jest dozwoloną wartością dla { $arg }.
cli-error-possible_values = Dozwolone wartości: { $values }.
cli-error-bad_lang = talkprep nie obsługuje języka { $value }: użyj en, fr, pl lub ro albo kodu regionalnego, np. pl-PL.
cli-error-not_a_number = { $arg } wymaga liczby całkowitej, a podano { $value }.
cli-error-missing_argument = Brakuje argumentu { $arg }.
cli-error-missing_command = To polecenie wymaga jednego z jego podpoleceń.
cli-error-conflict = Nie można użyć { $arg } razem z { $other }.
cli-error-unexpected_value = Wartość { $value } jest tu zbędna.
cli-error-missing_value = { $arg } wymaga wartości.
cli-error-bad_utf8 = Wiersz polecenia nie jest poprawnym UTF-8.
cli-error-other = Nie udało się odczytać wiersza polecenia: porównaj go z pomocą.
cli-error-try_help = Więcej informacji: { $command } --help

# Errors from the core and the commands: files, JSON, ids, playbooks. { $detail } is another
# message, said in the same language.
error-store-io_full = Nie udało się zapisać { $path }: { $detail }. Zwolnij trochę miejsca na dysku i spróbuj ponownie.
error-store-io_denied = Nie udało się uzyskać dostępu do { $path }: { $detail }. Sprawdź, czy masz uprawnienia do zapisu w tym miejscu (folder może być tylko do odczytu).
error-store-io_missing = Nie udało się uzyskać dostępu do { $path }: { $detail }. Sprawdź, czy folder istnieje.
error-io-not_found = nie istnieje
error-io-permission_denied = odmówiono dostępu
error-io-already_exists = coś o tej nazwie już istnieje
error-io-storage_full = dysk jest pełny
error-io-read_only = dysk lub folder jest tylko do odczytu
error-io-is_a_directory = to folder, a nie plik
error-io-not_a_directory = część ścieżki to plik, a nie folder
error-io-invalid_data = zawartość jest inna niż oczekiwana
error-io-too_large = plik jest za duży
error-io-interrupted = operacja została przerwana
error-io-broken_pipe = program odczytujący wyjście przestał działać
error-io-other = system zgłosił: { $detail }
error-json-missing_field = brakuje pola { $field }
error-json-unknown_field = talkprep nie zna pola { $field }
error-json-duplicate_field = pole { $field } występuje dwa razy
error-json-unknown_value = { $value } nie należy do dozwolonych wartości
error-json-wrong_kind = wartość ma niewłaściwy typ (tekst, liczba, lista…)
error-json-wrong_length = lista ma niewłaściwą liczbę elementów
error-json-cut_short = tekst urywa się przed końcem
error-json-syntax = w tym miejscu tekst łamie zasady JSON (brakuje przecinka, cudzysłowu lub nawiasu albo któryś jest zbędny)
error-json-does_not_fit = wartość nie pasuje do tego, czego oczekuje talkprep
error-json-kind-null = null
error-json-kind-boolean = wartość true lub false
error-json-kind-number = liczbę
error-json-kind-string = tekst
error-json-kind-array = listę
error-json-kind-object = obiekt
error-file-not_utf8 = plik nie jest tekstem zapisanym w UTF-8
error-file-empty = plik jest pusty
error-file-bad_id = nie można użyć identyfikatora { $id }: { $detail }
error-sheet-syntax = niepoprawny JSON w wierszu { $line }, w kolumnie { $column }: { $detail }. Popraw plik w tym miejscu albo przywróć go z kopii zapasowej.
error-sheet-newer = zapisane przez nowszą wersję talkprep (schemat { $found }; ta wersja obsługuje schematy do { $supported }). Zaktualizuj talkprep, aby to otworzyć.
error-sheet-invalid_at = niepoprawna karta talkprep w wierszu { $line }, w kolumnie { $column }: { $detail }. Popraw ją albo przywróć z kopii zapasowej.
error-sheet-invalid = niepoprawna karta talkprep: { $detail }. Popraw ją albo przywróć z kopii zapasowej.
error-sheet-heat = stakes.heat ma wartość { $value }, a dozwolony zakres to od 0 do { $max }
error-sheet-not_object = karta to obiekt JSON ({"{"}…{"}"}), a ten tekst zawiera { $kind }
error-review-newer = zapisane przez nowszą wersję talkprep (schemat przeglądu { $found }; ta wersja obsługuje schematy do { $supported }). Zaktualizuj talkprep, aby to odczytać.
error-review-invalid = niepoprawny przegląd czerwonych flag: { $detail }. Popraw go albo przywróć z kopii zapasowej.
error-id-empty = identyfikator karty nie może być pusty: użyj liter a-z, cyfr i łączników
error-id-too_long = identyfikator karty może mieć najwyżej { PLURAL($max) ->
    [one] 1 znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}, a ten ma { $len }: skróć go
error-id-bad_char = identyfikator karty może zawierać tylko a-z, 0-9 i -, a znak nr { $index } to { $found }: użyj małych liter, cyfr i łączników
error-id-edge_hyphen = identyfikator karty nie może zaczynać się ani kończyć łącznikiem -: usuń go
error-id-reserved = { $name } to nazwa urządzenia zastrzeżona w systemie Windows: wybierz inny identyfikator
size-mib = { $n } MiB
size-bytes = { PLURAL($n) ->
    [one] { $n } bajt
    [few] { $n } bajty
    [many] { $n } bajtów
   *[other] { $n } bajta
}
error-when = Wpisz datę jako dzień, miesiąc i rok, a po niej opcjonalnie godzinę w formacie GG:MM.
error-settings-no_data_dir = Nie można ustalić folderu na dane talkprep: podaj --data-dir FOLDER albo ustaw TALKPREP_DATA_DIR.
store-unreadable = { $path }: { $detail } Plik zostaje na miejscu; jeśli nadal nie da się go odczytać, następne polecenie zapisujące dane odłoży go na bok (zob. talkprep quarantine list).
store-quarantined = { $path }: { $detail } Plik odłożono na bok jako { $moved_to } (zob. talkprep quarantine list).
error-playbook-io = Nie udało się odczytać poradnika { $file }: { $detail }.
error-playbook-syntax = Nie udało się odczytać poradnika { $file } w wierszu { $line }, w kolumnie { $column }: { $detail }.
error-playbook-invalid = { PLURAL($count) ->
    [one] W poradniku { $file } jest 1 problem:
    [few] W poradniku { $file } są { $count } problemy:
    [many] W poradniku { $file } jest { $count } problemów:
   *[other] W poradniku { $file } jest { $count } problemu:
}
error-playbook-lang = Nieznany język { $value }: użyj en, fr, pl lub ro.
playbook-problem-empty = nie może być puste
playbook-problem-bad_id = identyfikator { $value } musi mieć od 1 do 64 znaków: małe litery, cyfry, - lub _
playbook-problem-duplicate_id = identyfikator { $value } występuje dwa razy: każdy może wystąpić tylko raz
playbook-problem-schema = nieznana wartość schema_version { $found } (ta wersja talkprep obsługuje { $supported })
playbook-problem-lang = nieznany język { $value }: użyj en, fr, pl lub ro
playbook-problem-no_openers = potrzebne jest co najmniej jedno otwarcie
playbook-problem-placeholder = nieznany symbol zastępczy { $name }: użyj {"{"}client{"}"} lub {"{"}topic{"}"}
playbook-problem-unclosed = nawias {"{"} nie został zamknięty
playbook-problem-unknown_role = nieznany identyfikator roli { $value }
playbook-problem-no_exit = wskaż scenariusz, od którego zaczyna się przygotowanie do zakończenia współpracy (np. ending-relationship)
playbook-problem-unknown_scenario = nieznany identyfikator scenariusza { $value }
playbook-problem-weight = waga musi wynosić co najmniej 1
playbook-problem-unknown_group = nieznany identyfikator grupy { $value }
playbook-problem-band_order = przedziały muszą być uporządkowane rosnąco według min_score
playbook-problem-no_scenarios = potrzebny jest co najmniej jeden scenariusz
playbook-problem-no_bands = potrzebny jest co najmniej jeden przedział werdyktu
playbook-problem-first_band = pierwszy przedział musi zaczynać się od 0, żeby każdy wynik miał werdykt
playbook-problem-other_lang = ten poradnik jest w języku { $found }, a talkprep działa w języku { $lang }: podaj --lang { $found } albo zmień jego pole „lang”
cli-error-no_sheet = Nie ma karty { $id }: identyfikatory pokazuje talkprep list, a usunięte karty talkprep trash list.
cli-error-stdout = Nie udało się zapisać na standardowe wyjście: { $detail }. Sprawdź dysk lub plik docelowy.
cli-error-stdin = Nie udało się odczytać standardowego wejścia: { $detail }.
cli-error-read = Nie udało się odczytać { $name }: { $detail }. Sprawdź nazwę pliku.
cli-error-sheet_is_folder = { $name } to folder: podaj plik karty, który się w nim znajduje.
cli-error-playbook_is_folder = { $name } to folder: podaj plik poradnika, który się w nim znajduje.
cli-error-sheet_too_large = { $name } jest większy niż { $limit } MiB, czyli limit talkprep dla karty: sprawdź, czy to właściwy plik.
cli-error-playbook_too_large = Poradnik { $name } jest większy niż { $limit } MiB, czyli limit talkprep dla poradnika: skróć go albo przenieś, aby użyć wbudowanego.
cli-error-not_text = { $name }: { $detail }
cli-error-exists = { $path } już istnieje: dodaj --force, aby go zastąpić, albo wybierz inny plik.
cli-error-bad_id = { $id } nie jest identyfikatorem karty ({ $detail }): identyfikatory pokazuje talkprep list.
cli-error-not_imported = Nie zaimportowano { $name }: { $detail }
cli-error-no_review = Brak przeglądu czerwonych flag dla klienta { $client }: ocenionych klientów pokazuje talkprep flags list, a nowy przegląd rozpoczniesz poleceniem talkprep flags --client NAZWA.
cli-error-ambiguous_client = Do { $query } pasuje kilku klientów: { $clients }. Podaj dłuższą część nazwy.
cli-error-playbook_not_regular = Poradnik { $name } nie jest zwykłym plikiem (to potok, urządzenie albo folder): podaj plik poradnika albo przenieś go, aby użyć wbudowanego.
cli-error-playbook_unusable = Nie można użyć poradnika { $name } (popraw go albo przenieś, aby użyć wbudowanego). { $detail }
cli-error-bundled_broken = Wbudowany poradnik jest uszkodzony; prosimy o zgłoszenie tego błędu. { $detail }
cli-error-tone_empty = Nie ma czego sprawdzać: tekst jest pusty.
cli-error-tone_no_input = Nie ma czego sprawdzać: podaj tekst, -f PLIK albo -, aby czytać ze standardowego wejścia.

# Gaps in an opener before the client or the topic is filled, and the kinds of push-back
# a rehearsal plays (ids from the playbook).
placeholder-client = [klient]
placeholder-topic = [temat]
address-female = Pani { $name }
address-male = Panie { $name }
placeholder-address = [zwrot]
field-address_suggested = { $name } (propozycja; wpisz, by zmienić)
pushback_kind-bargaining = targowanie się
pushback_kind-counter_accusation = przerzucanie winy
pushback_kind-deflection = zmiana tematu
pushback_kind-denial = zaprzeczanie
pushback_kind-emotion = emocje
pushback_kind-minimising = bagatelizowanie
pushback_kind-silence = milczenie
pushback_kind-stalling = gra na zwłokę
wizard-typed_on_list = To lista, nie pole tekstowe: { -key_up }/{ -key_down } i { -key_toggle } wybierają, a { -key_next_field } przechodzi do następnego pola.
wizard-more_above = ↑ { PLURAL($n) ->
    [one] 1 pole wyżej
    [few] { $n } pola wyżej
    [many] { $n } pól wyżej
   *[other] { $n } pola wyżej
}
wizard-more_below = ↓ { PLURAL($n) ->
    [one] jeszcze 1 pole
    [few] jeszcze { $n } pola
    [many] jeszcze { $n } pól
   *[other] jeszcze { $n } pola
}
when-past = { $when } (data z przeszłości)
help-more_below = ↓ dalej: { -key_down } lub { -key_page_down }
key-side_up = przewiń panel boczny w górę
key-side_down = przewiń panel boczny w dół
side-more_above = ↑ wyżej jest więcej
side-more_below = ↓ dalej: { -key_side_down }
app-no_signals = Nie można nasłuchiwać sygnałów, które bezpiecznie zamykają aplikację: { $detail }.
quit-rescue_failed = Nie udało się zapisać ostatnich zmian ani zachować ich w { $path }: { $detail }. Skopiuj wpisany tekst w inne miejsce, zanim zamkniesz terminal.
key-bring_back = przywróć niezapisany tekst z poprzedniej sesji
rescue-offer = { PLURAL($n) ->
    [one] { -key_bring_back } przywraca 1 niezapisane przygotowanie z poprzedniej sesji.
    [few] { -key_bring_back } przywraca { $n } niezapisane przygotowania z poprzedniej sesji.
    [many] { -key_bring_back } przywraca { $n } niezapisanych przygotowań z poprzedniej sesji.
   *[other] { -key_bring_back } przywraca { $n } niezapisanego przygotowania z poprzedniej sesji.
}
rescue-done = { PLURAL($n) ->
    [one] Przywrócono 1 przygotowanie
    [few] Przywrócono { $n } przygotowania
    [many] Przywrócono { $n } przygotowań
   *[other] Przywrócono { $n } przygotowania
}{ $copies ->
    [0] .
   *[other] ; kopie: { $copies }, bo zapisana wersja się różni.
}
rescue-none = Nie ma niezapisanego tekstu do przywrócenia.

## The message or talk track built from a sheet (src/draft).
draft-date = { $day } { $month } { $year }
draft-talk-moment = { $n }. { $label }: { $text }
draft-talk-open = Otwarcie
draft-talk-facts = Fakty
draft-talk-question = Pytanie
draft-talk-listen = Słuchanie
draft-talk-propose = Propozycja
draft-talk-if_not = Jeśli nie, zaproponuj:
draft-talk-next = Następny krok

step-message = Wiadomość
step-talk_track = Plan rozmowy
field-message_next_by = Termin następnego kroku (opcjonalnie)
field-message_next_by-placeholder = np. 11.12.2026
field-message_subject = Temat
field-message_body = Twoje słowa, gotowe do poprawek
key-rebuild_message = wygeneruj od nowa z karty
key-copy_message = kopiuj wiadomość
draft-heading_email = E-mail przygotowany na podstawie twojej karty
draft-heading_chat = Wiadomość na czat przygotowana na podstawie twojej karty
draft-heading_talk = Plan rozmowy przygotowany na podstawie twojej karty
draft-length_read = { PLURAL($words) ->
    [one] 1 słowo
    [few] { $words } słowa
    [many] { $words } słów
   *[other] { $words } słowa
} · czas czytania: ok. { PLURAL($minutes) ->
    [one] 1 minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
draft-length_say = { PLURAL($words) ->
    [one] 1 słowo
    [few] { $words } słowa
    [many] { $words } słów
   *[other] { $words } słowa
} · czas mówienia: ok. { PLURAL($minutes) ->
    [one] 1 minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}
draft-tone = { $label } · najsłabsze zdanie: { $score }/100 · sprawdzono { PLURAL($sentences) ->
    [one] 1 zdanie
    [few] { $sentences } zdania
    [many] { $sentences } zdań
   *[other] { $sentences } zdania
}
draft-worst = Najsłabsze zdanie: { $sentence }
draft-more_findings = { PLURAL($n) ->
    [one] i jeszcze 1 uwaga
    [few] i jeszcze { $n } uwagi
    [many] i jeszcze { $n } uwag
   *[other] i jeszcze { $n } uwagi
}
draft-built_from = Tekst powstał na podstawie twojego pierwszego zdania, faktów i propozycji zapasowych, ze sformułowaniami poradnika dla tego scenariusza. Zmienia się razem z kartą, dopóki go nie edytujesz; { -key_rebuild_message } generuje go od nowa.
draft-edited = Tekst zmieniony przez ciebie zostaje w twojej wersji. { -key_rebuild_message } wygeneruje go od nowa z karty, ale najpierw zapyta.
draft-talk_hint = To nie jest tekst do odczytania słowo w słowo: miej go pod ręką. Ściągawka i eksporty też go zawierają.
draft-rebuild_confirm = Naciśnij ponownie { -key_rebuild_message }, aby zastąpić zmiany tekstem wygenerowanym z karty.
draft-bad_date = nie można odczytać daty: następny krok zostaje bez daty
draft-rebuilt = Wygenerowano od nowa z karty.
draft-nothing_to_copy = Nie ma jeszcze wiadomości do skopiowania.
draft-copied = Wiadomość skopiowana do schowka (terminal musi obsługiwać OSC 52).
draft-copied_body = Wiadomość skopiowana (terminal musi obsługiwać OSC 52); temat osobno.

cli-about-draft = Wypisz lub zapisz wiadomość z karty: e-mail lub wiadomość na czat przygotowaną na jej podstawie (z poprawkami wprowadzonymi w aplikacji) albo plan rozmowy.
cli-arg-draft-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-arg-draft-format = Format wyjścia: txt (wiadomość, a przy e-mailu także wiersz z tematem; domyślnie), eml (plik e-mail, który program pocztowy otworzy jako szkic: temat, data, tekst w UTF-8, bez adresów) albo json (wiadomość, jej długość i ton). Bez tej opcji o formacie decyduje rozszerzenie pliku -o.
cli-arg-draft-output = Plik do zapisania (domyślnie: standardowe wyjście).
cli-arg-draft-force = Zastąp PLIK, jeśli już istnieje.
cli-error-draft_spoken = Karta { $id } dotyczy rozmowy telefonicznej, wideorozmowy lub spotkania: powstaje z niej plan rozmowy, a nie e-mail. Użyj --format txt albo wybierz w kroku 1 kanał „E-mail” lub „Wiadomość”.
draft-subject_line = Temat: { $subject }
cue-track = Potem powiedz
cli-arg-cue-json = Wypisz JSON zamiast ściągawki (zob. docs/json.md).
cli-arg-playbook-validate-json = Wypisz wynik jako JSON, razem z problemami (zob. docs/json.md).
answer-unknown_field = Nie ma pola „{ $name }”. Dostępne pola: { $fields }.
answer-bad_value = { $name } nie może mieć wartości „{ $value }”: dozwolone { $expected }.
cli-about-new = Utwórz kartę bez aplikacji i wypisz jej identyfikator; uzupełniaj ją potem przez talkprep set.
cli-arg-new-scenario = Scenariusz, przez identyfikator (zob. talkprep scenarios).
cli-arg-new-client = Nazwa klienta.
cli-arg-new-channel = Jak będziecie rozmawiać: call, video, in_person, email albo message.
cli-arg-new-when = Kiedy, np. 08.12.2026 10:00 albo 2026-12-08 10:00.
cli-arg-new-topic = Czego dotyczy rozmowa, w kilku słowach.
cli-arg-new-answers = Plik JSON (albo - dla standardowego wejścia) z nazwami pól i odpowiedziami, tak jak przyjmuje je talkprep set.
cli-arg-new-json = Wypisz identyfikator jako JSON.
cli-about-set = Uzupełnij pole karty bez aplikacji, np. talkprep set anna facts.what_happened "Faktura 031 jest nieopłacona."
cli-long-set = POLE to nazwa pola w karcie: `client`, `address`, `topic`, `channel`, `when`, `facts.what_happened`, `facts.who_did_what`, `facts.evidence`, `facts.cost`, `facts.my_part`, `facts.repair`, `stakes.relationship`, `stakes.worth`, `stakes.heat`, `goal.kind`, `goal.outcome`, `goal.firm_on`, `goal.can_give`, `fallbacks.1`, `fallbacks.2`, `opener`, `message.next_by`, `message.subject`, `message.body`, `logistics.moment`, `logistics.place`, `logistics.minutes`, `logistics.notes`, `debrief.outcome` i pozostałe pola debrief. Pusta WARTOŚĆ czyści pole.
cli-arg-set-id = Identyfikator karty, jego początek albo nazwa klienta (zob. talkprep list).
cli-arg-set-field = Pole do uzupełnienia (zob. wyżej).
cli-arg-set-value = Odpowiedź albo -, aby wczytać ją ze standardowego wejścia.
cli-arg-set-answers = Plik JSON (albo - dla standardowego wejścia) z nazwami pól i odpowiedziami: {"{"} "client": "Anna", "stakes.heat": 6 {"}"}.
cli-value_name-CHANNEL = KANAŁ
cli-value_name-WHEN = KIEDY
cli-value_name-FIELD = POLE
cli-value_name-VALUE = WARTOŚĆ
cli-error-set_what = Podaj pole i odpowiedź albo użyj --answers PLIK.
cli-error-answers_not_json = { $name } nie jest poprawnym JSON-em (wiersz { $line }, kolumna { $column }): zapisz obiekt z nazwami pól i odpowiedziami.
cli-error-answers_not_object = { $name } nie jest obiektem JSON: zapisz {"{"} "pole": "odpowiedź", ... {"}"}.
cli-set_done = Zapisano { $id }.
cli-set_conflict = Karta zmieniła się w międzyczasie gdzie indziej: zachowano obie wersje, a twoje odpowiedzi trafiły do { $copy }.
cli-set_deleted = Karta { $id } została w międzyczasie usunięta: niczego nie zapisano.
key-edit_outside = pisz we własnym edytorze ($VISUAL, $EDITOR)
outside-read_back = Wczytano tekst z edytora.
outside-unchanged = Edytor zostawił tekst bez zmian.
outside-failed = Nie udało się uruchomić edytora ({ $editor }): { $detail }. Ustaw swój edytor w VISUAL albo EDITOR.
outside-editor_exit = Edytor ({ $editor }) zakończył się kodem { $code }: pole zachowuje swój tekst.
outside-no_terminal = Edytor potrzebuje terminala, a tu go nie ma.
config-unreadable = Nie można odczytać konfiguracji { $file } ({ $detail }); talkprep działa dalej z ustawieniami domyślnymi.
config-invalid = Konfiguracja { $file }, wiersz { $line }, kolumna { $column }: { $detail }. talkprep działa dalej z ustawieniami domyślnymi; talkprep config --default pokazuje wszystkie klucze.
cli-about-config = Pokaż, gdzie jest plik konfiguracji, albo wypisz domyślny z objaśnieniem każdego klucza.
cli-arg-config-default = Wypisz domyślną konfigurację: każdy klucz z wartością domyślną i opisem.
cli-arg-config-path = Wypisz ścieżkę pliku konfiguracji (TALKPREP_CONFIG, a bez niej config.toml w folderze konfiguracji).
cli-config_in_effect = Konfiguracja: { $file } ({ $state }).
cli-config_found = odczytana
cli-config_missing = brak pliku: obowiązują ustawienia domyślne
config-unknown_key = „{ $key }” to nie jest klucz, który talkprep przyjmuje (przyjmuje { $keys })
config-bad_value = wartość { $key } jest niedozwolona (zob. talkprep config --default)
config-not_toml = ten wiersz nie ma postaci klucz = wartość (tekst zapisuje się w "cudzysłowie")
config-bad_lang = lang = „{ $value }”: talkprep mówi po en, fr, pl i ro
config-bad_theme = theme = „{ $value }”: dostępne motywy to { $themes }
cli-arg-plain = Bez polecenia: zadawaj pytania po jednym wierszu na standardowym wejściu i wyjściu (bez ramek i kolumn), dla czytników ekranu i skryptów.
plain-menu = Co teraz? 1 nowe przygotowanie, 2 przejrzyj przygotowanie, 3 czerwone flagi, 4 po rozmowie, q wyjdź:
plain-menu_again = To nie jest żadna z opcji; wpisz jej numer.
plain-bye = Gotowe. Twoje karty są zapisane.
plain-which_sheet = Które przygotowanie? Identyfikator albo nazwa klienta (Enter: wróć):
plain-step = Krok { $n } z { $total }: { $title }
plain-choices = (do wyboru: { $choices })
plain-keep = (Enter zostawia „{ $current }”, - czyści)
plain-colon = :
plain-pick_scenario = Scenariusz: numer albo słowa z tytułu:
plain-chosen = Wybrano: { $choice }.
plain-pick_goal = Twój cel: numer z listy albo Enter, aby wpisać własny poniżej
plain-message_keep = Enter, a potem wiersz z samą kropką, zostawia tę wiadomość. Możesz też napisać własną, wiersz po wierszu, i zakończyć wierszem z samą kropką.
plain-follow_up = Zadanie do zrobienia (Enter: koniec)
plain-saved = Zapisano { $id }.
plain-yes = t, tak
plain-flag = { $title } ({ $hint }) Czy to pasuje? t albo n:
plain-verdict = Ocena: { $title }, wynik { $score }.
cli-heading-examples = Przykłady:
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
    talkprep set marta facts.what_happened "Faktura 031 była płatna do 17 listopada."
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
    talkprep tone "Nigdy nie płacisz na czas."
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
keys-at = { $file }, wiersz { $line }
keys-unknown_action = { $at }: nie ma akcji „{ $action }” (nazwy są takie jak w assets/keys.toml, np. save, next_step); klawisz zostaje bez zmian.
keys-bad_key = { $at }: „{ $keys }” to nie klawisz, który talkprep rozumie (np. ctrl-w, alt-n, f5, q); klawisz zostaje bez zmian.
keys-conflict = { $at }: { $key } już służy do { $other } tam, gdzie działa { $action }; { $action } zachowuje swój klawisz.
