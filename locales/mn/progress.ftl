help-report = /report: багийнхаа энэ үеийн явцын тайлан
help-kpis = /kpis: хөтөлбөрийн шалгуур үзүүлэлтүүд баг тус бүрээр болон нийтээр, Excel файл, графиктай (зохион байгуулагч)

progress-not-planned = Энэ хөтөлбөр явцын тайлан авдаггүй.
progress-team-not-reporting = «{ $team }» баг энэ хөтөлбөрт явцын тайлан өгөхгүй.
progress-none-yet = Анхны явцын тайлан нээгдэх хугацаа: { $opens }.
progress-closed =
    Явцын тайлангийн хугацаа дууссан (үе: { $period }, хаагдсан: { $closed }) тул илгээх, засах боломжгүй.
    Дараагийн тайлан нээгдэх хугацаа: { $opens }.
progress-closed-last = Явцын тайлангийн хугацаа дууссан (үе: { $period }, хаагдсан: { $closed }) тул илгээх, засах боломжгүй. Энэ нь хөтөлбөрийн сүүлийн тайлан байлаа.
progress-closed-now = Тайлангийн хугацаа дууссан (хаагдсан: { $closed }) тул илгээх боломжгүй. Юу ч хадгалагдаагүй.
progress-gone = Энэ тайланг авахаа больсон (хөтөлбөр өөрчлөгдсөн). Юу ч хадгалагдаагүй.
progress-not-in-team = Та энэ багт байхаа больсон тул тайлан илгээгдсэнгүй.

progress-ask =
    { $index }/{ $count }. { $name }
    { $lines }
progress-hint-count = Бүхэл тоо бичнэ үү (0 ба түүнээс дээш).
progress-hint-count-new = Өмнөх тайлангаас хойш хэд нэмэгдсэнийг бүхэл тоогоор бичнэ үү (0 ба түүнээс дээш).
progress-hint-money = Дүнг { $currency } валютаар бичнэ үү (жишээ нь 12500).
progress-hint-money-new = Өмнөх тайлангаас хойш нэмэгдсэн дүнг { $currency } валютаар бичнэ үү (жишээ нь 12500).
progress-hint-percent = 0-ээс 100 хүртэлх хувийг бичнэ үү.
progress-hint-yes_no = «Тийм» эсвэл «Үгүй» товчийг дарна уу.
progress-hint-text = Хэдэн өгүүлбэрээр бичих, эсвэл «Алгасах» товчийг дарна уу.
progress-earlier-total = Өнөөг хүртэл нийт: { $value }
progress-earlier-level = Өмнөх тайланд: { $value }
progress-current = Энэ тайланд одоо: { $value }

progress-error-count = Бүхэл тоо бичнэ үү (0 ба түүнээс дээш), жишээ нь 3.
progress-error-money = Дүнг { $currency } валютаар зөвхөн цифрээр бичнэ үү, жишээ нь 12500 эсвэл 12500.50.
progress-error-percent = 0-ээс 100 хүртэлх тоо бичнэ үү, жишээ нь 40.
progress-error-yes-no = «Тийм» эсвэл «Үгүй» товчийг дарна уу.
progress-error-too-big = Энэ тоо хэт их байна. Шалгаад дахин бичнэ үү.
progress-error-text-empty = Текст бичих, эсвэл «Алгасах» товчийг дарна уу.
progress-error-text-long = 1000 тэмдэгтээс хэтрүүлэхгүй бичнэ үү.

progress-button-yes = Тийм
progress-button-no = Үгүй
progress-button-keep = Хэвээр үлдээх
progress-button-skip = Алгасах
progress-button-send = Тайлан илгээх
progress-button-fill = Тайлан бөглөх
progress-button-kpis = Үзүүлэлтүүд

progress-value-none = –
progress-value-yes = тийм
progress-value-no = үгүй
progress-value-money = { $amount } { $currency }
progress-value-percent = { $value }%

progress-summary =
    «{ $team }» багийн явцын тайлан (үе: { $period }):
    { $lines }
    Илгээх үү? { $closes } хүртэл засах боломжтой.
progress-summary-line = • { $name }: { $value }
progress-saved = Баярлалаа. «{ $team }» багийн явцын тайлан хадгалагдлаа (үе: { $period }). { $closes } хүртэл /report командаар засах боломжтой.
progress-updated = «{ $team }» багийн явцын тайлан засагдлаа (үе: { $period }). { $closes } хүртэл дахин засах боломжтой.

progress-asked = «{ $team }» багийн явцын тайлан илгээх хугацаа боллоо (үе: { $period }). { $closes } хүртэл илгээнэ үү.
progress-reminder = «{ $team }» баг явцын тайлангаа хараахан илгээгээгүй байна (үе: { $period }). Хаагдах хугацаа: { $closes } ({ $left } үлдлээ).
progress-help-notice =
    «{ $team }» багт дэмжлэг хэрэгтэй байна (явцын тайлан, үе: { $period }):
    { $text }

