# talkprep: the interface in English.
# Fluent (https://projectfluent.org): { $name } is a value, { -key_action } the key bound to
# an action (assets/keys.toml), and { PLURAL($n) -> [one] ... *[other] ... } picks the plural
# form by CLDR's rules for this language (one, few, many, other); { $n -> [0] ... } matches one
# exact number.
# Ids are the code's keys with "-" for ".": home-title is home.title.

app-name = talkprep
app-needs_terminal = talkprep needs a terminal to open the app. Run it in a terminal, or use a command such as 'talkprep list' (see 'talkprep --help').
app-too_small = Make the window larger: talkprep needs at least { $width } columns and { $height } rows. { -key_quit } quits (your typing is saved).

home-title = talkprep: get ready for a hard client conversation
home-subtitle = A calm plan and a first sentence in ten minutes; nothing leaves your computer.
home-new = Start a new prep
home-library = Your preps ({ $shown } of { $total })
home-reading = Reading your preps…
home-empty = No saved preps yet. Press { -key_select } to start one.
home-no_match = Nothing matches the filter. { -key_back } clears it.
home-filter_placeholder = Type to filter by client, scenario or any answer
home-deleted = Moved to the trash. Press { -key_undo } to undo.
home-restored = Brought back from the trash.
home-review_deleted = Review moved to the trash. Press { -key_undo } to undo.
home-review_restored = Review brought back from the trash.
home-nothing_to_undo = Nothing to undo.
home-missing = Still to fill: { $parts }
home-before_title = Before any hard conversation

step-who = Scenario and who
step-facts = Facts
step-stakes = Stakes
step-goal = Goal
step-fallback = Fallback
step-opener = Opener
step-logistics = Logistics
step-review = Review
step-rehearsal = Rehearsal
step-debrief = After the call

wizard-step_of = Step { $n } of { $total }: { $title }
wizard-percent = {" "}{ $percent }% filled · { $saved }
wizard-saved = saved
wizard-editing = saving soon…
wizard-not_saved = not saved yet

field-scenario_filter = Find a scenario
field-scenario_filter-placeholder = Type a word: invoice, late, free, scope…
field-scenario = Scenario
field-client = Client (or subcontractor)
field-client-placeholder = Their name or company
field-address = How you address them (optional)
field-address-placeholder = In a greeting: Marta, Mr Jones, Dr Patel
field-topic = What it is about, in a few words
field-topic_example = For example: { $example }
field-channel = How you will talk
field-when = Date and time (optional)
field-when-placeholder = e.g. 2026-11-25 16:30, or 25/11/2026 16:30
field-goal_ideas = Outcomes that fit this scenario ({ -key_select } to use)
field-fallback_ideas = Offers that often work ({ -key_select } to use)
field-fallback1 = Fallback offer 1
field-fallback1-placeholder = What you can offer if the first ask is refused
field-fallback2 = Fallback offer 2
field-fallback2-placeholder = A second option, if you have one
field-opener_ideas = Openers for this scenario ({ -key_select } to use, then edit)
field-opener = Your first sentence
field-opener-placeholder = Write it the way you would say it. The tone check runs as you type.
field-moment_ideas = When to hold it ({ -key_select } to use)
field-library_filter = Filter
field-export_path = Export to Markdown: path, { -key_commit } to write, { -key_back } to cancel

facts-what_happened = What happened
facts-what_happened-placeholder = The facts only, with dates
facts-who_did_what = Who did what
facts-who_did_what-placeholder = Each side's actions, without judging them
facts-evidence = Evidence you hold
facts-evidence-placeholder = Emails, time tracking, invoices, messages
facts-cost = What it costs you
facts-cost-placeholder = Money, hours, lost work, stress
facts-my_part = Your own part in it
facts-my_part-placeholder = What you could have done differently
facts-repair = How it could be repaired
facts-repair-placeholder = What would put things right for both of you
facts-reminder_title = It is business, not personal
facts-reminder = Write what happened as a neutral observer would. Facts and numbers make the talk calmer; guesses about motives make it hotter.
facts-prompts = Questions for this scenario

stakes-relationship = How long a relationship is this?
stakes-worth = What it is worth to you
stakes-worth-placeholder = Revenue, referrals, what you learn, how it feels
stakes-wont_matter = In 12 months, this will not matter
stakes-will_matter = In 12 months, this will still matter
stakes-heat = How heated do you feel right now? ({ -key_left }/{ -key_right } or 0-9)
stakes-hot_title = You are running hot
stakes-hot = This is a good moment to wait. Cool down, then schedule the talk instead of reacting now: a walk, a night's sleep, or a short message proposing a time will serve you better than a reply in the heat of the moment.
stakes-twelve_title = Start with the end in mind
stakes-twelve = Picture this client a year from now. Scoring points and being right fade fast; the relationship, your reputation and long-term profit last.
stakes-worth_hint = Winning the argument and losing the client is not a win. Be ready for them to leave, to pay late, or to dispute; then decide how much this is worth.

scale-unset = Not set: press { -key_left } or { -key_right } or a digit

relationship-one_off = One-off job
relationship-short = A few months
relationship-long = Long-term

goal-kind = Outcome
goal-outcome = The outcome you want
goal-outcome-placeholder = Where you want to end up, in one or two sentences
goal-firm_on = What you stand firm on
goal-firm_on-placeholder = The line you will not cross
goal-can_give = Where you can give
goal-can_give-placeholder = What you can concede to find common ground
goal-hint_title = Firm, and open
goal-hint = Be clear about what you want and ready to meet them part way. If the answer is 'not now', leave the door open and stay courteous: they may still refer others.

goal_kind-keep = Keep working together
goal_kind-renegotiate = Renegotiate the terms
goal_kind-move_package = Move to another package
goal_kind-pause = Pause, door open
goal_kind-part_ways = Part ways

fallback-hint_title = Have one or two offers ready
fallback-hint = Know exactly what you are ready to offer before the call: instalments, a smaller package, a reminder system, a pause. Pick one from the list and make it yours.

opener-avoid = Phrases to avoid here
opener-no_rewrite = No finding with a ready rewrite. Edit the highlighted words by hand.
opener-rewritten = Rewrite applied.

logistics-moment = The moment
logistics-moment-placeholder = e.g. Thursday, end of the working day
logistics-place = The place
logistics-place-placeholder = e.g. a quiet room with my notes, or their office
logistics-minutes = How long (minutes)
logistics-minutes-placeholder = e.g. 30; empty: the usual length for the channel
logistics-minutes_default = Empty: { $minutes }, the usual for this channel
logistics-notes = Notes
logistics-notes-placeholder = Anything to bring, send before, or remember
logistics-timing_title = When
logistics-place_title = Where
logistics-channel_title = Which channel

