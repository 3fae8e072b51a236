## The helpdesk: questions to the organizers (/ask), their answers, /helpdesk.

help-ask = /ask: ask the organizers a question
help-helpdesk = /helpdesk: the open questions (/helpdesk stats, /helpdesk export)
menu-ask = Ask the organizers

helpdesk-no-program = Choose the program you follow first (/program), then ask again with /ask.
helpdesk-ask-question = What would you like to ask the organizers? Write your question in one message. You may also send a file or a photo, with the question as its caption.
helpdesk-ask-words = I have your file { $name }. Now write your question in words, please.
helpdesk-text-empty = Please write a few words.
helpdesk-text-too-long = That is { $length } characters; a message may have at most { $max }. Please shorten it, or send it in parts.
helpdesk-faq-found =
    The program's FAQ may already answer this:
    { $entries }
    Does it answer your question?
helpdesk-faq-entry =
    ❓ { $question }
    💬 { $answer }
helpdesk-button-answered = This answers it
helpdesk-button-send = Send to organizers
helpdesk-faq-glad = Glad it helped. If anything is still unclear, ask again with /ask.
helpdesk-ask-file = Would you like to add a file or a photo (PDF, Word, PowerPoint, Excel, JPEG or PNG, up to { $max_mb } MB)? Send it now, or press No file.
helpdesk-button-no-file = No file
helpdesk-file-expected = Please send a file or a photo, or press No file.
helpdesk-file-kind = Here I can take a document or a photo (not a video, audio or voice message).
helpdesk-file-empty = That file is empty.
helpdesk-file-too-large = That file is too large: here a file may have at most { $max_mb } MB.
helpdesk-file-unknown = I can take PDF, Word, PowerPoint and Excel files and JPEG or PNG pictures; this file is none of them.
helpdesk-ask-about = Is the question about your team { $team }, or personal?
helpdesk-button-about-team = About the team
helpdesk-button-about-personal = Personal
helpdesk-confirm =
    Your question ({ $about }):
    { $text }
    File: { $file }

    Send it to the organizers?
helpdesk-confirm-no-file = none
helpdesk-button-confirm = Send
helpdesk-about-team = about the team { $team }
helpdesk-about-personal = personal
helpdesk-sent = Sent to the organizers as question #{ $number }. Their answer will come here, in this chat.
helpdesk-sent-nobody-yet = Kept as question #{ $number }. The program has no organizers in the bot yet: they will see it when they join, and their answer will come here.

helpdesk-someone = no name
helpdesk-new =
    New question #{ $number } from { $asker } ({ $about }, in { $language }):
    { $text }
helpdesk-button-show = #{ $number }
helpdesk-button-claim = Claim
helpdesk-button-take-over = Take over
helpdesk-button-reply = Reply
helpdesk-button-close = Close
helpdesk-claimed-notice = Question #{ $number } was claimed by { $name }.
helpdesk-claimed = Question #{ $number } is yours now. Press Reply to answer it.
helpdesk-yours-already = Question #{ $number } is already yours.
helpdesk-claimed-by = Question #{ $number } was claimed by { $name }. To answer it yourself, take it over (they will be told).
helpdesk-already-closed = Question #{ $number } is closed.
helpdesk-closed = Done: question #{ $number } is closed. The person who asked is told.
helpdesk-reply-prompt =
    Question #{ $number } from { $asker }:
    { $text }

    Write your answer now: your next message (text, a file or a photo) goes to them as it is.
helpdesk-reply-sent = Sent to { $asker } as the answer to question #{ $number }.
helpdesk-asker-gone = The person who asked question #{ $number } deleted their data: there is nobody to answer.

helpdesk-answer =
    The organizers answer your question #{ $number }:

    { $text }
helpdesk-button-write-back = Write back
helpdesk-button-solved = Solved, close it
helpdesk-more-prompt = Write your message about question #{ $number }: your next message (text, a file or a photo) goes to the organizer who answered.
helpdesk-more-sent = Sent to the organizers, in question #{ $number }.
helpdesk-asker-closed = Question #{ $number } is closed. To ask something new, send /ask.
helpdesk-you-closed = Thank you: question #{ $number } is closed.
helpdesk-follow-up =
    { $asker } writes again in question #{ $number }:
    { $text }
