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
broadcast-text-expected = ここにはお知らせの本文を書いてください。ファイルは本文の後で添付できます。
broadcast-ask-file = お知らせにファイルを添付してください。添付なしでも送れます。文書(PDF、Word、PowerPoint、Excel、またはファイルとして送った画像)は { $document_mb } MB まで、写真(JPEG または PNG)は { $photo_mb } MB までです。添付はすべての言語版に付きます。
broadcast-button-no-file = 添付なし
broadcast-button-keep-file = { $name } のままにする
broadcast-file-expected = 添付する文書か写真をここに送ってください。添付しない場合は「添付なし」を押してください。
broadcast-file-kind = 添付できるのは文書か写真だけです。
broadcast-file-unknown = このファイルは添付できません: 名前にかかわらず、中身が PDF、Word・PowerPoint・Excel のファイル(docx、pptx、xlsx)、または JPEG・PNG の画像ではありません。別のファイルを送ってください。
broadcast-photo-unknown = 写真として送れるのは JPEG と PNG の画像だけです。別の画像を送るか、ファイルとして送ってください。
broadcast-photo-shape = { $platform } では { $width } × { $height } ピクセルの画像を写真として表示できません: 幅と高さの合計は { $most } まで、長い辺は短い辺の { $ratio } 倍までです。代わりにファイルとして送ってください。
broadcast-file-empty = ファイルが空です。別のファイルを送ってください。
broadcast-file-too-large = ファイルが大きすぎます: { $size_mb } MB。{ $limit }
broadcast-file-too-large-unsized = ファイルが大きすぎます。{ $limit }
broadcast-limit-any = 添付は { $max_mb } MB までです。もっと小さいファイルを送ってください。
broadcast-limit-fetch = ボットが { $platform } から受け取れるファイルは { $max_mb } MB までです。もっと小さいファイルを送ってください。
broadcast-limit-upload = { $platform } で送れるファイルは { $max_mb } MB までで、宛先には { $platform } で読む人がいます。もっと小さいファイルを送ってください。
broadcast-limit-photo = { $platform } で送れる写真は { $max_mb } MB までで、宛先には { $platform } で読む人がいます。もっと小さい画像を送るか、ファイルとして送ってください。
broadcast-platform-telegram = Telegram
broadcast-platform-messenger = Messenger
broadcast-list-file = #{ $number } の添付ファイル: { $name }
broadcast-list-photo = #{ $number } の添付写真: { $name }
broadcast-preview-version = { $language }版の読者には、次のとおり届きます:
broadcast-preview-line = { $language }・{ $channel }: { $count }
broadcast-preview =
    プログラム：{ $program }
    宛先: { $total }
    { $lines }
    ボットをブロック(届きません): { $blocked }
broadcast-button-now = 今すぐ送信
broadcast-button-later = 予約する
broadcast-ask-when = いつ送りますか?あなたのタイムゾーンで、{ $example } のように日時を書いてください。
broadcast-bad-time = 日時を読み取れませんでした。2024-11-20 18:30 のように書いてください。
broadcast-time-past = その日時はすでに過ぎています。これからの日時を選んでください。
broadcast-queued = お知らせ #{ $number } を { $count } 人に送信中です。進み具合はここに表示します。
broadcast-scheduled = お知らせ #{ $number } を { $at } に予約しました。宛先は送信開始時に確定します（現時点では { $count } 人）。それまでは編集や取り消しができます。
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
    { $program } のお知らせ:
    { $lines }
broadcast-list-line = #{ $number } { $at } · { $audience } · { $state } · 送信 { $sent } / { $total } · 失敗 { $failed } · ブロック { $blocked } · 待機 { $waiting } · 既読(Messenger) { $read }
broadcast-state-scheduled = 予約済み
broadcast-state-sending = 送信中
broadcast-state-done = 完了
broadcast-state-cancelled = 中止
