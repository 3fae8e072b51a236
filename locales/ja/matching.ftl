## 共創マッチング：プロジェクトのショーケース、来場者、ご紹介、リード。

help-showcase = /showcase：来場者に公開するプロジェクトの内容を選んで公開（リーダー）
help-unpublish = /unpublish：プロジェクトをショーケースから取り下げる（リーダー）
help-projects = /projects：プロジェクトを閲覧し、チームにご紹介を依頼
help-visitor-profile = /visitor_profile：来場者情報と共有する連絡先を変更
help-leads = /leads：ご紹介依頼をすべて状態・チーム・組織別に表示、CSV/XLSX（運営者）

match-need-technology = 技術
match-need-investment = 投資
match-need-dist-japan = 日本での販売
match-need-dist-mongolia = モンゴルでの販売
match-need-research = 研究
match-need-pilot = 実証の場
match-need-other = その他
match-line-need = ・{ $need }
match-button-need = { $chosen ->
    [yes] ✓ { $need }
   *[other] { $need }
}
match-numbered = { $n }. { $label }
match-language-mn = モンゴル語
match-language-ja = 日本語
match-language-en = 英語

match-contact-email = メール：{ $value }
match-contact-phone = 電話：{ $value }
match-contact-chat = チャット：{ $value }
match-contact-kind-email = メール
match-contact-kind-phone = 電話
match-contact-kind-chat = チャットのID

match-button-keep = このタイトルのまま
match-button-skip = スキップ
match-button-done = 完了
match-button-deck-yes = 資料を公開する
match-button-deck-no = 公開しない
match-button-publish = 公開する
match-button-approve = 承認
match-button-send-back = 差し戻し
match-button-agree = 同意する
match-button-by-sdg = SDGsで絞り込む
match-button-by-need = ニーズで絞り込む
match-button-all = すべてのプロジェクト
match-button-request = 面談を依頼
match-button-deck = 資料
match-button-back-list = 一覧に戻る
match-button-accept = 承諾
match-button-decline = お断り
match-button-ask = 運営者に相談
match-button-share-email = メールを共有
match-button-share-phone = 電話番号を共有
match-button-no-reason = 理由なし
match-button-propose = 面談日時を提案
match-button-csv = CSV
match-button-xlsx = XLSX
match-sdg-button = SDGs { $number }

match-card =
    { $title }
    チーム：{ $team }
    { $pitch }
    SDGs：
    { $sdgs }
    求めているパートナー：
    { $needs }
    詳細：{ $note }

## 公開（/showcase）

match-may-not-publish = 現在、チームのプロジェクトは公開できません。このプログラムでは、選考結果の発表後に採択チームのプロジェクトを公開します。
match-showcase-published = プロジェクトはショーケースに公開中です：

    { $card }

    変更する場合は以下の質問にお答えください。そのままにする場合は「キャンセル」を押してください。
match-showcase-pending = プロジェクトは運営者の承認待ちです：

    { $card }

    変更する場合は以下の質問にお答えください。そのままにする場合は「キャンセル」を押してください。
match-ask-title = 来場者に表示するプロジェクトのタイトルを入力してください（{ $max }文字以内）。現在のタイトル：{ $title }
match-title-invalid = タイトルは1～{ $max }文字で入力してください。
match-ask-pitch-mn = モンゴル語で短い紹介文を入力してください（{ $max }文字以内）。機械翻訳は使われませんので、ご自身でお書きください。
match-ask-pitch-ja = 次に、同じ紹介文を日本語で入力してください（{ $max }文字以内）。
match-ask-pitch-en = 英語の紹介文もあれば入力してください（{ $max }文字以内）。なければ「スキップ」を押してください。
match-pitch-invalid = 紹介文は1～{ $max }文字です（現在{ $length }文字）。短くしてください。
match-ask-needs =
    チームが求めているものは何ですか？当てはまるものをすべて押して「完了」を押すか、番号を入力してください（1, 3）：
    { $needs }
match-needs-invalid = 1～{ $max }の番号をカンマ区切りで入力してください。
match-needs-choose-one = 少なくとも1つ選んでください。
match-ask-note = 求めているものを来場者向けに1行でご説明ください（{ $max }文字以内）。なければ「スキップ」を押してください。
match-note-invalid = 1～{ $max }文字で入力してください。
match-ask-deck = 最新のピッチ資料を来場者が開けるようにしますか？
match-preview-pitch = { $language }：{ $pitch }
match-preview-deck-yes = 来場者は最新のピッチ資料を開けます。
match-preview-deck-no = ピッチ資料は公開しません。
match-ask-confirm =
    来場者には次のように表示されます：

    { $card }

    紹介文：
    { $pitches }
    { $deck }

    「公開する」を押すまで、何も公開されません。
match-published = プロジェクトをショーケースに公開しました。来場者は /projects で閲覧できます。
match-sent-for-approval = ありがとうございます。来場者に公開する前に運営者が内容を確認し、結果をお知らせします。
match-review =
    チーム「{ $team }」からプロジェクト公開の申請がありました：

    { $card }
