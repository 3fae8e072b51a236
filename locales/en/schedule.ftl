## Schedule, deadlines and calendar files.

help-schedule = /schedule: upcoming events, with agendas and calendar files
help-deadlines = /deadlines: submission deadlines and the time left
menu-schedule = Schedule
menu-deadlines = Deadlines

schedule-no-program = You don't follow a program yet. Send /program to choose one.
schedule-upcoming =
    Upcoming events of { $program }:
    { $events }
schedule-none-upcoming = { $program } has no upcoming events.
schedule-past =
    Past events:
    { $events }
schedule-none-past = There are no past events yet.
schedule-event-line = • { $starts }: { $name } ({ $venue }; languages: { $languages })
schedule-when = { $starts }
schedule-when-range = { $starts }–{ $ends }
schedule-event =
    { $name }
    When: { $when }
    Where: { $venue }
    Languages spoken: { $languages }
schedule-event-agenda =
    { $name }
    When: { $when }
    Where: { $venue }
    Languages spoken: { $languages }
    Agenda ({ $clock }):
    { $agenda }
schedule-agenda-item = { $starts } { $title }
schedule-button-event = { $starts }
schedule-button-details = Details
schedule-button-past = Past events
schedule-button-calendar = Calendar file
schedule-button-event-calendar = Add to my calendar
schedule-calendar-file = Here is the calendar file ({ $count ->
    [one] 1 event
   *[other] { $count } events
}). Open it to add it to your calendar.

deadline-list =
    Deadlines:
    { $deadlines }
deadline-line = • { $stage }: { $deadline }, { $left } left
deadline-none = There are no open deadlines.
deadline-reminder =
    Reminder: the deadline for “{ $stage }” is in { $left }.
    Deadline: { $deadline }
    Team { $team } has not submitted yet.
deadline-button-all = All deadlines
