## スケジュール・締め切り・カレンダーファイル

help-schedule = /schedule：今後のイベント（アジェンダとカレンダーファイル付き）
help-deadlines = /deadlines：提出締め切りと残り時間
menu-schedule = スケジュール
menu-deadlines = 締め切り

schedule-no-program = まだプログラムを選んでいません。/program で選んでください。
schedule-upcoming =
    { $program } の今後のイベント：
    { $events }
schedule-none-upcoming = { $program } に予定されているイベントはありません。
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
    アジェンダ：
    { $agenda }
schedule-agenda-item = { $starts } { $title }
schedule-button-event = { $name }
schedule-button-details = 詳細とアジェンダ
schedule-button-past = 過去のイベント
schedule-button-calendar = カレンダーファイル（全イベント）
schedule-button-event-calendar = カレンダーに追加
schedule-calendar-file = カレンダーファイルです（{ $count }件のイベント）。開くとカレンダーに追加できます。

deadline-list =
    締め切り：
    { $deadlines }
deadline-line = • { $stage }：{ $deadline }（残り{ $left }）
deadline-none = 受付中の締め切りはありません。
deadline-reminder =
    リマインダー：「{ $stage }」の締め切りは { $deadline } です（残り{ $left }）。
    チーム「{ $team }」はまだ提出していません。
deadline-button-all = すべての締め切り
