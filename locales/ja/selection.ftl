## 選考ラウンド：審査員、割り当て、採点、ランキング、決定、結果の通知

help-invite-judge = /invite_judge：審査員用の1回限りの招待（運営者）
help-judge-profile = /judge_profile：所属・協力先の組織（審査員）
help-judge = /judge：採点するチーム（採点済み・未採点）（審査員）
help-rounds = /rounds：選考ラウンドと状況、審査の開始・締め切り（運営者）
help-assign-judges = /assign_judges ラウンド：ラウンドのチームを審査員に割り当てる（運営者）
help-swap-judge = /swap_judge ラウンド：チームの審査員を交代する（運営者）
help-ranking = /ranking ラウンド：点数順のチーム、同点と評価の割れ、CSV（運営者）
help-decide = /decide ラウンド：採択・補欠・不採択と賞の決定（運営者）
help-publish-results = /publish_results ラウンド：結果のプレビューと各チームへの送信（運営者）

role-judge = 審査員
role-as-judge = 審査員
role-granted-judge = ようこそ。このプログラムの審査員になりました。

sel-lines = { $lines }
sel-none = なし
sel-no-rounds = このプログラムには選考ラウンドがありません。
sel-round-button = ラウンド{ $n }
sel-round-line = { $n }. { $round }（{ $id }）
sel-choose-round =
    どのラウンドですか？
    { $rounds }
sel-outcome-selected = 採択
sel-outcome-waitlisted = 補欠
sel-outcome-not_selected = 不採択
sel-outcome-none = 未決定
sel-outcome-moved-up = 採択に繰り上げ
sel-language-mn = モンゴル語
sel-language-ja = 日本語
sel-language-en = 英語

## 審査員

sel-ask-organizations = ご所属の組織や、協力関係にある組織を教えてください。これらの組織のチームは割り当てられません。組織名を読点かカンマで区切って入力してください。該当がない場合はボタンを押してください。
sel-ask-organizations-again =
    現在の組織：{ $organizations }
    新しい一覧を読点かカンマで区切って入力してください。該当がない場合はボタンを押してください。
sel-button-no-organization = なし
sel-organizations-invalid = 組織名は{ $most }件まで、それぞれ{ $chars }文字以内で、読点かカンマで区切って入力してください。
sel-organizations-saved = ありがとうございます。次の組織のチームは割り当てられません：{ $organizations }。運営者が割り当てた後、/judge で担当チームをご確認ください。
sel-organizations-none = ありがとうございます。運営者が割り当てた後、/judge で担当チームをご確認ください。
sel-privacy-organizations = 審査員としての所属組織：{ $organizations }
sel-privacy-scores = 審査員としての採点：{ $n }チーム

## ラウンド

sel-rounds =
    選考ラウンド：
    { $lines }
sel-rounds-line =
    { $n }. { $round }（{ $id }）：{ $judged }{ $event ->
        [none] {""}
       *[other] 、{ $event }
    }
       審査期間 { $opens }～{ $closes }：{ $state ->
        [planned] 開始前
        [open] 審査中
        [closed] 締め切り済み
       *[published] 結果発表済み
    }
       チーム{ $teams } · 審査員{ $judges } · 採点 { $scores }/{ $assigned }{ $target ->
        [0] {""}
       *[other] {" "}· 採択予定数{ $target }
    }
sel-judged-stage = 「{ $stage }」の資料
sel-judged-live = 当日のピッチ
sel-button-open = ラウンド{ $n }を開始
sel-button-close = ラウンド{ $n }を締切
sel-round-opened = 「{ $round }」の審査を開始しました（{ $closes }まで）。担当チームのある審査員に知らせました。
sel-round-closed = 「{ $round }」の審査を締め切りました。点数が確定しました。/ranking { $id } でご確認ください。
sel-round-not-planned = 「{ $round }」の審査はすでに始まっています。
sel-round-not-open = 「{ $round }」は審査期間中ではありません。
sel-judging-opened = 「{ $round }」の審査が始まりました。担当は{ $n }チームで、{ $closes }までです。/judge から始めてください。

## 割り当て

