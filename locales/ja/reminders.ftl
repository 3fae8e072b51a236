## イベントのリマインダー・当日朝のアジェンダ・/reminders

help-reminders = /reminders：受け取るリマインダーを選ぶ

reminder-event =
    リマインダー：{ $name } は { $starts } に始まります（あと{ $left }）。
    会場：{ $venue }
    使用言語：{ $languages }
reminder-agenda =
    本日：{ $name }（{ $starts } から）
    会場：{ $venue }
    使用言語：{ $languages }
    アジェンダ：
    { $agenda }
reminder-agenda-empty =
    本日：{ $name }（{ $starts } から）
    会場：{ $venue }
    使用言語：{ $languages }
reminder-settings =
    リマインダーの設定：
    { $categories }
    ボタンを押すとオン／オフを切り替えられます。
reminder-category-line = • { $category }：{ $state ->
    [off] オフ
   *[other] オン
}
reminder-toggle = { $category }：{ $state ->
    [off] オンにする
   *[other] オフにする
}
reminder-category-deadline = 締め切り
reminder-category-event = イベント
reminder-category-agenda = イベント当日朝のアジェンダ
