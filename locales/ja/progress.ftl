help-report = /report：チームの今期の進捗報告
help-kpis = /kpis：プログラムの指標（チーム別・合計）、Excelファイルとグラフ（運営者）

progress-not-planned = このプログラムでは進捗報告を求めていません。
progress-team-not-reporting = チーム「{ $team }」はこのプログラムの進捗報告の対象ではありません。
progress-none-yet = 最初の進捗報告の受付開始は{ $opens }です。
progress-closed =
    { $period }開始の進捗報告は{ $closed }に締め切られたため、提出・修正はできません。
    次回の受付開始は{ $opens }です。
progress-closed-last = { $period }開始の進捗報告は{ $closed }に締め切られたため、提出・修正はできません。これがプログラム最後の報告でした。
progress-closed-now = 報告期間は{ $closed }に締め切られたため、この報告は提出できません。何も保存されていません。
progress-gone = この報告の受付は終了しました（プログラムが変更されました）。何も保存されていません。
progress-not-in-team = このチームのメンバーではなくなったため、報告は提出されませんでした。

progress-ask =
    { $index }/{ $count }. { $name }
    { $lines }
progress-hint-count = 整数（0以上）を入力してください。
progress-hint-count-new = 前回の報告以降に増えた数を整数（0以上）で入力してください。
progress-hint-money = 金額を{ $currency }で入力してください（例：12500）。
progress-hint-money-new = 前回の報告以降に増えた金額を{ $currency }で入力してください（例：12500）。
progress-hint-percent = 0から100までの割合（％）を入力してください。
progress-hint-yes_no = 「はい」か「いいえ」を押してください。
progress-hint-text = 数文で入力するか、「スキップ」を押してください。
progress-earlier-total = これまでの合計：{ $value }
progress-earlier-level = 前回の報告：{ $value }
progress-current = この報告の現在の値：{ $value }

progress-error-count = 0以上の整数を入力してください（例：3）。
progress-error-money = 金額は{ $currency }で、数字のみで入力してください（例：12500、12500.50）。
progress-error-percent = 0から100までの数を入力してください（例：40）。
progress-error-yes-no = 「はい」か「いいえ」を押してください。
progress-error-too-big = 数が大きすぎます。確認して、もう一度入力してください。
progress-error-text-empty = 文章を入力するか、「スキップ」を押してください。
progress-error-text-long = 1000文字以内で入力してください。

progress-button-yes = はい
progress-button-no = いいえ
progress-button-keep = このまま
progress-button-skip = スキップ
progress-button-send = 報告を提出
progress-button-fill = 報告を入力
progress-button-kpis = 指標

progress-value-none = –
progress-value-yes = はい
progress-value-no = いいえ
progress-value-money = { $amount } { $currency }
progress-value-percent = { $value }％

progress-summary =
    チーム「{ $team }」の進捗報告（{ $period }開始の期間）：
    { $lines }
    提出しますか？{ $closes }まで修正できます。
progress-summary-line = • { $name }：{ $value }
progress-saved = ありがとうございます。チーム「{ $team }」の進捗報告（{ $period }開始の期間）を保存しました。{ $closes }まで /report で修正できます。
progress-updated = チーム「{ $team }」の進捗報告（{ $period }開始の期間）を修正しました。{ $closes }まで再度修正できます。

progress-asked = チーム「{ $team }」の進捗報告の時期になりました（{ $period }開始の期間）。{ $closes }までに提出してください。
progress-reminder = チーム「{ $team }」の進捗報告（{ $period }開始の期間）がまだ提出されていません。締め切りは{ $closes }です（残り{ $left }）。
progress-help-notice =
    チーム「{ $team }」が支援を求めています（{ $period }開始の期間の進捗報告）：
    { $text }

progress-privacy = チームのために提出した進捗報告：{ $count }件（報告はチームに残ります。/delete_me で報告からお名前を削除します）。

progress-kpis =
    { $period }開始の期間の指標（締め切り：{ $closes }）
    報告済み：{ $teams }チーム中{ $reported }チーム。未提出：{ $missing }
    プログラム合計：
    { $totals }
progress-missing-more = { $names }ほか{ $more }チーム
progress-kpis-teams =
    チーム別（{ $legend }）：
    { $rows }
progress-workbook = Excelファイル：期間ごとのシート、合計、文章での回答。
progress-workbook-more = Excelファイル：期間ごとのシート、合計、文章での回答（上に表示していない{ $more }チームを含みます）。
progress-nobody-missing = なし
progress-team-line = • { $team }：{ $values }
progress-team-line-missing = • { $team }（未提出）：{ $values }
progress-total = • { $name }：{ $value }
progress-total-target = • { $name }：{ $value }（目標：{ $target }）
progress-no-such-period = その期間はありません。これまでの期間：{ $periods }
progress-chart = { $periods }期間の指標の推移（チーム別）。
progress-csv = 報告されたすべての値（CSVファイル）。

dash-page-progress = 進捗
dash-progress-none = このプログラムではまだ進捗報告を求めていません。
dash-progress-period = 期間
dash-progress-all-teams = すべてのチーム
dash-progress-reported = 報告済みのチーム
dash-progress-missing = 未提出のチーム
dash-progress-badge-reported = 報告済み
dash-progress-badge-missing = 未提出
dash-progress-col-status = 報告
dash-progress-col-indicator = 指標
dash-progress-col-total = 合計
dash-progress-col-target = 目標
dash-progress-col-text = 回答
dash-progress-per-team = チーム別
dash-progress-totals = 合計
dash-progress-texts = 文章での回答
dash-progress-charts = 期間ごとの推移
dash-progress-total-series = 合計
dash-progress-download-xlsx = Excelファイル（XLSX）
dash-progress-download-chart = チーム別グラフ（PNG）
dash-export-progress = 進捗報告：報告されたすべての値

menu-report = 進捗報告
progress-button-asks-on = 報告依頼を受け取る
progress-button-asks-off = 報告依頼を停止
progress-asks-on = 今後はチーム「{ $team }」の進捗報告の依頼とリマインダーをあなたにもお送りします。下のボタンで停止できます。
progress-asks-off = チーム「{ $team }」の進捗報告の依頼をあなたにお送りするのを停止しました。チームリーダーには引き続き届きます。報告は /report で引き続き提出できます。
progress-asks-lead = チーム「{ $team }」のリーダーには、進捗報告の依頼が常に届きます。
progress-privacy-asks = チームの進捗報告の依頼を受け取る設定にしています。/delete_me または「報告依頼を停止」ボタンで解除できます。
progress-help-opened = 支援のご依頼は、運営者のヘルプデスクにも質問 #{ $number } として送信しました。回答はこのチャットに届きます。
progress-help-added = 修正された支援のご依頼を、ヘルプデスクの質問 #{ $number } に追加しました。

## 他の機能（イベント当日・マッチング）が集計するプログラム全体の指標
progress-program-heading = プログラム全体の指標
progress-program-indicators =
    プログラム全体の指標（現時点）：
    { $groups }
progress-program-group =
    { $title }：
    { $lines }
progress-program-line = • { $name }：{ $value }
dash-progress-col-value = 値
