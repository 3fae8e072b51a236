help-report = /report: your team's progress report for the current period
help-kpis = /kpis: the program's indicators per team and in total, with a workbook and a chart (organizers)

progress-not-planned = This program asks for no progress reports.
progress-team-not-reporting = Team “{ $team }” does not report progress in this program.
progress-none-yet = The first progress report is asked for on { $opens }.
progress-closed =
    The progress report of { $period } closed on { $closed }: it can no longer be sent or corrected.
    The next one opens on { $opens }.
progress-closed-last = The progress report of { $period } closed on { $closed }: it can no longer be sent or corrected. It was the program's last one.
progress-closed-now = The period closed on { $closed }, so this report can no longer be sent. Nothing was saved.
progress-gone = This report is no longer asked for (the program changed). Nothing was saved.
progress-not-in-team = You are no longer in this team, so the report was not sent.

progress-ask =
    { $index }/{ $count }. { $name }
    { $lines }
progress-hint-count = Type a whole number (0 or more).
progress-hint-count-new = Type how many are new since the last report (a whole number, 0 or more).
progress-hint-money = Type the amount in { $currency } (for example 12500).
progress-hint-money-new = Type the amount in { $currency } that is new since the last report (for example 12500).
progress-hint-percent = Type a percent from 0 to 100.
progress-hint-yes_no = Press Yes or No.
progress-hint-text = Type a few sentences, or press Skip.
progress-earlier-total = Reported so far: { $value }
progress-earlier-level = Last report: { $value }
progress-current = In this report now: { $value }

progress-error-count = Please type a whole number, 0 or more, such as 3.
progress-error-money = Please type an amount in { $currency } with digits only, such as 12500 or 12500.50.
progress-error-percent = Please type a number from 0 to 100, such as 40.
progress-error-yes-no = Please press Yes or No.
progress-error-too-big = That number is too large. Please check it and type it again.
progress-error-text-empty = Please type some text, or press Skip.
progress-error-text-long = Please keep it under 1000 characters.

progress-button-yes = Yes
progress-button-no = No
progress-button-keep = Keep
progress-button-skip = Skip
progress-button-send = Send the report
progress-button-fill = Fill in the report
progress-button-kpis = Indicators

progress-value-none = –
progress-value-yes = yes
progress-value-no = no
progress-value-money = { $amount } { $currency }
progress-value-percent = { $value }%

progress-summary =
    Progress report of team “{ $team }”, period of { $period }:
    { $lines }
    Send it? You can correct it until { $closes }.
progress-summary-line = • { $name }: { $value }
progress-saved = Thank you: the progress report of team “{ $team }” for { $period } is saved. You can correct it with /report until { $closes }.
progress-updated = The progress report of team “{ $team }” for { $period } is corrected. You can correct it again until { $closes }.

progress-asked = It is time for the progress report of team “{ $team }” (period of { $period }). Please send it by { $closes }.
progress-reminder = Team “{ $team }” has not sent its progress report for { $period } yet. It closes on { $closes } ({ $left } left).
progress-help-notice =
    Team “{ $team }” needs help (progress report of { $period }):
    { $text }

progress-privacy = Progress reports you sent for your team: { $count } (the reports stay with the team; /delete_me removes your name from them).

progress-kpis =
    Indicators for the period of { $period } (closes { $closes })
    Reported: { $reported } of { $teams } teams. Not yet: { $missing }
    Program totals:
    { $totals }
progress-missing-more = { $names } and { $more } more
progress-kpis-teams =
    Per team ({ $legend }):
    { $rows }
progress-workbook = The workbook: a sheet per period, the totals and the answers in words.
progress-workbook-more = The workbook: a sheet per period, the totals and the answers in words ({ $more } more teams than shown above).
progress-nobody-missing = none
progress-team-line = • { $team }: { $values }
progress-team-line-missing = • { $team } (not reported): { $values }
progress-total = • { $name }: { $value }
progress-total-target = • { $name }: { $value } (target { $target })
progress-no-such-period = There is no such period. Periods so far: { $periods }
progress-chart = The indicators over { $periods } periods, per team.
progress-csv = Every reported value as a CSV file.

dash-page-progress = Progress
dash-progress-none = No progress report has been asked for yet in this program.
dash-progress-period = Period
dash-progress-all-teams = All teams
dash-progress-reported = Teams reported
dash-progress-missing = Not reported yet
dash-progress-badge-reported = reported
dash-progress-badge-missing = not yet
dash-progress-col-status = Report
dash-progress-col-indicator = Indicator
dash-progress-col-total = Total
dash-progress-col-target = Target
dash-progress-col-text = Answer
dash-progress-per-team = Per team
dash-progress-totals = Totals
dash-progress-texts = Answers in words
dash-progress-charts = Over the periods
dash-progress-total-series = Total
dash-progress-download-xlsx = Workbook (XLSX)
dash-progress-download-chart = Chart per team (PNG)
dash-export-progress = Progress reports: every reported value

menu-report = Progress report
progress-button-asks-on = Send me the requests
progress-button-asks-off = Stop the requests
progress-asks-on = You will now receive the progress report requests and reminders of team “{ $team }” too. You can stop them with the button below.
progress-asks-off = You will no longer receive the progress report requests of team “{ $team }”. Its lead still receives them, and you can still send the report with /report.
progress-asks-lead = As the lead of team “{ $team }” you always receive the progress report requests.
progress-privacy-asks = You asked to receive the progress report requests of your team; /delete_me or the Stop the requests button turns this off.
progress-help-opened = Your request for help also went to the organizers' helpdesk as question #{ $number }. Their answer will come here, in this chat.
progress-help-added = Your corrected request for help was added to helpdesk question #{ $number }.

## Program-level indicators other features count (event day, matching), in /kpis and on the page
progress-program-heading = Program-level indicators
progress-program-indicators =
    Program-level indicators (as of now):
    { $groups }
progress-program-group =
    { $title }:
    { $lines }
progress-program-line = • { $name }: { $value }
dash-progress-col-value = Value
