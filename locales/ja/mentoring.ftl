## メンタリング：メンターのプロフィール、チームへの割り当て、セッションの依頼と回答、リマインダー、/sessions

help-session = /session：チームのメンターにセッションを依頼（リーダー）
help-mentors = /mentors：メンターとプロフィールの一覧、チームへの割り当て（運営者）
help-sessions = /sessions：メンタリングセッションを状態・メンター・チーム別に表示、CSV（運営者）

mentor-ask-name = メンターのプロフィールを登録しましょう。チームに表示するお名前を教えてください。
mentor-ask-org = ご所属の組織を教えてください。
mentor-ask-exp = ご専門は何ですか？（一文か、いくつかのキーワードで）
mentor-ask-languages = 話せる言語を選んでください。それぞれ押してから「完了」を押してください。
mentor-ask-zone = どのタイムゾーンにいらっしゃいますか？
mentor-text-invalid = 短いテキストで入力してください（{ $max }文字以内）。
mentor-language-mn = モンゴル語
mentor-language-ja = 日本語
mentor-language-en = 英語
mentor-language-toggle = { $state ->
    [on] ✓ { $language }
   *[other] { $language }
}
mentor-languages-done = 完了
mentor-zone-0 = ウランバートル（UTC+8）
mentor-zone-1 = 東京（UTC+9）
mentor-profile-saved = { $name }さん、ありがとうございます。メンターのプロフィールを保存しました。運営者がチームに割り当てます。

mentor-none = メンターはまだいません。/invite_mentor で招待してください。
mentor-list =
    メンター：
    { $mentors }
    メンターを押すと、チームに割り当てられます。
mentor-line = • { $name }（{ $organization }）：{ $expertise }（{ $languages }、{ $zone }）
mentor-line-no-profile = • { $name }（プロフィール未登録）
mentor-button-assign = { $name }を割り当てる
mentor-no-teams = 割り当てられるチームはまだありません。
mentor-choose-team = { $name }さんをどのチームに割り当てますか？
mentor-team-button = { $team }
mentor-assigned = { $name }さんを{ $team }のメンターにしました。双方に知らせました。
mentor-already-assigned = { $name }さんはすでに{ $team }のメンターです。
mentor-assigned-you = チーム「{ $team }」のメンターになりました。チームからのセッションの依頼はここに届きます。
mentor-assigned-team =
    チームにメンターがつきました：{ $mentor }（{ $organization }）
    専門：{ $expertise }
    チームリーダーは /session でセッションを依頼できます。

session-not-lead = メンタリングセッションを依頼できるのはチームリーダーだけです。
session-no-mentors = チームにはまだメンターがいません。メンターは運営者が割り当てます。
session-ask-mentor-choice = どのメンターに会いたいですか？
session-mentor-button = { $name }
session-mentor-not-assigned = そのメンターはあなたのチームに割り当てられていません。チームのメンターから選んでください。
session-ask-topic = どんなことを相談したいですか？
session-topic-invalid = テーマは{ $max }文字以内で入力してください。
session-ask-length = セッションの長さはどのくらいにしますか？
session-length-button = { $length }
session-ask-times = 候補の日時を{ $max }つまで出してください。ボタンを押すか、2024-11-21 15:00 のように入力してください（あなたのタイムゾーン）。
session-ask-more-times =
    これまでの候補：
    { $times }
    別の日時を追加するか、「完了」を押してください。
session-time-button = { $at }
session-times-done = 完了
session-proposal-line = { $n }. { $at }
session-time-past = { $at } はすでに過ぎています。もっと後の日時を出してください。
session-time-overlap = メンターは { $at } にすでに確定したセッションがあります。別の日時を出してください。
session-time-unparsed = その日時を読み取れませんでした。2024-11-21 15:00 のように入力するか、ボタンを押してください。
session-ask-mode = オンラインですか、対面ですか？
session-mode-online = オンライン
session-mode-in-person = 対面
session-ask-place-online = ミーティングのリンクを送ってください。
session-ask-place-in_person = どこで会いますか？場所を入力してください。
session-place-invalid = { $max }文字以内で入力してください。
session-requested = { $mentor }さんに依頼を送りました。回答があればここでお知らせします。