channel-call = Phone call
channel-video = Video call
channel-in_person = In person
channel-email = Email
channel-message = Message

review-actions = Your prep sheet · { -key_up }/{ -key_down } { -key_page_up }/{ -key_page_down } scroll · { -key_export } export · { -key_copy_opener } copy opener · { -key_copy_sheet } copy sheet
review-empty = Nothing written yet. Go back with { -key_prev_step } to fill the steps.
review-exported = Wrote { $path }
review-exists = Already exists, export again to replace it: { $path }
review-copied_opener = Opener copied to the clipboard (your terminal must allow OSC 52).
review-copied_sheet = Sheet copied to the clipboard (your terminal must allow OSC 52).

sheet-title = Prep: conversation with { $client }
sheet-no_client = (no client yet)

when-format = { $weekday } { $day } { $month } { $year }, { $time }
when-format_day = { $weekday } { $day } { $month } { $year }
when-invalid = cannot read this date: write 2026-11-25 16:30

weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

tone-heading = Tone:
tone-empty = Write or pick an opener: its tone is checked here as you type.
tone-strengths = Already good
tone-try = {" "}Try: { $suggestion }
tone-try_line = → Try: { $suggestion }
tone-arithmetic = Score: { $steps }
tone-label-warm = warm
tone-label-neutral = neutral
tone-label-tense = tense
tone-label-hostile = hostile
tone-severity-info = note
tone-severity-warn = careful
tone-severity-high = strong

rehearse-count = Rehearsals

debrief-outcome = Outcome
debrief-against_goal = Against the goal
debrief-went_well = What went well
debrief-went_badly = What did not
debrief-learned = What you learned
debrief-would_change = What you would change

outcome-resolved = Resolved
outcome-partly = Partly resolved
outcome-not_resolved = Not resolved
outcome-parted_ways = Parted ways

followups-heading = Follow-ups

owner-me = you
owner-client = client

followups-due = due { $date }

cue-title = During the call with { $client }
cue-opener = Open with
cue-goal = Your goal
cue-firm_on = Stand firm on
cue-fallback = Fallback offer
cue-listen = While they talk
cue-future = Once it cools, ask
cue-heated = If it gets heated
cue-second_talk = Pause. A second conversation, another day, is fine.
cue-can_give = Where you can give
cue-facts = Key facts
cue-replies = Your rehearsed replies
cue-more_below = ↓ { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } · { -key_down } { -key_page_down } to read on
cue-at_end = End of the card · { -key_up } { -key_page_up } to go back

due-overdue = { PLURAL($days) ->
    [one] 1 day overdue
   *[other] { $days } days overdue
}
due-today = due today
due-soon = { PLURAL($days) ->
    [one] in 1 day
   *[other] in { $days } days
}

ics-conversation = Conversation with { $client }
ics-conversation_about = Conversation with { $client }: { $scenario }
ics-cue_hint = During the call, keep the cue card open: talkprep cue { $id }
ics-follow_up-me = You promised { $client }: { $what }
ics-follow_up-client = { $client } promised you: { $what }
ics-follow_up-done = Done: { $summary }
ics-follow_up-description = A follow-up from your conversation with { $client } (talkprep sheet { $id }).
ics-nothing = there is nothing to put in a calendar: sheet { $id } has no date and no follow-up with a due date. Set a date or add a follow-up with a due date first.

help-title = Keys
help-editing = In text fields: arrows, Ctrl-←/→ by word, Home/End, { -key_undo_edit } or Ctrl-U undo, Ctrl-R redo. A paste arrives as one piece.
help-mouse = Click a field to focus it, click a list item to pick it.
help-autosave = Your sheet saves itself within a second of your last edit and at every step.
help-close = arrows scroll, any other key closes

quit-title = Quit talkprep?
quit-body = Your last edits are not saved yet. { -key_confirm }: save and quit · { -key_discard }: quit without saving · { -key_back }: stay

key-help = help
key-save = save
key-quit = quit
key-next_step = next step
key-prev_step = previous step
key-next_field = next field
key-prev_field = previous field
key-back = back
key-apply_rewrite = apply rewrite
key-new = new prep
key-delete = delete (to trash)
key-undo = undo delete
key-export = export
key-copy_opener = copy opener
key-copy_sheet = copy sheet
key-page_up = scroll up
key-page_down = scroll down
key-up = up
key-down = down
key-left = left
key-right = right
key-toggle = tick / choose
key-select = choose / open

list-empty = Nothing to choose here yet: pick a scenario in step 1.

who-fits = Fits: { $roles }
who-pick_hint = Pick the scenario closest to yours; 'Another difficult conversation' fits any other.

cli-playbook_valid = valid: { PLURAL($scenarios) ->
    [one] 1 scenario
   *[other] { $scenarios } scenarios
} ({ $lang })
cli-no_sheets = No saved sheets yet. Run 'talkprep' to prepare one.
cli-no_match = No sheet matches { $search }. Run talkprep list to see them all.
cli-imported = imported as { $id }
cli-deleted = moved { $id } to the trash (talkprep restore { $id } brings it back)
cli-restored = restored { $id }

stakes-hot_short = Running hot: cool down and schedule the talk rather than react now

sheet-about = About: { $topic }

export-relationship = Relationship
export-heat = How heated you felt

key-timer = start/stop timer
key-next_round = next push-back
key-reveal = show a calm reply
key-write_reply = write your reply
key-next_variation = another opener
key-promote = use this opener
key-undo_promote = switch back
key-edit_opener = edit your opener
key-rehearse = rehearse aloud

home-pick_a_sheet = Pick a saved prep first, then press { -key_rehearse } to rehearse it or { -key_cue_card } for its cue card.

