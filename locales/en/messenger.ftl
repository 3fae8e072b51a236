## Facebook Messenger: the greeting before the first message and the persistent menu.

messenger-greeting = Hello! I am the MICS program bot: events, deadlines and your team, in Mongolian, Japanese or English. Tap Get Started.
messenger-menu-main = Main menu
messenger-menu-help = Help
messenger-menu-language = Language
