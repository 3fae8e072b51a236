## スケジュール・締め切り・カレンダーファイル

help-schedule = /schedule：今後のイベント（アジェンダとカレンダーファイル付き）
help-deadlines = /deadlines：提出の締め切りと残り時間
menu-schedule = スケジュール
menu-deadlines = 締め切り

schedule-no-program = まだプログラムを選択していません。/program で選択してください。
schedule-upcoming =
    { $program }の今後のイベント：
    { $events }
schedule-none-upcoming = { $program }に今後予定されているイベントはありません。
schedule-past =
    過去のイベント：
    { $events }
schedule-none-past = 過去のイベントはまだありません。
schedule-event-line = • { $starts }：{ $name }（{ $venue }／使用言語：{ $languages }）
schedule-when = { $starts }
schedule-when-range = { $starts }～{ $ends }
schedule-event =
    { $name }
    日時：{ $when }
    会場：{ $venue }
    使用言語：{ $languages }
schedule-event-agenda =
    { $name }
    日時：{ $when }
    会場：{ $venue }
    使用言語：{ $languages }
    アジェンダ（{ $clock }）：
    { $agenda }
schedule-agenda-item = { $starts } { $title }
schedule-button-event = { $starts }
schedule-button-details = 詳細
schedule-button-past = 過去のイベント
schedule-button-calendar = カレンダーファイル
schedule-button-event-calendar = カレンダーに追加
schedule-calendar-file = カレンダーファイルです（イベント{ $count }件）。開くとカレンダーに追加できます。

deadline-list =
    締め切り：
    { $deadlines }
deadline-line = • { $stage }：{ $deadline }、残り{ $left }
deadline-none = 受付中の締め切りはありません。
deadline-reminder =
    リマインダー：「{ $stage }」の締め切りまで残り{ $left }です。
    締め切り：{ $deadline }
    チーム「{ $team }」はまだ提出していません。
deadline-button-all = すべての締め切り
