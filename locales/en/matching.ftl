## Co-creation matching: the project showcase, visitors, introductions and leads.

help-showcase = /showcase: choose what visitors see of your project and publish it (lead)
help-unpublish = /unpublish: take your project off the showcase (lead)
help-projects = /projects: browse the projects and ask a team for an introduction
help-visitor-profile = /visitor_profile: change your visitor profile and the contact you share
help-leads = /leads: every introduction request with its state, per team and organization, CSV/XLSX (organizers)

match-need-technology = Technology
match-need-investment = Investment
match-need-dist-japan = Sales in Japan
match-need-dist-mongolia = Sales in Mongolia
match-need-research = Research
match-need-pilot = Pilot site
match-need-other = Other
match-line-need = • { $need }
match-button-need = { $chosen ->
    [yes] ✓ { $need }
   *[other] { $need }
}
match-numbered = { $n }. { $label }
match-language-mn = Mongolian
match-language-ja = Japanese
match-language-en = English

match-contact-email = E-mail: { $value }
match-contact-phone = Phone: { $value }
match-contact-chat = Chat: { $value }
match-contact-kind-email = E-mail
match-contact-kind-phone = Phone
match-contact-kind-chat = Chat handle

match-button-keep = Keep this title
match-button-skip = Skip
match-button-done = Done
match-button-deck-yes = Show the deck
match-button-deck-no = Do not show it
match-button-publish = Publish
match-button-approve = Approve
match-button-send-back = Send back
match-button-agree = I agree
match-button-by-sdg = Filter by SDG
match-button-by-need = Filter by need
match-button-all = All projects
match-button-request = Ask to meet
match-button-deck = Deck
match-button-back-list = Back to the list
match-button-accept = Accept
match-button-decline = Decline
match-button-ask = Ask the organizers
match-button-share-email = Share the e-mail
match-button-share-phone = Share the phone
match-button-no-reason = No reason
match-button-propose = Propose a meeting
match-button-csv = CSV
match-button-xlsx = XLSX
match-sdg-button = SDG { $number }

match-card =
    { $title }
    Team: { $team }
    { $pitch }
    SDGs:
    { $sdgs }
    Looking for:
    { $needs }
    Details: { $note }

## Publishing (/showcase)

match-may-not-publish = Your team cannot publish its project yet: this program shows the projects of the teams selected in its screening once the results are published.
match-showcase-published = Your project is on the showcase now:

    { $card }

    Answer the questions below to change it, or press Cancel to keep it as it is.
match-showcase-pending = Your project is waiting for an organizer's approval:

    { $card }

    Answer the questions below to change it, or press Cancel to keep it as it is.
match-ask-title = What is the project's title for visitors (at most { $max } characters)? Now: { $title }
match-title-invalid = Please write a title of 1 to { $max } characters.
match-ask-pitch-mn = Write a short pitch in Mongolian (at most { $max } characters). Write it yourself: nothing is machine-translated.
match-ask-pitch-ja = Now the same pitch in Japanese (at most { $max } characters).
match-ask-pitch-en = And in English, if you like (at most { $max } characters), or press Skip.
match-pitch-invalid = A pitch has 1 to { $max } characters; this one has { $length }. Please shorten it.
match-ask-needs =
    What is your team looking for? Press each that applies, then Done, or type the numbers (1, 3):
    { $needs }
match-needs-invalid = Please type numbers from 1 to { $max }, separated by commas.
match-needs-choose-one = Please choose at least one.
match-ask-note = One line on what you look for, for visitors (at most { $max } characters), or press Skip.
match-note-invalid = Please write 1 to { $max } characters.
match-ask-deck = Should visitors be able to open your latest deck?
match-preview-pitch = { $language }: { $pitch }
match-preview-deck-yes = Visitors can open your latest deck.
match-preview-deck-no = Your deck stays private.
match-ask-confirm =
    This is what visitors will see:

    { $card }

    Pitches:
    { $pitches }
    { $deck }

    Nothing is public until you press Publish.
