## イベント当日：出欠・参加証・受付・出欠状況・当日のお知らせ・アンケート

help-ticket = /ticket：参加するイベントの参加証（受付コード）
help-checkin = /checkin コード：受付コードで参加者を受付する。/checkin のみ：事前登録のない来場者を名前で探す（スタッフ）
help-attendance = /attendance イベント：受付済み・出席予定・キャンセル待ちの人数をチーム別に、CSV付きで（運営者）
help-eventnews = /eventnews イベント：会場の参加者に短いお知らせを送る（運営者）
help-invite-staff = /invite_staff：受付スタッフ用の1回限りの招待（運営者）

role-staff = イベントスタッフ
role-as-staff = イベントスタッフ
role-granted-staff = ようこそ。このプログラムのイベントスタッフとして登録されました。イベント当日は、参加者の参加証をスマートフォンのカメラで読み取るか、/checkin コード を送ってください。

eventday-state-none = 未回答
eventday-state-coming = 出席
eventday-state-online = オンライン参加
eventday-state-declined = 欠席
eventday-state-waiting = キャンセル待ち
eventday-state-offered = 席をご案内中
eventday-state-lapsed = 席のご案内は期限切れ
eventday-unnamed = （名前なし）
eventday-none = なし
eventday-no-team = チームなし
eventday-button-skip = スキップ
eventday-button-send = 今すぐ送信

eventday-no-events = このプログラムには出欠を受け付けるイベントがありません。
eventday-event-unknown = 「{ $key }」というイベントはありません。出欠を受け付けるイベント：{ $keys }

eventday-button-coming = { $chosen ->
    [yes] ✓ 出席
   *[other] 出席
}
eventday-button-no = { $chosen ->
    [yes] ✓ 欠席
   *[other] 欠席
}
eventday-button-online = { $chosen ->
    [yes] ✓ オンライン参加
   *[other] オンライン参加
}
eventday-button-ticket = 参加証を表示
eventday-rsvp-coming =
    { $name }
    出席で承りました。{ $starts }に会場でお待ちしております。受付で参加証（「参加証を表示」ボタン、または /ticket）をご提示ください。
eventday-rsvp-online =
    { $name }
    オンライン参加で承りました。参加用のリンクは{ $starts }までに運営者からお送りします。
eventday-rsvp-declined =
    { $name }
    欠席で承りました。回答は /schedule から変更できます。
eventday-rsvp-waiting =
    { $name }
    満席のため、キャンセル待ち（{ $place }番目）に登録しました。席が空いたらご案内し、{ $hours }の間お取り置きします。
eventday-rsvp-closed =
    { $name }
    出欠の受付は{ $closes }に締め切りました。運営者にお問い合わせください。
eventday-rsvp-over =
    { $name }
    このイベントはすでに始まっているため、回答は変更できません。
eventday-offer-ran-out =
    { $name }
    ご案内した席の受付期限が過ぎたため、次の方にご案内します。もう一度「出席」を押すと、キャンセル待ちの最後に登録されます。
eventday-rsvp-ask =
    「{ $name }」の開始まであと{ $left }です。
    開始：{ $starts }
    会場：{ $venue }
    使用言語：{ $languages }
    ご出席いただけますか？{ $closes }までにご回答ください。
eventday-seat-offer =
    { $name }：{ $starts }
    席が1つ空きました。{ $until }までお取り置きしています。ご出席になりますか？
eventday-button-take-seat = 席を確保する
eventday-button-refuse-seat = 辞退する
eventday-button-rejoin = もう一度登録する
eventday-seat-lapsed =
    { $name }
    ご案内した席は期限までにお申し込みがなかったため、キャンセル待ちの次の方にご案内しました。

eventday-ticket =
    参加証：{ $name }
    { $starts }、{ $venue }
    受付でこの画像をご提示いただくか、受付コードをお伝えください：{ $code }