sel-assign-no-teams = 「{ $round }」で審査できるチームはまだありません（ステージのラウンドでは、資料を提出したチームだけが審査されます）。
sel-assign-no-judges = このプログラムにはまだ審査員がいません。/invite_judge で招待してください。
sel-assign-closed = 「{ $round }」の審査は締め切られたため、割り当ては変更できません。
sel-assigned =
    「{ $round }」：{ $teams }チーム、各チームに審査員{ $per_team }人。新たな割り当て{ $added }件、解除{ $dropped }件。
    審査員ごとのチーム数：
    { $judges }
    チーム：
    { $lines }
    { $short }
sel-assign-judge-line = • { $name }：{ $n }
sel-assign-team-line = • { $team }：{ $judges }
sel-assign-short-line = ⚠ チーム「{ $team }」は審査員が{ $n }人足りません（利害関係のため）。/swap_judge を使うか、審査員を追加で招待してください。
sel-assign-short-none = すべてのチームに審査員がそろいました。
sel-button-swap = 審査員を交代
sel-judge-assigned = 「{ $round }」で採点するチームが{ $n }チーム割り当てられました。審査期間は{ $opens }から{ $closes }までです。
sel-button-queue = 担当チーム
sel-judge-unassigned = 運営者が「{ $round }」の担当チームの一つを別の審査員に移しました。/judge で担当チームをご確認ください。
sel-swap-ask-team = どのチームの審査員を交代しますか？ボタンを押すか、チーム名を入力してください。
sel-swap-no-such-team = その名前の割り当て済みチームはありません。ボタンを押すか、チーム名を正確に入力してください。
sel-swap-ask-out = チーム「{ $team }」の審査から外れるのは誰ですか？その審査員のこのチームへの点数は削除されます。
sel-judge-button = { $name }
sel-swap-ask-in =
    チーム「{ $team }」を代わりに審査するのは誰ですか？現在の担当チーム数：
    { $judges }
sel-swap-nobody = チーム「{ $team }」を審査できる審査員がほかにいません（利害関係、またはすでに担当）。/invite_judge で審査員を招待してください。
sel-swap-none-assigned = 「{ $round }」ではまだ誰も割り当てられていません。先に /assign_judges { $id } を送ってください。
sel-swapped = チーム「{ $team }」の審査は{ $out }さんから{ $name }さんに交代しました。お二人に知らせました。

## 採点

sel-queue-empty = 現在、採点するチームはありません。
sel-queue =
    「{ $round }」：{ $state ->
        [planned] 審査開始は{ $opens }
        [open] 締め切りは{ $closes }
       *[other] { $closes }に締め切り済み（点数は確定）
    }
    採点済み { $done }/{ $total }：
    { $lines }
sel-queue-line-done = ✓ { $team }：{ $title }
sel-queue-line-todo = • { $team }：{ $title }
sel-queue-button-done = ✓ { $team }
sel-queue-button-todo = { $team }
sel-named-team = チーム「{ $team }」
sel-blind-team = プロジェクト{ $n }
sel-not-your-team = このチームはご担当ではありません。
sel-judging-not-open = 「{ $round }」の審査は{ $opens }に始まります。
sel-judging-closed = 「{ $round }」の審査は{ $closes }に締め切られました。点数は変更できません。
sel-judging-ended = この採点は終了しました。/judge で担当チームをご確認ください。
sel-scores-read-only =
    あなたの点数（閲覧のみ）：
    { $summary }
sel-team-view =
    「{ $round }」：{ $team }
    プロジェクト：{ $title }
    { $description }
    SDGs：
    { $sdgs }
    組織：
    { $organizations }
    メンバー：
    { $members }
sel-team-view-blind =
    「{ $round }」：{ $team }（このラウンドでは名前を伏せています）
    プロジェクト：{ $title }
    { $description }
    SDGs：
    { $sdgs }
sel-member-line = • { $name }
sel-no-deck = このチームはこのラウンドの資料を提出していません。
sel-deck = チームのピッチ資料（バージョン{ $version }）です。
sel-deck-link = チームのピッチ資料（バージョン{ $version }）：{ $url }
sel-ask-score =
    評価基準 { $n }/{ $count }：{ $criterion }（重み{ $weight }）
    { $low }（不十分）から{ $high }（非常に優れている）で採点してください。