match-approved = チーム「{ $team }」のプロジェクトを公開しました。
match-sent-back = チーム「{ $team }」のプロジェクトをリーダーに差し戻しました。
match-approved-lead = プロジェクト「{ $title }」が承認され、ショーケースに公開されました。
match-sent-back-lead = プロジェクト「{ $title }」は運営者により差し戻されました。運営者にご連絡のうえ、もう一度 /showcase を送ってください。
match-review-done = このプロジェクトはすでに確認済みです。
match-not-published = プロジェクトはショーケースに公開されていません。
match-unpublished = プロジェクトをショーケースから取り下げました。すでに届いている依頼には引き続きご回答いただけます。

## 来場者

match-visitor-intro = ようこそ。チームにご紹介を依頼するために、まずお客様について簡単にお聞かせください。1分ほどで終わります。
match-visitor-ask-name = お名前をお聞かせください。
match-visitor-name-invalid = お名前を1～{ $max }文字で入力してください。
match-visitor-ask-org = ご所属（企業・大学・ファンドなど）をお聞かせください。
match-visitor-org-invalid = ご所属の名称を1～{ $max }文字で入力してください。
match-visitor-ask-country = ご所属の組織の所在国はどちらですか？
match-visitor-ask-offers =
    チームに提供できるものは何ですか？当てはまるものをすべて押して「完了」を押すか、番号を入力してください（1, 3）：
    { $needs }
match-visitor-ask-contact-kind = チームが依頼を承諾した際、どの連絡先をお伝えしてよろしいですか？
match-visitor-ask-email = メールアドレスを入力してください。
match-visitor-ask-phone = 電話番号を国番号から入力してください（+81…）。
match-visitor-ask-chat = チャットのID（Telegram・LINE・Messengerなど）を入力してください。
match-visitor-email-invalid = メールアドレスの形式ではないようです。もう一度入力してください。
match-visitor-phone-invalid = 電話番号の形式ではないようです。国番号から数字で入力してください。
match-visitor-chat-invalid = チャットのIDを入力してください（{ $max }文字以内）。
match-visitor-consent = お名前・ご所属・所在国・提供できるもの・連絡先を保存します。ご紹介を依頼すると、チームにはお名前・ご所属・提供できるもの・メッセージが表示され、連絡先はリーダーが承諾した後にのみ伝わります。運営者はすべての依頼を確認できます。/delete_me ですべて削除できます。
match-visitor-welcome = { $name }さん、ありがとうございます。プロジェクトをご紹介します。

## 閲覧

match-list =
    プロジェクト：{ $count }件{ $filters }
    { $projects }
    ★は、お客様が提供できるものを求めているプロジェクトです。詳細はプロジェクトを押してご覧ください。
match-list-line = { $n }. { $title }（チーム「{ $team }」）
match-list-line-match = { $n }. ★ { $title }（チーム「{ $team }」）
match-filter-sdg = {" "}・SDGs { $number }
match-filter-need = {" "}・{ $need }
match-filter-both = {" "}・SDGs { $number }・{ $need }
match-list-empty = 公開中のプロジェクトはまだありません。後ほどもう一度ご覧ください。
match-list-empty-filtered = 条件に合うプロジェクトはありません{ $filters }。
match-choose-sdg =
    どの目標で絞り込みますか？
    { $goals }
match-choose-need = どのニーズで絞り込みますか？
match-project-gone = このプロジェクトはショーケースに公開されていません。
match-no-deck = このプロジェクトには公開中の資料がありません。
match-deck = チームの最新のピッチ資料です。
match-deck-link = チームの最新のピッチ資料：{ $url }

## ご紹介

match-ask-message = プロジェクト「{ $title }」のチームへの短いメッセージを入力してください。ご自身のことと、面談を希望される理由をお書きください（{ $max }文字以内）。
match-message-invalid = メッセージは1～{ $max }文字です（現在{ $length }文字）。
match-too-many-open = 回答待ちの依頼がすでに{ $max }件あります。ほかのチームに依頼する前に、回答をお待ちください。
match-already-requested = プロジェクト「{ $title }」のチームにはすでに依頼済みで、回答をお待ちいただいています。
match-requested = プロジェクト「{ $title }」への依頼を送信しました。リーダーの回答期限は{ $until }です。期限までに回答がない場合、依頼は失効し、お知らせします。
match-request-to-lead =
    プロジェクト「{ $title }」へのご紹介依頼が届きました：
    依頼者：{ $name }さん、{ $organization }（{ $country }）
    提供できるもの：
    { $offers }
    メッセージ：{ $message }

    連絡先は承諾した場合にのみ共有されます。{ $until }までにご回答ください。
match-not-your-request = この依頼を確認・回答できるのは、依頼先チームのリーダーのみです。
match-request-accepted = この依頼はすでに承諾されています。
match-request-declined = この依頼はすでにお断りしています。
match-request-expired = この依頼は期限切れです。
match-team-no-contact = チームに共有できるメールアドレスや電話番号がありません。/edit_team で追加してから、もう一度「承諾」を押してください。
match-ask-share =
    チームのどの連絡先を共有しますか？
    { $contacts }
