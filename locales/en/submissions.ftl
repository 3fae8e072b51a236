## Handing in decks (/submit, /deck) and reviewing them (/decks, /extend, /decknotices).

help-submit = /submit: hand in your team's pitch deck
help-deck = /deck: your team's decks, every version
help-decks = /decks: every team's deck per stage, and a ZIP of them (organizers)
help-extend = /extend: give one team a later deadline (organizers)
help-decknotices = /decknotices: switch the notice on each new deck off or on (organizers)
menu-submit = Hand in a deck

submit-choose-stage = Which stage is this file for?
submit-send-file-short = Send the file now, as a document.
submit-send-file =
    Send your file for { $stage } now, as a document ({ $kinds }, at most { $max_mb } MB). You may add a caption.
    Deadline: { $deadline }.
submit-send-link =
    Send the link to your { $stage } now (an address starting with https://).
    Deadline: { $deadline }.
submit-send-file-or-link =
    Send your file for { $stage } now, as a document ({ $kinds }, at most { $max_mb } MB), or send a link to it (https://…).
    Deadline: { $deadline }.
submit-link-invalid = That is not a link I can accept. Send one address starting with http:// or https://, or a file.
submit-receipt-link =
    Received: { $stage }, version { $version }.
    Link: { $url }
    Time received: { $received }
    { $timing }
submit-file-expected = Please send the file itself (as a document), or press Cancel.
submit-no-team = You are not in a team yet, so there is nothing to hand in. Join or register a team first.
submit-none-open = No stage is open for submissions right now. Nothing was saved.
submit-resend-after-choice = Several stages are open. Choose one, then send the file again.
submit-not-open-yet = { $stage } opens for submissions on { $opens }. Nothing was saved.
submit-deadline-passed = The deadline for { $stage } was { $deadline } and late files are not accepted. Nothing was saved.
submit-refused-unknown = This file is not a { $kinds } file (I check the content, not the name). Nothing was saved.
submit-refused-encrypted = This PDF is password-protected, so nobody could open it. Please send it without a password. Nothing was saved.
submit-refused-corrupt = This file is damaged and cannot be opened. Please export it again and resend it. Nothing was saved.
submit-refused-no-pages = This PDF has no pages. Nothing was saved.
submit-refused-empty = This file is empty (0 bytes). Nothing was saved.
submit-kind-not-accepted = This stage accepts only { $kinds }. Nothing was saved.
submit-not-a-document = Please send the deck as a file (a document), not as a photo or media: { $kinds }. Nothing was saved.
submit-too-large = This file is { $size_mb } MB; the limit is { $max_mb } MB. Please make it smaller (for example, compress the images) and send it again. Nothing was saved.
submit-too-large-unknown = This file is larger than the limit of { $max_mb } MB. Please make it smaller and send it again. Nothing was saved.
submit-identical = This is identical to version { $version } of { $stage }, received { $received }. No new version was added.
submit-on-time = On time: { $left } before the deadline ({ $deadline }).
submit-late = Late: received { $after } after the deadline ({ $deadline }).
submit-receipt =
    Received: { $stage }, version { $version }.
    File: { $file } ({ $size_kb } KB)
    Time received: { $received }
    SHA-256: { $sha }…
    { $timing }
submit-name-changed = The file name had characters that are not allowed; it is saved as { $name }.
submit-organizer-notice = { $late ->
    [yes] Late deck: { $team } handed in version { $version } for { $stage } (by { $person }).
   *[other] New deck: { $team } handed in version { $version } for { $stage } (by { $person }).
}

deck-none = Team { $team } has not handed in anything yet. Send /submit to hand in a deck.
deck-versions =
    Decks of team { $team }:
    { $lines }
    Press a button to get a version back.
deck-stage-heading = { $stage }:
deck-version-line = { $late ->
    [yes] v{ $version } · { $file } · { $received } · late · { $sha }
   *[other] v{ $version } · { $file } · { $received } · on time · { $sha }
}
deck-version-line-link = { $late ->
    [yes] v{ $version } · { $url } · { $received } · late
   *[other] v{ $version } · { $url } · { $received } · on time
}
deck-link = Version { $version }: { $url }
deck-button-version = { $stage } v{ $version }
deck-button-get = Get the deck
deck-sent = Version { $version }: { $file }
deck-file-missing = The file { $file } is missing from the file store. Please tell the organizers.

deck-no-stages = This program has no submission stages.
deck-choose-stage = Which stage?
deck-status-on-time = on time
deck-status-late = late
deck-review-line = { $team }: { $status }, v{ $version }, { $received }
deck-review-missing = { $team }: missing
deck-review-no-teams = No teams yet.
deck-review =
    { $stage } (deadline { $deadline })
    On time: { $on_time } · Late: { $late } · Missing: { $missing }
    { $lines }
deck-button-zip = Latest decks (ZIP)
deck-export-empty = No team has handed in anything for { $stage } yet.
deck-export-ready = The latest decks of { $count } teams for { $stage }, with manifest.csv.
deck-export-saved = The ZIP ({ $count } teams, { $size_mb } MB) is larger than this platform lets me send, so I saved it on the server: { $path }
deck-extend-usage =
    Write: /extend STAGE YYYY-MM-DD HH:MM TEAM NAME
    For example: /extend interim-deck 2024-11-20 18:00 Blue Steppe
    The time is in your time zone; STAGE is the stage's id in the program file.
deck-extend-done = Done: team { $team } now has until { $deadline } for { $stage }.
deck-extension-granted = The organizers extended your team's deadline for { $stage } to { $deadline }.
deck-notices-off = You will no longer get a notice for each new deck. Send /decknotices again to switch them back on.
deck-notices-on = You will get a notice for each new deck again.
