## イベントのリマインダー・当日朝のアジェンダ・/reminders

help-reminders = /reminders：受け取るリマインダーを選ぶ

reminder-event =
    リマインダー：「{ $name }」の開始まであと{ $left }です。
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
reminder-agenda =
    本日：「{ $name }」
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
    アジェンダ（{ $clock }）：
    { $agenda }
reminder-agenda-empty =
    本日：「{ $name }」
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
reminder-settings =
    リマインダーの設定：
    { $categories }
    ボタンを押すと、オン・オフを切り替えられます。
reminder-category-line = • { $category }：{ $state ->
    [off] オフ
   *[other] オン
}
reminder-toggle = { $state ->
    [off] 🔕 { $category }
   *[other] 🔔 { $category }
}
reminder-category-deadline = 締め切り
reminder-category-event = イベント
reminder-category-agenda = 当日のアジェンダ
