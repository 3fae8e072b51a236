## Telegram's profile of the bot: the command menu (setMyCommands) and the descriptions.
## Descriptions: at most 512 characters; short description: at most 120; commands: at most 256.

telegram-description =
    MICS Bot keeps you up to date with the events and deadlines of your program, in Mongolian, Japanese or English and in your time zone.
    Press Start below and choose your language.
telegram-short-description = Events, deadlines and teams of your program, in your language and time zone.
telegram-command-start = Start over
telegram-command-menu = The main menu
telegram-command-help = What I can do
telegram-command-language = Change the language
telegram-command-timezone = Change your time zone
telegram-command-cancel = Stop what you are filling in
telegram-command-program = The program you follow
