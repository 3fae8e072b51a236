## ヘルプデスク：運営者への質問（/ask）、回答、/helpdesk。

help-ask = /ask：運営者に質問する
help-helpdesk = /helpdesk：未解決の質問（/helpdesk stats、/helpdesk export）
menu-ask = 運営者に質問

helpdesk-no-program = 先に参加するプログラムを選んでください（/program）。その後、/ask でもう一度ご質問ください。
helpdesk-ask-question = 運営者へのご質問を、1通のメッセージでお書きください。ファイルや写真を添えて、質問をそのキャプションに書いていただくこともできます。
helpdesk-ask-words = ファイル「{ $name }」を受け取りました。続けて、ご質問を文章でお書きください。
helpdesk-text-empty = 内容をご記入ください。
helpdesk-text-too-long = このメッセージは{ $length }文字です。{ $max }文字以内に短くするか、分けてお送りください。
helpdesk-faq-found =
    プログラムの「よくある質問」に、答えがあるかもしれません。
    { $entries }
    こちらで解決しましたか？
helpdesk-faq-entry =
    ❓ { $question }
    💬 { $answer }
helpdesk-button-answered = 解決しました
helpdesk-button-send = 運営者に送る
helpdesk-faq-glad = お役に立てて幸いです。ほかにご不明な点がございましたら、/ask でご質問ください。
helpdesk-ask-file = ファイルや写真（PDF、Word、PowerPoint、Excel、JPEG、PNG、{ $max_mb } MBまで）を添付しますか？今お送りいただくか、「ファイルなし」を押してください。
helpdesk-button-no-file = ファイルなし
helpdesk-file-expected = ファイルか写真をお送りいただくか、「ファイルなし」を押してください。
helpdesk-file-kind = ここでは文書ファイルか写真をお送りください（動画・音声・ボイスメッセージは受け付けていません）。
helpdesk-file-empty = このファイルは中身が空です。別のファイルをお送りください。
helpdesk-file-too-large = ファイルが大きすぎます。お送りいただけるのは{ $max_mb } MBまでです。
helpdesk-file-unknown = 受け付けられるのはPDF・Word・PowerPoint・Excelのファイルと、JPEG・PNGの画像です。このファイルはいずれにも当たりません。
helpdesk-ask-about = このご質問はチーム「{ $team }」についてですか、それとも個人的なものですか？
helpdesk-button-about-team = チームについて
helpdesk-button-about-personal = 個人的な質問
helpdesk-confirm =
    ご質問（{ $about }）：
    { $text }
    ファイル：{ $file }

    運営者に送信しますか？
helpdesk-confirm-no-file = なし
helpdesk-button-confirm = 送信する
helpdesk-about-team = チーム「{ $team }」について
helpdesk-about-personal = 個人的な質問
helpdesk-sent = 質問 #{ $number } として運営者に送信しました。回答はこのチャットに届きます。
helpdesk-sent-nobody-yet = 質問 #{ $number } として保存しました。このプログラムの運営者はまだボットに登録されていません。登録後に運営者が確認し、このチャットで回答いたします。

helpdesk-someone = 名前なし
helpdesk-new =
    新しい質問 #{ $number }（{ $about }、{ $language }）
    質問者：{ $asker }
    { $text }
helpdesk-button-show = #{ $number }
helpdesk-button-claim = 担当する
helpdesk-button-take-over = 担当を引き継ぐ
helpdesk-button-reply = 返信する
helpdesk-button-close = 完了にする
helpdesk-claimed-notice = 質問 #{ $number } の担当：{ $name }
helpdesk-claimed = 質問 #{ $number } の担当になりました。「返信する」を押して回答してください。
helpdesk-yours-already = 質問 #{ $number } はすでにご担当です。
helpdesk-claimed-by = 質問 #{ $number } の担当：{ $name }。ご自身で回答する場合は、担当を引き継いでください（担当者にお知らせします）。
helpdesk-already-closed = 質問 #{ $number } は完了しています。
helpdesk-closed = 質問 #{ $number } を完了にしました。質問者にお知らせします。
helpdesk-reply-prompt =
    質問 #{ $number }（質問者：{ $asker }）
    { $text }

    回答をお書きください。次に送るメッセージ（文章、ファイル、写真）が、そのまま質問者に届きます。
helpdesk-reply-sent = 質問 #{ $number } の回答を送信しました（送信先：{ $asker }）。
helpdesk-asker-gone = 質問 #{ $number } の質問者はご自身のデータを削除されたため、回答をお届けできません。

helpdesk-answer =
    ご質問 #{ $number } への運営者からの回答です。

    { $text }
helpdesk-button-write-back = 返信する
helpdesk-button-solved = 解決済みにする
helpdesk-more-prompt = 質問 #{ $number } についてのメッセージをお書きください。次に送るメッセージ（文章、ファイル、写真）が、回答した運営者に届きます。
helpdesk-more-sent = 質問 #{ $number } への追加のメッセージを運営者に送信しました。
helpdesk-asker-closed = 質問 #{ $number } は完了しています。新しいご質問は /ask でお送りください。
helpdesk-you-closed = ありがとうございました。質問 #{ $number } を完了にしました。
helpdesk-follow-up =
    質問 #{ $number } に追加のメッセージが届きました（質問者：{ $asker }）。
    { $text }
