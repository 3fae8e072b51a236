## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    ようこそ！このボットでは複数のプログラムを運営しています。参加されるプログラムをお選びください。
menu-program = プログラム
menu-register = チームを登録
menu-join = チームに参加
menu-team = マイチーム
