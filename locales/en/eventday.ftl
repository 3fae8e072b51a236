## Event day: RSVPs, tickets, check-in, attendance, live updates, feedback.

help-ticket = /ticket: your ticket (check-in code) for the events you come to
help-checkin = /checkin CODE: check a person in by their code; /checkin alone: find a walk-in by name (staff)
help-attendance = /attendance EVENT: who is checked in, coming and waiting, by team, with a CSV (organizers)
help-eventnews = /eventnews EVENT: send a short live update to the people at the event (organizers)
help-invite-staff = /invite_staff: a single-use invite for event staff who check people in (organizers)

role-staff = event staff
role-as-staff = event staff
role-granted-staff = Welcome, you are now event staff of this program. On the event day, scan a participant's ticket with your phone's camera, or send /checkin CODE.

eventday-state-none = no answer
eventday-state-coming = coming
eventday-state-online = attending online
eventday-state-declined = not coming
eventday-state-waiting = on the waiting list
eventday-state-offered = offered a seat
eventday-state-lapsed = seat offer expired
eventday-unnamed = (no name)
eventday-none = none
eventday-no-team = no team
eventday-button-skip = Skip
eventday-button-send = Send now

eventday-no-events = Your program has no events that take RSVPs.
eventday-event-unknown = There is no event “{ $key }”. Events with RSVPs: { $keys }

eventday-button-coming = { $chosen ->
    [yes] ✓ Coming
   *[other] Coming
}
eventday-button-no = { $chosen ->
    [yes] ✓ Not coming
   *[other] Not coming
}
eventday-button-online = { $chosen ->
    [yes] ✓ Online
   *[other] Online
}
eventday-button-ticket = My ticket
eventday-rsvp-coming =
    { $name }
    You are coming: see you on { $starts }. At the desk, show your ticket (the My ticket button, or /ticket).
eventday-rsvp-online =
    { $name }
    You attend online. The organizers will send the link before { $starts }.
eventday-rsvp-declined =
    { $name }
    Noted: you are not coming. You can change your answer in /schedule.
eventday-rsvp-waiting =
    { $name }
    The event is full. You are on the waiting list, number { $place }. If a seat frees up, I will offer it to you and hold it for { $hours }.
eventday-rsvp-closed =
    { $name }
    Answers closed on { $closes }. Please contact the organizers.
eventday-rsvp-over =
    { $name }
    This event has already started, so the answer cannot change any more.
eventday-offer-ran-out =
    { $name }
    The time to take the offered seat is over, and it goes to the next person on the list. Press Coming again to join the end of the waiting list.
eventday-rsvp-ask =
    “{ $name }” starts in { $left }.
    Starts: { $starts }
    Where: { $venue }
    Languages spoken: { $languages }
    Will you come? Please answer by { $closes }.
eventday-seat-offer =
    { $name }: { $starts }
    A seat has become free, and it is held for you until { $until }. Will you take it?
eventday-button-take-seat = Take the seat
eventday-button-refuse-seat = No, thanks
eventday-button-rejoin = Join the list again
eventday-seat-lapsed =
    { $name }
    The seat offered to you was not taken in time and went to the next person on the waiting list.

eventday-ticket =
    Your ticket: { $name }
    { $starts }, { $venue }
    Show this picture at the desk, or tell them your code: { $code }
eventday-ticket-none = You have no ticket yet. Choose an event in /schedule and press Coming.
eventday-no-ticket-waiting = { $name }: you are on the waiting list, so there is no ticket yet.
eventday-no-ticket-offered = { $name }: a seat is offered to you; take it to get your ticket.
eventday-no-ticket-online = { $name }: you attend online, so you need no ticket.
eventday-ticket-not-coming = { $name }: a ticket is only for people coming on site.

eventday-own-ticket = This is your own ticket. Show it at the desk: the staff will scan it.
eventday-code-unknown = No ticket has this code. Check the code and try again, or find the person by name with /checkin.
eventday-code-other-program = This ticket is for “{ $name }” of another program ({ $program }), so it cannot be checked in here.
eventday-checkin-not-yet = This ticket is for “{ $name }”, which starts on { $starts }. Its check-in opens at { $opens }.
eventday-checkin-over = This ticket is for “{ $name }”, which started on { $starts } and is over.
eventday-checkin-none-open = No event is checking in now. Check-in opens 6 hours before an event starts.
eventday-already-checked-in = { $person } was already checked in at { $at } by { $by }.
eventday-card =
    { $person }
    Team: { $team }
    RSVP: { $state }
    Event: { $name }
eventday-button-check-in = Check in
eventday-checked-in = Checked in: { $person }. { $here } here now; { $coming } said they are coming.
eventday-welcome =
    Welcome to { $name }!
    Today's agenda ({ $clock }):
    { $agenda }
eventday-welcome-no-agenda = Welcome to { $name }!
eventday-walkin-which-event = Which event are you checking people in for?
eventday-walkin-ask = Type the person's name (part of it is enough), or their code.
eventday-walkin-short = Please type at least { $least } letters of the name.
eventday-walkin-none = Nobody's name contains “{ $text }”. Try another part of the name.
eventday-walkin-pick = Who is it?
eventday-walkin-person = { $person } ({ $team })

