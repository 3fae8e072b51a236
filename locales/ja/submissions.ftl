## ピッチ資料の提出（/submit、/deck）と確認（/decks、/extend、/decknotices）。

help-submit = /submit：チームのピッチ資料を提出する
help-deck = /deck：チームが提出したピッチ資料（全バージョン）
help-decks = /decks：ステージごとの各チームの資料とそのZIP（運営者）
help-extend = /extend：1チームの締め切りを延長する（運営者）
help-decknotices = /decknotices：新しい提出ごとの通知をオフ／オンにする（運営者）
menu-submit = 資料を提出

submit-choose-stage = どのステージの提出ですか？
submit-send-file-short = ファイルをドキュメントとして送ってください。
submit-send-file =
    「{ $stage }」のファイルをドキュメントとして送ってください（{ $kinds }、最大{ $max_mb } MB）。キャプションを付けても構いません。
    締め切り：{ $deadline }
submit-send-link =
    「{ $stage }」のリンクを送ってください（https:// で始まるアドレス）。
    締め切り：{ $deadline }
submit-send-file-or-link =
    「{ $stage }」のファイルをドキュメントとして送るか（{ $kinds }、最大{ $max_mb } MB）、そのリンク（https://…）を送ってください。
    締め切り：{ $deadline }
submit-link-invalid = このリンクは受け付けられません。http:// または https:// で始まるアドレスを1つ、またはファイルを送ってください。
submit-receipt-link =
    受け付けました：{ $stage }、バージョン{ $version }
    リンク：{ $url }
    受信日時：{ $received }
    { $timing }
submit-file-expected = ファイルそのもの（ドキュメント）を送るか、「キャンセル」を押してください。
submit-no-team = まだチームに所属していないため、提出できるものはありません。先にチームに参加するか、チームを登録してください。
submit-none-open = 現在、提出を受け付けているステージはありません。何も保存されていません。
submit-resend-after-choice = 複数のステージが受付中です。ステージを選んでから、もう一度ファイルを送ってください。
submit-not-open-yet = 「{ $stage }」の受け付けは{ $opens }に始まります。何も保存されていません。
submit-deadline-passed = 「{ $stage }」の締め切りは{ $deadline }で、締め切り後の提出は受け付けていません。何も保存されていません。
submit-refused-unknown = このファイルは{ $kinds }ではありません（ファイル名ではなく中身を確認しています）。何も保存されていません。
submit-refused-encrypted = このPDFはパスワードで保護されているため、開くことができません。パスワードなしで送ってください。何も保存されていません。
submit-refused-corrupt = このファイルは破損していて開けません。もう一度書き出してから送ってください。何も保存されていません。
submit-refused-no-pages = このPDFにはページがありません。何も保存されていません。
submit-refused-empty = このファイルは空です（0バイト）。何も保存されていません。
submit-kind-not-accepted = このステージで受け付けるのは{ $kinds }のみです。何も保存されていません。
submit-not-a-document = 資料は写真やメディアではなく、ファイル（ドキュメント）として送ってください：{ $kinds }。何も保存されていません。
submit-too-large = このファイルは{ $size_mb } MBで、上限は{ $max_mb } MBです。画像を圧縮するなどして小さくしてから、もう一度送ってください。何も保存されていません。
submit-too-large-unknown = このファイルは上限の{ $max_mb } MBを超えています。小さくしてから、もう一度送ってください。何も保存されていません。
submit-identical = これは{ $received }に受信した「{ $stage }」のバージョン{ $version }と同一です。新しいバージョンは追加していません。
submit-on-time = 期限内：締め切り{ $deadline }まで残り{ $left }。
submit-late = 期限後：締め切り{ $deadline }の{ $after }後に受信。
submit-receipt =
    受け付けました：{ $stage }、バージョン{ $version }
    ファイル：{ $file }（{ $size_kb } KB）
    受信日時：{ $received }
    SHA-256：{ $sha }…
    { $timing }
submit-name-changed = ファイル名に使用できない文字が含まれていたため、{ $name }として保存しました。
submit-organizer-notice = { $late ->
    [yes] 期限後の提出：チーム「{ $team }」が「{ $stage }」のバージョン{ $version }を提出しました（{ $person }さん）。
   *[other] 新しい提出：チーム「{ $team }」が「{ $stage }」のバージョン{ $version }を提出しました（{ $person }さん）。
}

deck-none = チーム「{ $team }」はまだ何も提出していません。/submit で資料を提出できます。
deck-versions =
    チーム「{ $team }」の提出資料：
    { $lines }
    ボタンを押すと、そのバージョンを受け取れます。
deck-stage-heading = { $stage }：
deck-version-line = { $late ->
    [yes] v{ $version } · { $file } · { $received } · 期限後 · { $sha }
   *[other] v{ $version } · { $file } · { $received } · 期限内 · { $sha }
}
deck-version-line-link = { $late ->
    [yes] v{ $version } · { $url } · { $received } · 期限後
   *[other] v{ $version } · { $url } · { $received } · 期限内
}
deck-link = バージョン{ $version }：{ $url }
deck-button-version = { $stage } v{ $version }
deck-button-get = 資料を受け取る
deck-sent = バージョン{ $version }：{ $file }
deck-file-missing = ファイル「{ $file }」が保存先に見つかりません。運営者にお知らせください。

deck-no-stages = このプログラムには提出ステージがありません。
deck-choose-stage = どのステージですか？
deck-status-on-time = 期限内
deck-status-late = 期限後
deck-review-line = { $team }：{ $status }、v{ $version }、{ $received }
deck-review-missing = { $team }：未提出
deck-review-no-teams = まだチームがありません。
deck-review =
    { $stage }／締め切り：{ $deadline }
    期限内：{ $on_time } · 期限後：{ $late } · 未提出：{ $missing }
    { $lines }
deck-button-zip = 最新資料のZIP
deck-export-empty = 「{ $stage }」にはまだどのチームも提出していません。
deck-export-ready = 「{ $stage }」の{ $count }チームの最新資料です（manifest.csv付き）。
deck-export-saved = ZIP（{ $count }チーム、{ $size_mb } MB）はこのプラットフォームで送信できる大きさを超えているため、サーバーに保存しました：{ $path }
deck-extend-usage =
    次のように入力してください：/extend ステージ YYYY-MM-DD HH:MM チーム名
    例：/extend interim-deck 2024-11-20 18:00 Blue Steppe
    時刻はご自身のタイムゾーンです。ステージにはプログラムファイルにあるステージのidを指定します。
deck-extend-done = 完了しました。チーム「{ $team }」の「{ $stage }」の締め切りは{ $deadline }になりました。
deck-extension-granted = 運営者がチームの「{ $stage }」の締め切りを{ $deadline }まで延長しました。
deck-notices-off = 新しい提出ごとの通知は届かなくなります。再びオンにするには /decknotices を送ってください。
deck-notices-on = 新しい提出ごとの通知が再び届くようになります。
