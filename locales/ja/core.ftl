## Onboarding, menus and messages every feature shares.

choose-language = Хэлээ сонгоно уу · 言語を選んでください · Choose your language
language-mn = Монгол
language-ja = 日本語
language-en = English
language-set = 設定しました。これからは日本語でお送りします。

welcome =
    { $program }へようこそ！
    イベントや締め切りを、あなたの言語とタイムゾーンでお知らせします。
welcome-no-program =
    ようこそ！
    現在参加できるプログラムはありません。主催者からこちらでお知らせします。
menu = 何をしますか？
menu-help = ヘルプ
menu-language = 言語
menu-timezone = タイムゾーン

help =
    できること：
    { $commands }
help-start = /start：最初から始める
help-menu = /menu：メインメニュー
help-help = /help：この一覧
help-language = /language：言語を変更する
help-timezone = /timezone：タイムゾーンを変更する
help-cancel = /cancel：入力中の操作をやめる
help-program = /program：参加中のプログラム

choose-timezone =
    現在のタイムゾーンは { $zone } です（現在 { $now }）。
    別のものを選ぶか、Europe/Berlin のように名前を入力してください。
tz-ulaanbaatar = ウランバートル（UTC+8）
tz-tokyo = 東京（UTC+9）
timezone-set = タイムゾーンを { $zone } に設定しました。現地時刻：{ $now }
timezone-unknown = そのタイムゾーンはわかりません。Asia/Tokyo のような名前を入力するか、ボタンを使ってください。

program-none = まだプログラムが読み込まれていません。
program-choose = どのプログラムに参加していますか？
program-current = 参加中のプログラム：{ $program }
program-set = 設定しました。参加中のプログラム：{ $program }

start-link-unknown = このリンクは無効です（期限切れの可能性があります）。送ってくれた人に新しいリンクを頼んでください。
unknown-command = /{ $command } というコマンドはありません。/help でできることを確認できます。
unknown-text = よくわかりませんでした。ボタンを使うか、/help でできることを確認してください。
file-not-expected = 今はファイルを受け付けていません。/help でできることを確認してください。
not-allowed-organizer = 申し訳ありません、これは運営者専用です。
not-allowed-mentor = 申し訳ありません、これはメンター専用です。
not-allowed-judge = 申し訳ありません、これは審査員専用です。
not-allowed-staff = 申し訳ありません、これはイベントスタッフ専用です。
not-allowed-roles =
    申し訳ありません、これは次の役割の方専用です：
    { $roles }
not-allowed-role-organizer = 運営者
not-allowed-role-mentor = メンター
not-allowed-role-judge = 審査員
not-allowed-role-staff = スタッフ
stale-button = このボタンは以前のメッセージのもので、現在は使えません。
nothing-to-cancel = 取り消すものはありません。
flow-cancelled = 取り消しました。何も保存されていません。メインメニューは /menu です。
flow-use-buttons = ボタンのいずれかで答えてください。
flow-file-not-expected = この手順ではファイルを受け付けていません。
text-invisible-characters = 制御文字または文字の向きを変える文字が含まれています。それらを除いてもう一度入力してください。
button-back = ‹ 戻る
button-cancel = キャンセル
error-generic = 申し訳ありません、こちらで問題が起きたため何も変更されていません。しばらくしてからもう一度お試しください。

duration-days-hours = { $days }日{ $hours }時間
duration-hours-minutes = { $hours }時間{ $minutes }分
duration-minutes = { $minutes }分

console-banner = { $program } のコンソールチャットです。リハーサル時計：{ $clock }（ここから進みます）。/start と入力してください。Ctrl-D で終了します。
console-banner-real-time = { $program } のコンソールチャットです（実時間）。/start と入力してください。Ctrl-D で終了します。
console-document = [ファイル] { $name }（{ $size } バイト）を { $path } に保存しました
console-photo = [写真] { $name }（{ $size } バイト）を { $path } に保存しました
console-to = （{ $name } へ）
console-no-button = 最新のメッセージに { $number } 番のボタンはありません。
console-file-missing = { $path } にファイルがありません。