progress-privacy = Таны багийнхаа өмнөөс илгээсэн явцын тайлан: { $count } (тайлан багтаа үлдэнэ; /delete_me нь таны нэрийг тайлангаас устгана).

progress-kpis =
    Шалгуур үзүүлэлтүүд (үе: { $period }, хаагдах хугацаа: { $closes })
    Тайлан илгээсэн: { $teams } багаас { $reported }. Илгээгээгүй: { $missing }
    Хөтөлбөрийн нийт дүн:
    { $totals }
progress-missing-more = { $names } болон өөр { $more } баг
progress-kpis-teams =
    Баг тус бүрээр ({ $legend }):
    { $rows }
progress-workbook = Excel файл: үе тус бүрийн хуудас, нийт дүн, бичгээр өгсөн хариултууд.
progress-workbook-more = Excel файл: үе тус бүрийн хуудас, нийт дүн, бичгээр өгсөн хариултууд (дээр харуулаагүй { $more } баг багтсан).
progress-nobody-missing = байхгүй
progress-team-line = • { $team }: { $values }
progress-team-line-missing = • { $team } (илгээгээгүй): { $values }
progress-total = • { $name }: { $value }
progress-total-target = • { $name }: { $value } (зорилтот түвшин: { $target })
progress-no-such-period = Ийм үе байхгүй. Одоог хүртэлх үеүүд: { $periods }
progress-chart = Шалгуур үзүүлэлтүүд { $periods } үеийн туршид, баг тус бүрээр.
progress-csv = Илгээсэн бүх утга CSV файлаар.

dash-page-progress = Явц
dash-progress-none = Энэ хөтөлбөрт явцын тайлан хараахан аваагүй байна.
dash-progress-period = Үе
dash-progress-all-teams = Бүх баг
dash-progress-reported = Тайлан илгээсэн баг
dash-progress-missing = Илгээгээгүй баг
dash-progress-badge-reported = илгээсэн
dash-progress-badge-missing = хүлээгдэж буй
dash-progress-col-status = Тайлан
dash-progress-col-indicator = Шалгуур үзүүлэлт
dash-progress-col-total = Нийт
dash-progress-col-target = Зорилтот түвшин
dash-progress-col-text = Хариулт
dash-progress-per-team = Баг тус бүрээр
dash-progress-totals = Нийт дүн
dash-progress-texts = Бичгээр өгсөн хариулт
dash-progress-charts = Үеүдийн туршид
dash-progress-total-series = Нийт
dash-progress-download-xlsx = Excel файл (XLSX)
dash-progress-download-chart = Баг тус бүрийн график (PNG)
dash-export-progress = Явцын тайлан: илгээсэн бүх утга

menu-report = Явцын тайлан
progress-button-asks-on = Хүсэлт надад ирүүлэх
progress-button-asks-off = Хүсэлт зогсоох
progress-asks-on = Одооноос «{ $team }» багийн явцын тайлангийн хүсэлт, сануулгыг танд бас илгээнэ. Доорх товчоор зогсоож болно.
progress-asks-off = «{ $team }» багийн явцын тайлангийн хүсэлтийг танд илгээхээ зогсоолоо. Багийн ахлагч үргэлжлүүлэн хүлээн авах бөгөөд та /report командаар тайлан илгээх боломжтой хэвээр.
progress-asks-lead = Та «{ $team }» багийн ахлагч тул явцын тайлангийн хүсэлтийг үргэлж хүлээн авна.
progress-privacy-asks = Та багийнхаа явцын тайлангийн хүсэлтийг хүлээн авахаар сонгосон. /delete_me эсвэл «Хүсэлт зогсоох» товчоор цуцална.
progress-help-opened = Таны дэмжлэгийн хүсэлтийг мөн зохион байгуулагчдын лавлагаанд №{ $number } асуулт болгон илгээлээ. Хариулт энэ чатад ирнэ.
progress-help-added = Таны зассан дэмжлэгийн хүсэлтийг лавлагааны №{ $number } асуултад нэмлээ.

## Бусад боломжийн (арга хэмжээ, түнш хайх) тоолсон хөтөлбөрийн түвшний шалгуур үзүүлэлт
progress-program-heading = Хөтөлбөрийн түвшний шалгуур үзүүлэлт
progress-program-indicators =
    Хөтөлбөрийн түвшний шалгуур үзүүлэлт (одоогийн байдлаар):
    { $groups }
progress-program-group =
    { $title }:
    { $lines }
progress-program-line = • { $name }: { $value }
dash-progress-col-value = Утга