match-accepted-lead =
    承諾しました。チームの連絡先をお送りします。依頼者：
    { $name }さん、{ $organization }
    { $contact }

    次のステップのご提案：最初の面談の日時を3つまでご提案ください。
match-accepted-visitor =
    プロジェクト「{ $title }」のチーム（チーム「{ $team }」）が依頼を承諾しました。
    { $name }さん、{ $organization }
    { $contact }

    最初の面談の日時はチームリーダーからご提案します。
match-ask-decline-note = 依頼者への理由があれば入力してください。なければ「理由なし」を押してください。依頼者には丁寧なお知らせが届きます。
match-declined-lead = お断りしました。依頼者には丁寧なお知らせが届きます。
match-declined-visitor = プロジェクト「{ $title }」にご関心をお寄せいただき、ありがとうございます。誠に恐縮ながら、チームは今回のご依頼をお受けすることができません。/projects でほかのプロジェクトもぜひご覧ください。
match-declined-visitor-note =
    プロジェクト「{ $title }」にご関心をお寄せいただき、ありがとうございます。誠に恐縮ながら、チームは今回のご依頼をお受けすることができません。チームからのコメント：
    { $note }
match-asked-organizers = ご相談内容を、運営者のヘルプデスクに質問 #{ $number } として送信しました。回答はこのチャットに届きます。依頼への回答は引き続き可能です。
match-ask-organizers-question = このご依頼について運営者に相談したい内容をお書きください（{ $max }文字以内）。回答はこのチャットに届きます。
match-ask-to-organizers =
    チーム「{ $team }」（リーダー：{ $lead }さん）から、ご紹介依頼について相談がありました：
    依頼者：{ $name }さん、{ $organization }
    メッセージ：{ $message }
    リーダーからの相談はヘルプデスクの質問 #{ $number } です。/helpdesk から回答してください。
match-expired-visitor = プロジェクト「{ $title }」への依頼は{ $days }日間回答がなかったため、失効しました。/projects でほかのプロジェクトもぜひご覧ください。
match-meeting-proposed = ご提案の日時をお送りしました。依頼者が1つ選びます。
match-meeting-offer =
    チーム「{ $team }」から、最初の面談（1時間）の日時のご提案です：
    { $times }
    ご都合のよい日時を押してください。
match-meeting-set = 最初の面談が決まりました。日時：{ $at }、お相手：{ $other }
match-meeting-already = 最初の面談はすでに決まっています。日時：{ $at }

## リード（/leads）

match-leads-none = ご紹介依頼はまだありません。
match-state-open = 回答待ち
match-state-accepted = 承諾
match-state-declined = お断り
match-state-expired = 期限切れ
match-leads-no-answer = —
match-leads =
    ご紹介：依頼{ $requested }件、承諾{ $accepted }件、お断り{ $declined }件、回答待ち{ $open }件、期限切れ{ $expired }件。
    最初の面談：設定{ $arranged }件、実施{ $held }件。回答までの時間（中央値）：{ $median }

    依頼：
    { $requests }

    チーム別：
    { $teams }

    依頼者の組織別：
    { $organizations }
match-leads-line = #{ $n } { $organization }（{ $visitor }）→ { $team }「{ $title }」：{ $state }、依頼日時：{ $asked }
match-leads-line-answered = #{ $n } { $organization }（{ $visitor }）→ { $team }「{ $title }」：{ $state }、回答まで{ $took }
match-leads-group-line = { $name }：依頼{ $requested }件、承諾{ $accepted }件、お断り{ $declined }件、回答待ち{ $open }件、期限切れ{ $expired }件
match-export-leads = ご紹介依頼（共創マッチング）
match-leads-file = すべてのご紹介依頼（1行に1件）です。

## /privacy

match-privacy-visitor =
    来場者情報：{ $name }、{ $organization }、{ $contact }
    提供できるもの：
    { $offers }
match-privacy-requests = ご紹介依頼：{ $count }件

## 来場者へのお知らせ

broadcast-audience-visitors = 来場者
broadcast-ask-offer = どの来場者に送りますか？全員、または特定の支援を提供できる方を選んでください。
broadcast-visitors-all = すべての来場者

## 公開ページ /projects

match-web-title = パートナーを求めるプロジェクト
match-web-intro = モンゴルと日本の共創プロジェクトのチームと、各チームが求めているパートナーです。チームへのご紹介を依頼するには、チャットでプロジェクトを開いてください。
match-web-team = チーム：{ $team }
match-web-sdgs = SDGs（持続可能な開発目標）
match-web-needs = 求めているパートナー
match-web-contact = ボットで問い合わせる：
match-web-language-mn = Монгол
match-web-language-ja = 日本語
match-web-language-en = English

## 進捗報告の指標（/kpis）に表示するプログラム全体の数値
match-indicators-title = ご紹介（共創マッチング）
match-indicator-requested = 依頼
match-indicator-accepted = 承諾
match-indicator-meetings-held = 実施済みの最初の面談
