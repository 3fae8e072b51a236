## Telegram's profile of the bot: the command menu (setMyCommands) and the descriptions.
## Descriptions: at most 512 characters; short description: at most 120; commands: at most 256.

telegram-description =
    MICS Bot は、参加中のプログラムのイベントや締め切りを、モンゴル語・日本語・英語で、あなたのタイムゾーンに合わせてお知らせします。
    「開始」を押して言語を選んでください。
telegram-short-description = プログラムのイベント・締め切り・チームを、あなたの言語とタイムゾーンでお届けします。
telegram-command-start = 最初から始める
telegram-command-menu = メインメニュー
telegram-command-help = できることの一覧
telegram-command-language = 言語を変更する
telegram-command-timezone = タイムゾーンを変更する
telegram-command-cancel = 入力中の操作をやめる
telegram-command-program = 参加中のプログラム
