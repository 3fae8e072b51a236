## /broadcast and /broadcasts: organizer announcements.

broadcast-ask-audience = Who should receive the announcement?
broadcast-audience-everyone = Everyone
broadcast-audience-participants = Participants
broadcast-audience-leads = Team leads
broadcast-audience-mentors = Mentors
broadcast-audience-nosub = Teams yet to submit
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
broadcast-text-expected = Write the text of the announcement here. You can attach a file after the texts.
broadcast-ask-file = Attach a file to the announcement, or send it without one. A document (PDF, Word, PowerPoint, Excel, or a picture sent as a file) may have up to { $document_mb } MB, a photo (JPEG or PNG) up to { $photo_mb } MB. It goes with every language version.
broadcast-button-no-file = No attachment
broadcast-button-keep-file = Keep the file
broadcast-file-expected = Send the document or photo to attach here, or press "No attachment".
broadcast-file-kind = Only a document or a photo can be attached.
broadcast-file-unknown = This file cannot be attached: whatever its name says, it is not a PDF, a Word, PowerPoint or Excel file (docx, pptx, xlsx), or a JPEG or PNG picture. Send another file.
broadcast-photo-unknown = Only JPEG and PNG pictures can go as photos. Send another picture, or send it as a file.
broadcast-photo-shape = { $platform } cannot show a picture of { $width } × { $height } pixels as a photo: width and height may add up to { $most }, and one side may be at most { $ratio } times the other. Send it as a file instead.
broadcast-file-empty = The file is empty. Send another one.
broadcast-file-too-large = The file is too large: { $size_mb } MB. { $limit }
broadcast-file-too-large-unsized = The file is too large. { $limit }
broadcast-limit-any = Attachments may have up to { $max_mb } MB. Send a smaller file.
broadcast-limit-fetch = The bot can fetch files of up to { $max_mb } MB from { $platform }. Send a smaller file.
broadcast-limit-upload = { $platform } takes files of up to { $max_mb } MB, and some recipients read the announcement there. Send a smaller file.
broadcast-limit-photo = { $platform } takes photos of up to { $max_mb } MB, and some recipients read the announcement there. Send a smaller picture, or send it as a file.
broadcast-platform-telegram = Telegram
broadcast-platform-messenger = Messenger
broadcast-list-file = #{ $number } carries the file { $name }
broadcast-list-photo = #{ $number } carries the photo { $name }
broadcast-preview-version = This is what readers of the { $language } version will receive:
broadcast-preview-line = { $language } via { $channel }: { $count }
broadcast-preview =
    Program: { $program }
    Recipients: { $total }
    { $lines }
    Blocked the bot (will not receive it): { $blocked }
broadcast-button-now = Send now
broadcast-button-later = Schedule
broadcast-ask-when = When should it go out? Write the date and time in your time zone, like { $example }.
broadcast-bad-time = I could not read that time. Write it like 2024-11-20 18:30.
broadcast-time-past = That time has already passed. Choose a time in the future.
broadcast-queued = Broadcast #{ $number } is on its way to { $count } people. I will show the progress here.
broadcast-scheduled = Broadcast #{ $number } is scheduled for { $at }. Its audience is counted when it starts; now it would reach { $count } people. You can edit or cancel it until then.
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
    Broadcasts of { $program }:
    { $lines }
broadcast-list-line = #{ $number } { $at } · { $audience } · { $state } · sent { $sent } / { $total } · failed { $failed } · blocked { $blocked } · waiting { $waiting } · read on Messenger { $read }
broadcast-state-scheduled = scheduled
broadcast-state-sending = sending
broadcast-state-done = done
broadcast-state-cancelled = cancelled