eventday-no-limit = no limit
eventday-no-shows = No-shows: { $count }
eventday-not-arrived = Not arrived yet: { $count }
eventday-team-line = • { $team }: { $here } here, { $coming } coming
eventday-no-teams = • no teams
eventday-feedback-average = Feedback: { $average } on average from { $count ->
    [one] 1 rating
   *[other] { $count } ratings
}
eventday-feedback-none = Feedback: none yet
eventday-reminders-to-everyone = Reminders go to: everyone following the program
eventday-reminders-to-coming = Reminders go to: only those coming
eventday-attendance =
    Attendance: { $name }
    Starts: { $starts }
    Checked in: { $here } (walk-ins: { $walkins })
    Coming on site: { $coming } (seats: { $capacity })
    Online: { $online }
    Waiting list: { $waiting }
    Not coming: { $declined }
    { $missing }
    By team:
    { $teams }
    { $feedback }
    { $reminders }
eventday-button-refresh = Refresh
eventday-button-csv = CSV file
eventday-button-reminders-everyone = Remind everyone
eventday-button-reminders-coming = Remind only coming
eventday-button-comments = Comments
eventday-reminders-set-everyone = { $name }: reminders and the morning agenda now go to everyone following the program.
eventday-reminders-set-coming = { $name }: reminders and the morning agenda now go only to those coming.
eventday-csv = Attendance of { $name }: { $count ->
    [one] 1 person
   *[other] { $count } people
}; the times are in { $zone }.
eventday-comments-none = { $name }: no comments yet.
eventday-comments =
    Comments on { $name }:
    { $comments }
eventday-comment-line = • { $rating }/5: { $comment }

eventday-news-over = { $name } is over: send a /broadcast instead.
eventday-news-ask-audience = Who should get the update?
eventday-news-audience-checkedin = Checked in
eventday-news-audience-coming = Everyone coming
eventday-news-ask-text = Type the update in { $language }, or press Skip.
eventday-news-empty = The update is empty. Please type it.
eventday-news-too-long = The update is { $length } characters long; at most { $limit } fit a live update.
eventday-news-need-text = Please write the update in at least one language.
eventday-news-text-only = A live update is text only. Please type it.
eventday-news-preview-version = In { $language }, it will read:
eventday-news-preview-line = • { $language }: { $count }
eventday-news-preview =
    It goes to { $total ->
        [one] 1 person
       *[other] { $total } people
    }:
    { $lines }
eventday-news-nobody = • nobody yet
eventday-news-queued = The update for { $name } is on its way to { $count ->
    [one] 1 person
   *[other] { $count } people
}.
eventday-news =
    { $name }: update
    { $text }

eventday-feedback-ask = Thank you for coming to { $name }! How was it? Tap a rating from 1 (poor) to 5 (excellent).
eventday-button-rating = { $rating ->
    [1] 1 (poor)
    [5] 5 (excellent)
   *[other] { $rating }
}
eventday-feedback-not-there = Only people who were checked in at { $name } can rate it.
eventday-feedback-closed = The feedback for { $name } is closed.
eventday-feedback-ask-comment = Thank you for your rating ({ $rating }/5)! Would you like to add a comment? Type it, or press Skip.
eventday-feedback-empty = The comment is empty. Type it, or press Skip.
eventday-feedback-too-long = The comment is { $length } characters long; at most { $limit } fit.
eventday-feedback-text-only = Please type your comment as text, or press Skip.
eventday-feedback-thanks-comment = Thank you for your feedback!
eventday-feedback-thanks = Thank you for your rating!

eventday-privacy-rsvp = • { $name }: { $state }
eventday-privacy-checkin = • { $name }: checked in at { $at }
eventday-privacy-feedback = • { $name }: your rating { $rating }/5
eventday-privacy-staff = People you checked in as staff: { $checkins }; live news you sent: { $news }

## The dashboard's Event day page

eventday-page-title = Event day
eventday-dash-event = Event
eventday-dash-starts = Starts: { $starts }
eventday-stat-checked-in = Checked in
eventday-stat-walk-ins = Walk-ins
eventday-stat-coming = Coming on site
eventday-stat-online = Online
eventday-stat-waiting = Waiting list
eventday-stat-declined = Not coming
eventday-stat-not-arrived = Not arrived yet
eventday-stat-no-shows = No-shows
eventday-dash-by-team = By team
eventday-dash-no-teams = No teams yet.
eventday-chart-arrivals = Check-ins over time
eventday-dash-reminders = Reminders and the morning agenda
eventday-dash-bad-event = That event or choice does not exist in your program. Nothing was changed.
eventday-export-attendance = Event attendance

## Program-level indicators in the progress KPI report (/kpis)
eventday-indicators-title = Event: { $name } ({ $day })
eventday-indicator-checked-in = Checked in
eventday-indicator-coming = Coming on site
eventday-indicator-no-shows = No-shows
eventday-indicator-average-rating = Average rating (1–5)
eventday-indicator-ratings = Ratings given