rehearse-title = Rehearse: { $client } · { $scenario }
rehearse-status = { PLURAL($rounds) ->
    [one] 1 round played
   *[other] { $rounds } rounds played
} · { $timer }
rehearse-timer_idle = { -key_timer } times you saying the opener aloud
rehearse-timer_running = timer running { $time } ({ -key_timer } stops)
rehearse-timer_last = last run { $time } ({ PLURAL($runs) ->
    [one] 1 timed run
   *[other] { $runs } timed runs
})
rehearse-no_opener = No opener yet: write one in the wizard, or press { -key_next_variation } for the scenario's.
rehearse-estimate = About { $seconds } s to say at a calm pace.
rehearse-pace_rushed = Your last run took { $spoken } s against about { $estimate } s at a calm pace: breathe, and slow down.
rehearse-pace_calm = Your last run took { $spoken } s: a calm pace.
rehearse-pace_slow = Your last run took { $spoken } s against about { $estimate } s: fine if you paused on purpose, else trim a few words.
rehearse-too_long = That is long for a first sentence: try cutting it to one idea and one question.
rehearse-variation = Your opener · { $n } of { $total } · { $which } · { $tone }
rehearse-yours = yours
rehearse-alternative = from the playbook
rehearse-cue = Between rounds:
rehearse-start_hint = Say the opener aloud. Then press { -key_next_round }: the client answers, the way clients really do.
rehearse-round_none = The client
rehearse-round = Round { $n } · the client pushes back ({ $kind })
rehearse-pause = Pause: let the silence work… { $seconds }
rehearse-answer = Your turn: answer aloud. { -key_reveal } shows a calm reply to compare, { -key_write_reply } writes yours, { -key_next_round } plays another round.
rehearse-calm_reply = A calm reply:
rehearse-your_reply = Your reply:
rehearse-write = Your reply · { $tone } · { -key_commit } keeps it on the sheet · { -key_back } cancels
rehearse-reply_kept = Your reply is kept on the sheet.
rehearse-promoted = Now the sheet's opener; yours stays as variation 1 ({ -key_undo } switches back).
rehearse-already_in_use = This is already the sheet's opener.
rehearse-nothing_to_undo = Nothing to switch back in this rehearsal.
rehearse-promote_undone = Switched back to the opener the sheet had before.
rehearse-yours_again = Your own opener is the sheet's opener again.
rehearse-opener_edited = Your opener is updated on the sheet.
rehearse-edit = Your opener · { $tone } · { -key_commit } keeps it · { -key_back } cancels
rehearse-in_use = in use
rehearse-yours_rewritten = yours, with the suggested rewrites
rehearse-yours_firmer = yours, firmer (the softeners taken out)
rehearse-no_pushbacks = This scenario has no push-backs to play.

home-rehearsed = { PLURAL($n) ->
    [one] rehearsed once
   *[other] rehearsed { $n } times
}

flags-md-title = Red-flag review: { $client }
flags-md-meta = Reviewed on { $date } · score { $score } · { $band }
flags-md-exit_prep = To prepare the exit conversation, run talkprep flags --client "{ $client }" and start the exit prep from the verdict.
flags-verdict = Verdict
flags-why = Why
flags-why_none = Nothing ticked: no flag to weigh.
flags-why_item = { $title } (weight { $weight })
flags-why_extreme = { $title }: an extreme item, it goes straight to the last band whatever the total
flags-what_next = What next
flags-next_watch = Follow the advice above, and review this client again in a few weeks to see the trend.
flags-plan = The redirection plan: a checklist to follow
flags-plan_for_one = Worded for one person working alone ({ -key_toggle_team }: with a team).
flags-plan_for_team = Worded for working with a team ({ -key_toggle_team }: working alone).
flags-strategies = Strategies for a difficult client
flags-breaking = Ending it well
flags-checklist = Checklist
flags-note_label = note: { $note }
flags-group_other = Other
flags-history = Reviews of this client
flags-history_row = { $date }: score { $score }, { $band }
flags-trend-first = First review of this client: review again in a few weeks to see the trend.
flags-trend-better = Better than last time.
flags-trend-worse = Worse than last time.
flags-trend-same = The same as last time.
flags-cli-none = No red-flag reviews yet. Run 'talkprep flags' to review a client.
flags-cli-review_id = (id { $id })
flags-cli-show_title = { $client }: { PLURAL($count) ->
    [one] 1 red-flag review
   *[other] { $count } red-flag reviews
}
flags-trend_word-first = first
flags-trend_word-better = better
flags-trend_word-worse = worse
flags-trend_word-same = same

key-red_flags = red-flag review
key-flags_complete = complete the name
key-flags_verdict = verdict
key-flags_toggle = tick
key-flags_note = note on this item
key-flags_plan_step = tick the step
key-flags_exit_prep = exit prep
key-delete_follow_up = delete follow-up
key-edit_follow_up = edit follow-up
key-undo_follow_up = bring back a deleted follow-up
followup-deleted = Follow-up deleted. { -key_undo } brings it back.
followup-none_to_delete = No follow-up here to delete.
followup-restored = Follow-up back in the list.
followup-nothing_to_undo = No deleted follow-up to bring back.
followup-editing = Change it in the fields below; { -key_commit } puts it back in its place.
followup-none_to_edit = No follow-up here to edit.
followup-changed = Follow-up changed.
key-flags_why = all reasons
key-flags_export = export
key-flags_delete = delete review
key-flags_team = alone/team

home-flags_line = { -key_red_flags }: review a client's red flags

flags-title = Red-flag review
flags-ticked_count = { $ticked } of { $total } ticked
flags-client = Client
flags-client_placeholder = Who are you reviewing? { -key_complete } completes names you already use
flags-client_hint = Type the client's name, then tick what you have seen. { -key_show_verdict } shows the verdict.
flags-candidates = { -key_complete }:
flags-first_review = First review of { $client }: next time, this line shows the trend.
flags-reviews_label = Scores:
flags-now = now
flags-looks_like = What it looks like
flags-note_title = Note on this item: { -key_commit } keeps it, { -key_back } cancels
flags-note_placeholder = What you saw, e.g. 3 calls on Sunday
flags-note_line = ✎ { $note }
flags-note_none = { -key_edit_note }: add a note (what you saw, when)
flags-so_far = Verdict so far:
flags-score = score { $score }
flags-extreme_short = extreme item ticked
flags-extreme_long = An extreme item is ticked: insults, threats or abuse go straight to the last band.
flags-weighs_most = Weighs most:
flags-and_more = …and { $count } more ({ -key_expand_why } shows them)
flags-show_fewer = { -key_expand_why } shows only the heaviest reasons.
flags-verdict_title = Verdict for { $client } · { $date }
flags-exit_button = Start an exit prep for { $client }
flags-need_client = Name the client first: reviews are kept under the client's name.
flags-confirm_empty = Nothing ticked. { -key_show_verdict } again records “no red flag”.
flags-export_unsaved = The review is not saved yet: press { -key_save }, then export it.
flags-delete_unsaved = This review is not saved yet, so there is nothing to delete: Esc goes back to the checklist.
flags-started_from_last = Started from your last review of { $client } ({ $date }): change what is different now.
flags-editing_today = Editing today's review of { $client }: changes replace it.
flags-saved = Review of { $client } saved.
flags-saved_as_copy = Changed elsewhere meanwhile: both versions are kept, and you now edit your copy, { $id }.
flags-deleted_elsewhere = This review was deleted elsewhere: nothing was written. { -key_save } saves it again; leaving keeps it deleted.
flags-so_far_title = Verdict so far
flags-more_below = ↓ more below: { -key_down } or { -key_page_down }

export-tone = Tone

tone-one_key = { -key_apply_rewrite } rewrites this for you.