helpdesk-closed-by-desk = ご質問 #{ $number } は運営者により完了となりました。新しいご質問は /ask でお送りください。
helpdesk-closed-by-asker = 質問 #{ $number } は、質問者（{ $asker }）が解決済みにしました。
helpdesk-closed-by-other = 質問 #{ $number } は完了になりました（完了にした方：{ $name }）。
helpdesk-remind =
    質問 #{ $number }（質問者：{ $asker }）は{ $waiting }にわたり未回答です。
    { $text }
helpdesk-deferred = 質問 #{ $number } へのご回答は、まだ質問者（{ $asker }）に届いていません。このプラットフォームでは、担当者からの返信は、相手の方の最後のメッセージから7日以内に限り送信できます。最後のメッセージ：{ $last }。質問者がボットに再度メッセージを送ると、自動的に送信されます。
helpdesk-file-only = （ファイル：{ $name }）
helpdesk-deleted = （質問者により削除）

helpdesk-list-empty = 未解決の質問はありません。
helpdesk-list =
    未解決の質問（{ $count }件。担当者なしを先に、古い順）：
    { $threads }
helpdesk-line-organizers = #{ $number }・{ $waiting }待ち・{ $state }・{ $who }：{ $excerpt }
helpdesk-line-person = #{ $number }・{ $waiting }前に回答済み・{ $who }：{ $excerpt }
helpdesk-who = { $asker }
helpdesk-who-team = { $asker }（チーム「{ $team }」）
helpdesk-state-unclaimed = 担当者なし
helpdesk-state-claimed = 担当：{ $name }
helpdesk-state-answered = 回答済み
helpdesk-state-closed = 完了
helpdesk-stats =
    ヘルプデスクの状況：
    未解決：{ $open }件（未回答：{ $unanswered }件）、完了：{ $closed }件
    最初の回答までの時間（中央値）：{ $first_answer }
    完了までの時間（中央値）：{ $close }
    待ち時間の長い質問：
    { $slowest }
helpdesk-stats-none = まだありません
helpdesk-stats-no-waiting = 回答待ちの質問はありません
helpdesk-export = すべての質問（{ $count }件）とそのメッセージです（時刻はUTC）。
helpdesk-usage = /helpdesk で未解決の質問を、/helpdesk stats で回答の速さを表示し、/helpdesk export ですべての質問をCSVファイルでお送りします。
helpdesk-thread =
    質問 #{ $number }（質問者：{ $asker }、{ $about }、{ $language }）・{ $state }
    メッセージ（{ $clock }）：
    { $messages }
helpdesk-thread-line = { $at } { $who }：{ $text }
helpdesk-side-asker = 質問者
helpdesk-side-organizer = { $name }（運営者）
helpdesk-thread-deleted = 質問 #{ $number } は質問者により削除されました（{ $at }）。本文は残っていません。

helpdesk-privacy-asked = ヘルプデスク：ご自身の質問{ $count }件と、その中のすべてのメッセージ
helpdesk-privacy-answered = ヘルプデスク：運営者として書いた回答{ $count }件（質問者の質問に残り、お名前は削除されます）

## ダッシュボードの「ヘルプデスク」ページ。

helpdesk-dash-page = ヘルプデスク
helpdesk-dash-export = ヘルプデスクの質問とメッセージ
helpdesk-dash-open = 未解決の質問（{ $count }件）
helpdesk-dash-figures = 回答までの時間
helpdesk-dash-stat-open = 未解決
helpdesk-dash-stat-unanswered = 未回答
helpdesk-dash-stat-closed = 完了
helpdesk-dash-col-first-answer = 最初の回答までの時間（中央値）
helpdesk-dash-col-close = 完了までの時間（中央値）
helpdesk-dash-slowest = 回答を最も長く待っている質問：
helpdesk-dash-col-question = 質問
helpdesk-dash-col-asker = 質問者
helpdesk-dash-col-age = 経過時間
helpdesk-dash-col-about = 区分
helpdesk-dash-col-opened = 質問日時
helpdesk-dash-col-author = 送信者
helpdesk-dash-col-message = メッセージ
helpdesk-dash-value = { $value }
helpdesk-dash-waiting-organizers = 回答待ち（{ $length }）
helpdesk-dash-waiting-person = { $length }前に回答済み
helpdesk-dash-back = ← 質問の一覧
helpdesk-dash-thread = 質問 #{ $number }
helpdesk-dash-erased = 質問者がご自身のデータを削除されました（{ $at }）。本文は残っていません。
helpdesk-dash-taken = この質問の担当：{ $name }。回答を送信すると、担当を引き継ぎます（担当者にお知らせします）。
helpdesk-dash-answer = 回答（書いたとおりに質問者に届きます）
helpdesk-dash-button-send = 回答を送信する
helpdesk-dash-button-take-over-send = 引き継いで送信する
helpdesk-dash-confirm-close = 質問 #{ $number } を完了にしますか？質問者にお知らせします。
helpdesk-dash-unknown = ご担当のプログラムに、この質問はありません。
helpdesk-dash-claimed = 質問 #{ $number } の担当になりました。
