## Telegram's profile of the bot: the command menu (setMyCommands) and the descriptions.
## Descriptions: at most 512 characters; short description: at most 120; commands: at most 256.

telegram-description =
    MICS Bot は、参加中のプログラムのイベントや締め切りを、モンゴル語・日本語・英語で、ご指定のタイムゾーンに合わせてお知らせします。
    下の「開始」（START）ボタンを押して、言語を選んでください。
telegram-short-description = プログラムのイベント・締め切り・チームの情報を、ご指定の言語とタイムゾーンでお届けします。
telegram-command-start = 最初から始める
telegram-command-menu = メインメニュー
telegram-command-help = ご利用いただける機能
telegram-command-language = 言語を変更する
telegram-command-timezone = タイムゾーンを変更する
telegram-command-cancel = 入力中の操作を取り消す
telegram-command-program = 参加中のプログラム