field-follow_ups = Follow-ups (Space marks one done, { -key_edit_follow_up } edits, { -key_delete } deletes)
field-follow_ups-placeholder = None yet: write one in the field below and press { -key_commit }.
field-new_follow_what = New follow-up: the promise or next step ({ -key_commit } adds it)
field-new_follow_owner = Who owes it
field-new_follow_due = Due date (optional, e.g. 2026-12-15; { -key_commit } adds it)

debrief-after_title = After the call
debrief-questions = Questions to reflect on
debrief-added = Follow-up added. It shows on the home screen and in 'talkprep due' when it is due.
debrief-bad_due = Write the due date like 2026-12-15, or leave it empty.
debrief-offered = The call has passed: how did it go? Two minutes of debrief keeps every promise in sight.

home-marked_done = Done: { $what } ({ -key_undo } undoes)
home-marked_open = Open again: { $what }
home-due_row = ⚑ { $status } · { $client } · { $owner }: { $what }
home-review_row = ◇ { $client } · { $date } · score { $score } · { $band }

key-cue = cue card for the call

cli-trash_none = The trash is empty.
cli-trash_unreadable = (unreadable: { $error })
cli-trash_hint = talkprep restore ID brings a sheet back; talkprep trash empty removes them for good.
cli-trash_emptied = { $n ->
    [0] The trash had nothing to remove.
   *[other] { PLURAL($n) ->
        [one] 1 file removed from the trash for good.
       *[other] { $n } files removed from the trash for good.
    }
}

key-confirm_quit = save and quit
key-discard_quit = quit without saving
key-leave_filter = to the list
key-commit = keep what you typed
key-undo_edit = undo the last edit
key-delete_to_start = delete to the start of the line
key-level = set the level
key-more = more

keyname-space = Space
keyname-tab = Tab
keyname-backtab = Shift-Tab
keyname-esc = Esc
keyname-enter = Enter
keyname-pageup = PgUp
keyname-pagedown = PgDn
keyname-home = Home
keyname-end = End
keyname-backspace = Backspace
keyname-delete = Delete
keyname-ctrl = Ctrl-{ $key }
keyname-alt = Alt-{ $key }

error-store-io = Could not use { $path }: { $detail }. Check that the folder exists and that you may read and write it.
error-store-sheet = { $path }: { $detail }
error-store-import = The imported text is not a sheet talkprep can read: { $detail }
error-store-not_found = There is no sheet { $id }: check the id in the list of sheets, or restore it from the trash.
error-store-not_in_trash = There is no sheet { $id } in the trash: see 'talkprep trash list' for what is there.
error-store-exists = A sheet with the id { $id } already exists: delete or rename it first.
error-store-newer = Not saving over { $path }: a newer talkprep wrote it (schema { $found }; this one reads up to { $supported }). Update talkprep.
error-store-id_mismatch = { $path } holds the sheet { $found }, not { $expected }: rename the file to match its id.
error-store-bad_file_name = { $path }: the file name is not a sheet id; rename the file.
error-store-bad_id = Cannot save a sheet with the id { $id }: { $detail }
error-store-set_aside_failed = { $path } cannot be read, and moving it aside failed too: move or fix the file by hand.
error-store-review = { $path }: { $detail }
error-store-review_not_found = There is no review { $id }: see 'talkprep flags list' for the clients reviewed.
error-store-busy = This sheet is open in another talkprep: close it there, then try again.
error-copy = Could not copy: { $detail }

quit-save_failed = Not quitting: your edits could not be saved. { $error }
quit-rescued = Your last edits could not be saved; they are kept in { $path }. Import that file with 'talkprep import' once the problem is fixed.
quit-rescued_review = Your last edits to the red-flag review could not be saved; they are kept in { $path }. Start talkprep again once the problem is fixed: it offers to bring them back.

key-open = open
key-mark_done = mark done

wizard-esc_again = { -key_back } again goes back home; your answers are kept. Any other key carries on here.

when-unreadable = The date cannot be read, so no date is kept: write it as 2026-11-25 16:30. Move on again to go ahead without one.

wizard-replaced = Your own text was replaced by the suggestion: in the field, { -key_undo_edit } brings it back.

error-copy_too_large = Too large for the terminal's clipboard: export it instead.

review-copied_note = {" "}(a terminal that blocks clipboard access, or tmux without set-clipboard on, drops it silently)

cli-quarantine_none = Nothing is in quarantine: every file talkprep found could be read.
cli-quarantine_hint = These files could not be read and were set aside, never deleted. Fix one in a text editor, then 'talkprep quarantine restore NAME' puts it back.
cli-quarantine_restored = Put back as { $path }. If it still cannot be read, 'talkprep list' says why.
cli-quarantine_sheet = sheet
cli-quarantine_review = review
cli-no_readable_sheets = No sheet could be listed: the files above need a look (see 'talkprep quarantine list' too).

error-store-not_regular = { $path } is not a regular file (a pipe, a device or a folder), so talkprep does not read it: move it out of the folder.
error-store-too_large = { $path } is larger than { $limit }, the most talkprep reads for this kind of file: move it out of the folder or trim it.
error-store-store_busy = Another talkprep is busy writing in this data folder: try again in a moment, or close the other talkprep.
error-store-being_written = Not saving over { $path }: it cannot be read and changed less than a minute ago, so another program may be writing it. Try again in a minute.
error-store-not_quarantined = There is no quarantined file { $name }: see 'talkprep quarantine list' for the names.

wizard-read_only = Here it is read-only: this sheet is open in another talkprep. Close it there to edit it here.
wizard-saved_as_copy = Changed elsewhere meanwhile: both versions are kept, and you now edit your copy, { $id }.
wizard-deleted_elsewhere = This sheet was deleted elsewhere: nothing was written. { -key_save } saves it again; leaving keeps it deleted.

tone-summary = Tone: { $label } { $score }/100 · { $findings ->
    [0] no findings
   *[other] { PLURAL($findings) ->
        [one] 1 finding
       *[other] { $findings } findings
    }
}

# Typography: how this language quotes, joins a label to its text and writes percentages.
# typo-after_colon is "lower" where a colon is followed by a lower-case word.
typo-quote = “{ $text }”
typo-colon = { $label }: { $text }
typo-after_colon = keep
typo-percent = { $n }%

# Dates in lists and headers: $day 5, $dd 05, $mm 11, $mon the short month name, $year 2026.
date-short = { $day } { $mon } { $year }
date-time = { $date }, { $time }
month_short-1 = Jan
month_short-2 = Feb
month_short-3 = Mar
month_short-4 = Apr
month_short-5 = May
month_short-6 = Jun
month_short-7 = Jul
month_short-8 = Aug
month_short-9 = Sep
month_short-10 = Oct
month_short-11 = Nov
month_short-12 = Dec

