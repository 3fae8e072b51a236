## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    ようこそ！このボットでは複数のプログラムを運営しています。参加されるプログラムをお選びください。
menu-program = プログラム
menu-register = チームを登録
menu-join = チームに参加
menu-team = マイチーム

## Teams: the SDG toggles

team-sdg-button = 目標{ $number }
team-sdg-button-chosen = ✓ 目標{ $number }
team-button-sdgs-done = 決定
team-sdgs-choose-one = 目標を1つ以上選んでから「決定」を押してください。
team-sdgs-at-most = 選べる目標は{ $max }個までです。先に選択中の目標を押して外してください。

## Privacy: a lead who deleted their data

team-contact-needed = チーム「{ $team }」の連絡先メールアドレスと電話番号が削除されました。/edit_team でご自身の連絡先を登録してください。

## Teams: the lead's confirmations

team-remove-confirm = { $name }さんをチーム「{ $team }」から外しますか？
team-button-remove = 外す
team-remove-cancelled = どなたも外していません。
team-handover-confirm = { $name }さんをチーム「{ $team }」のリーダーにしますか？ご自身はメンバーとして残ります。
team-button-handover = リーダーを交代
team-handover-cancelled = リーダーのままです。

## Decks

submit-extension-corrected = このファイルは{ $claimed }ではなく{ $kind }ファイルです。拡張子を修正し、{ $name }として保存しました。

## Mentoring

session-state-name-declined = お断り済み
privacy-session-ratings = 評価したメンタリングセッション：{ $count }件

## Roles

role-every-program = すべてのプログラム

## Deadlines of a team with an extension

team-stage-line-extended = { $stage }：{ $status }（締め切りを{ $deadline }まで延長）

## The agenda the evening before an event that starts before 08:00

reminder-agenda-tomorrow =
    明日：「{ $name }」
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
    アジェンダ（{ $clock }）：
    { $agenda }
reminder-agenda-empty-tomorrow =
    明日：「{ $name }」
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
deadline-line-late = • { $stage }：締め切りは{ $deadline }でした。期限後の提出も受け付けています（期限後として記録されます）
deck-review-extended = { $line }（締め切りを{ $deadline }まで延長）
submit-will-be-late = 「{ $stage }」の締め切りは{ $deadline }でした。これから提出する資料は期限後として記録されます。

## Extensions

deck-extend-choose-stage = どのステージの締め切りを延長しますか？
deck-extend-choose-team = 「{ $stage }」の締め切りを延長するチームを選んでください。
deck-extend-no-teams = このプログラムにはまだチームがありません。
deck-extend-ask-time = チーム「{ $team }」の「{ $stage }」の締め切りは{ $deadline }です。新しい締め切りをご自身のタイムゾーンで YYYY-MM-DD HH:MM の形式で入力してください（例：{ $example }）。
deck-extend-bad-time = 日時は YYYY-MM-DD HH:MM の形式で入力してください（例：{ $example }）。
deck-extend-not-later = 新しい締め切りは、チーム「{ $team }」の現在の締め切り（{ $deadline }）より後にしてください。もっと後の日時を入力してください。
deck-extend-past = その日時はすでに過ぎています（現在：{ $now }）。もっと後の日時を入力してください。
deck-extend-unknown-stage = このプログラムに「{ $stage }」というステージはありません。ステージ：{ $stages }。/extend だけを送ると、ボタンで選べます。
deck-extend-unknown-team = このプログラムに「{ $team }」というチームはありません。/extend だけを送ると、ボタンで選べます。
deck-extend-gone = そのステージまたはチームはもうありません。何も変更していません。

## Broadcasts: the preview, scheduled broadcasts, edits

broadcast-preview-nobody =
    プログラム：{ $program }
    現在、このお知らせを受け取る方がいません（ボットをブロック：{ $blocked }）。戻って別の宛先を選んでください。
broadcast-preview-line-fallback = { $language }（{ $wanted }の読者向け）・{ $channel }：{ $count }
broadcast-version-fallback = { $language }（{ $wanted }の読者向け）
broadcast-button-edit-of = #{ $number }を編集
broadcast-button-cancel-of = #{ $number }を取り消す
broadcast-cancelled-scheduled = お知らせ#{ $number }を取り消しました。どなたにも届いていません。
broadcast-edit-choose = お知らせ#{ $number }（{ $at }に予約）の何を変更しますか？
broadcast-edit-field-mn = モンゴル語版の本文
broadcast-edit-field-ja = 日本語版の本文
broadcast-edit-field-en = 英語版の本文
broadcast-edit-field-time = 送信日時
broadcast-edit-current-text = { $language }版の現在の本文：
broadcast-edit-ask-text = { $language }版の新しい本文を書くか、この版を削除してください。
broadcast-edit-ask-new-text = { $language }版はまだありません。本文を書いてください。
broadcast-button-remove-version = この版を削除
broadcast-edit-ask-time = お知らせ#{ $number }を{ $at }の代わりにいつ送りますか？ご自身のタイムゾーンで日時を入力してください（例：{ $example }）。
broadcast-edited = お知らせ#{ $number }を変更しました。送信は{ $at }です。送信先はその時点で確定します（現時点では{ $count }人）。
broadcast-edit-too-late = お知らせ#{ $number }はすでに送信を始めているため、変更できません。
broadcast-edit-last-text = これはお知らせの唯一の版です。先に別の版を書くか、お知らせを取り消してください。