sel-score = { $n }
sel-score-current = ✓ { $n }
sel-button-conflict = このチームを知っている
sel-ask-comment = 運営者だけが読むコメント（任意、{ $max }文字以内）を入力するか、「スキップ」を押してください。
sel-ask-feedback = { $to_team ->
    [yes] チームへのフィードバックを一言（任意、{ $max }文字以内）。チームは結果とともに、あなたの名前なしで読みます。
   *[other] チームへのフィードバックを一言（任意、{ $max }文字以内）。このラウンドではフィードバックをチームに送らないため、運営者だけが読みます。
}
sel-ask-note-current =
    { $question }
    現在：{ $current }
sel-button-skip = スキップ
sel-button-keep = そのまま
sel-button-clear = 削除
sel-note-too-long = { $max }文字以内で入力してください。
sel-summary =
    { $team }への点数：
    { $lines }
    総合：{ $overall }/5
    運営者へのコメント：{ $comment }
    チームへのフィードバック：{ $feedback }
sel-summary-line = { $criterion }：{ $n }/{ $high }
sel-button-save = 保存
sel-saved = 保存しました。{ $closes }まで点数を変更できます。
sel-scoring-cancelled = 保存しませんでした。以前の点数はそのままです。
sel-conflict-ask = このチームをご存じですか（同僚、親族、協力関係にある組織など）？チームは別の審査員に移り、あなたが付けた点数は削除されます。
sel-button-conflict-yes = はい、知っています
sel-button-conflict-no = いいえ、続ける
sel-conflict-kept = 変更はありません。
sel-conflict-done = お知らせいただきありがとうございます。チームは別の審査員に移りました。
sel-conflict-done-nobody = お知らせいただきありがとうございます。チームを担当から外しました。運営者が別の審査員を探します。
sel-conflict-notice = { $name }さんがチーム「{ $team }」を知っているとのことです（「{ $round }」）。審査は{ $other }さんに移りました。
sel-conflict-notice-nobody = { $name }さんがチーム「{ $team }」を知っているとのことです（「{ $round }」）。ほかに審査できる審査員がいません。審査員を招待し（/invite_judge）、/swap_judge か /assign_judges を使ってください。
sel-judge-reminder = リマインダー：「{ $round }」で、まだ{ $n }チームがあなたの採点を待っています。審査の締め切りは{ $closes }（あと{ $left }）です。

## ランキング

sel-ranking-empty = 「{ $round }」にはチームがありません。
sel-ranking =
    「{ $round }」（{ $state ->
        [planned] 審査開始前
        [open] 審査中
        [closed] 審査締め切り済み
       *[published] 結果発表済み
    }）：{ $teams }チーム、審査員{ $judges }人、採点{ $scores }件、未採点{ $missing }件
    順位. チーム：平均/5（標準化）· 採点数 · ばらつき · 決定
    { $lines }
sel-ranking-line = { $place }.{ $tie ->
        [yes] （同点）
       *[other] {""}
    } { $team }：{ $mean }（{ $z }）· { $n }件{ $missing ->
        [0] {""}
       *[other] 、未採点{ $missing }件
    } · ばらつき{ $spread }{ $flag ->
        [yes] {" "}⚠ 評価が割れています
       *[other] {""}
    } · { $outcome ->
        [selected] 採択
        [waitlisted] 補欠
        [not_selected] 不採択
       *[other] 未決定
    }
sel-ranking-more = …ほか{ $n }チームはCSVにあります。
sel-button-decide = 決定する
sel-button-scores-csv = CSV：全点数
sel-button-ranking-csv = CSV：ランキング
sel-csv-ready = { $kind ->
    [ranking] 「{ $round }」のランキングです。
   *[other] 「{ $round }」の全点数です（審査員・チーム・評価基準ごとに1行）。
}

## 決定