# The command line: about texts (cli-about-<command>), argument help (cli-arg-<command>-<id>),
# headings (clap adds the colon: end them with a no-break space where the language wants one
# before it), value names in usage lines, and clap's errors said again.
cli-about = Prepare a difficult client conversation in ten minutes: the facts, the goal, a fallback offer, and an opening line whose tone is checked as you type. Run it with no command to open the app.
cli-arg-data_dir = Where sheets are kept (default: TALKPREP_DATA_DIR, else the platform's data folder).
cli-arg-playbook = A playbook file that extends the bundled one (default: playbook.json in the config folder).
cli-arg-lang = Language of the playbook and the interface: en, fr, pl or ro, or a locale tag such as fr-FR (default: TALKPREP_LANG, then LC_ALL, LC_MESSAGES, LANG, else en). For tone, the language of the text, or auto (its default) to detect it.
cli-arg-help = Show this help.
cli-arg-version = Show the version.
cli-about-scenarios = List the playbook's scenarios.
cli-arg-scenarios-json = Print JSON instead of a table.
cli-about-list = List saved sheets, newest first.
cli-arg-list-json = Print JSON instead of a table.
cli-arg-list-search = Only sheets whose client, scenario or any answer contains TEXT (case and accents do not matter).
cli-about-show = Print a sheet.
cli-arg-show-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-arg-show-format = Output format: md (Markdown), txt (plain text, the default), json (the sheet as stored) or ics (a calendar file with the conversation and every dated follow-up).
cli-about-export = Write a sheet to a file or to standard output.
cli-arg-export-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-arg-export-format = Output format: md (Markdown), txt (plain text), json (the sheet as stored) or ics (a calendar file with the conversation and every dated follow-up). Without it, the extension of -o decides (x.ics is a calendar), else Markdown.
cli-arg-export-output = The file to write (default: standard output).
cli-arg-export-force = Replace FILE if it exists.
cli-about-cue = Print the sheet's cue card, to keep open during the call.
cli-arg-cue-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-about-due = List open follow-ups due today or overdue, across all sheets.
cli-long-due = One line per follow-up, most overdue first, dated in the system time zone (TZ). Nothing is printed, and the exit code is 0, when nothing is due: it fits a morning shell prompt.
cli-arg-due-json = Print JSON instead of lines.
cli-arg-due-days = Also list what falls due in the next N days (default: 0).
cli-about-import = Check a sheet file (or - for standard input) and store it.
cli-arg-import-file = The sheet file, or - for standard input.
cli-about-delete = Move a sheet to the trash.
cli-arg-delete-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-about-restore = Bring a sheet back from the trash.
cli-arg-restore-id = The sheet's id, its first characters, or the client's name (see talkprep trash list).
cli-about-trash = See what is in the trash, or empty it for good.
cli-about-trash-list = List the sheets in the trash, most recently changed first.
cli-arg-trash-list-json = Print JSON instead of lines.
cli-about-trash-empty = Remove the sheets in the trash for good, with the older copies kept beside them.
cli-arg-trash-empty-older_than = Only those last changed more than DAYS days ago.
cli-about-quarantine = See the files set aside because they could not be read, or put one back.
cli-about-quarantine-list = List the sheet and review files set aside because they could not be read.
cli-arg-quarantine-list-json = Print JSON instead of lines.
cli-about-quarantine-restore = Put a file that was set aside back under its own name (never over another file).
cli-arg-quarantine-restore-name = The name shown by talkprep quarantine list.
cli-about-rehearse = Rehearse a sheet's opener against the client's likely push-back (opens the app).
cli-arg-rehearse-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-about-playbook = Check or export playbooks.
cli-about-playbook-validate = Check a playbook file (default: the one in effect) and report every problem.
cli-arg-playbook-validate-file = The file to check, or - for standard input.
cli-about-playbook-export = Print the bundled playbook, a starting point for your own.
cli-about-tone = Check the tone of a text: which words land badly, why, and a warmer way to say it.
cli-about-completions = Print a completion script for your shell: talkprep completions bash > ~/.local/share/bash-completion/completions/talkprep
cli-arg-completions-shell = The shell: bash, zsh, fish, powershell or elvish.
cli-about-man = Print the manual page: talkprep man | man -l -
cli-long-tone = Here --lang is the language of the text: en, fr, pl, ro, or auto (the default) to detect it. The exit code is 1 when a finding reaches --fail-on.
cli-arg-tone-json = Print one JSON object.
cli-arg-tone-jsonl = Check every input line on its own and print one JSON object per line.
cli-arg-tone-fail_on = The lowest severity that makes the command exit with 1: info (any finding), warn (warn or high, the default) or high (high only).
cli-arg-tone-file = Read the text from FILE.
cli-arg-tone-text = The text to check, or - for standard input (also read when no text is given and input comes from a pipe).
cli-about-flags = Red-flag reviews of clients: open the checklist, or list, show and export reviews.
cli-arg-flags-client = Open the checklist with this client's name filled in.
cli-about-flags-list = List reviewed clients with their latest review: date, score, verdict and trend.
cli-arg-flags-list-json = Print JSON instead of a table.
cli-about-flags-show = Print every review of a client, oldest first.
cli-arg-flags-show-client = The client's name (case and accents do not matter).
cli-arg-flags-show-json = Print JSON instead of text.
cli-about-flags-export = Write a client's latest review as Markdown: every item with its note, the verdict and what to do next.
cli-arg-flags-export-client = The client's name (case and accents do not matter).
cli-arg-flags-export-output = The file to write (default: standard output).
cli-arg-flags-export-force = Replace FILE if it exists.
cli-about-flags-delete = Move a review to the trash (talkprep flags restore brings it back).
cli-arg-flags-delete-id = The review's id, its first characters, or the client's name (see talkprep flags show CLIENT).
cli-about-flags-restore = Bring a deleted review back.
cli-arg-flags-restore-id = The review's id, its first characters, or the client's name.
cli-review_deleted = moved review { $id } of { $client } to the trash (talkprep flags restore { $id } brings it back)
cli-review_restored = restored review { $id }
cli-error-no_such_review = There is no review { $id }. talkprep flags show CLIENT lists a client's reviews with their ids.
cli-error-ambiguous_review = Several reviews match “{ $query }”: { $ids }. Type more of the id.
cli-error-no_review_close = There is no review “{ $id }”. Did you mean { $close }? talkprep flags show CLIENT lists a client's reviews with their ids.
cli-error-ambiguous_sheet = Several sheets match “{ $query }”: { $ids }. Type more of the id.
cli-error-no_sheet_close = There is no sheet “{ $id }”. Did you mean { $close }? talkprep list shows every sheet, talkprep trash list the deleted ones.
cli-error-no_trashed_close = There is no sheet “{ $id }” in the trash. Did you mean { $close }? talkprep trash list shows what is there.
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = OPTIONS
cli-usage-command = COMMAND
cli-value_name-DIR = DIR
cli-value_name-FILE = FILE
cli-value_name-LANG = LANG
cli-value_name-TEXT = TEXT
cli-value_name-N = N
cli-value_name-DAYS = DAYS
cli-value_name-NAME = NAME
cli-value_name-ID = ID
cli-value_name-SHELL = SHELL
cli-value_name-CLIENT = CLIENT
cli-value_name-FORMAT = FORMAT
cli-value_name-LEVEL = LEVEL
cli-error-unknown_argument = { $arg } is not an option of this command.
cli-error-did_you_mean = Did you mean { $suggestion }?
cli-error-unknown_command = { $command } is not a talkprep command.
cli-error-invalid_value = { $value } is not a valid value for { $arg }.
cli-error-possible_values = Possible values: { $values }.
cli-error-bad_lang = { $value } is not a language talkprep speaks: use en, fr, pl or ro, or a tag such as fr-FR.
cli-error-not_a_number = { $arg } takes a whole number, not { $value }.
cli-error-missing_argument = { $arg } is missing.
cli-error-missing_command = This command needs one of its subcommands.
cli-error-conflict = { $arg } cannot be used with { $other }.
cli-error-unexpected_value = { $value } is not expected here.
cli-error-missing_value = { $arg } needs a value.
cli-error-bad_utf8 = The command line is not valid UTF-8.
cli-error-other = The command line could not be read: check it against the help.
cli-error-try_help = For more, run: { $command } --help

# Errors from the core and the commands: files, JSON, ids, playbooks. { $detail } is another
# message, said in the same language.
error-store-io_full = Could not write { $path }: { $detail }. Free some disk space, then try again.
error-store-io_denied = Could not use { $path }: { $detail }. Check that you may write there (the folder may be read-only).
error-store-io_missing = Could not use { $path }: { $detail }. Check that the folder exists.
error-io-not_found = it does not exist
error-io-permission_denied = permission was refused
error-io-already_exists = something with that name is already there
error-io-storage_full = the disk is full
error-io-read_only = the disk or folder is read-only
error-io-is_a_directory = it is a folder, not a file
error-io-not_a_directory = part of the path is a file, not a folder
error-io-invalid_data = its content is not what was expected
error-io-too_large = the file is too large
error-io-interrupted = the operation was interrupted
error-io-broken_pipe = the program reading the output stopped
error-io-other = the system reported: { $detail }
error-json-missing_field = the field { $field } is missing
error-json-unknown_field = the field { $field } is not one talkprep knows
error-json-duplicate_field = the field { $field } appears twice
error-json-unknown_value = { $value } is not one of the allowed values
error-json-wrong_kind = a value is of the wrong kind (text, number, list…)
error-json-wrong_length = a list has the wrong number of items
error-json-cut_short = the text stops before the end
error-json-syntax = the text breaks JSON's rules here (a comma, quote or bracket is missing or extra)
error-json-does_not_fit = a value does not fit what talkprep expects
error-json-kind-null = null
error-json-kind-boolean = true or false
error-json-kind-number = a number
error-json-kind-string = a text
error-json-kind-array = a list
error-json-kind-object = an object
error-file-not_utf8 = the file is not text saved as UTF-8
error-file-empty = the file is empty
error-file-bad_id = the id { $id } cannot be used: { $detail }
error-sheet-syntax = not valid JSON at line { $line }, column { $column }: { $detail }. Fix the file there or restore it from a backup.
error-sheet-newer = written by a newer talkprep (schema { $found }; this one reads up to { $supported }). Update talkprep to open it.
error-sheet-invalid_at = not a valid talkprep sheet at line { $line }, column { $column }: { $detail }. Fix it or restore it from a backup.
error-sheet-invalid = not a valid talkprep sheet: { $detail }. Fix it or restore it from a backup.
error-sheet-heat = stakes.heat is { $value }, and it goes from 0 to { $max }
error-sheet-not_object = a sheet is a JSON object ({"{"}…{"}"}), and this text holds { $kind }
error-review-newer = written by a newer talkprep (review schema { $found }; this one reads up to { $supported }). Update talkprep to read it.
error-review-invalid = not a valid talkprep red-flag review: { $detail }. Fix it or restore it from a backup.
error-id-empty = a sheet id cannot be empty: use letters a-z, digits and hyphens
error-id-too_long = a sheet id has at most { $max } characters, and this one has { $len }: shorten it
error-id-bad_char = a sheet id may only hold a-z, 0-9 and -, and character { $index } is { $found }: use lowercase letters, digits and hyphens
error-id-edge_hyphen = a sheet id cannot start or end with -: remove the hyphen
error-id-reserved = { $name } is a device name reserved on Windows: pick another id
size-mib = { $n } MiB
size-bytes = { PLURAL($n) ->
    [one] { $n } byte
   *[other] { $n } bytes
}
error-when = Write the date as the day, month and year, optionally followed by a time as HH:MM.
error-settings-no_data_dir = Cannot find a home folder for talkprep's data: pass --data-dir DIR or set TALKPREP_DATA_DIR.
store-unreadable = { $path }: { $detail } It is left where it is; if it stays so, the next command that saves sets it aside (see talkprep quarantine list).
store-quarantined = { $path }: { $detail } It was moved aside to { $moved_to } (see talkprep quarantine list).
error-playbook-io = Cannot read the playbook { $file }: { $detail }.
error-playbook-syntax = The playbook { $file } cannot be read at line { $line }, column { $column }: { $detail }.
error-playbook-invalid = { PLURAL($count) ->
    [one] The playbook { $file } has 1 problem:
   *[other] The playbook { $file } has { $count } problems:
}
error-playbook-lang = Unknown language { $value }: use en, fr, pl or ro.
playbook-problem-empty = must not be empty
playbook-problem-bad_id = the id { $value } must be 1 to 64 lowercase letters, digits, - or _
playbook-problem-duplicate_id = the id { $value } appears twice: each id may appear once
playbook-problem-schema = unknown schema_version { $found } (this talkprep reads { $supported })
playbook-problem-lang = unknown language { $value }: use en, fr, pl or ro
playbook-problem-no_openers = at least one opener is needed
playbook-problem-placeholder = unknown placeholder { $name }: use {"{"}client{"}"} or {"{"}topic{"}"}
playbook-problem-unclosed = a {"{"} is never closed
playbook-problem-unknown_role = unknown role id { $value }
playbook-problem-no_exit = name the scenario an exit prep starts on (for example ending-relationship)
playbook-problem-unknown_scenario = unknown scenario id { $value }
playbook-problem-weight = the weight must be at least 1
playbook-problem-unknown_group = unknown group id { $value }
playbook-problem-band_order = bands must go up by min_score
playbook-problem-no_scenarios = at least one scenario is needed
playbook-problem-no_bands = at least one verdict band is needed
playbook-problem-first_band = the first band must start at 0, so that every total has a verdict
playbook-problem-other_lang = this playbook is for { $found }, but talkprep runs in { $lang }: pass --lang { $found }, or change its "lang"
cli-error-no_sheet = There is no sheet { $id }: see talkprep list for the ids, or talkprep trash list if it was deleted.
cli-error-stdout = Could not write to standard output: { $detail }. Check the disk or the file it goes to.
cli-error-stdin = Could not read standard input: { $detail }.
cli-error-read = Could not read { $name }: { $detail }. Check the file name.
cli-error-sheet_is_folder = { $name } is a folder: give the sheet file inside it.
cli-error-playbook_is_folder = { $name } is a folder: give the playbook file inside it.
cli-error-sheet_too_large = { $name } is larger than { $limit } MiB, the most talkprep reads for a sheet: check that it is the right file.
cli-error-playbook_too_large = The playbook { $name } is larger than { $limit } MiB, the most talkprep reads for a playbook: trim it, or move it away to use the bundled one.
cli-error-not_text = { $name }: { $detail }
cli-error-exists = { $path } already exists: pass --force to replace it, or choose another file.
cli-error-bad_id = { $id } is not a sheet id ({ $detail }): see talkprep list for the ids.
cli-error-not_imported = { $name } was not imported: { $detail }
cli-error-no_review = There is no red-flag review of { $client }: see talkprep flags list for the clients reviewed, or run talkprep flags --client NAME to review one.
cli-error-ambiguous_client = More than one client matches { $query }: { $clients }. Give more of the name.
cli-error-playbook_not_regular = The playbook { $name } is not a regular file (a pipe, a device or a folder): give a playbook file, or move it away to use the bundled one.
cli-error-playbook_unusable = The playbook { $name } could not be used (fix it, or move it away to use the bundled one). { $detail }
cli-error-bundled_broken = The bundled playbook is broken; please report this. { $detail }
cli-error-tone_empty = Nothing to check: the text is empty.
cli-error-tone_no_input = Nothing to check: give the text, -f FILE, or - to read standard input.

# Gaps in an opener before the client or the topic is filled, and the kinds of push-back
# a rehearsal plays (ids from the playbook).
placeholder-client = [client]
placeholder-topic = [topic]
address-female = { $name }
address-male = { $name }
placeholder-address = [name]
field-address_suggested = { $name } (suggested; type to change it)
pushback_kind-bargaining = bargaining
pushback_kind-counter_accusation = blaming you back
pushback_kind-deflection = changing the subject
pushback_kind-denial = denial
pushback_kind-emotion = emotion
pushback_kind-minimising = playing it down
pushback_kind-silence = silence
pushback_kind-stalling = stalling
wizard-typed_on_list = This is a list, not a text field: { -key_up }/{ -key_down } and { -key_toggle } choose here, and { -key_next_field } goes to the next field.
wizard-more_above = ↑ { PLURAL($n) ->
    [one] 1 field above
   *[other] { $n } fields above
}
wizard-more_below = ↓ { PLURAL($n) ->
    [one] 1 more field
   *[other] { $n } more fields
}
when-past = { $when } (in the past)
help-more_below = ↓ more: { -key_down } or { -key_page_down }
key-side_up = scroll the side panel up
key-side_down = scroll the side panel down
side-more_above = ↑ more above
side-more_below = ↓ more: { -key_side_down }
app-no_signals = Cannot watch for the signals that end the app safely: { $detail }.
quit-rescue_failed = Your last edits could not be saved, nor kept in { $path }: { $detail }. Copy what you typed elsewhere before closing this terminal.
key-bring_back = bring back unsaved typing from an earlier session
rescue-offer = { PLURAL($n) ->
    [one] { -key_bring_back } brings back 1 prep an earlier session could not save.
   *[other] { -key_bring_back } brings back { $n } preps an earlier session could not save.
}
rescue-done = { PLURAL($n) ->
    [one] Brought back 1 prep
   *[other] Brought back { $n } preps
}{ $copies ->
    [0] .
   *[other] ; { $copies } as a copy, as the saved version differs.
}
rescue-none = There is no unsaved typing to bring back.

## The message or talk track built from a sheet (src/draft).
draft-date = { $day } { $month } { $year }
draft-talk-moment = { $n }. { $label }: { $text }
draft-talk-open = Open
draft-talk-facts = The facts
draft-talk-question = Ask
draft-talk-listen = Listen
draft-talk-propose = Propose
draft-talk-if_not = If not, offer:
draft-talk-next = Next step

step-message = Message
step-talk_track = Talk track
field-message_next_by = Next step by (date, optional)
field-message_next_by-placeholder = e.g. 2026-12-11 or 11/12/2026
field-message_subject = Subject
field-message_body = Your words, ready to edit
key-rebuild_message = rebuild from sheet
key-copy_message = copy message
draft-heading_email = An email, from your sheet
draft-heading_chat = A chat message, from your sheet
draft-heading_talk = A talk track for the call, from your sheet
draft-length_read = { PLURAL($words) ->
    [one] 1 word
   *[other] { $words } words
} · about { PLURAL($minutes) ->
    [one] 1 minute
   *[other] { $minutes } minutes
} to read
draft-length_say = { PLURAL($words) ->
    [one] 1 word
   *[other] { $words } words
} · about { PLURAL($minutes) ->
    [one] 1 minute
   *[other] { $minutes } minutes
} to say
draft-tone = { $label } · lowest sentence { $score }/100 · { PLURAL($sentences) ->
    [one] 1 sentence checked
   *[other] { $sentences } sentences checked
}
draft-worst = Weakest: { $sentence }
draft-more_findings = { PLURAL($n) ->
    [one] and 1 more finding
   *[other] and { $n } more findings
}
draft-built_from = Built from your opener, facts and fallback offers with the playbook's words for this scenario. It follows the sheet until you edit it; { -key_rebuild_message } builds it again.
draft-edited = Edited by you: it stays as you wrote it. { -key_rebuild_message } builds it again from the sheet, after asking.
draft-talk_hint = Not to read out word for word: keep it beside you. The cue card and the exports carry it too.
draft-rebuild_confirm = { -key_rebuild_message } again replaces your edits with a message built from the sheet.
draft-bad_date = date unreadable: the message keeps an open next step
draft-rebuilt = Built again from the sheet.
draft-nothing_to_copy = There is no message to copy yet.
draft-copied = Message copied to the clipboard (your terminal must allow OSC 52).
draft-copied_body = Message copied (your terminal must allow OSC 52); the subject is separate.

cli-about-draft = Print or write the sheet's message: the email or chat message built from it (as edited in the app), or the talk track for a call.
cli-arg-draft-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-arg-draft-format = Output format: txt (the message, with its subject line for an email; the default), eml (an email file a mail client opens as a draft: subject, date, UTF-8 text, no addresses) or json (the message, its length and its tone). Without it, the extension of -o decides.
cli-arg-draft-output = The file to write (default: standard output).
cli-arg-draft-force = Replace FILE if it exists.
cli-error-draft_spoken = { $id } is prepared for a call, a video or a meeting: its talk track is not an email. Use --format txt, or pick email or message as the channel in step 1.
draft-subject_line = Subject: { $subject }
cue-track = Then say
cli-arg-cue-json = Print JSON instead of the card (see docs/json.md).
cli-arg-playbook-validate-json = Print the result as JSON, problems included (see docs/json.md).
answer-unknown_field = There is no field “{ $name }”. The fields are: { $fields }.
answer-bad_value = { $name } cannot be “{ $value }”: it takes { $expected }.
cli-about-new = Create a sheet without the app and print its id; fill it further with talkprep set.
cli-arg-new-scenario = The scenario, by id (see talkprep scenarios).
cli-arg-new-client = The client's name.
cli-arg-new-channel = How you will talk: call, video, in_person, email or message.
cli-arg-new-when = When, e.g. 2026-12-08 10:00 (or as your language writes dates).
cli-arg-new-topic = What it is about, in a few words.
cli-arg-new-answers = A JSON file (or - for standard input) of field names and answers, as talkprep set takes them.
cli-arg-new-json = Print the id as JSON.
cli-about-set = Answer a field of a sheet without the app, e.g. talkprep set marta facts.what_happened "Invoice 031 is unpaid."
cli-long-set = FIELD is the sheet's name for it: `client`, `address`, `topic`, `channel`, `when`, `facts.what_happened`, `facts.who_did_what`, `facts.evidence`, `facts.cost`, `facts.my_part`, `facts.repair`, `stakes.relationship`, `stakes.worth`, `stakes.heat`, `goal.kind`, `goal.outcome`, `goal.firm_on`, `goal.can_give`, `fallbacks.1`, `fallbacks.2`, `opener`, `message.next_by`, `message.subject`, `message.body`, `logistics.moment`, `logistics.place`, `logistics.minutes`, `logistics.notes`, `debrief.outcome` and the other debrief fields. An empty VALUE clears the field.
cli-arg-set-id = The sheet's id, its first characters, or the client's name (see talkprep list).
cli-arg-set-field = The field to answer (see above).
cli-arg-set-value = The answer, or - to read it from standard input.
cli-arg-set-answers = A JSON file (or - for standard input) of field names and answers: {"{"} "client": "Marta", "stakes.heat": 6 {"}"}.
cli-value_name-CHANNEL = CHANNEL
cli-value_name-WHEN = WHEN
cli-value_name-FIELD = FIELD
cli-value_name-VALUE = VALUE
cli-error-set_what = Say which field to answer and with what, or give --answers FILE.
cli-error-answers_not_json = { $name } is not valid JSON (line { $line }, column { $column }): write an object of field names and answers.
cli-error-answers_not_object = { $name } is not a JSON object: write {"{"} "field": "answer", ... {"}"}.
cli-set_done = Saved { $id }.
cli-set_conflict = The sheet changed elsewhere meanwhile: both are kept, and your answers went to { $copy }.
cli-set_deleted = { $id } was deleted meanwhile: nothing was saved.
key-edit_outside = write it in your editor ($VISUAL, $EDITOR)
outside-read_back = Read back from your editor.
outside-unchanged = Your editor left the text as it was.
outside-failed = Could not run your editor ({ $editor }): { $detail }. Set VISUAL or EDITOR to the one you use.
outside-editor_exit = Your editor ({ $editor }) ended with code { $code }: the field keeps its text.
outside-no_terminal = An editor needs the terminal, and there is none here.
config-unreadable = The configuration { $file } cannot be read ({ $detail }); talkprep goes on with its defaults.
config-invalid = The configuration { $file }, line { $line }, column { $column }: { $detail }. talkprep goes on with its defaults; talkprep config --default shows every key.
cli-about-config = Show where the configuration file is, or print the default one with every key explained.
cli-arg-config-default = Print the default configuration, every key with its default and what it does.
cli-arg-config-path = Print the configuration file's path (TALKPREP_CONFIG, else config.toml in the config folder).
cli-config_in_effect = Configuration: { $file } ({ $state }).
cli-config_found = read
cli-config_missing = not there: the defaults apply
config-unknown_key = “{ $key }” is not a key talkprep takes (it takes { $keys })
config-bad_value = the value of { $key } is not one it takes (see talkprep config --default)
config-not_toml = this line is not a key = value line (a text value goes in "quotes")
config-bad_lang = lang = “{ $value }”: talkprep speaks en, fr, pl and ro
config-bad_theme = theme = “{ $value }”: the themes are { $themes }
cli-arg-plain = With no command: ask the questions one line at a time on standard input and output (no boxes, no columns), for screen readers and scripts.
plain-menu = What now? 1 new prep, 2 go over a prep, 3 red-flag review, 4 after the call, q quit:
plain-menu_again = That is not one of the choices; type its number.
plain-bye = Done. Your sheets are saved.
plain-which_sheet = Which prep? Its id, or the client's name (Enter: back):
plain-step = Step { $n } of { $total }: { $title }
plain-choices = (one of: { $choices })
plain-keep = (Enter keeps “{ $current }”, - clears it)
plain-colon = :
plain-pick_scenario = Scenario: its number, or words from its title:
plain-chosen = Chosen: { $choice }.
plain-pick_goal = Your goal: a number from the list, or Enter to write your own below
plain-message_keep = Enter, then a line with only a dot, keeps this message. Or write yours, line by line, and end with a line with only a dot.
plain-follow_up = A follow-up, what is to be done (Enter: no more)
plain-saved = Saved { $id }.
plain-yes = y, yes
plain-flag = { $title } ({ $hint }) Does it apply? y or n:
plain-verdict = Verdict: { $title }, score { $score }.
cli-heading-examples = Examples:
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
    talkprep set marta facts.what_happened "Invoice 031 was due on 17 November."
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
    talkprep tone "You never pay on time."
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
keys-at = { $file }, line { $line }
keys-unknown_action = { $at }: there is no action “{ $action }” (the names are those of assets/keys.toml, e.g. save, next_step); the key stays as it was.
keys-bad_key = { $at }: “{ $keys }” is not a key talkprep reads (e.g. ctrl-w, alt-n, f5, q); the key stays as it was.
keys-conflict = { $at }: { $key } already does { $other } where { $action } applies; { $action } keeps its key.