eventday-ticket-none = 参加証はまだありません。/schedule でイベントを選び、「出席」を押してください。
eventday-no-ticket-waiting = { $name }：キャンセル待ちのため、参加証はまだありません。
eventday-no-ticket-offered = { $name }：席をご案内中です。席を確保すると参加証が発行されます。
eventday-no-ticket-online = { $name }：オンライン参加のため、参加証は不要です。
eventday-ticket-not-coming = { $name }：参加証は会場に出席される方にのみお出しします。

eventday-own-ticket = ご自身の参加証です。受付でご提示ください。スタッフが読み取ります。
eventday-code-unknown = この受付コードの参加証はありません。コードを確認してもう一度お試しいただくか、/checkin で名前から探してください。
eventday-code-other-program = この参加証は別のプログラム（{ $program }）の「{ $name }」のものなので、ここでは受付できません。
eventday-checkin-not-yet = この参加証は{ $starts }開始の「{ $name }」のものです。受付開始は{ $opens }です。
eventday-checkin-over = この参加証は{ $starts }開始の「{ $name }」のもので、このイベントは終了しています。
eventday-checkin-none-open = 現在受付中のイベントはありません。受付はイベント開始の6時間前から始まります。
eventday-already-checked-in = { $person }さんは{ $at }に受付済みです（担当：{ $by }）。
eventday-card =
    { $person }さん
    チーム：{ $team }
    出欠：{ $state }
    イベント：{ $name }
eventday-button-check-in = 受付する
eventday-checked-in = { $person }さんを受付しました。現在の来場者は{ $here }人、出席予定は{ $coming }人です。
eventday-welcome =
    「{ $name }」へようこそ！
    本日のアジェンダ（{ $clock }）：
    { $agenda }
eventday-welcome-no-agenda = 「{ $name }」へようこそ！
eventday-walkin-which-event = どのイベントの受付をしますか？
eventday-walkin-ask = お名前（一部でも可）または受付コードを入力してください。
eventday-walkin-short = お名前を{ $least }文字以上入力してください。
eventday-walkin-none = 「{ $text }」を含むお名前は見つかりませんでした。別の部分で検索してください。
eventday-walkin-pick = どなたですか？
eventday-walkin-person = { $person }（{ $team }）

eventday-no-limit = 制限なし
eventday-no-shows = 来場なし：{ $count }
eventday-not-arrived = 未到着：{ $count }
eventday-team-line = • { $team }：来場{ $here }人、出席予定{ $coming }人
eventday-no-teams = • チームなし
eventday-feedback-average = 評価：平均{ $average }（{ $count }件）
eventday-feedback-none = 評価：まだありません
eventday-reminders-to-everyone = リマインダーの送信先：プログラムの全参加者
eventday-reminders-to-coming = リマインダーの送信先：出席予定の方のみ
eventday-attendance =
    出欠状況：{ $name }
    開始：{ $starts }
    受付済み：{ $here }（事前登録なし：{ $walkins }）
    会場に出席予定：{ $coming }（定員：{ $capacity }）
    オンライン参加：{ $online }
    キャンセル待ち：{ $waiting }
    欠席：{ $declined }
    { $missing }
    チーム別：
    { $teams }
    { $feedback }
    { $reminders }
eventday-button-refresh = 更新
eventday-button-csv = CSVファイル
eventday-button-reminders-everyone = 全員にリマインド
eventday-button-reminders-coming = 出席者のみリマインド
eventday-button-comments = コメント
eventday-reminders-set-everyone = { $name }：リマインダーと当日朝のアジェンダを、プログラムの全参加者にお送りします。
eventday-reminders-set-coming = { $name }：リマインダーと当日朝のアジェンダを、出席予定の方にのみお送りします。
eventday-csv = 「{ $name }」の出欠：{ $count }人。時刻は{ $zone }の時刻で記載しています。
eventday-comments-none = { $name }：コメントはまだありません。
eventday-comments =
    「{ $name }」へのコメント：
    { $comments }
