## Selection rounds: judges, assignment, scoring, ranking, decisions, results.

help-invite-judge = /invite_judge: a single-use invite for a judge (organizers)
help-judge-profile = /judge_profile: the organizations you work for or with (judges)
help-judge = /judge: the teams you score, done and to do (judges)
help-rounds = /rounds: the selection rounds, their state; open or close judging (organizers)
help-assign-judges = /assign_judges ROUND: spread the round's teams across the judges (organizers)
help-swap-judge = /swap_judge ROUND: put another judge on a team (organizers)
help-ranking = /ranking ROUND: teams by score, ties and disagreements, CSVs (organizers)
help-decide = /decide ROUND: selected, waitlisted or not selected, awards (organizers)
help-publish-results = /publish_results ROUND: preview and send every team its result (organizers)

role-judge = judge
role-as-judge = a judge
role-granted-judge = Welcome, you are now a judge of this program.

sel-lines = { $lines }
sel-none = none
sel-no-rounds = This program has no selection rounds.
sel-round-button = Round { $n }
sel-round-line = { $n }. { $round } ({ $id })
sel-choose-round =
    Which round?
    { $rounds }
sel-outcome-selected = selected
sel-outcome-waitlisted = waitlisted
sel-outcome-not_selected = not selected
sel-outcome-none = not decided
sel-outcome-moved-up = Move up to selected
sel-language-mn = Mongolian
sel-language-ja = Japanese
sel-language-en = English

## Judges

sel-ask-organizations = Which organizations do you work for or with? Teams of these organizations will not be given to you. Type their names separated by commas, or press the button if there are none.
sel-ask-organizations-again =
    Your organizations now: { $organizations }
    Type the new list, separated by commas, or press the button if there are none.
sel-button-no-organization = None
sel-organizations-invalid = Please type at most { $most } names separated by commas, each at most { $chars } characters.
sel-organizations-saved = Thank you. Teams of these organizations will not be given to you: { $organizations }. Send /judge to see your teams once the organizers have assigned them.
sel-organizations-none = Thank you. Send /judge to see your teams once the organizers have assigned them.
sel-privacy-organizations = Your organizations (as a judge): { $organizations }
sel-privacy-scores = Your scores as a judge: { $n ->
    [one] one team
   *[other] { $n } teams
}

## Rounds

sel-rounds =
    Selection rounds:
    { $lines }
sel-rounds-line =
    { $n }. { $round } ({ $id }): { $judged }{ $event ->
        [none] {""}
       *[other] , { $event }
    }
       Judging { $opens } – { $closes }: { $state ->
        [planned] not open yet
        [open] open
        [closed] closed
       *[published] results published
    }
       Teams: { $teams } · judges: { $judges } · scores in: { $scores } of { $assigned }{ $target ->
        [0] {""}
       *[other] {" "}· to select: { $target }
    }
sel-judged-stage = decks of «{ $stage }»
sel-judged-live = live pitches
sel-button-open = Open round { $n } now
sel-button-close = Close round { $n } now
sel-round-opened = Judging of { $round } is open now, until { $closes }. The judges with teams have been told.
sel-round-closed = Judging of { $round } is closed. Scores are final: see /ranking { $id }.
sel-round-not-planned = Judging of { $round } has already opened.
sel-round-not-open = Judging of { $round } is not open.
sel-judging-opened = Judging of { $round } is open: { $n ->
    [one] one team is waiting for you
   *[other] { $n } teams are waiting for you
}, until { $closes }. Send /judge to start.

## Assignment

sel-assign-no-teams = No team can be judged in { $round } yet (in a round on a stage, only teams that handed in a deck are judged).
sel-assign-no-judges = There are no judges in this program yet. Invite them with /invite_judge.
sel-assign-closed = Judging of { $round } is closed: assignments can no longer change.
sel-assigned =
    { $round }: teams: { $teams }, judges per team: { $per_team }. Assignments made: { $added }, removed: { $dropped }.
    Teams per judge:
    { $judges }
    Teams:
    { $lines }
    { $short }
