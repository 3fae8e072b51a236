## Teams: registration, invites, membership, the team card, organizer views.

help-register = /register: register a new team
help-team = /team: your team's card
help-invite = /invite: invite people to your team (lead)
help-join = /join CODE: join a team with its code
help-leave = /leave: leave your team
help-remove = /remove: remove a member from your team (lead)
help-handover = /handover: make another member the team lead (lead)
help-edit-team = /edit_team: change your team's details (lead)
help-teams = /teams: all teams, by stage status (organizers)
help-export = /export: teams and members as a CSV file (organizers)

team-no-program = You do not follow a program yet. Send /program to choose one.
team-none = —
team-none-yet = You are not in a team yet. Send /register to register one, or /join CODE with the code your team lead gave you.
team-lead-only = Only the team lead can do that.
team-already-member = You are already in a team of this program. Send /team to see it.

team-ask-name = What is your team's name? (2–60 characters)
team-name-length = A team name has 2 to 60 characters. Please type it again.
team-name-taken = There is already a team called { $name } in this program. Please choose another name.
team-ask-title = What is the title of your project?
team-title-length = A project title has 2 to 120 characters. Please type it again.
team-ask-description = Describe your project in a few sentences (at most { $max } characters).
team-description-length = The description must not be empty and may have at most 500 characters. Please shorten it.
team-ask-sdgs =
    Which Sustainable Development Goals does your project serve? Choose 1 to 3 with the buttons and press Done, or type their numbers, for example: 3, 7
    { $goals }
    Chosen: { $chosen }
team-sdgs-invalid = Please type 1 to 3 different numbers from 1 to 17, for example: 3, 7
team-ask-org = Which organization is in your team? Type the name of one; you can add more next.
team-ask-org-more =
    Organizations so far:
    { $organizations }
    Type the name of the next organization.
team-org-length = An organization name has 2 to 120 characters. Please type it again.
team-ask-country = Where is { $organization } based?
team-ask-more =
    Organizations:
    { $organizations }
    Add another, or continue?
team-button-add-org = Add an organization
team-button-continue = Continue
team-ask-email = The team's contact e-mail address?
team-email-invalid = That does not look like an e-mail address (name@example.com). Please type it again.
team-ask-phone = A contact phone number? (optional)
team-phone-invalid = That does not look like a phone number. Use digits, spaces and a leading +, for example +976 9911 2233.
team-button-skip = Skip
team-confirm =
    Please check your team:
    Name: { $name }
    Project: { $title }
    { $description }
    SDGs:
    { $sdgs }
    Organizations:
    { $organizations }
    E-mail: { $email }
    Phone: { $phone }
team-button-register = Register the team
team-registered = Your team { $name } is registered and you are its lead. Others join with the code { $code } (send /invite for the links).

team-sdg-line = { $number }. { $name }
team-org-line = { $name } ({ $country })
team-country-mn = Mongolia
team-country-jp = Japan
team-country-other = Other country
team-member-line = • { $name } ({ $role })
team-member-unnamed = (no name)
team-role-lead = team lead
team-role-member = member
team-stage-line = { $stage }: { $status }
team-stage-on_time = submitted on time
team-stage-late = submitted late
team-stage-missing = not submitted
team-card =
    Team: { $name }
    Project: { $title }
    { $description }
    SDGs:
    { $sdgs }
    Organizations:
    { $organizations }
    Contact: { $email }, { $phone }
    Members ({ $size } of at most { $max }):
    { $members }
    Stages:
    { $stages }

team-invite =
    Invite people to { $name } ({ $size } of at most { $max } members):
    { $ways }
    A new code makes the old one stop working.
team-invite-link = { $channel }: { $link }
team-invite-code = Code: { $code } (they send /join { $code })
team-channel-telegram = Telegram
team-channel-messenger = Messenger
team-button-new-code = New code
team-join-how = Send /join followed by the code your team lead gave you, for example: /join AB12CD
team-code-invalid = That code is not valid. Please check it with whoever gave it to you.
team-code-replaced = That code has been replaced by a newer one. Ask your team lead for the new code.
team-code-rate-limited = Too many wrong codes. Please wait { $minutes } minutes and try again.
team-full = The team { $name } is full (at most { $max } members).
team-join-confirm =
    Join the team { $name }?
    Project: { $title }
    Lead: { $lead } · { $size } of at most { $max } members
team-button-join = Join
team-join-cancelled = You did not join. Nothing was saved.
team-joined = Welcome to { $name }!
team-member-joined = { $name } joined your team { $team }.

team-leave-confirm = Leave the team { $name }?
team-leave-confirm-archive = You are the only member of { $name }. If you leave, the team is archived. Leave?
team-button-leave = Leave
team-leave-cancelled = You stay in the team.
team-left = You left the team { $name }.
team-lead-cannot-leave = You lead a team with other members. Make someone else the lead first (/handover).
team-member-left = { $name } left your team { $team }.
team-you-are-lead = You are now the lead of the team { $team }.
team-no-other-members = There is nobody else in your team yet. Send /invite to invite people.
team-remove-choose = Whom do you want to remove from the team?
team-member-button = { $name }
team-removed = { $name } is no longer in { $team }.
team-you-were-removed = The team lead removed you from the team { $team }.
team-handover-choose = Who should lead the team?
team-handed-over = { $name } now leads { $team }; you stay a member.

team-edit-choose = What do you want to change?
team-edit-field-name = Name
team-edit-field-title = Project title
team-edit-field-desc = Description
team-edit-field-sdgs = SDGs
team-edit-field-orgs = Organizations
team-edit-field-email = E-mail
team-edit-field-phone = Phone
team-edit-ask-name = The new team name? (2–60 characters)
team-edit-ask-title = The new project title?
team-edit-ask-email = The new contact e-mail address?
team-edit-ask-phone = The new phone number? (type - to remove it)
team-edit-saved = Saved.

teams-page =
    Teams: { $filter }. { $count } in all, page { $page } of { $pages }.
teams-button-team = { $name } ({ $size })
teams-button-previous = ‹ Previous
teams-button-next = Next ›
teams-button-filter = Filter by stage
teams-filter-all = all teams
teams-button-all = All teams
teams-filter-stage = { $stage }: { $status }
teams-filter-choose =
    Show which teams?
    ✓ submitted on time · ⌛ submitted late · ✗ not submitted
teams-filter-button = { $status } { $stage }
teams-filter-mark-on_time = ✓
teams-filter-mark-late = ⌛
teams-filter-mark-missing = ✗
teams-export = Teams and members, { $teams } teams, as of { $at }.

team-sdg-1 = No Poverty
team-sdg-2 = Zero Hunger
team-sdg-3 = Good Health and Well-being
team-sdg-4 = Quality Education
team-sdg-5 = Gender Equality
team-sdg-6 = Clean Water and Sanitation
team-sdg-7 = Affordable and Clean Energy
team-sdg-8 = Decent Work and Economic Growth
team-sdg-9 = Industry, Innovation and Infrastructure
team-sdg-10 = Reduced Inequalities
team-sdg-11 = Sustainable Cities and Communities
team-sdg-12 = Responsible Consumption and Production
team-sdg-13 = Climate Action
team-sdg-14 = Life Below Water
team-sdg-15 = Life on Land
team-sdg-16 = Peace, Justice and Strong Institutions
team-sdg-17 = Partnerships for the Goals
