## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    Тавтай морилно уу! Энэ бот хэд хэдэн хөтөлбөр хөтөлдөг. Та аль хөтөлбөрт оролцож байна вэ?
menu-program = Хөтөлбөр
menu-register = Баг бүртгүүлэх
menu-join = Багт нэгдэх
menu-team = Миний баг