sel-assign-judge-line = • { $name }: { $n }
sel-assign-team-line = • { $team }: { $judges }
sel-assign-short-line = ⚠ { $team } lacks { $n ->
    [one] one judge
   *[other] { $n } judges
} (conflicts): use /swap_judge or invite another judge.
sel-assign-short-none = Every team has its judges.
sel-button-swap = Swap a judge
sel-judge-assigned = You have { $n ->
    [one] one team
   *[other] { $n } teams
} to score in { $round }. Judging opens { $opens } and closes { $closes }.
sel-button-queue = My teams
sel-judge-unassigned = An organizer gave one of your teams in { $round } to another judge. Send /judge to see your teams.
sel-swap-ask-team = Which team gets another judge? Press it or type its name.
sel-swap-no-such-team = No assigned team has that name. Press a team or type its name exactly.
sel-swap-ask-out = Who should stop judging { $team }? Their scores for it are removed.
sel-judge-button = { $name }
sel-swap-ask-in =
    Who should judge { $team } instead? Teams each judge has now:
    { $judges }
sel-swap-nobody = No other judge may judge { $team } (conflicts or already on the team). Invite another judge with /invite_judge.
sel-swap-none-assigned = Nobody is assigned in { $round } yet: send /assign_judges { $id } first.
sel-swapped = { $name } judges { $team } now, instead of { $out }. Both have been told.

## Scoring

sel-queue-empty = You have no teams to score right now.
sel-queue =
    { $round }: { $state ->
        [planned] judging opens { $opens }
        [open] judging closes { $closes }
       *[other] judging closed { $closes }; your scores are final
    }
    Done { $done } of { $total }:
    { $lines }
sel-queue-line-done = ✓ { $team }: { $title }
sel-queue-line-todo = • { $team }: { $title }
sel-queue-button-done = ✓ { $team }
sel-queue-button-todo = { $team }
sel-named-team = { $team }
sel-blind-team = Project { $n }
sel-not-your-team = This team is not in your queue.
sel-judging-not-open = Judging of { $round } opens { $opens }.
sel-judging-closed = Judging of { $round } closed { $closes }. Scores can no longer change.
sel-judging-ended = This scoring has ended. Send /judge to see your teams.
sel-scores-read-only =
    Your scores (read-only):
    { $summary }
sel-team-view =
    { $round }: { $team }
    Project: { $title }
    { $description }
    SDGs:
    { $sdgs }
    Organizations:
    { $organizations }
    Members:
    { $members }
sel-team-view-blind =
    { $round }: { $team } (names are hidden in this round)
    Project: { $title }
    { $description }
    SDGs:
    { $sdgs }
sel-member-line = • { $name }
sel-no-deck = This team has no deck for the round.
sel-deck = The team's deck, version { $version }.
sel-deck-link = The team's deck, version { $version }: { $url }
sel-ask-score =
    Criterion { $n } of { $count }: { $criterion } (weight { $weight })
    Score it from { $low } (weak) to { $high } (excellent).
sel-score = { $n }
sel-score-current = ✓ { $n }
sel-button-conflict = I know this team
sel-ask-comment = A comment for the organizers only (optional, at most { $max } characters): type it, or press Skip.
sel-ask-feedback = { $to_team ->
    [yes] One line of feedback for the team (optional, at most { $max } characters). The team reads it with its result, without your name.
   *[other] One line of feedback for the team (optional, at most { $max } characters). This round does not send feedback to teams: only organizers read it.
}
sel-ask-note-current =
    { $question }
    Now: { $current }
sel-button-skip = Skip
sel-button-keep = Keep
sel-button-clear = Remove
sel-note-too-long = Please type at most { $max } characters.
sel-summary =
    Your scores for { $team }:
    { $lines }
    Overall: { $overall } of 5
    Comment for organizers: { $comment }
    Feedback for the team: { $feedback }
sel-summary-line = { $criterion }: { $n } of { $high }
sel-button-save = Save
sel-saved = Saved. You can change these scores until { $closes }.
sel-scoring-cancelled = Nothing was saved; your earlier scores stay as they were.
sel-conflict-ask = Do you know this team (a colleague, a relative, an organization you work with)? It will go to another judge, and any scores you gave it are removed.
sel-button-conflict-yes = Yes, I know them
sel-button-conflict-no = No, go on
sel-conflict-kept = Nothing changed.
sel-conflict-done = Thank you for telling us. The team goes to another judge.
sel-conflict-done-nobody = Thank you for telling us. The team has been taken out of your queue; the organizers will find another judge.
sel-conflict-notice = { $name } knows the team { $team } ({ $round }): it now goes to { $other }.
sel-conflict-notice-nobody = { $name } knows the team { $team } ({ $round }), and no other judge may take it. Invite a judge (/invite_judge), then /swap_judge or /assign_judges.
sel-judge-reminder = Reminder: { $n ->
    [one] one team is
   *[other] { $n } teams are
} still waiting for your scores in { $round }. Judging closes { $closes }, in { $left }.

