## /broadcast と /broadcasts: 運営からのお知らせ。

broadcast-ask-audience = お知らせを誰に送りますか?
broadcast-audience-everyone = プログラムの全員
broadcast-audience-participants = 参加者
broadcast-audience-leads = チームリーダー
broadcast-audience-mentors = メンター
broadcast-audience-nosub = ステージに未提出のチーム
broadcast-audience-team = 1つのチーム
broadcast-audience-me = 自分だけ(テスト)
broadcast-ask-stage = どのステージですか?そのステージに未提出のチームのメンバーに届きます。
broadcast-ask-team = どのチームですか?
broadcast-no-teams = プログラムにはまだチームがありません。戻って別の宛先を選んでください。
broadcast-language-mn = モンゴル語
broadcast-language-ja = 日本語
broadcast-language-en = 英語
broadcast-ask-text = { $language }でお知らせを書いてください。スキップすると、読者には別の言語版が届きます。
broadcast-button-skip = スキップ
broadcast-empty-text = お知らせが空です。本文を書いてください。
broadcast-too-long = お知らせが長すぎます: { $length } 文字(上限 { $limit } 文字)。短くしてもう一度送ってください。
broadcast-need-text = 少なくとも1つの言語でお知らせを書いてください。
broadcast-preview-version = { $language }版の読者には、次のとおり届きます:
broadcast-preview-line = { $language }・{ $channel }: { $count }
broadcast-preview =
    宛先: { $total }
    { $lines }
    ボットをブロック(届きません): { $blocked }
broadcast-button-now = 今すぐ送信
broadcast-button-later = 予約する
broadcast-ask-when = いつ送りますか?あなたのタイムゾーンで、{ $example } のように日時を書いてください。
broadcast-bad-time = 日時を読み取れませんでした。2024-11-20 18:30 のように書いてください。
broadcast-time-past = その日時はすでに過ぎています。これからの日時を選んでください。
broadcast-queued = お知らせ #{ $number } を { $count } 人に送信中です。進み具合はここに表示します。
broadcast-scheduled = { $count } 人宛てのお知らせ #{ $number } を { $at } に予約しました。
broadcast-progress = お知らせ #{ $number }: 送信 { $sent } / { $total } · 失敗 { $failed } · ブロック { $blocked } · 待機 { $waiting } · 残り約 { $left }
broadcast-report =
    お知らせ #{ $number } の送信が終わりました。
    送信: { $sent } / { $total }
    失敗: { $failed }
    ボットをブロック: { $blocked }
    ボットへのメッセージ待ち(Messenger): { $deferred }
broadcast-button-stop = 送信を止める
broadcast-button-csv = レポート(CSV)
broadcast-button-csv-of = #{ $number } のレポート(CSV)
broadcast-csv = お知らせ #{ $number } の全宛先とその状態です。
broadcast-cancelled = お知らせ #{ $number } を止めました: { $cancelled } 件は送信されません。{ $sent } 件は送信済みです。
broadcast-already-over = お知らせ #{ $number } はすでに終わっています。
broadcast-none = まだお知らせはありません。
broadcast-list =
    お知らせ:
    { $lines }
broadcast-list-line = #{ $number } { $at } · { $audience } · { $state } · 送信 { $sent } / { $total } · 失敗 { $failed } · ブロック { $blocked } · 待機 { $waiting }
broadcast-state-scheduled = 予約済み
broadcast-state-sending = 送信中
broadcast-state-done = 完了
broadcast-state-cancelled = 中止
