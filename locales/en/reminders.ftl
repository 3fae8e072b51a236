## Event reminders, the morning agenda and /reminders.

help-reminders = /reminders: choose which reminders you get

reminder-event =
    Reminder: “{ $name }” starts in { $left }.
    Starts: { $starts }
    Where: { $venue }
    Languages spoken: { $languages }
reminder-agenda =
    Today: “{ $name }”
    Starts: { $starts }
    Where: { $venue }
    Languages spoken: { $languages }
    Agenda ({ $clock }):
    { $agenda }
reminder-agenda-empty =
    Today: “{ $name }”
    Starts: { $starts }
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
reminder-toggle = { $state ->
    [off] 🔕 { $category }
   *[other] 🔔 { $category }
}
reminder-category-deadline = Deadlines
reminder-category-event = Events
reminder-category-agenda = Event-day agenda