## Ranking

sel-ranking-empty = No teams are in { $round }.
sel-ranking =
    { $round } ({ $state ->
        [planned] judging not open yet
        [open] judging open
        [closed] judging closed
       *[published] results published
    }): teams: { $teams }, judges: { $judges }, scores in: { $scores }, missing: { $missing }.
    Place. Team: mean of 5 (normalized) · scores · spread · decision
    { $lines }
sel-ranking-line = { $place }.{ $tie ->
        [yes] {" "}(tie)
       *[other] {""}
    } { $team }: { $mean } ({ $z }) · { $n } in{ $missing ->
        [0] {""}
       *[other] , { $missing } missing
    } · spread { $spread }{ $flag ->
        [yes] {" "}⚠ judges disagree
       *[other] {""}
    } · { $outcome ->
        [selected] selected
        [waitlisted] waitlisted
        [not_selected] not selected
       *[other] not decided
    }
sel-ranking-more = … and { $n ->
    [one] one more team
   *[other] { $n } more teams
} in the CSV.
sel-button-decide = Decide
sel-button-scores-csv = CSV: every score
sel-button-ranking-csv = CSV: ranking
sel-csv-ready = { $kind ->
    [ranking] The ranking of { $round }.
   *[other] Every score of { $round }: one row per judge, team and criterion.
}

## Decisions

sel-decide =
    Decisions for { $round }: { $selected } selected, { $waitlisted } waitlisted, { $rejected } not selected, { $undecided } not decided{ $target ->
        [0] .
       *[other] ; the round means to select { $target }.
    }
    { $lines }
    { $published ->
        [yes] The results are published: a team that was not selected can still move up.
       *[other] Press a team to decide, or type «top 7» to select the top 7 (any number). Nothing reaches the teams until /publish_results.
    }
sel-mark-selected = ✓ { $team }
sel-mark-waitlisted = ⏳ { $team }
sel-mark-not_selected = ✗ { $team }
sel-mark-none = { $team }
sel-button-top = Select the top { $n }
sel-button-done = Done
sel-top-done = { $tie ->
    [yes] The top { $n } places are selected: { $selected } teams, as some are tied at the cut. Adjust by pressing a team.
   *[other] The top { $n } teams are selected, the others not. Adjust by pressing a team.
}
sel-decide-no-such-team = No team of this round has that name. Press a team or type its name exactly.
sel-ask-outcome = { $team } is { $current } now. What is your decision?
sel-decided = { $team }: { $outcome }.
sel-decided-award = { $team }: { $outcome }, with the award «{ $award }».
sel-ask-award = An award for { $team }, such as a grant (optional, at most { $max } characters): type it, or press No award.
sel-ask-award-current = { $team } has the award «{ $award }». Type another, keep it, or remove it.
sel-button-no-award = No award
sel-award-invalid = Please type at most { $max } characters.
sel-decide-published = The results of this round are published: a selected team stays selected.
sel-moved-up = { $team } moves up and is now selected in { $round }. Its members are told.
sel-decide-done = Decisions saved. Nothing reaches the teams until you send /publish_results { $id }.

## Publishing

sel-publish-no-teams = No teams are in { $round }.
sel-publish-still-open = Judging of { $round } is open until { $closes }. Close it first (/rounds), then publish.
sel-publish-done-already = The results of { $round } were published { $at }. Nothing is sent twice; a team that moves up is told by itself.
sel-publish-preview =
    The results of { $round } will go to:
    { $lines }
    This is what they will read:
sel-publish-count = • { $outcome }: { $teams ->
    [one] one team
   *[other] { $teams } teams
}, { $people ->
    [one] one person
   *[other] { $people } people
} ({ $languages })
sel-publish-sample =
    ── { $outcome }, in { $language } (for example { $team }) ──
    { $text }
