## Facebook Messenger：最初のメッセージ前のあいさつと固定メニュー。

messenger-greeting = こんにちは。MICSプログラムのボットです。イベント、締め切り、チームの情報をモンゴル語・日本語・英語でお届けします。「スタート」（Get Started）をタップしてください。
messenger-menu-main = メインメニュー
messenger-menu-help = ヘルプ
messenger-menu-language = 言語
