## Onboarding, menus and messages every feature shares.

choose-language = Хэлээ сонгоно уу · 言語を選んでください · Choose your language
language-mn = Монгол
language-ja = 日本語
language-en = English
language-set = Done: I will write to you in English.

welcome =
    Welcome to { $program }!
    I will keep you up to date with events and deadlines, in your language and time zone.
welcome-no-program =
    Welcome!
    No program is open yet; the organizers will announce it here.
menu = What would you like to do?
menu-help = Help
menu-language = Language
menu-timezone = Time zone

help =
    Here is what you can do:
    { $commands }
help-start = /start: start over
help-menu = /menu: the main menu
help-help = /help: this list
help-language = /language: change the language
help-timezone = /timezone: change your time zone
help-cancel = /cancel: stop what you are filling in
help-program = /program: the program you follow

choose-timezone =
    Your time zone is { $zone }; it is now { $now }.
    Choose another or type its name, for example Europe/Berlin.
tz-ulaanbaatar = Ulaanbaatar (UTC+8)
tz-tokyo = Tokyo (UTC+9)
timezone-set = Your time zone is now { $zone }. Local time: { $now }.
timezone-unknown = I don't know that time zone. Type a name such as Europe/Berlin, or use the buttons.

program-none = No program has been loaded yet.
program-choose = Which program do you follow?
program-current = You follow { $program }.
program-set = Done: you now follow { $program }.

start-link-unknown = This link is not valid (any more). Ask whoever sent it for a new one.
unknown-command = I don't know the command /{ $command }. Send /help to see what I can do.
unknown-text = I didn't understand that. Use the buttons, or send /help to see what I can do.
file-not-expected = I wasn't expecting a file just now. Send /help to see what I can do.
not-allowed-organizer = Sorry, that is only for organizers.
not-allowed-mentor = Sorry, that is only for mentors.
not-allowed-judge = Sorry, that is only for judges.
not-allowed-staff = Sorry, that is only for event staff and organizers.
not-allowed-roles =
    Sorry, that is only for people with one of these roles:
    { $roles }
not-allowed-role-organizer = organizer
not-allowed-role-mentor = mentor
not-allowed-role-judge = judge
not-allowed-role-staff = staff
stale-button = That button belongs to an earlier message and no longer applies.
nothing-to-cancel = There is nothing to cancel.
flow-cancelled = Cancelled. Nothing was saved. Send /menu for the main menu.
flow-use-buttons = Please answer with one of the buttons.
flow-file-not-expected = I wasn't expecting a file at this step.
text-invisible-characters = That contains control or text-direction characters. Please type it without them.
button-back = ‹ Back
button-cancel = Cancel
error-generic = Sorry, something went wrong on my side and nothing was changed. Please try again in a moment.

duration-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
duration-hours = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
duration-days-hours = { $days ->
    [one] 1 day
   *[other] { $days } days
} { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
}
duration-hours-minutes = { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
} { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
duration-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}

## Dates, times and zones (bot/i18n.py fills them; see locales/GLOSSARY.md).
## $full_date "Nov 20, 2024" comes from CLDR.

date-full = { $weekday }, { $full_date }
datetime-full = { $date } { $time }
date-short = { $weekday } { $month }/{ $day }
datetime-short = { $date } { $time }
time-in-zone = { $time } ({ $zone })
time-in-two-zones = { $first } / { $second }
zone-clock-ulaanbaatar = Ulaanbaatar time
zone-clock-tokyo = Tokyo time
zone-clock-offset = UTC{ $offset }
zone-name = { $city } (UTC{ $offset })
zone-name-utc = UTC
language-name-mn = Mongolian
language-name-ja = Japanese
language-name-en = English
language-list-separator = {", "}

console-banner = Console chat on { $program }. Rehearsal clock: { $clock } (it runs on from there). Type /start; end with Ctrl-D.
console-banner-real-time = Console chat on { $program }, real time. Type /start; end with Ctrl-D.
console-document = [file] { $name } ({ $size } bytes) saved to { $path }
console-photo = [photo] { $name } ({ $size } bytes) saved to { $path }
console-to = (to { $name })
console-no-button = There is no button { $number } on the latest message.
console-file-missing = No file at { $path }.
