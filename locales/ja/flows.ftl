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
    明日：{ $name }（{ $starts }から）
    会場：{ $venue }
    使用言語：{ $languages }
    アジェンダ：
    { $agenda }
reminder-agenda-empty-tomorrow =
    明日：{ $name }（{ $starts }から）
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
