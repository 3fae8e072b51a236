## /broadcast and /broadcasts: organizer announcements.

broadcast-ask-audience = Who should receive the announcement?
broadcast-audience-everyone = Everyone in the program
broadcast-audience-participants = Participants
broadcast-audience-leads = Team leads
broadcast-audience-mentors = Mentors
broadcast-audience-nosub = Teams with no submission for a stage
broadcast-audience-team = One team
broadcast-audience-me = Only me (a test)
broadcast-ask-stage = Which stage? Members of teams that have not submitted for it will receive the announcement.
broadcast-ask-team = Which team?
broadcast-no-teams = There are no teams in the program yet. Go back and choose another audience.
broadcast-language-mn = Mongolian
broadcast-language-ja = Japanese
broadcast-language-en = English
broadcast-ask-text = Write the announcement in { $language }, or skip it: readers then get another language version.
broadcast-button-skip = Skip
broadcast-empty-text = The announcement is empty. Write its text.
broadcast-too-long = The announcement is too long: { $length } characters, at most { $limit }. Shorten it and send it again.
broadcast-need-text = Write the announcement in at least one language.
broadcast-preview-version = This is what readers of the { $language } version will receive:
broadcast-preview-line = { $language } via { $channel }: { $count }
broadcast-preview =
    Recipients: { $total }
    { $lines }
    Blocked the bot (will not receive it): { $blocked }
broadcast-button-now = Send now
broadcast-button-later = Schedule
broadcast-ask-when = When should it go out? Write the date and time in your time zone, like { $example }.
broadcast-bad-time = I could not read that time. Write it like 2024-11-20 18:30.
broadcast-time-past = That time has already passed. Choose a time in the future.
broadcast-queued = Broadcast #{ $number } is on its way to { $count } people. I will show the progress here.
broadcast-scheduled = Broadcast #{ $number } to { $count } people is scheduled for { $at }.
broadcast-progress = Broadcast #{ $number }: sent { $sent } / { $total } · failed { $failed } · blocked { $blocked } · waiting { $waiting } · about { $left } left
broadcast-report =
    Broadcast #{ $number } is finished.
    Sent: { $sent } / { $total }
    Failed: { $failed }
    Blocked the bot: { $blocked }
    Waiting until they write to the bot (Messenger): { $deferred }
broadcast-button-stop = Stop the broadcast
broadcast-button-csv = Report (CSV)
broadcast-button-csv-of = Report of #{ $number } (CSV)
broadcast-csv = Every recipient of broadcast #{ $number } and their status.
broadcast-cancelled = Broadcast #{ $number } is stopped: { $cancelled } messages will not be sent; { $sent } were already delivered.
broadcast-already-over = Broadcast #{ $number } is already over.
broadcast-none = There have been no broadcasts yet.
broadcast-list =
    Broadcasts:
    { $lines }
broadcast-list-line = #{ $number } { $at } · { $audience } · { $state } · sent { $sent } / { $total } · failed { $failed } · blocked { $blocked } · waiting { $waiting }
broadcast-state-scheduled = scheduled
broadcast-state-sending = sending
broadcast-state-done = done
broadcast-state-cancelled = cancelled
