## /broadcast と /broadcasts：運営者からのお知らせ。

broadcast-ask-audience = お知らせの送信先を選んでください。
broadcast-audience-everyone = プログラムの全員
broadcast-audience-participants = 参加者
broadcast-audience-leads = チームリーダー
broadcast-audience-mentors = メンター
broadcast-audience-nosub = 未提出のチーム
broadcast-audience-team = 特定のチーム
broadcast-audience-me = 自分のみ（テスト）
broadcast-ask-stage = どのステージですか？そのステージに未提出のチームのメンバーに届きます。
broadcast-ask-team = どのチームに送りますか？
broadcast-no-teams = プログラムにはまだチームがありません。戻って別の送信先を選んでください。
broadcast-language-mn = モンゴル語
broadcast-language-ja = 日本語
broadcast-language-en = 英語
broadcast-ask-text = { $language }のお知らせ本文を入力してください。スキップした場合、その言語の読者には別の言語版が届きます。
broadcast-button-skip = スキップ
broadcast-empty-text = お知らせの本文が空です。本文を入力してください。
broadcast-too-long = お知らせが長すぎます：{ $length }文字（上限{ $limit }文字）。短くしてから、もう一度送ってください。
broadcast-need-text = 少なくとも1つの言語でお知らせを入力してください。
broadcast-text-expected = ここにはお知らせの本文を入力してください。ファイルは本文の後で添付できます。
broadcast-ask-file = お知らせに添付するファイルを送ってください。添付なしでも送信できます。文書（PDF、Word、PowerPoint、Excel、またはファイルとして送った画像）は{ $document_mb } MBまで、写真（JPEGまたはPNG）は{ $photo_mb } MBまでです。添付はすべての言語版に付きます。
broadcast-button-no-file = 添付なし
broadcast-button-keep-file = このファイルのまま
broadcast-file-expected = 添付する文書か写真をここに送ってください。添付しない場合は「添付なし」を押してください。
broadcast-file-kind = 添付できるのは文書か写真のみです。
broadcast-file-unknown = このファイルは添付できません。ファイル名にかかわらず、中身がPDF、Word・PowerPoint・Excelのファイル（docx、pptx、xlsx）、またはJPEG・PNGの画像ではありません。別のファイルを送ってください。
broadcast-photo-unknown = 写真として送れるのはJPEGとPNGの画像のみです。別の画像を送るか、ファイルとして送ってください。
broadcast-photo-shape = { $platform }では{ $width }×{ $height }ピクセルの画像を写真として表示できません。幅と高さの合計は{ $most }まで、長い辺は短い辺の{ $ratio }倍までです。ファイルとして送ってください。
broadcast-file-empty = ファイルが空です。別のファイルを送ってください。
broadcast-file-too-large = ファイルが大きすぎます：{ $size_mb } MB。{ $limit }
broadcast-file-too-large-unsized = ファイルが大きすぎます。{ $limit }
broadcast-limit-any = 添付は{ $max_mb } MBまでです。より小さいファイルを送ってください。
broadcast-limit-fetch = ボットが{ $platform }から受け取れるファイルは{ $max_mb } MBまでです。より小さいファイルを送ってください。
broadcast-limit-upload = { $platform }で送れるファイルは{ $max_mb } MBまでで、送信先には{ $platform }でお読みになる方がいます。より小さいファイルを送ってください。
broadcast-limit-photo = { $platform }で送れる写真は{ $max_mb } MBまでで、送信先には{ $platform }でお読みになる方がいます。より小さい画像を送るか、ファイルとして送ってください。
broadcast-platform-telegram = Telegram
broadcast-platform-messenger = Messenger
broadcast-list-file = お知らせ#{ $number }の添付ファイル：{ $name }
broadcast-list-photo = お知らせ#{ $number }の添付写真：{ $name }
broadcast-preview-version = { $language }版の読者には、次のとおり届きます：
broadcast-preview-line = { $language }・{ $channel }：{ $count }
broadcast-preview =
    プログラム：{ $program }
    送信先：{ $total }
    { $lines }
    ボットをブロック（届きません）：{ $blocked }
broadcast-button-now = 今すぐ送信
broadcast-button-later = 予約送信
broadcast-ask-when = いつ送信しますか？ご自身のタイムゾーンで、{ $example } のように日時を入力してください。
broadcast-bad-time = 日時を読み取れませんでした。2024-11-20 18:30 のように入力してください。
broadcast-time-past = その日時はすでに過ぎています。これから先の日時を指定してください。
broadcast-queued = お知らせ#{ $number }を{ $count }人に送信しています。進捗はここに表示します。
broadcast-scheduled = お知らせ#{ $number }を予約しました。送信日時：{ $at }。送信先は送信開始時に確定します（現時点では{ $count }人）。それまでは編集や取り消しができます。
broadcast-progress = お知らせ#{ $number }：送信 { $sent } / { $total } · 失敗 { $failed } · ブロック { $blocked } · 待機 { $waiting } · 残り約{ $left }
broadcast-report =
    お知らせ#{ $number }の送信が完了しました。
    送信：{ $sent } / { $total }
    失敗：{ $failed }
    ボットをブロック：{ $blocked }
    ボットへのメッセージ待ち（Messenger）：{ $deferred }
broadcast-button-stop = 送信を停止
broadcast-button-csv = レポート（CSV）
broadcast-button-csv-of = #{ $number }のレポート（CSV）
broadcast-csv = お知らせ#{ $number }の全送信先とその状態です。
broadcast-cancelled = お知らせ#{ $number }の送信を停止しました。{ $cancelled }件は送信されません。{ $sent }件は送信済みです。
broadcast-already-over = お知らせ#{ $number }の送信はすでに終了しています。
broadcast-none = まだお知らせはありません。
broadcast-list =
    { $program }のお知らせ一覧：
    { $lines }
broadcast-list-line = #{ $number } { $at } · { $audience } · { $state } · 送信 { $sent } / { $total } · 失敗 { $failed } · ブロック { $blocked } · 待機 { $waiting } · 既読（Messenger） { $read }
broadcast-state-scheduled = 予約済み
broadcast-state-sending = 送信中
broadcast-state-done = 完了
broadcast-state-cancelled = 停止