session-details =
    テーマ：{ $topic }
    チーム：{ $team }
    メンター：{ $mentor }
    長さ：{ $length }
    { $where }
session-where-online = オンライン：{ $place }
session-where-in_person = 場所：{ $place }
session-ask-mentor =
    チームからメンタリングセッションの依頼が届きました。
    { $details }
    候補の日時（あなたのタイムゾーン）：
    { $times }
session-ask-team =
    メンターから別の日時の提案が届きました。
    { $details }
    候補の日時（あなたのタイムゾーン）：
    { $times }
session-button-confirm = { $at } で確定
session-button-propose = 別の日時を提案
session-button-decline = お断りする
session-button-reschedule = 日時を変更
session-button-cancel = セッションを取り消す
session-confirmed =
    セッションが確定しました：{ $starts }
    { $details }
    カレンダーの招待を添付します。
session-you-confirmed = { $starts } のセッションを確定しました。双方に詳細とカレンダーの招待が届きます。
session-proposal-sent = 候補の日時を送りました。回答があればここでお知らせします。
session-ask-decline-reason = お断りする理由を短く入力してください。チームに伝えられます。
session-reason-invalid = 理由は{ $max }文字以内で入力してください。
session-you-declined = 依頼をお断りしました。チームに知らせました。
session-you-cancelled = セッションを取り消しました。相手に知らせました。
session-cancelled-notice =
    このメンタリングセッションは取り消されました。
    { $details }
session-declined-notice =
    メンターがこのセッションの依頼をお断りしました。
    { $details }
    理由：{ $reason }
session-nudge =
    リマインダー：この依頼は2日間、あなたの回答を待っています。
    { $details }
session-overdue =
    { $mentor }さんがセッションの依頼に2日間回答していません。
    { $details }
session-reminder =
    メンタリングセッションまであと{ $hours }時間：{ $starts }
    { $details }
session-after =
    { $starts } のセッションは行われましたか？
    { $details }
session-button-held = 実施した
session-button-no-show = チームが来なかった
session-ask-note = 「{ $state }」として記録しました。運営者だけが見られるメモを残せます。不要なら「メモなし」を押してください。
session-button-no-note = メモなし
session-note-invalid = メモは{ $max }文字以内で入力してください。
session-note-saved = メモを保存しました。運営者だけが見られます。
session-note-skipped = ありがとうございました。メモは残していません。
session-rate =
    メンタリングセッションはどのくらい役に立ちましたか？1から5で評価してください。
    { $details }
session-button-stars = { $n }
session-rated = ありがとうございます。このセッションを5点中{ $stars }点と評価しました。
session-changed = このボタンはもう使えません。その後セッションが変更されました。現在の状態：{ $state }
session-changed-meanwhile = 回答中にセッションが変更されたため、保存していません。最新のメッセージをご覧ください。
session-not-yours = このボタンはあなた向けではありません。
session-state-name-requested = 依頼中
session-state-name-confirmed = 確定
session-state-name-held = 実施済み
session-state-name-no_show = 欠席
session-state-name-cancelled = 取消

session-list-empty = メンタリングセッションはまだありません。
session-list =
    メンタリングセッション：
    { $groups }
session-list-group =
    { $state }：
    { $sessions }
session-list-line = • #{ $id } { $team } / { $mentor }：{ $when }、{ $topic }
session-no-time = 日時未定
session-button-mentor = メンター：{ $name }
session-button-team = チーム：{ $team }
session-button-csv = CSVで書き出す
session-csv = 全{ $count }件のセッションのCSVです。
