## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    Welcome! This bot runs several programs. Which one do you follow?
menu-program = Program
menu-register = Register a team
menu-join = Join a team
menu-team = My team

## Teams: the SDG toggles

team-sdg-button = SDG { $number }
team-sdg-button-chosen = ✓ SDG { $number }
team-button-sdgs-done = Done
team-sdgs-choose-one = Please choose at least one goal, then press Done.
team-sdgs-at-most = You can choose at most { $max } goals. Press a chosen one to take it away first.

## Privacy: a lead who deleted their data

team-contact-needed = The team { $team } has no contact e-mail or phone any more: please give yours with /edit_team.

## Teams: the lead's confirmations

team-remove-confirm = Remove { $name } from { $team }?
team-button-remove = Remove
team-remove-cancelled = Nobody was removed.
team-handover-confirm = Make { $name } the lead of { $team }? You stay a member.
team-button-handover = Hand over
team-handover-cancelled = You stay the lead.

## Decks

submit-extension-corrected = The file is a { $kind }, not a { $claimed } file: its extension was corrected and it is saved as { $name }.

## Mentoring

session-state-name-declined = declined
privacy-session-ratings = { $count ->
    [one] Your rating of 1 mentoring session
   *[other] Your ratings of { $count } mentoring sessions
}

## Roles

role-every-program = every program

## Deadlines of a team with an extension

team-stage-line-extended = { $stage }: { $status } (deadline extended to { $deadline })

## The agenda the evening before an event that starts before 08:00

reminder-agenda-tomorrow =
    Tomorrow: “{ $name }”
    Starts: { $starts }
    Where: { $venue }
    Languages spoken: { $languages }
    Agenda ({ $clock }):
    { $agenda }
reminder-agenda-empty-tomorrow =
    Tomorrow: “{ $name }”
    Starts: { $starts }
    Where: { $venue }
    Languages spoken: { $languages }
deadline-line-late = • { $stage }: the deadline was { $deadline }; late versions are still accepted (marked late)
deck-review-extended = { $line } (deadline extended to { $deadline })
submit-will-be-late = The deadline for { $stage } was { $deadline }: a version you send now is marked late.

## Extensions

deck-extend-choose-stage = Which stage's deadline do you want to extend?
deck-extend-choose-team = Which team gets a later deadline for { $stage }?
deck-extend-no-teams = There are no teams in this program yet.
deck-extend-ask-time = Team { $team } has until { $deadline } for { $stage }. Type the new deadline in your time zone as YYYY-MM-DD HH:MM, for example { $example }.
deck-extend-bad-time = Please type the date and time as YYYY-MM-DD HH:MM, for example { $example }.
deck-extend-not-later = The new deadline must come after team { $team }'s current one ({ $deadline }). Please type a later date and time.
deck-extend-past = That time has already passed (it is { $now } now). Please type a later one.
deck-extend-unknown-stage = There is no stage “{ $stage }” in this program. Its stages are: { $stages }. Or send /extend alone to choose with buttons.
deck-extend-unknown-team = There is no team “{ $team }” in this program. Send /extend alone to choose with buttons.
deck-extend-gone = That stage or team is no longer there. Nothing was changed.

## Broadcasts: the preview, scheduled broadcasts, edits

broadcast-preview-nobody =
    Program: { $program }
    Nobody would receive this announcement now ({ $blocked } blocked the bot). Go back and choose another audience.
broadcast-preview-line-fallback = { $language } instead of { $wanted } via { $channel }: { $count }
broadcast-version-fallback = { $language } (for { $wanted } readers)
broadcast-button-edit-of = Edit #{ $number }
broadcast-button-cancel-of = Cancel #{ $number }
broadcast-cancelled-scheduled = Broadcast #{ $number } is cancelled; nobody received it.
broadcast-edit-choose = What do you want to change in broadcast #{ $number }, scheduled for { $at }?
broadcast-edit-field-mn = Mongolian text
broadcast-edit-field-ja = Japanese text
broadcast-edit-field-en = English text
broadcast-edit-field-time = Time
broadcast-edit-current-text = The { $language } version now reads:
broadcast-edit-ask-text = Write the new { $language } version, or remove it.
broadcast-edit-ask-new-text = There is no { $language } version yet. Write it.
broadcast-button-remove-version = Remove this version
broadcast-edit-ask-time = When should broadcast #{ $number } go out instead of { $at }? Write the date and time in your time zone, like { $example }.
broadcast-edited = Broadcast #{ $number } is changed. It goes out at { $at }; its audience is counted then (now { $count } people).
broadcast-edit-too-late = Broadcast #{ $number } has started already: it can no longer be changed.
broadcast-edit-last-text = This is the only version of the announcement: write another one first, or cancel the broadcast.
