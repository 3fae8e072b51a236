## Илтгэлийн файл илгээх (/submit, /deck), хянах (/decks, /extend, /decknotices).

help-submit = /submit: багийнхаа илтгэлийн файлыг илгээх
help-deck = /deck: багийнхаа илгээсэн илтгэлийн файлууд, бүх хувилбар
help-decks = /decks: шат бүрээр багуудын илтгэлийн файл, тэдгээрийн ZIP (зохион байгуулагч)
help-extend = /extend: нэг багийн эцсийн хугацааг сунгах (зохион байгуулагч)
help-decknotices = /decknotices: шинэ файл бүрийн мэдэгдлийг унтраах, асаах (зохион байгуулагч)
menu-submit = Илтгэл илгээх

submit-choose-stage = Энэ файл аль шатных вэ?
submit-send-file-short = Одоо файлаа баримт бичиг хэлбэрээр илгээнэ үү.
submit-send-file =
    «{ $stage }» шатны файлаа одоо баримт бичиг хэлбэрээр илгээнэ үү ({ $kinds }, дээд тал нь { $max_mb } МБ). Тайлбар бичиж болно.
    Эцсийн хугацаа: { $deadline }.
submit-send-link =
    «{ $stage }» шатны холбоосоо одоо илгээнэ үү (https:// гэж эхэлсэн хаяг).
    Эцсийн хугацаа: { $deadline }.
submit-send-file-or-link =
    «{ $stage }» шатны файлаа одоо баримт бичиг хэлбэрээр ({ $kinds }, дээд тал нь { $max_mb } МБ) эсвэл түүний холбоосыг (https://…) илгээнэ үү.
    Эцсийн хугацаа: { $deadline }.
submit-link-invalid = Энэ холбоосыг хүлээн авах боломжгүй. http:// эсвэл https:// гэж эхэлсэн нэг хаяг, эсвэл файл илгээнэ үү.
submit-receipt-link =
    Хүлээн авлаа: { $stage }, хувилбар { $version }.
    Холбоос: { $url }
    Хүлээн авсан цаг: { $received }
    { $timing }
submit-file-expected = Файлаа өөрийг нь (баримт бичиг хэлбэрээр) илгээх эсвэл «Цуцлах» товчийг дарна уу.
submit-no-team = Та одоогоор багт ороогүй тул илгээх зүйл алга. Эхлээд багт нэгдэх эсвэл баг бүртгүүлнэ үү.
submit-none-open = Одоогоор файл хүлээн авч буй шат алга. Юу ч хадгалагдсангүй.
submit-resend-after-choice = Хэд хэдэн шат нээлттэй байна. Нэгийг нь сонгоод файлаа дахин илгээнэ үү.
submit-not-open-yet = «{ $stage }» шат файл хүлээн авч эхлээгүй байна. Эхлэх цаг: { $opens }. Юу ч хадгалагдсангүй.
submit-deadline-passed = «{ $stage }» шатны эцсийн хугацаа дууссан бөгөөд хоцорсон файл хүлээн авахгүй. Эцсийн хугацаа: { $deadline }. Юу ч хадгалагдсангүй.
submit-refused-unknown = Энэ файл { $kinds } биш байна (би нэрийг нь биш, агуулгыг нь шалгадаг). Юу ч хадгалагдсангүй.
submit-refused-encrypted = Энэ PDF нууц үгээр хамгаалагдсан тул хэн ч нээж чадахгүй. Нууц үггүйгээр илгээнэ үү. Юу ч хадгалагдсангүй.
submit-refused-corrupt = Энэ файл гэмтсэн тул нээгдэхгүй байна. Дахин экспортлоод илгээнэ үү. Юу ч хадгалагдсангүй.
submit-refused-no-pages = Энэ PDF файлд хуудас алга. Юу ч хадгалагдсангүй.
submit-refused-empty = Энэ файл хоосон байна (0 байт). Юу ч хадгалагдсангүй.
submit-kind-not-accepted = Энэ шатанд зөвхөн { $kinds } файл хүлээн авна. Юу ч хадгалагдсангүй.
submit-not-a-document = Илтгэлийн файлыг зураг, медиа хэлбэрээр биш, файл (баримт бичиг) хэлбэрээр илгээнэ үү: { $kinds }. Юу ч хадгалагдсангүй.
submit-too-large = Энэ файлын хэмжээ { $size_mb } МБ, хязгаар нь { $max_mb } МБ. Жижигрүүлээд (жишээ нь зургуудыг шахаад) дахин илгээнэ үү. Юу ч хадгалагдсангүй.
submit-too-large-unknown = Энэ файл { $max_mb } МБ хязгаараас том байна. Жижигрүүлээд дахин илгээнэ үү. Юу ч хадгалагдсангүй.
submit-identical = Энэ файл өмнө илгээсэн файлтай яг адилхан байна: «{ $stage }», хувилбар { $version }, хүлээн авсан цаг: { $received }. Шинэ хувилбар нэмэгдсэнгүй.
submit-on-time = Хугацаандаа: эцсийн хугацаа { $deadline }, { $left } үлдсэн байна.
submit-late = Хоцорсон: эцсийн хугацаа { $deadline } байсан, { $after } хоцорч ирсэн.
submit-receipt =
    Хүлээн авлаа: { $stage }, хувилбар { $version }.
    Файл: { $file } ({ $size_kb } КБ)
    Хүлээн авсан цаг: { $received }
    SHA-256: { $sha }…
    { $timing }
submit-name-changed = Файлын нэрэнд зөвшөөрөгдөөгүй тэмдэгт байсан тул дараах нэрээр хадгаллаа: { $name }
submit-organizer-notice = { $late ->
    [yes] Хоцорсон файл: { $team } баг «{ $stage }» шатанд хувилбар { $version } илгээлээ (илгээсэн: { $person }).
   *[other] Шинэ файл: { $team } баг «{ $stage }» шатанд хувилбар { $version } илгээлээ (илгээсэн: { $person }).
}

deck-none = { $team } баг одоогоор юу ч илгээгээгүй байна. Илтгэлийн файл илгээхдээ /submit гэж бичнэ үү.
deck-versions =
    { $team } багийн илтгэлийн файлууд:
    { $lines }
    Хувилбарыг дахин авах бол товчийг дарна уу.
deck-stage-heading = { $stage }:
deck-version-line = { $late ->
    [yes] v{ $version } · { $file } · { $received } · хоцорсон · { $sha }
   *[other] v{ $version } · { $file } · { $received } · хугацаандаа · { $sha }
}
deck-version-line-link = { $late ->
    [yes] v{ $version } · { $url } · { $received } · хоцорсон
   *[other] v{ $version } · { $url } · { $received } · хугацаандаа
}
deck-link = Хувилбар { $version }: { $url }
deck-button-version = { $stage } v{ $version }
deck-button-get = Файлыг авах
deck-sent = Хувилбар { $version }: { $file }
deck-file-missing = { $file } файл хадгалах сангаас олдсонгүй. Зохион байгуулагчдад мэдэгдэнэ үү.

deck-no-stages = Энэ хөтөлбөрт файл илгээх шат алга.
deck-choose-stage = Аль шат вэ?
deck-status-on-time = хугацаандаа
deck-status-late = хоцорсон
deck-review-line = { $team }: { $status }, v{ $version }, { $received }
deck-review-missing = { $team }: ирээгүй
deck-review-no-teams = Одоогоор баг алга.
deck-review =
    { $stage } — эцсийн хугацаа: { $deadline }
    Хугацаандаа: { $on_time } · Хоцорсон: { $late } · Ирээгүй: { $missing }
    { $lines }
deck-button-zip = ZIP файл татах
deck-export-empty = «{ $stage }» шатанд одоогоор ямар ч баг файл илгээгээгүй байна.
deck-export-ready = «{ $stage }» шатны сүүлийн файлууд: { $count } баг, manifest.csv файлын хамт.
deck-export-saved = ZIP файл ({ $count } баг, { $size_mb } МБ) энэ платформоор илгээх хэмжээнээс том тул серверт хадгаллаа: { $path }
deck-extend-usage =
    Ингэж бичнэ үү: /extend ШАТ YYYY-MM-DD HH:MM БАГИЙН НЭР
    Жишээ нь: /extend interim-deck 2024-11-20 18:00 Blue Steppe
    Цагийг өөрийн цагийн бүсээр бичнэ; ШАТ нь хөтөлбөрийн файл дахь шатны id.
deck-extend-done = Боллоо. { $team } баг «{ $stage }» шатны файлаа { $deadline } хүртэл илгээж болно.
deck-extension-granted = Зохион байгуулагчид танай багийн «{ $stage }» шатны эцсийн хугацааг { $deadline } хүртэл сунгалаа.
deck-notices-off = Шинэ файл бүрийн мэдэгдэл танд ирэхээ болино. Дахин асаах бол /decknotices гэж бичнэ үү.
deck-notices-on = Шинэ файл бүрийн мэдэгдэл танд дахин ирнэ.
