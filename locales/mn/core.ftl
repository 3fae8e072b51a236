## Onboarding, menus and messages every feature shares.

choose-language = Хэлээ сонгоно уу · 言語を選んでください · Choose your language
language-mn = Монгол
language-ja = 日本語
language-en = English
language-set = Боллоо. Цаашид тантай монгол хэлээр харилцана.

welcome =
    Тавтай морилно уу! Энэ бол «{ $program }» хөтөлбөрийн бот.
    Арга хэмжээ, эцсийн хугацааг таны сонгосон хэлээр, таны цагийн бүсээр сануулж байх болно.
welcome-no-program =
    Тавтай морилно уу!
    Одоогоор нээлттэй хөтөлбөр алга. Зохион байгуулагчид энд мэдэгдэх болно.
menu = Та юу хийх вэ?
menu-help = Тусламж
menu-language = Хэл
menu-timezone = Цагийн бүс

help =
    Та дараах үйлдлүүдийг хийж болно:
    { $commands }
help-start = /start: дахин эхлэх
help-menu = /menu: үндсэн цэс
help-help = /help: энэ жагсаалт
help-language = /language: хэл солих
help-timezone = /timezone: цагийн бүс солих
help-cancel = /cancel: бөглөж буй зүйлээ цуцлах
help-program = /program: таны оролцож буй хөтөлбөр

choose-timezone =
    Таны цагийн бүс: { $zone }. Одоогийн цаг: { $now }.
    Өөр бүс сонгох эсвэл түүний нэрийг бичнэ үү, жишээ нь Europe/Berlin.
tz-ulaanbaatar = Улаанбаатар (UTC+8)
tz-tokyo = Токио (UTC+9)
timezone-set = Таны цагийн бүсийг өөрчиллөө: { $zone }. Одоогийн цаг: { $now }.
timezone-unknown = Ийм цагийн бүс олдсонгүй. Europe/Berlin гэх мэт нэр бичих эсвэл товчийг ашиглана уу.

program-none = Одоогоор хөтөлбөр ачаалаагүй байна.
program-choose = Та аль хөтөлбөрт оролцож байна вэ?
program-current = Та { $program } хөтөлбөрт оролцож байна.
program-set = Боллоо. Та одоо { $program } хөтөлбөрт оролцож байна.

start-link-unknown = Энэ холбоос хүчингүй эсвэл хугацаа нь дууссан байна. Илгээсэн хүнээс шинэ холбоос авна уу.
unknown-command = /{ $command } гэсэн тушаал байхгүй. Юу хийж болохыг /help тушаалаар харна уу.
unknown-text = Уучлаарай, ойлгосонгүй. Товчийг ашиглах эсвэл /help илгээж боломжит үйлдлүүдийг харна уу.
file-not-expected = Одоогоор файл хүлээгээгүй байна. Юу хийж болохыг /help тушаалаар харна уу.
not-allowed-organizer = Уучлаарай, энэ үйлдлийг зөвхөн зохион байгуулагч хийх боломжтой.
not-allowed-mentor = Уучлаарай, энэ үйлдлийг зөвхөн ментор хийх боломжтой.
not-allowed-judge = Уучлаарай, энэ үйлдлийг зөвхөн шүүгч хийх боломжтой.
not-allowed-staff = Уучлаарай, энэ үйлдлийг зөвхөн арга хэмжээний ажилтан болон зохион байгуулагч хийх боломжтой.
not-allowed-roles =
    Уучлаарай, энэ үйлдлийг зөвхөн дараах үүрэгтэй хүн хийх боломжтой:
    { $roles }
not-allowed-role-organizer = зохион байгуулагч
not-allowed-role-mentor = ментор
not-allowed-role-judge = шүүгч
not-allowed-role-staff = ажилтан
stale-button = Энэ товч өмнөх мессежийнх тул одоо хүчингүй.
nothing-to-cancel = Цуцлах зүйл алга.
flow-cancelled = Цуцаллаа. Юу ч хадгалагдаагүй. Үндсэн цэсийг /menu тушаалаар нээнэ үү.
flow-use-buttons = Товчнуудын аль нэгээр хариулна уу.
flow-file-not-expected = Энэ алхамд файл хүлээж аваагүй.
text-invisible-characters = Үүнд удирдах тэмдэгт эсвэл бичвэрийн чиглэл өөрчлөх тэмдэгт орсон байна. Тэдгээрийг оруулалгүйгээр дахин бичнэ үү.
button-back = ‹ Буцах
button-cancel = Цуцлах
error-generic = Уучлаарай, манай талд алдаа гарсан тул юу ч өөрчлөгдсөнгүй. Хэсэг хугацааны дараа дахин оролдоно уу.

duration-days = { $days } хоног
duration-days-hours = { $days } хоног { $hours } цаг
duration-hours = { $hours } цаг
duration-hours-minutes = { $hours } цаг { $minutes } минут
duration-minutes = { $minutes } минут

## Dates, times and zones (bot/i18n.py fills them; see locales/GLOSSARY.md).
## $month_day «11-р сарын 20» and $full_date «2024 оны 11-р сарын 20» come from CLDR.

date-full = { $this_year ->
    [yes] { $month_day } ({ $weekday })
   *[no] { $full_date } ({ $weekday })
}
datetime-full = { $date } { $time }
date-short = { $month }/{ $day } ({ $weekday })
datetime-short = { $date } { $time }
time-in-zone = { $time } ({ $zone })
time-in-two-zones = { $first } / { $second }
zone-clock-ulaanbaatar = УБ цагаар
zone-clock-tokyo = Токиогийн цагаар
zone-clock-offset = UTC{ $offset } цагаар
zone-name = { $city } (UTC{ $offset })
zone-name-utc = UTC
language-name-mn = монгол
language-name-ja = япон
language-name-en = англи
language-list-separator = {", "}

console-banner = Консол чат: { $program }. Бэлтгэлийн цаг: { $clock } (тэндээс цааш үргэлжилнэ). /start гэж бичнэ үү; Ctrl-D товчоор дуусгана.
console-banner-real-time = Консол чат: { $program }, бодит цагаар. /start гэж бичнэ үү; Ctrl-D товчоор дуусгана.
console-document = [файл] { $name } ({ $size } байт) хадгалагдлаа: { $path }
console-photo = [зураг] { $name } ({ $size } байт) хадгалагдлаа: { $path }
console-to = (хүлээн авагч: { $name })
console-no-button = Сүүлийн мессежид { $number } дугаартай товч алга.
console-file-missing = Файл олдсонгүй: { $path }
