## Mentoring: mentor profiles, assignment, session requests, answers, reminders, /sessions.

help-session = /session: ask your team's mentor for a session (lead)
help-mentors = /mentors: mentors and their profiles; assign a mentor to a team (organizers)
help-sessions = /sessions: mentoring sessions by state, per mentor and per team, CSV (organizers)

mentor-ask-name = Let us set up your mentor profile. What name should teams see?
mentor-ask-org = Which organization are you with?
mentor-ask-exp = What is your expertise? (a sentence or a few keywords)
mentor-ask-languages = Which languages do you speak? Press each one, then Done.
mentor-ask-zone = Which time zone are you in?
mentor-text-invalid = Please type a short text (at most { $max } characters).
mentor-language-mn = Mongolian
mentor-language-ja = Japanese
mentor-language-en = English
mentor-language-toggle = { $state ->
    [on] ✓ { $language }
   *[other] { $language }
}
mentor-languages-done = Done
mentor-zone-0 = Ulaanbaatar (UTC+8)
mentor-zone-1 = Tokyo (UTC+9)
mentor-profile-saved = Thank you, { $name }. Your mentor profile is saved. Organizers will assign you to teams.

mentor-none = There are no mentors yet. Invite one with /invite_mentor.
mentor-list =
    Mentors:
    { $mentors }
    Press a mentor's name to assign them to a team.
mentor-line = • { $name }, { $organization }: { $expertise } ({ $languages }; { $zone })
mentor-line-no-profile = • { $name } (no profile yet)
mentor-button-assign = { $name }
mentor-no-teams = There are no teams to assign to yet.
mentor-choose-team = Assign { $name } to which team?
mentor-team-button = { $team }
mentor-assigned = { $name } is now a mentor of { $team }. Both sides have been told.
mentor-already-assigned = { $name } is already a mentor of { $team }.
mentor-assigned-you = You are now the mentor of the team { $team }. They can ask you for sessions; you will get their requests here.
mentor-assigned-team =
    Your team has a mentor: { $mentor } ({ $organization }).
    Expertise: { $expertise }
    The team lead can ask for a session with /session.

session-not-lead = Only a team lead can ask for a mentoring session.
session-no-mentors = Your team has no mentor yet. Organizers assign mentors to teams.
session-ask-mentor-choice = Which mentor would you like to meet?
session-mentor-button = { $name }
session-mentor-not-assigned = That mentor is not assigned to your team. Choose one of your team's mentors.
session-ask-topic = What would you like to talk about?
session-topic-invalid = Please type the topic in at most { $max } characters.
session-ask-length = How long should the session be?
session-length-button = { $length }
session-ask-times = Propose up to { $max } times: press one of the buttons or type a time like 2024-11-21 15:00 (your time zone).
session-ask-more-times =
    Proposed so far:
    { $times }
    Add another time, or press Done.
session-time-button = { $at }
session-times-done = Done
session-proposal-line = { $n }. { $at }
session-time-past = { $at } is already in the past. Please propose a later time.
session-time-overlap = The mentor already has a confirmed session at { $at }. Please propose another time.
session-time-unparsed = I could not read that time. Please type it like 2024-11-21 15:00, or press a button.
session-ask-mode = Online or in person?
session-mode-online = Online
session-mode-in-person = In person
session-ask-place-online = Please send the meeting link.
session-ask-place-in_person = Where will you meet? Please type the place.
session-place-invalid = Please type it in at most { $max } characters.
session-requested = Your request has been sent to { $mentor }. You will hear here when they answer.

session-details =
    Topic: { $topic }
    Team: { $team }
    Mentor: { $mentor }
    Length: { $length }
    { $where }
session-where-online = Online: { $place }
session-where-in_person = Place: { $place }
session-ask-mentor =
    A team asks you for a mentoring session.
    { $details }
    Proposed times:
    { $times }
    Press a time that suits you to confirm it, or propose another.
session-ask-team =
    Your mentor proposes other times.
    { $details }
    Proposed times:
    { $times }
    Press a time that suits you to confirm it, or propose another.
session-button-confirm = ✓ { $at }
session-button-propose = Propose another time
session-button-decline = Decline
session-button-reschedule = Reschedule
session-button-cancel = Cancel the session
session-confirmed =
    The mentoring session is confirmed.
    When: { $starts }
    { $details }
    The calendar invitation is attached.
session-you-confirmed = You confirmed the session. When: { $starts }. Both sides get the details and a calendar invitation.
session-proposal-sent = Your proposed times have been sent. You will hear here when they answer.
session-ask-decline-reason = Why do you decline? Please type a short reason; the team will see it.
session-reason-invalid = Please type a reason in at most { $max } characters.
session-you-declined = You declined the request. The team has been told.
session-you-cancelled = You cancelled the session. The other side has been told.
session-cancelled-notice =
    This mentoring session was cancelled.
    { $details }
session-declined-notice =
    The mentor declined this session request.
    { $details }
    Reason: { $reason }
session-nudge =
    Reminder: this request has been waiting for your answer for two days.
    { $details }
session-overdue =
    { $mentor } has not answered a session request for two days.
    { $details }
session-reminder =
    Reminder: your mentoring session starts { $hours ->
        [1] in one hour
       *[other] in { $hours } hours
    }.
    When: { $starts }
    { $details }
session-after =
    Did this session take place?
    When: { $starts }
    { $details }
session-button-held = It was held
session-button-no-show = Team did not come
session-ask-note = Marked as { $state }. You may leave a note that only organizers see, or skip.
session-button-no-note = No note
session-note-invalid = Please type the note in at most { $max } characters.
session-note-saved = Your note is saved. Only organizers see it.
session-note-skipped = Thank you. No note was left.
session-rate =
    How useful was your mentoring session? Rate it from 1 to 5.
    { $details }
session-button-stars = { $n }
session-rated = Thank you: you rated the session { $stars } out of 5.
session-changed = This button is out of date: the session has changed since. It is now: { $state }.
session-changed-meanwhile = The session changed while you were answering; nothing was saved. Please look at its latest message.
session-not-yours = This button is not for you.
session-state-name-requested = requested
session-state-name-confirmed = confirmed
session-state-name-held = held
session-state-name-no_show = no-show
session-state-name-cancelled = cancelled

session-list-empty = There are no mentoring sessions yet.
session-list =
    Mentoring sessions:
    { $groups }
    Press a mentor's or a team's name to see only their sessions.
session-list-group =
    { $state }:
    { $sessions }
session-list-line = • #{ $id } { $team } / { $mentor }: { $when }, { $topic }
session-no-time = no time yet
session-button-mentor = { $name }
session-button-team = { $team }
session-button-csv = CSV export
session-csv = { $count ->
    [one] The one session as CSV.
   *[other] All { $count } sessions as CSV.
}