sel-decide =
    「{ $round }」の決定：採択{ $selected }、補欠{ $waitlisted }、不採択{ $rejected }、未決定{ $undecided }{ $target ->
        [0] 。
       *[other] 。採択予定数は{ $target }です。
    }
    { $lines }
    { $published ->
        [yes] 結果は発表済みです。不採択のチームを繰り上げることはできます。
       *[other] チームを押して決定するか、「上位7」のように入力して上位のチームを採択してください（数は自由です）。/publish_results までチームには何も届きません。
    }
sel-mark-selected = ✓ { $team }
sel-mark-waitlisted = ⏳ { $team }
sel-mark-not_selected = ✗ { $team }
sel-mark-none = { $team }
sel-button-top = 上位{ $n }チームを採択
sel-button-done = 完了
sel-top-done = { $tie ->
    [yes] 上位{ $n }位までを採択しました。ボーダーに同点があるため{ $selected }チームです。チームを押して調整してください。
   *[other] 上位{ $n }チームを採択し、ほかは不採択にしました。チームを押して調整してください。
}
sel-decide-no-such-team = このラウンドにその名前のチームはありません。ボタンを押すか、チーム名を正確に入力してください。
sel-ask-outcome = チーム「{ $team }」は現在「{ $current }」です。どう決定しますか？
sel-decided = チーム「{ $team }」：{ $outcome }
sel-decided-award = チーム「{ $team }」：{ $outcome }（賞：{ $award }）
sel-ask-award = チーム「{ $team }」への賞（助成金など、任意、{ $max }文字以内）を入力するか、「賞なし」を押してください。
sel-ask-award-current = チーム「{ $team }」の賞は「{ $award }」です。別の賞を入力するか、そのままにするか、削除してください。
sel-button-no-award = 賞なし
sel-award-invalid = { $max }文字以内で入力してください。
sel-decide-published = このラウンドの結果は発表済みです。採択したチームは採択のままです。
sel-moved-up = チーム「{ $team }」を繰り上げ、「{ $round }」で採択にしました。メンバーに知らせます。
sel-decide-done = 決定を保存しました。/publish_results { $id } を送るまで、チームには何も届きません。

## 結果の発表

sel-publish-no-teams = 「{ $round }」にはチームがありません。
sel-publish-still-open = 「{ $round }」は{ $closes }まで審査中です。先に締め切ってから（/rounds）発表してください。
sel-publish-done-already = 「{ $round }」の結果は{ $at }に発表済みです。同じ通知が二度届くことはありません。繰り上げたチームには個別に知らせます。
sel-publish-preview =
    「{ $round }」の結果の送信先：
    { $lines }
    届くメッセージは次のとおりです：
sel-publish-count = • { $outcome }：{ $teams }チーム、{ $people }人（{ $languages }）
sel-publish-sample =
    ── { $outcome }・{ $language }（例：チーム「{ $team }」）──
    { $text }
sel-publish-confirm = { $messages }件のメッセージを今すぐ送りますか？
sel-button-publish = 発表する
sel-publish-cancelled = 何も送りませんでした。「{ $round }」の結果は未発表です。
sel-published = 「{ $round }」の結果を発表しました。採択{ $selected }、補欠{ $waitlisted }、不採択{ $rejected }です。{ $messages }件のメッセージを送信中です。
sel-result-selected = おめでとうございます！チーム「{ $team }」は{ $program }の「{ $round }」で採択されました。
sel-result-moved-up = うれしいお知らせです。枠が空いたため、チーム「{ $team }」は{ $program }の「{ $round }」で採択となりました。
sel-result-waitlisted = { $program }の「{ $round }」にご参加いただきありがとうございます。チーム「{ $team }」は補欠です。枠が空いた場合は、ここでお知らせします。
sel-result-not_selected = { $program }の「{ $round }」にご参加いただきありがとうございます。残念ながら、チーム「{ $team }」は今回、採択に至りませんでした。
sel-result-award = あわせて、次の賞が贈られます：{ $award }
sel-result-next-stage = 次は「{ $stage }」ステージです（提出受付 { $opens }、締め切り { $deadline }）。
sel-result-next-event = 次のイベント：{ $event }（{ $starts }）
sel-result-feedback =
    審査員からチームへのフィードバック：
    { $lines }
sel-feedback-line = • { $text }

## ほかの機能での選考