sel-publish-confirm = Send { $messages ->
    [one] one message
   *[other] { $messages } messages
} now?
sel-button-publish = Publish
sel-publish-cancelled = Nothing was sent. The results of { $round } are not published.
sel-published = The results of { $round } are published: { $selected } selected, { $waitlisted } waitlisted, { $rejected } not selected. Messages on their way: { $messages }.
sel-result-selected = Congratulations! Your team { $team } has been selected in the { $round } of { $program }.
sel-result-moved-up = Good news: a place has opened, and your team { $team } is now selected in the { $round } of { $program }.
sel-result-waitlisted = Thank you for taking part in the { $round } of { $program }. Your team { $team } is on the waiting list: if a place opens, we will tell you here.
sel-result-not_selected = Thank you for taking part in the { $round } of { $program }. We are sorry: your team { $team } has not been selected this time.
sel-result-award = Your team also receives: { $award }.
sel-result-next-stage = Next: the stage «{ $stage }», open from { $opens } to { $deadline }.
sel-result-next-event = Next event: { $event }, { $starts }.
sel-result-feedback =
    What the judges wrote for your team:
    { $lines }
sel-feedback-line = • { $text }

## The funnel in other features

sel-team-results =
    Selection:
    { $lines }
sel-team-result = • { $round }: { $outcome }
sel-team-result-award = • { $round }: { $outcome } ({ $award })
sel-submit-out = Your team was not selected in { $round }, so the program's later stages are closed to it. Thank you for taking part.
sel-teams-filter-out = out of the program
sel-teams-button-out = Out of the program
sel-decks-out = { $n ->
    [one] One team out of the program is not counted above.
   *[other] { $n } teams out of the program are not counted above.
}
sel-button-show-out = Count them too
broadcast-audience-selected = Teams selected
broadcast-audience-notselected = Teams not selected
broadcast-audience-judges = Judges
sel-broadcast-ask-round = Which round? (only rounds whose results are published)
sel-broadcast-no-rounds = No round's results are published yet. Go back and choose another audience.

## The Selection page of the dashboard

sel-dash-page = Selection
sel-dash-rounds = Rounds
sel-dash-round = Round: { $round }
sel-dash-round-unknown = That round is not one of this program's.
sel-dash-state-planned = not open yet
sel-dash-state-open = judging open
sel-dash-state-closed = judging closed
sel-dash-state-published = results published
sel-dash-col-round = Round
sel-dash-col-opens = Judging opens
sel-dash-col-closes = Judging closes
sel-dash-col-target = To select
sel-dash-stat-teams = Teams
sel-dash-stat-judges = Judges
sel-dash-stat-scores = Scores in
sel-dash-stat-missing = Scores missing
sel-dash-stat-selected = Selected
sel-dash-judges = Judges' progress
sel-dash-col-judge = Judge
sel-dash-col-assigned = Assigned
sel-dash-col-scored = Scored
sel-dash-col-left = To score
sel-dash-no-judges = No judges are assigned yet: send /assign_judges in the chat.
sel-dash-ranking = Ranking
sel-dash-ranking-note = The mean is weighted, on the 1–5 scale. The normalized column is the mean of each judge's z-scores, so one harsh or lenient judge does not decide the cut. Judges disagree when they are 2 points or more apart on a criterion.
sel-dash-col-place = Place
sel-dash-place = { $place }{ $tie ->
        [yes] {" "}(tie)
       *[other] {""}
    }
sel-dash-col-mean = Mean
sel-dash-col-normalized = Normalized
sel-dash-col-in = Scores
sel-dash-col-missing = Missing
sel-dash-col-spread = Spread
sel-dash-col-disagreement = Judges
sel-dash-disagree = disagree
sel-dash-col-decision = Decision
sel-dash-no-teams = No teams are in this round.
sel-dash-button-select = Select
sel-dash-button-waitlist = Waitlist
sel-dash-button-reject = Not selected
sel-dash-button-move-up = Move up
sel-dash-confirm-move-up = Move { $team } up to selected? Its members are told at once.
sel-dash-decide = Decisions
sel-dash-award = Award (optional, such as a grant)
sel-dash-top-n = How many teams
sel-dash-button-top = Select the top N
sel-dash-confirm-top = Select the top teams and mark every other team not selected?
sel-dash-bad-decision = That team or decision is not one of this round's. Nothing was changed.
sel-dash-bad-top = Please type a whole number of teams, 1 or more.
sel-dash-publish = Publishing
sel-dash-publish-after = The results can be published once judging closes ({ $closes }).
sel-dash-published-at = Results published: { $at }. A team that moves up is told by itself.
sel-dash-confirm-publish = Send every team its result now? { $messages ->
        [one] One message.
       *[other] { $messages } messages.
    }
sel-dash-export-ranking = Selection ranking
sel-dash-export-scores = Selection scores
