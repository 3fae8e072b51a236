## Onboarding, menus and messages every feature shares.

choose-language = Хэлээ сонгоно уу · 言語を選んでください · Choose your language
language-mn = Монгол
language-ja = 日本語
language-en = English
language-set = 設定しました。これからは日本語でお送りします。

welcome =
    { $program }へようこそ！
    イベントや締め切りを、ご指定の言語とタイムゾーンでお知らせします。
welcome-no-program =
    ようこそ！
    現在参加できるプログラムはありません。開始時には運営者からこちらでお知らせします。
menu = ご用件をお選びください。
menu-help = ヘルプ
menu-language = 言語
menu-timezone = タイムゾーン

help =
    ご利用いただける機能：
    { $commands }
help-start = /start：最初から始める
help-menu = /menu：メインメニュー
help-help = /help：この一覧
help-language = /language：言語を変更する
help-timezone = /timezone：タイムゾーンを変更する
help-cancel = /cancel：入力中の操作を取り消す
help-program = /program：参加中のプログラム

choose-timezone =
    現在のタイムゾーンは{ $zone }です。現在時刻：{ $now }
    別のタイムゾーンを選ぶか、Europe/Berlin のように名前を入力してください。
tz-ulaanbaatar = ウランバートル（UTC+8）
tz-tokyo = 東京（UTC+9）
timezone-set = タイムゾーンを{ $zone }に設定しました。現在時刻：{ $now }
timezone-unknown = そのタイムゾーンは見つかりませんでした。Europe/Berlin のような名前を入力するか、ボタンをお使いください。

program-none = まだプログラムが読み込まれていません。
program-choose = どのプログラムに参加していますか？
program-current = 参加中のプログラム：{ $program }
program-set = 設定しました。参加中のプログラム：{ $program }

start-link-unknown = このリンクは無効か、有効期限が切れています。送信元の方に新しいリンクをご依頼ください。
unknown-command = /{ $command } というコマンドはありません。ご利用いただける機能は /help でご確認ください。
unknown-text = 申し訳ありません、内容を読み取れませんでした。ボタンをお使いいただくか、/help でご利用いただける機能をご確認ください。
file-not-expected = 現在はファイルを受け付けていません。ご利用いただける機能は /help でご確認ください。
not-allowed-organizer = 申し訳ありません。この操作は運営者のみ行えます。
not-allowed-mentor = 申し訳ありません。この操作はメンターのみ行えます。
not-allowed-judge = 申し訳ありません。この操作は審査員のみ行えます。
not-allowed-staff = 申し訳ありません。この操作はイベントスタッフと運営者のみ行えます。
not-allowed-roles =
    申し訳ありません。この操作は次の役割の方のみ行えます：
    { $roles }
not-allowed-role-organizer = 運営者
not-allowed-role-mentor = メンター
not-allowed-role-judge = 審査員
not-allowed-role-staff = スタッフ
stale-button = このボタンは以前のメッセージのもので、現在は使用できません。
nothing-to-cancel = 取り消す操作はありません。
flow-cancelled = 取り消しました。何も保存されていません。メインメニューは /menu で表示できます。
flow-use-buttons = いずれかのボタンでお答えください。
flow-file-not-expected = この手順ではファイルを受け付けていません。
text-invisible-characters = 制御文字または文字の向きを変える文字が含まれています。それらを除いてもう一度入力してください。
button-back = ‹ 戻る
button-cancel = キャンセル
error-generic = 申し訳ありません。システムで問題が発生したため、何も変更されていません。しばらくしてから、もう一度お試しください。

duration-days = { $days }日
duration-days-hours = { $days }日{ $hours }時間
duration-hours = { $hours }時間
duration-hours-minutes = { $hours }時間{ $minutes }分
duration-minutes = { $minutes }分

## 日付・時刻・タイムゾーン（bot/i18n.py が値を入れます。locales/GLOSSARY.md を参照）。
## $full_date「2024年11月20日」はCLDRの形式です。

date-full = { $full_date }（{ $weekday }）
datetime-full = { $date }{ $time }
date-short = { $month }/{ $day }（{ $weekday }）
datetime-short = { $date }{ $time }
time-in-zone = { $time }（{ $zone }）
time-in-two-zones = { $first }／{ $second }
zone-clock-ulaanbaatar = モンゴル時間
zone-clock-tokyo = 日本時間
zone-clock-offset = UTC{ $offset }
zone-name = { $city }（UTC{ $offset }）
zone-name-utc = UTC
language-name-mn = モンゴル語
language-name-ja = 日本語
language-name-en = 英語
language-list-separator = ・

console-banner = { $program } のコンソールチャットです。リハーサル時計：{ $clock }（ここから進みます）。/start と入力してください。Ctrl-D で終了します。
console-banner-real-time = { $program } のコンソールチャットです（実時刻）。/start と入力してください。Ctrl-D で終了します。
console-document = [ファイル] { $name }（{ $size } バイト）を { $path } に保存しました
console-photo = [写真] { $name }（{ $size } バイト）を { $path } に保存しました
console-to = （{ $name } へ）
console-no-button = 最新のメッセージに { $number } 番のボタンはありません。
console-file-missing = { $path } にファイルがありません。