match-published = Your project is on the showcase. Visitors can find it with /projects.
match-sent-for-approval = Thank you. An organizer will check your project before visitors see it; you will be told.
match-review =
    Team { $team } asks to publish its project:

    { $card }
match-approved = Team { $team }'s project is published.
match-sent-back = Team { $team }'s project was sent back to its lead.
match-approved-lead = Your project "{ $title }" is approved and on the showcase now.
match-sent-back-lead = An organizer sent your project "{ $title }" back. Please contact the organizers, then send /showcase again.
match-review-done = This project has already been reviewed.
match-not-published = Your project is not on the showcase.
match-unpublished = Your project is off the showcase. Requests already made stay open for an answer.

## Visitors

match-visitor-intro = Welcome! To ask teams for an introduction, please tell us who you are. It takes a minute.
match-visitor-ask-name = Your name?
match-visitor-name-invalid = Please write your name (1 to { $max } characters).
match-visitor-ask-org = Your organization (company, university, fund)?
match-visitor-org-invalid = Please write your organization's name (1 to { $max } characters).
match-visitor-ask-country = Where is your organization based?
match-visitor-ask-offers =
    What can you offer a team? Press each that applies, then Done, or type the numbers (1, 3):
    { $needs }
match-visitor-ask-contact-kind = Which contact may we give a team once it accepts your request?
match-visitor-ask-email = Your e-mail address?
match-visitor-ask-phone = Your phone number, with the country code (+81…)?
match-visitor-ask-chat = Your chat handle (Telegram, LINE, Messenger…)?
match-visitor-email-invalid = That does not look like an e-mail address. Please type it again.
match-visitor-phone-invalid = That does not look like a phone number. Please type digits, with the country code.
match-visitor-chat-invalid = Please write your chat handle (at most { $max } characters).
match-visitor-consent = We keep your name, organization, country, what you offer and your contact. A team sees your name, organization, offer and message when you ask for an introduction; your contact only once its lead accepts. Organizers see every request. /delete_me removes it all.
match-visitor-welcome = Thank you, { $name }. Here are the projects.

## Browsing

match-list =
    { $count ->
        [one] One project
       *[other] { $count } projects
    }{ $filters }:
    { $projects }
    ★ needs what you offer. Press a project for its details.
match-list-line = { $n }. { $title } (team { $team })
match-list-line-match = { $n }. ★ { $title } (team { $team })
match-filter-sdg = {" "}· SDG { $number }
match-filter-need = {" "}· { $need }
match-filter-both = {" "}· SDG { $number } · { $need }
match-list-empty = No project is published yet. Please look again later.
match-list-empty-filtered = No project matches{ $filters }.
match-choose-sdg =
    Which goal?
    { $goals }
match-choose-need = Which need?
match-project-gone = This project is not on the showcase (any more).
match-no-deck = This project has no deck to show.
match-deck = The team's latest deck.
match-deck-link = The team's latest deck: { $url }

## Introductions

match-ask-message = Write a short message to the team of "{ $title }": who you are and why you want to meet (at most { $max } characters).
match-message-invalid = A message has 1 to { $max } characters; this one has { $length }.
match-too-many-open = You already have { $max } requests waiting for an answer. Please wait for an answer before you ask another team.
match-already-requested = You have already asked the team of "{ $title }"; your request is waiting for an answer.
match-requested = Your request for "{ $title }" is sent. The team lead answers by { $until }; if not, the request expires and you will be told.
match-request-to-lead =
    An introduction request for "{ $title }":
    From: { $name }, { $organization } ({ $country })
    Offers:
    { $offers }
    Message: { $message }

    Your contact is shared only if you accept. Please answer by { $until }.
match-not-your-request = Only the lead of the team that was asked can see and answer this request.
match-request-accepted = This request has already been accepted.
match-request-declined = This request has already been declined.
match-request-expired = This request has expired.
match-team-no-contact = Your team has no e-mail or phone to share. Add one with /edit_team, then press Accept again.
match-ask-share =
    Which contact of your team do you share?
    { $contacts }
