## Илтгэлийн файл илгээх (/submit, /deck), хянах (/decks, /extend, /decknotices).

help-submit = /submit: багийнхаа илтгэлийн файлыг илгээх
help-deck = /deck: багийн илгээсэн файлууд, бүх хувилбар
help-decks = /decks: үе шат бүрээр багуудын файл, тэдгээрийн ZIP (зохион байгуулагч)
help-extend = /extend ҮЕ_ШАТ YYYY-MM-DD HH:MM БАГ: нэг багт хугацаа сунгах (зохион байгуулагч)
help-decknotices = /decknotices: шинэ файл бүрийн мэдэгдлийг унтраах, асаах (зохион байгуулагч)
menu-submit = Файл илгээх

submit-choose-stage = Энэ файл аль үе шатных вэ?
submit-send-file-short = Одоо файлаа баримт бичиг хэлбэрээр илгээнэ үү.
submit-send-file =
    { $stage }-ийн файлаа одоо баримт бичиг хэлбэрээр илгээнэ үү ({ $kinds }, дээд тал нь { $max_mb } MB). Тайлбар бичиж болно.
    Эцсийн хугацаа: { $deadline }.
submit-send-link =
    { $stage }-ийн холбоосоо одоо илгээнэ үү (https://-ээр эхэлсэн хаяг).
    Эцсийн хугацаа: { $deadline }.
submit-send-file-or-link =
    { $stage }-ийн файлаа одоо баримт бичиг хэлбэрээр ({ $kinds }, дээд тал нь { $max_mb } MB) эсвэл түүний холбоосыг (https://…) илгээнэ үү.
    Эцсийн хугацаа: { $deadline }.
submit-link-invalid = Энэ холбоосыг хүлээн авах боломжгүй. http:// эсвэл https://-ээр эхэлсэн нэг хаяг, эсвэл файл илгээнэ үү.
submit-receipt-link =
    Хүлээн авлаа: { $stage }, { $version }-р хувилбар.
    Холбоос: { $url }
    Хүлээн авсан цаг: { $received }
    { $timing }
submit-file-expected = Файлаа өөрийг нь (баримт бичиг хэлбэрээр) илгээх эсвэл «Цуцлах»-ыг дарна уу.
submit-no-team = Та одоогоор багт ороогүй тул илгээх зүйл алга. Эхлээд багт нэгдэх эсвэл баг бүртгүүлнэ үү.
submit-none-open = Одоогоор файл хүлээн авч буй үе шат алга. Юу ч хадгалагдсангүй.
submit-resend-after-choice = Хэд хэдэн үе шат нээлттэй байна. Нэгийг нь сонгоод файлаа дахин илгээнэ үү.
submit-not-open-yet = { $stage } { $opens }-нд файл хүлээж авч эхэлнэ. Юу ч хадгалагдсангүй.
submit-deadline-passed = { $stage }-ийн эцсийн хугацаа { $deadline } байсан бөгөөд хоцорсон файл хүлээн авахгүй. Юу ч хадгалагдсангүй.
submit-refused-unknown = Энэ файл { $kinds } биш байна (би нэрийг нь биш, агуулгыг нь шалгадаг). Юу ч хадгалагдсангүй.
submit-refused-encrypted = Энэ PDF нууц үгээр хамгаалагдсан тул хэн ч нээж чадахгүй. Нууц үггүйгээр илгээнэ үү. Юу ч хадгалагдсангүй.
submit-refused-corrupt = Энэ файл гэмтсэн тул нээгдэхгүй байна. Дахин экспортлоод илгээнэ үү. Юу ч хадгалагдсангүй.
submit-refused-no-pages = Энэ PDF-д хуудас алга. Юу ч хадгалагдсангүй.
submit-refused-empty = Энэ файл хоосон байна (0 байт). Юу ч хадгалагдсангүй.
submit-kind-not-accepted = Энэ үе шатанд зөвхөн { $kinds } хүлээн авна. Юу ч хадгалагдсангүй.
submit-not-a-document = Илтгэлийн файлыг зураг, медиа биш, файл (баримт бичиг) хэлбэрээр илгээнэ үү: { $kinds }. Юу ч хадгалагдсангүй.
submit-too-large = Энэ файл { $size_mb } MB байна; хязгаар нь { $max_mb } MB. Жижигрүүлээд (жишээ нь зургуудыг шахаад) дахин илгээнэ үү. Юу ч хадгалагдсангүй.
submit-too-large-unknown = Энэ файл { $max_mb } MB-ын хязгаараас том байна. Жижигрүүлээд дахин илгээнэ үү. Юу ч хадгалагдсангүй.
submit-identical = Энэ нь { $stage }-ийн { $version }-р хувилбартай ({ $received }-нд хүлээн авсан) яг адилхан байна. Шинэ хувилбар нэмэгдсэнгүй.
submit-on-time = Хугацаандаа: эцсийн хугацаа ({ $deadline }) хүртэл { $left } үлдсэн.
submit-late = Хоцорсон: эцсийн хугацаанаас ({ $deadline }) { $after }-ийн дараа ирсэн.
submit-receipt =
    Хүлээн авлаа: { $stage }, { $version }-р хувилбар.
    Файл: { $file } ({ $size_kb } KB)
    Хүлээн авсан цаг: { $received }
    SHA-256: { $sha }…
    { $timing }
submit-name-changed = Файлын нэрэнд зөвшөөрөгдөөгүй тэмдэгт байсан тул { $name } нэрээр хадгаллаа.
submit-organizer-notice = { $late ->
    [yes] Хоцорсон файл: { $team } баг { $stage }-д { $version }-р хувилбараа илгээлээ ({ $person }).
   *[other] Шинэ файл: { $team } баг { $stage }-д { $version }-р хувилбараа илгээлээ ({ $person }).
}

deck-none = { $team } баг одоогоор юу ч илгээгээгүй байна. Файл илгээхийн тулд /submit гэж бичнэ үү.
deck-versions =
    { $team } багийн файлууд:
    { $lines }
    Хувилбарыг буцааж авахын тулд товчийг дарна уу.
deck-stage-heading = { $stage }:
deck-version-line = { $late ->
    [yes] v{ $version } · { $file } · { $received } · хоцорсон · { $sha }
   *[other] v{ $version } · { $file } · { $received } · хугацаандаа · { $sha }
}
deck-version-line-link = { $late ->
    [yes] v{ $version } · { $url } · { $received } · хоцорсон
   *[other] v{ $version } · { $url } · { $received } · хугацаандаа
}
deck-link = { $version }-р хувилбар: { $url }
deck-not-your-team = Уучлаарай, энэ файлыг зөвхөн зохион байгуулагчид болон тухайн багийн гишүүд авах боломжтой.
deck-button-version = { $stage } v{ $version }
deck-button-get = Файлыг авах
deck-sent = { $version }-р хувилбар: { $file }
deck-file-missing = { $file } файл хадгалах сангаас олдсонгүй. Зохион байгуулагчдад мэдэгдэнэ үү.

deck-no-stages = Энэ хөтөлбөрт файл илгээх үе шат алга.
deck-choose-stage = Аль үе шат вэ?
deck-status-on-time = хугацаандаа
deck-status-late = хоцорсон
deck-review-line = { $team }: { $status }, v{ $version }, { $received }
deck-review-missing = { $team }: ирээгүй
deck-review-no-teams = Одоогоор баг алга.
deck-review =
    { $stage } (эцсийн хугацаа { $deadline })
    Хугацаандаа: { $on_time } · Хоцорсон: { $late } · Ирээгүй: { $missing }
    { $lines }
deck-button-zip = Сүүлийн файлуудын ZIP
deck-export-empty = { $stage }-д одоогоор ямар ч баг файл илгээгээгүй байна.
deck-export-ready = { $stage }-ийн { $count } багийн сүүлийн файлууд, manifest.csv-ийн хамт.
deck-export-saved = ZIP ({ $count } баг, { $size_mb } MB) энэ платформоор илгээх хэмжээнээс том тул серверт хадгаллаа: { $path }
deck-extend-usage =
    Ингэж бичнэ үү: /extend ҮЕ_ШАТ YYYY-MM-DD HH:MM БАГИЙН НЭР
    Жишээ нь: /extend interim-deck 2024-11-20 18:00 Blue Steppe
    Цаг нь таны цагийн бүсээр; ҮЕ_ШАТ нь хөтөлбөрийн файл дахь үе шатны id.
deck-extend-done = Боллоо: { $team } баг { $stage }-ийг { $deadline } хүртэл илгээж болно.
deck-extension-granted = Зохион байгуулагчид таны багийн { $stage }-ийн эцсийн хугацааг { $deadline } хүртэл сунгалаа.
deck-notices-off = Шинэ файл бүрийн мэдэгдэл танд ирэхээ болино. Дахин асаахын тулд /decknotices гэж бичнэ үү.
deck-notices-on = Шинэ файл бүрийн мэдэгдэл танд дахин ирнэ.
