## Telegram's profile of the bot: the command menu (setMyCommands) and the descriptions.
## Descriptions: at most 512 characters; short description: at most 120; commands: at most 256.

telegram-description =
    MICS Bot таны хөтөлбөрийн арга хэмжээ, эцсийн хугацааг монгол, япон эсвэл англи хэлээр, таны цагийн бүсээр мэдээлнэ.
    Доорх Start («Эхлэх») товчийг дараад хэлээ сонгоно уу.
telegram-short-description = Хөтөлбөрийн арга хэмжээ, эцсийн хугацаа, багууд — таны хэл, цагийн бүсээр.
telegram-command-start = Дахин эхлэх
telegram-command-menu = Үндсэн цэс
telegram-command-help = Юу хийж чадахыг харах
telegram-command-language = Хэл солих
telegram-command-timezone = Цагийн бүс солих
telegram-command-cancel = Бөглөж буй зүйлээ цуцлах
telegram-command-program = Таны оролцож буй хөтөлбөр