match-accepted-lead =
    You accepted. Your contact is on its way. The visitor:
    { $name }, { $organization }
    { $contact }

    A suggested first step: propose up to 3 times for a first meeting.
match-accepted-visitor =
    Good news: the team of "{ $title }" (team { $team }) accepted your request.
    { $name }, { $organization }
    { $contact }

    The team lead will propose times for a first meeting.
match-ask-decline-note = Write a reason for the visitor if you like, or press No reason: they get a polite note.
match-declined-lead = Declined. The visitor gets a polite note.
match-declined-visitor = Thank you for your interest in "{ $title }". The team cannot take up your request at this time. Other projects are waiting in /projects.
match-declined-visitor-note =
    Thank you for your interest in "{ $title }". The team cannot take up your request at this time. Their note:
    { $note }
match-asked-organizers = Your question went to the organizers' helpdesk as question #{ $number }. Their answer will come here, in this chat. You can still answer the request.
match-ask-organizers-question = Write your question to the organizers about this request (up to { $max } characters). Their answer will come here, in this chat.
match-ask-to-organizers =
    Team { $team } (lead: { $lead }) asks the organizers about an introduction request:
    From: { $name }, { $organization }
    Message: { $message }
    Their question is helpdesk question #{ $number }: answer it with /helpdesk.
match-expired-visitor = Your request for "{ $title }" got no answer in { $days } days and has expired. Other projects are waiting in /projects.
match-meeting-proposed = Your times are sent. The visitor chooses one.
match-meeting-offer =
    Team { $team } proposes times for a first meeting (1 hour):
    { $times }
    Press the time that suits you.
match-meeting-set = A first meeting is set for { $at } with { $other }.
match-meeting-already = A first meeting is already set for { $at }.

## Leads (/leads)

match-leads-none = No introduction request yet.
match-state-open = waiting
match-state-accepted = accepted
match-state-declined = declined
match-state-expired = expired
match-leads-no-answer = —
match-leads =
    Introductions: { $requested } requested, { $accepted } accepted, { $declined } declined, { $open } waiting, { $expired } expired.
    First meetings: { $arranged } arranged, { $held } held. Median time to answer: { $median }.

    Requests:
    { $requests }

    Per team:
    { $teams }

    Per visitor organization:
    { $organizations }
match-leads-line = #{ $n } { $organization } ({ $visitor }) → { $team }, "{ $title }": { $state }, asked { $asked }
match-leads-line-answered = #{ $n } { $organization } ({ $visitor }) → { $team }, "{ $title }": { $state } after { $took }
match-leads-group-line = { $name }: { $requested } requested, { $accepted } accepted, { $declined } declined, { $open } waiting, { $expired } expired
match-export-leads = Introduction requests (co-creation matching)
match-leads-file = Every introduction request, one per line.

## /privacy

match-privacy-visitor =
    Visitor profile: { $name }, { $organization }; { $contact }
    Offers:
    { $offers }
match-privacy-requests = Introduction requests: { $count }

## The broadcast audience of visitors

broadcast-audience-visitors = Visitors
broadcast-ask-offer = Which visitors? All, or those offering one kind of help.
broadcast-visitors-all = All visitors

## The public page /projects

match-web-title = Projects looking for partners
match-web-intro = Teams of Mongolian and Japanese co-creation projects and what they look for. Open a project in the chat to ask its team for an introduction.
match-web-team = Team { $team }
match-web-sdgs = Sustainable Development Goals
match-web-needs = Looking for
match-web-contact = Contact through the bot:
match-web-language-mn = Монгол
match-web-language-ja = 日本語
match-web-language-en = English

## Program-level indicators in the progress KPI report (/kpis)
match-indicators-title = Introductions (co-creation matching)
match-indicator-requested = Requested
match-indicator-accepted = Accepted
match-indicator-meetings-held = First meetings held