sel-team-results =
    選考：
    { $lines }
sel-team-result = • 「{ $round }」：{ $outcome }
sel-team-result-award = • 「{ $round }」：{ $outcome }（{ $award }）
sel-submit-out = チームは「{ $round }」で採択されなかったため、プログラムの以降のステージには提出できません。ご参加ありがとうございました。
sel-teams-filter-out = プログラム外のチーム
sel-teams-button-out = プログラム外のチーム
sel-decks-out = プログラムを離れた{ $n }チームは上の数に含めていません。
sel-button-show-out = それも数える
broadcast-audience-selected = 採択のチーム
broadcast-audience-notselected = 不採択のチーム
broadcast-audience-judges = 審査員
sel-broadcast-ask-round = どのラウンドですか？（結果発表済みのラウンドのみ）
sel-broadcast-no-rounds = 結果を発表したラウンドはまだありません。戻って別の送信先を選んでください。

## ダッシュボードの「選考」ページ

sel-dash-page = 選考
sel-dash-rounds = 選考ラウンド
sel-dash-round = ラウンド：{ $round }
sel-dash-round-unknown = このプログラムのラウンドではありません。
sel-dash-state-planned = 開始前
sel-dash-state-open = 審査中
sel-dash-state-closed = 締め切り済み
sel-dash-state-published = 結果発表済み
sel-dash-col-round = ラウンド
sel-dash-col-opens = 審査開始
sel-dash-col-closes = 審査の締め切り
sel-dash-col-target = 採択予定数
sel-dash-stat-teams = チーム
sel-dash-stat-judges = 審査員
sel-dash-stat-scores = 採点済み
sel-dash-stat-missing = 未採点
sel-dash-stat-selected = 採択
sel-dash-judges = 審査員の進捗
sel-dash-col-judge = 審査員
sel-dash-col-assigned = 担当
sel-dash-col-scored = 採点済み
sel-dash-col-left = 未採点
sel-dash-no-judges = 審査員がまだ割り当てられていません。チャットで /assign_judges を送信してください。
sel-dash-ranking = ランキング
sel-dash-ranking-note = 平均は1～5の尺度での加重平均です。標準化の列は各審査員のzスコアの平均で、厳しい審査員や甘い審査員の一人だけで採否が決まらないようにするものです。同じ評価基準で審査員の点数が2点以上離れている場合は「評価が割れています」と表示します。
sel-dash-col-place = 順位
sel-dash-place = { $place }{ $tie ->
        [yes] （同点）
       *[other] {""}
    }
sel-dash-col-mean = 平均
sel-dash-col-normalized = 標準化
sel-dash-col-in = 採点数
sel-dash-col-missing = 未採点
sel-dash-col-spread = ばらつき
sel-dash-col-disagreement = 審査員
sel-dash-disagree = 評価が割れています
sel-dash-col-decision = 決定
sel-dash-no-teams = このラウンドにチームはありません。
sel-dash-button-select = 採択
sel-dash-button-waitlist = 補欠
sel-dash-button-reject = 不採択
sel-dash-button-move-up = 繰り上げ採択
sel-dash-confirm-move-up = チーム「{ $team }」を繰り上げ採択しますか？メンバーにすぐ通知されます。
sel-dash-decide = 決定
sel-dash-award = 賞（任意。例：助成金）
sel-dash-top-n = チーム数
sel-dash-button-top = 上位N件を採択
sel-dash-confirm-top = 上位のチームを採択し、それ以外のチームをすべて不採択にしますか？
sel-dash-bad-decision = このラウンドのチームまたは決定ではありません。何も変更していません。
sel-dash-bad-top = チーム数を1以上の整数で入力してください。
sel-dash-publish = 結果発表
sel-dash-publish-after = 審査の締め切り（{ $closes }）の後に結果を発表できます。
sel-dash-published-at = 結果発表：{ $at }。繰り上げ採択されたチームには個別に通知されます。
sel-dash-confirm-publish = すべてのチームに結果を今すぐ送信しますか？（メッセージ{ $messages }件）
sel-dash-export-ranking = 選考ランキング
sel-dash-export-scores = 選考の採点