helpdesk-closed-by-desk = The organizers closed your question #{ $number }. To ask something new, send /ask.
helpdesk-closed-by-asker = Question #{ $number } was closed by the person who asked ({ $asker }): it is solved.
helpdesk-closed-by-other = Question #{ $number } was closed by { $name }.
helpdesk-remind =
    Question #{ $number } from { $asker } has waited { $waiting } without an answer:
    { $text }
helpdesk-deferred = Your answer to question #{ $number } has not reached { $asker } yet: on their platform a person's answer may go only within 7 days of their last message. Their last message: { $last }. It goes by itself as soon as they write to the bot again.
helpdesk-file-only = (a file: { $name })
helpdesk-deleted = (deleted by the person)

helpdesk-list-empty = No open questions.
helpdesk-list =
    Open questions ({ $count }), unclaimed first, then the oldest:
    { $threads }
helpdesk-line-organizers = #{ $number } · waiting { $waiting } · { $state } · { $who }: { $excerpt }
helpdesk-line-person = #{ $number } · answered { $waiting } ago · { $who }: { $excerpt }
helpdesk-who = { $asker }
helpdesk-who-team = { $asker } (team { $team })
helpdesk-state-unclaimed = unclaimed
helpdesk-state-claimed = claimed by { $name }
helpdesk-state-answered = answered
helpdesk-state-closed = closed
helpdesk-stats =
    The helpdesk in figures:
    Open: { $open } (not answered yet: { $unanswered }); closed: { $closed }
    Median time to the first answer: { $first_answer }
    Median time to close: { $close }
    Waiting longest:
    { $slowest }
helpdesk-stats-none = none yet
helpdesk-stats-no-waiting = nobody is waiting
helpdesk-export = { $count ->
        [one] The one question
       *[other] All { $count } questions
    } with their messages (times in UTC).
helpdesk-usage = /helpdesk lists the open questions, /helpdesk stats shows how fast they are answered, /helpdesk export sends them all as a CSV file.
helpdesk-thread =
    Question #{ $number } from { $asker } ({ $about }, in { $language }), { $state }
    Messages ({ $clock }):
    { $messages }
helpdesk-thread-line = { $at } { $who }: { $text }
helpdesk-side-asker = the person who asked
helpdesk-side-organizer = { $name } (organizers)
helpdesk-thread-deleted = Question #{ $number } was deleted by the person who asked, on { $at }: its texts are gone.

helpdesk-privacy-asked = { $count ->
        [one] Helpdesk: 1 question you asked, with everything written in it
       *[other] Helpdesk: { $count } questions you asked, with everything written in them
    }
helpdesk-privacy-answered = { $count ->
        [one] Helpdesk: 1 answer you wrote as an organizer (it stays in the asker's question; your name is removed)
       *[other] Helpdesk: { $count } answers you wrote as an organizer (they stay in the askers' questions; your name is removed)
    }

## The dashboard's Helpdesk page.

helpdesk-dash-page = Helpdesk
helpdesk-dash-export = Helpdesk questions with their messages
helpdesk-dash-open = Open questions ({ $count })
helpdesk-dash-figures = Answer times
helpdesk-dash-stat-open = Open
helpdesk-dash-stat-unanswered = Not answered yet
helpdesk-dash-stat-closed = Closed
helpdesk-dash-col-first-answer = Median time to the first answer
helpdesk-dash-col-close = Median time to close
helpdesk-dash-slowest = Waiting longest for an answer:
helpdesk-dash-col-question = Question
helpdesk-dash-col-asker = Asked by
helpdesk-dash-col-age = Age
helpdesk-dash-col-about = About
helpdesk-dash-col-opened = Asked
helpdesk-dash-col-author = From
helpdesk-dash-col-message = Message
helpdesk-dash-value = { $value }
helpdesk-dash-waiting-organizers = waiting { $length } for an answer
helpdesk-dash-waiting-person = answered { $length } ago
helpdesk-dash-back = ← All questions
helpdesk-dash-thread = Question #{ $number }
helpdesk-dash-erased = The person who asked deleted their data on { $at }: the texts are gone.
helpdesk-dash-taken = This question is claimed by { $name }. Sending an answer takes it over (they are told).
helpdesk-dash-answer = Your answer (it goes to the person as you write it)
helpdesk-dash-button-send = Send the answer
helpdesk-dash-button-take-over-send = Take over and send
helpdesk-dash-confirm-close = Close question #{ $number }? The person who asked is told.
helpdesk-dash-unknown = There is no such question in your program.
helpdesk-dash-claimed = Question #{ $number } is yours now.