eventday-comment-line = • { $rating }/5：{ $comment }

eventday-news-over = 「{ $name }」は終了しています。代わりに /broadcast をご利用ください。
eventday-news-ask-audience = お知らせの送信先を選んでください。
eventday-news-audience-checkedin = 受付済みの方
eventday-news-audience-coming = 出席予定の全員
eventday-news-ask-text = お知らせを{ $language }で入力するか、「スキップ」を押してください。
eventday-news-empty = お知らせが空です。入力してください。
eventday-news-too-long = お知らせは{ $length }文字です。当日のお知らせは{ $limit }文字までです。
eventday-news-need-text = 少なくとも1つの言語でお知らせを入力してください。
eventday-news-text-only = 当日のお知らせはテキストのみです。入力してください。
eventday-news-preview-version = { $language }では次のように届きます：
eventday-news-preview-line = • { $language }：{ $count }人
eventday-news-preview =
    送信先：{ $total }人
    { $lines }
eventday-news-nobody = • まだいません
eventday-news-queued = 「{ $name }」のお知らせを{ $count }人に送信しています。
eventday-news =
    { $name }：お知らせ
    { $text }

eventday-feedback-ask = 「{ $name }」にご来場いただきありがとうございました！いかがでしたか？1（よくない）から5（とてもよい）で評価してください。
eventday-button-rating = { $rating ->
    [1] 1（よくない）
    [5] 5（とてもよい）
   *[other] { $rating }
}
eventday-feedback-not-there = 「{ $name }」を評価できるのは、受付を済ませた方のみです。
eventday-feedback-closed = 「{ $name }」のアンケートは締め切りました。
eventday-feedback-ask-comment = 評価（{ $rating }/5）をありがとうございます！コメントがあれば入力してください。なければ「スキップ」を押してください。
eventday-feedback-empty = コメントが空です。入力するか、「スキップ」を押してください。
eventday-feedback-too-long = コメントは{ $length }文字です。{ $limit }文字までです。
eventday-feedback-text-only = コメントはテキストで入力するか、「スキップ」を押してください。
eventday-feedback-thanks-comment = ご意見をありがとうございました！
eventday-feedback-thanks = 評価をありがとうございました！

eventday-privacy-rsvp = • { $name }：{ $state }
eventday-privacy-checkin = • { $name }：{ $at }に受付
eventday-privacy-feedback = • { $name }：評価{ $rating }/5
eventday-privacy-staff = スタッフとして受付した人数：{ $checkins }、送信したライブニュース：{ $news }

## ダッシュボードの「イベント当日」ページ

eventday-page-title = イベント当日
eventday-dash-event = イベント
eventday-dash-starts = 開始：{ $starts }
eventday-stat-checked-in = 受付済み
eventday-stat-walk-ins = 事前登録なし
eventday-stat-coming = 会場に出席予定
eventday-stat-online = オンライン参加
eventday-stat-waiting = キャンセル待ち
eventday-stat-declined = 欠席
eventday-stat-not-arrived = 未到着
eventday-stat-no-shows = 来場なし
eventday-dash-by-team = チーム別
eventday-dash-no-teams = チームはまだありません。
eventday-chart-arrivals = 受付数の推移
eventday-dash-reminders = リマインダーと当日朝のアジェンダ
eventday-dash-bad-event = そのイベントまたは選択肢はこのプログラムにありません。変更はありません。
eventday-export-attendance = イベントの出欠

## 進捗報告の指標（/kpis）に表示するプログラム全体の数値
eventday-indicators-title = イベント「{ $name }」（{ $day }）
eventday-indicator-checked-in = 受付済み
eventday-indicator-coming = 会場に出席予定
eventday-indicator-no-shows = 来場なし
eventday-indicator-average-rating = 平均評価（1〜5）
eventday-indicator-ratings = 評価件数
