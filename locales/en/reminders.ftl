## Event reminders, the morning agenda and /reminders.

help-reminders = /reminders: choose which reminders you get

reminder-event =
    Reminder: { $name } starts { $starts }, in { $left }.
    Where: { $venue }
    Languages spoken: { $languages }
reminder-agenda =
    Today: { $name }, from { $starts }.
    Where: { $venue }
    Languages spoken: { $languages }
    Agenda:
    { $agenda }
reminder-agenda-empty =
    Today: { $name }, from { $starts }.
    Where: { $venue }
    Languages spoken: { $languages }
reminder-settings =
    Your reminders:
    { $categories }
    Press a button to switch one on or off.
reminder-category-line = • { $category }: { $state ->
    [off] off
   *[other] on
}
reminder-toggle = { $category }: { $state ->
    [off] switch on
   *[other] switch off
}
reminder-category-deadline = Deadlines
reminder-category-event = Events
reminder-category-agenda = Morning agenda on event days
