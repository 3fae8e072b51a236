## Consent, what is stored, and deleting it.

help-privacy = /privacy: what I store about you
help-delete-me = /delete_me: delete your personal data

privacy-consent =
    Before you register or join a team: I store your name on this platform, your team's details (names, organizations, contact e-mail and phone) and your membership, so the organizers of the program can run it. Organizers can see and export them. You can see them with /privacy and delete them with /delete_me at any time. (Consent text version { $version })
privacy-agree = I agree
privacy-summary =
    What I store about you:
    Channel and id: { $channel } { $id }
    Name: { $name }
    Language: { $language }; time zone: { $zone }
    Roles:
    { $roles }
    Consent: { $consent }
    Teams:
    { $teams }
    Send /delete_me to delete your personal data.
privacy-consent-given = version { $version }, given { $at }
privacy-consent-none = not given
privacy-team-line = • { $team } ({ $role })
privacy-delete-confirm = Delete your personal data? You leave your teams (a team you lead passes to another member, or is archived when you are alone), and your name and consent are deleted. Your language and roles are kept so I can still answer you.
privacy-button-delete = Delete my data
privacy-delete-cancelled = Nothing was deleted.
privacy-deleted = Done: your personal data is deleted.
privacy-features =
    What I also keep:
    { $lines }
