## Onboarding, menus and messages every feature shares.

choose-language = Хэлээ сонгоно уу · 言語を選んでください · Choose your language
language-mn = Монгол
language-ja = 日本語
language-en = English
language-set = Боллоо: цаашид тантай монголоор харилцана.

welcome =
    { $program }-д тавтай морилно уу!
    Арга хэмжээ, эцсийн хугацааг таны хэл, цагийн бүсээр сануулж байх болно.
welcome-no-program =
    Тавтай морилно уу!
    Одоогоор нээлттэй хөтөлбөр алга; зохион байгуулагчид энд мэдэгдэнэ.
menu = Юу хийх вэ?
menu-help = Тусламж
menu-language = Хэл
menu-timezone = Цагийн бүс

help =
    Та дараах үйлдлийг хийж болно:
    { $commands }
help-start = /start: дахин эхлэх
help-menu = /menu: үндсэн цэс
help-help = /help: энэ жагсаалт
help-language = /language: хэл солих
help-timezone = /timezone: цагийн бүс солих
help-cancel = /cancel: бөглөж буй зүйлээ зогсоох
help-program = /program: таны оролцож буй хөтөлбөр

choose-timezone =
    Таны цагийн бүс: { $zone } (одоо { $now }).
    Өөр бүс сонгох эсвэл нэрийг нь бичнэ үү, жишээ нь Europe/Berlin.
tz-ulaanbaatar = Улаанбаатар (UTC+8)
tz-tokyo = Токио (UTC+9)
timezone-set = Таны цагийн бүс одоо { $zone }. Орон нутгийн цаг: { $now }.
timezone-unknown = Ийм цагийн бүс олдсонгүй. Asia/Tokyo гэх мэт нэр бичих эсвэл товчийг ашиглана уу.

program-none = Одоогоор хөтөлбөр ачаалаагүй байна.
program-choose = Та аль хөтөлбөрт оролцож байна вэ?
program-current = Та { $program }-д оролцож байна.
program-set = Боллоо: та одоо { $program }-д оролцож байна.

start-link-unknown = Энэ холбоос хүчингүй (болсон) байна. Илгээсэн хүнээс шинэ холбоос авна уу.
unknown-command = /{ $command } гэсэн тушаал байхгүй. Юу хийж болохыг /help-ээр харна уу.
unknown-text = Ойлгосонгүй. Товчийг ашиглах эсвэл /help илгээж боломжит үйлдлийг харна уу.
file-not-expected = Одоогоор файл хүлээгээгүй байна. Юу хийж болохыг /help-ээр харна уу.
not-allowed-organizer = Уучлаарай, энэ нь зөвхөн зохион байгуулагчдад зориулагдсан.
not-allowed-mentor = Уучлаарай, энэ нь зөвхөн менторуудад зориулагдсан.
not-allowed-judge = Уучлаарай, энэ нь зөвхөн шүүгчдэд зориулагдсан.
not-allowed-staff = Уучлаарай, энэ нь зөвхөн арга хэмжээний ажилтнуудад зориулагдсан.
not-allowed-roles =
    Уучлаарай, энэ нь зөвхөн дараах үүрэгтэй хүмүүст зориулагдсан:
    { $roles }
not-allowed-role-organizer = зохион байгуулагч
not-allowed-role-mentor = ментор
not-allowed-role-judge = шүүгч
not-allowed-role-staff = ажилтан
stale-button = Энэ товч өмнөх мессежийнх тул хүчингүй болсон.
nothing-to-cancel = Цуцлах зүйл алга.
flow-cancelled = Цуцаллаа. Юу ч хадгалагдаагүй. Үндсэн цэсийг /menu-ээр нээнэ үү.
flow-use-buttons = Товчнуудын аль нэгээр хариулна уу.
flow-file-not-expected = Энэ алхамд файл хүлээгээгүй.
text-invisible-characters = Үүнд удирдах эсвэл бичвэрийн чиглэл өөрчлөх тэмдэгт орсон байна. Тэдгээрийг оруулалгүй дахин бичнэ үү.
button-back = ‹ Буцах
button-cancel = Цуцлах
error-generic = Уучлаарай, манай талд алдаа гарсан тул юу ч өөрчлөгдсөнгүй. Хэсэг хугацааны дараа дахин оролдоно уу.

duration-days-hours = { $days } хоног { $hours } цаг
duration-hours-minutes = { $hours } цаг { $minutes } минут
duration-minutes = { $minutes } минут

console-banner = { $program }-ийн консол чат. Бэлтгэлийн цаг: { $clock } (тэндээс цааш явна). /start бичнэ үү; Ctrl-D-ээр дуусгана.
console-banner-real-time = { $program }-ийн консол чат, бодит цаг. /start бичнэ үү; Ctrl-D-ээр дуусгана.
console-document = [файл] { $name } ({ $size } байт) { $path }-д хадгалагдлаа
console-photo = [зураг] { $name } ({ $size } байт) { $path }-д хадгалагдлаа
console-to = ({ $name }-д)
console-no-button = Сүүлийн мессежид { $number } дугаартай товч алга.
console-file-missing = { $path } файл олдсонгүй.
