## メンタリング：メンターのプロフィール、チームへの割り当て、セッションの依頼と回答、リマインダー、/sessions

help-session = /session：チームのメンターにセッションを依頼（リーダー）
help-mentors = /mentors：メンターとプロフィールの一覧、チームへの割り当て（運営者）
help-sessions = /sessions：メンタリングセッションを状態・メンター・チーム別に表示、CSV（運営者）

mentor-ask-name = メンターのプロフィールを登録します。チームに表示するお名前を入力してください。
mentor-ask-org = ご所属の組織名を入力してください。
mentor-ask-exp = ご専門の分野を教えてください（一文、またはいくつかのキーワードで）。
mentor-ask-languages = 対応できる言語をすべて押してから、「完了」を押してください。
mentor-ask-zone = お使いのタイムゾーンを選んでください。
mentor-text-invalid = { $max }文字以内で入力してください。
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
    お名前を押すと、そのメンターをチームに割り当てられます。
mentor-line = • { $name }（{ $organization }）：{ $expertise }（{ $languages }、{ $zone }）
mentor-line-no-profile = • { $name }（プロフィール未登録）
mentor-button-assign = { $name }
mentor-no-teams = 割り当てられるチームはまだありません。
mentor-choose-team = { $name }さんをどのチームに割り当てますか？
mentor-team-button = { $team }
mentor-assigned = { $name }さんをチーム「{ $team }」のメンターにしました。双方にお知らせしました。
mentor-already-assigned = { $name }さんはすでにチーム「{ $team }」のメンターです。
mentor-assigned-you = チーム「{ $team }」のメンターになりました。チームからのセッションの依頼はここに届きます。
mentor-assigned-team =
    チームにメンターがつきました：{ $mentor }（{ $organization }）
    専門：{ $expertise }
    チームリーダーは /session でセッションを依頼できます。

session-not-lead = メンタリングセッションを依頼できるのはチームリーダーのみです。
session-no-mentors = チームにはまだメンターがいません。メンターは運営者が割り当てます。
session-ask-mentor-choice = どのメンターにセッションを依頼しますか？
session-mentor-button = { $name }
session-mentor-not-assigned = そのメンターはチームに割り当てられていません。チームのメンターから選んでください。
session-ask-topic = 相談したい内容を入力してください。
session-topic-invalid = 相談内容は{ $max }文字以内で入力してください。
session-ask-length = セッションの長さを選んでください。
session-length-button = { $length }
session-ask-times = 候補の日時を{ $max }つまで指定してください。ボタンを押すか、2024-11-21 15:00 のように入力してください（ご自身のタイムゾーン）。
session-ask-more-times =
    これまでの候補：
    { $times }
    別の日時を追加するか、「完了」を押してください。
session-time-button = { $at }
session-times-done = 完了
session-proposal-line = { $n }. { $at }
session-time-past = { $at }はすでに過ぎています。これより後の日時を指定してください。
session-time-overlap = メンターには{ $at }に確定済みの別のセッションがあります。別の日時を指定してください。
session-time-unparsed = その日時を読み取れませんでした。2024-11-21 15:00 のように入力するか、ボタンを押してください。
session-ask-mode = オンラインと対面のどちらで行いますか？
session-mode-online = オンライン
session-mode-in-person = 対面
session-ask-place-online = ミーティングのリンクを送ってください。
session-ask-place-in_person = 場所を入力してください。
session-place-invalid = { $max }文字以内で入力してください。
session-requested = { $mentor }さんに依頼を送りました。回答があり次第、ここでお知らせします。

session-details =
    相談内容：{ $topic }
    チーム：{ $team }
    メンター：{ $mentor }
    長さ：{ $length }
    { $where }
session-where-online = オンライン：{ $place }
session-where-in_person = 場所：{ $place }
session-ask-mentor =
    チームからメンタリングセッションの依頼が届きました。
    { $details }
    候補の日時：
    { $times }
    ご都合のよい日時を押して確定するか、別の日時をご提案ください。
session-ask-team =
    メンターから別の日時の提案が届きました。
    { $details }
    候補の日時：
    { $times }
    ご都合のよい日時を押して確定するか、別の日時をご提案ください。
session-button-confirm = ✓ { $at }
session-button-propose = 別の日時を提案
session-button-decline = お断りする
session-button-reschedule = 日時を変更
session-button-cancel = セッションを取り消す
session-confirmed =
    メンタリングセッションが確定しました。
    日時：{ $starts }
    { $details }
    カレンダーの招待を添付します。
session-you-confirmed = セッションを確定しました。日時：{ $starts }。双方に詳細とカレンダーの招待をお送りします。
session-proposal-sent = 候補の日時を送りました。回答があり次第、ここでお知らせします。
session-ask-decline-reason = お断りする理由を簡単に入力してください。チームに伝えられます。
session-reason-invalid = 理由は{ $max }文字以内で入力してください。
session-you-declined = 依頼をお断りしました。チームにお知らせしました。
session-you-cancelled = セッションを取り消しました。相手の方にお知らせしました。
session-cancelled-notice =
    このメンタリングセッションは取り消されました。
    { $details }
session-declined-notice =
    メンターがこのセッションの依頼をお断りしました。
    { $details }
    理由：{ $reason }
session-nudge =
    リマインダー：この依頼は2日間、回答をお待ちしています。
    { $details }
session-overdue =
    { $mentor }さんがセッションの依頼に2日間回答していません。
    { $details }
session-reminder =
    リマインダー：メンタリングセッションはあと{ $hours }時間で始まります。
    日時：{ $starts }
    { $details }
session-after =
    このセッションは実施されましたか？
    日時：{ $starts }
    { $details }
session-button-held = 実施した
session-button-no-show = チームが欠席
session-ask-note = 「{ $state }」として記録しました。運営者のみが閲覧できるメモを残せます。不要な場合は「メモなし」を押してください。
session-button-no-note = メモなし
session-note-invalid = メモは{ $max }文字以内で入力してください。
session-note-saved = メモを保存しました。閲覧できるのは運営者のみです。
session-note-skipped = ありがとうございました。メモは残していません。
session-rate =
    メンタリングセッションはどのくらい役に立ちましたか？1～5で評価してください。
    { $details }
session-button-stars = { $n }
session-rated = ありがとうございます。このセッションを5点中{ $stars }点と評価しました。
session-changed = このボタンは使用できません。その後セッションが変更されました。現在の状態：{ $state }
session-changed-meanwhile = ご回答の間にセッションが変更されたため、保存していません。最新のメッセージをご覧ください。
session-not-yours = このボタンは別の方向けのものです。
session-state-name-requested = 依頼中
session-state-name-confirmed = 確定
session-state-name-held = 実施済み
session-state-name-no_show = 欠席
session-state-name-cancelled = 取消

session-list-empty = メンタリングセッションはまだありません。
session-list =
    メンタリングセッション：
    { $groups }
    メンターまたはチームの名前を押すと、そのセッションだけを表示します。
session-list-group =
    { $state }：
    { $sessions }
session-list-line = • #{ $id } { $team } / { $mentor }：{ $when }、{ $topic }
session-no-time = 日時未定
session-button-mentor = { $name }
session-button-team = { $team }
session-button-csv = CSVで書き出す
session-csv = 全{ $count }件のセッションのCSVです。
