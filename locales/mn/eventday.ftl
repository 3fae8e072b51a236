## Арга хэмжээний өдөр: ирэх эсэх, тасалбар, ирц бүртгэл, ирц, шуурхай мэдээ, үнэлгээ.

help-ticket = /ticket: ирэх арга хэмжээнийхээ тасалбар (бүртгэлийн код)
help-checkin = /checkin КОД: оролцогчийн ирцийг кодоор нь бүртгэх; зөвхөн /checkin: урьдчилан бүртгүүлээгүй ирсэн хүнийг нэрээр нь хайх (ажилтан)
help-attendance = /attendance АРГА_ХЭМЖЭЭ: ирц бүртгүүлсэн, ирэх, хүлээлгийн жагсаалтад байгаа хүмүүс багаар, CSV файлтай (зохион байгуулагч)
help-eventnews = /eventnews АРГА_ХЭМЖЭЭ: арга хэмжээнд байгаа хүмүүст богино шуурхай мэдээ илгээх (зохион байгуулагч)
help-invite-staff = /invite_staff: ирц бүртгэх ажилтанд нэг удаагийн урилга (зохион байгуулагч)

role-staff = арга хэмжээний ажилтан
role-as-staff = арга хэмжээний ажилтан
role-granted-staff = Тавтай морилно уу, та одоо энэ хөтөлбөрийн арга хэмжээний ажилтан боллоо. Арга хэмжээний өдөр оролцогчийн тасалбарыг утасныхаа камераар уншуулах эсвэл /checkin КОД илгээнэ үү.

eventday-state-none = хариулаагүй
eventday-state-coming = ирнэ
eventday-state-online = цахимаар оролцоно
eventday-state-declined = ирэхгүй
eventday-state-waiting = хүлээлгийн жагсаалтад
eventday-state-offered = суудал санал болгосон
eventday-state-lapsed = санал болгосон суудлын хугацаа дууссан
eventday-unnamed = (нэргүй)
eventday-none = байхгүй
eventday-no-team = баггүй
eventday-button-skip = Алгасах
eventday-button-send = Одоо илгээх

eventday-no-events = Таны хөтөлбөрт ирэх эсэхээ бүртгүүлэх арга хэмжээ алга.
eventday-event-unknown = «{ $key }» гэсэн арга хэмжээ алга. Ирэх эсэх бүртгэлтэй арга хэмжээнүүд: { $keys }

eventday-button-coming = { $chosen ->
    [yes] ✓ Ирнэ
   *[other] Ирнэ
}
eventday-button-no = { $chosen ->
    [yes] ✓ Ирэхгүй
   *[other] Ирэхгүй
}
eventday-button-online = { $chosen ->
    [yes] ✓ Цахимаар
   *[other] Цахимаар
}
eventday-button-ticket = Миний тасалбар
eventday-rsvp-coming =
    { $name }
    Таныг ирнэ гэж тэмдэглэлээ. Эхлэх цаг: { $starts }. Бүртгэлийн ширээн дээр тасалбараа үзүүлнэ үү («Миний тасалбар» товч эсвэл /ticket).
eventday-rsvp-online =
    { $name }
    Таныг цахимаар оролцоно гэж тэмдэглэлээ. Холбоосыг зохион байгуулагчид арга хэмжээ эхлэхээс өмнө илгээнэ. Эхлэх цаг: { $starts }
eventday-rsvp-declined =
    { $name }
    Таныг ирэхгүй гэж тэмдэглэлээ. Хариултаа /schedule тушаалаар өөрчилж болно.
eventday-rsvp-waiting =
    { $name }
    Суудал дүүрсэн байна. Та хүлээлгийн жагсаалтад { $place } дугаарт орлоо. Суудал сулравал танд санал болгож, { $hours } хугацаанд хадгална.
eventday-rsvp-closed =
    { $name }
    Ирэх эсэхийн бүртгэл хаагдсан: { $closes }. Зохион байгуулагчидтай холбогдоно уу.
eventday-rsvp-over =
    { $name }
    Энэ арга хэмжээ эхэлсэн тул хариултыг өөрчлөх боломжгүй.
eventday-offer-ran-out =
    { $name }
    Санал болгосон суудлыг авах хугацаа дууссан тул жагсаалтын дараагийн хүнд шилжлээ. Хүлээлгийн жагсаалтын төгсгөлд дахин орох бол «Ирнэ» товчийг дарна уу.
eventday-rsvp-ask =
    «{ $name }» эхлэхэд { $left } үлдлээ.
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
    Та ирэх үү? Хариулах эцсийн хугацаа: { $closes }
eventday-seat-offer =
    { $name }: { $starts }
    Нэг суудал сул болж, танд хадгалагдаж байна. Суудлаа авах эцсийн хугацаа: { $until }. Авах уу?
eventday-button-take-seat = Суудлаа авах
eventday-button-refuse-seat = Үгүй, баярлалаа
eventday-button-rejoin = Жагсаалтад орох
eventday-seat-lapsed =
    { $name }
    Танд санал болгосон суудлыг хугацаанд нь аваагүй тул хүлээлгийн жагсаалтын дараагийн хүнд шилжлээ.

eventday-ticket =
    Таны тасалбар: { $name }
    { $starts }, { $venue }
    Энэ зургийг бүртгэлийн ширээн дээр үзүүлэх эсвэл кодоо хэлнэ үү: { $code }
eventday-ticket-none = Танд одоогоор тасалбар алга. /schedule тушаалаар арга хэмжээ сонгоод «Ирнэ» товчийг дарна уу.
eventday-no-ticket-waiting = { $name }: та хүлээлгийн жагсаалтад байгаа тул тасалбар хараахан алга.
eventday-no-ticket-offered = { $name }: танд суудал санал болгосон байна; суудлаа авбал тасалбар гарна.
eventday-no-ticket-online = { $name }: та цахимаар оролцох тул тасалбар хэрэггүй.
eventday-ticket-not-coming = { $name }: тасалбарыг зөвхөн биечлэн ирэх хүмүүст олгоно.

eventday-own-ticket = Энэ бол таны өөрийн тасалбар. Бүртгэлийн ширээн дээр үзүүлнэ үү: ажилтан уншуулна.
eventday-code-unknown = Ийм кодтой тасалбар алга. Кодоо шалгаад дахин оролдох эсвэл /checkin тушаалаар хүнийг нэрээр нь хайна уу.
eventday-code-other-program = Энэ тасалбар өөр хөтөлбөрийнх ({ $program }): «{ $name }». Энд ирц бүртгэх боломжгүй.
eventday-checkin-not-yet = Энэ тасалбар «{ $name }» арга хэмжээнийх, эхлэх цаг: { $starts }. Ирц бүртгэл нээгдэх цаг: { $opens }
eventday-checkin-over = Энэ тасалбар «{ $name }» арга хэмжээнийх бөгөөд тэр арга хэмжээ дууссан. Эхэлсэн цаг: { $starts }
eventday-checkin-none-open = Одоогоор ирц бүртгэж буй арга хэмжээ алга. Ирц бүртгэл арга хэмжээ эхлэхээс 6 цагийн өмнө нээгдэнэ.
eventday-already-checked-in = Ирц аль хэдийн бүртгэгдсэн: { $person }. Бүртгэсэн цаг: { $at }; бүртгэсэн ажилтан: { $by }.
eventday-card =
    { $person }
    Баг: { $team }
    Ирэх эсэх: { $state }
    Арга хэмжээ: { $name }
eventday-button-check-in = Ирц бүртгүүлэх
eventday-checked-in = Ирц бүртгэгдлээ: { $person }. Одоо ирсэн: { $here }; ирнэ гэж бүртгүүлсэн: { $coming }.
eventday-welcome =
    «{ $name }» арга хэмжээнд тавтай морилно уу!
    Өнөөдрийн мөрийн хөтөлбөр ({ $clock }):
    { $agenda }
eventday-welcome-no-agenda = «{ $name }» арга хэмжээнд тавтай морилно уу!
eventday-walkin-which-event = Аль арга хэмжээний ирцийг бүртгэж байна вэ?
eventday-walkin-ask = Хүний нэрийг (хэсгийг нь ч болно) эсвэл кодыг нь бичнэ үү.
eventday-walkin-short = Нэрийн дор хаяж { $least } үсгийг бичнэ үү.
eventday-walkin-none = Нэрэндээ «{ $text }» агуулсан хүн олдсонгүй. Нэрийн өөр хэсгээр хайна уу.
eventday-walkin-pick = Аль нь вэ?
eventday-walkin-person = { $person } ({ $team })

eventday-no-limit = хязгааргүй
eventday-no-shows = Ирээгүй: { $count }
eventday-not-arrived = Хараахан ирээгүй: { $count }
eventday-team-line = • { $team }: ирсэн { $here }, ирнэ { $coming }
eventday-no-teams = • баг алга
eventday-feedback-average = Үнэлгээ: дунджаар { $average } (үнэлгээ: { $count })
eventday-feedback-none = Үнэлгээ: одоогоор алга
eventday-reminders-to-everyone = Сануулга хэнд: хөтөлбөрийг дагаж буй бүх хүнд
eventday-reminders-to-coming = Сануулга хэнд: зөвхөн ирэх хүмүүст
eventday-attendance =
    Ирц: { $name }
    Эхлэх цаг: { $starts }
    Ирц бүртгүүлсэн: { $here } (урьдчилан бүртгүүлээгүй: { $walkins })
    Биечлэн ирнэ: { $coming } (суудал: { $capacity })
    Цахимаар: { $online }
    Хүлээлгийн жагсаалт: { $waiting }
    Ирэхгүй: { $declined }
    { $missing }
    Багаар:
    { $teams }
    { $feedback }
    { $reminders }
eventday-button-refresh = Шинэчлэх
eventday-button-csv = CSV файл
eventday-button-reminders-everyone = Бүгдэд сануулах
eventday-button-reminders-coming = Ирэх хүнд сануулах
eventday-button-comments = Сэтгэгдэл
eventday-reminders-set-everyone = { $name }: сануулга болон өглөөний мөрийн хөтөлбөр одоо хөтөлбөрийг дагаж буй бүх хүнд очно.
eventday-reminders-set-coming = { $name }: сануулга болон өглөөний мөрийн хөтөлбөр одоо зөвхөн ирэх хүмүүст очно.
eventday-csv = Ирц: { $name }, хүний тоо: { $count }. Цагийн бүс: { $zone }.
eventday-comments-none = { $name }: сэтгэгдэл одоогоор алга.
eventday-comments =
    Сэтгэгдэл: { $name }
    { $comments }
eventday-comment-line = • { $rating }/5: { $comment }

eventday-news-over = «{ $name }» дууссан байна: оронд нь /broadcast тушаалаар зарлал илгээнэ үү.
eventday-news-ask-audience = Шуурхай мэдээг хэнд илгээх вэ?
eventday-news-audience-checkedin = Ирц бүртгүүлсэн
eventday-news-audience-coming = Ирэх бүх хүн
eventday-news-ask-text = Мэдээг { $language } хэлээр бичих эсвэл «Алгасах» товчийг дарна уу.
eventday-news-empty = Мэдээ хоосон байна. Бичнэ үү.
eventday-news-too-long = Мэдээ { $length } тэмдэгттэй байна; шуурхай мэдээнд хамгийн ихдээ { $limit } тэмдэгт багтана.
eventday-news-need-text = Мэдээг дор хаяж нэг хэлээр бичнэ үү.
eventday-news-text-only = Шуурхай мэдээ зөвхөн текст байна. Бичнэ үү.
eventday-news-preview-version = { $language } хэлээр ингэж очно:
eventday-news-preview-line = • { $language }: { $count }
eventday-news-preview =
    Хүлээн авах хүний тоо: { $total }
    { $lines }
eventday-news-nobody = • одоогоор хэн ч алга
eventday-news-queued = «{ $name }»: шуурхай мэдээ илгээгдэж байна, хүлээн авах хүний тоо: { $count }.
eventday-news =
    { $name }: шуурхай мэдээ
    { $text }

eventday-feedback-ask =
    «{ $name }» арга хэмжээнд ирсэнд баярлалаа!
    Танд хэр таалагдсан бэ? 1-ээс 5 хүртэл оноогоор үнэлнэ үү: 1 — муу, 5 — маш сайн.
eventday-button-rating = { $rating ->
    [1] 1 (муу)
    [5] 5 (маш сайн)
   *[other] { $rating }
}
eventday-feedback-not-there = «{ $name }»: зөвхөн ирц бүртгүүлсэн хүмүүс үнэлгээ өгөх боломжтой.
eventday-feedback-closed = «{ $name }»: үнэлгээ өгөх хугацаа дууссан.
eventday-feedback-ask-comment = Үнэлгээ өгсөнд баярлалаа ({ $rating }/5)! Сэтгэгдэл нэмэх үү? Бичих эсвэл «Алгасах» товчийг дарна уу.
eventday-feedback-empty = Сэтгэгдэл хоосон байна. Бичих эсвэл «Алгасах» товчийг дарна уу.
eventday-feedback-too-long = Сэтгэгдэл { $length } тэмдэгттэй байна; хамгийн ихдээ { $limit } тэмдэгт багтана.
eventday-feedback-text-only = Сэтгэгдлээ текстээр бичих эсвэл «Алгасах» товчийг дарна уу.
eventday-feedback-thanks-comment = Санал сэтгэгдэл өгсөнд баярлалаа!
eventday-feedback-thanks = Үнэлгээ өгсөнд баярлалаа!

eventday-privacy-rsvp = • { $name }: { $state }
eventday-privacy-checkin = • { $name }: ирц бүртгүүлсэн цаг: { $at }
eventday-privacy-feedback = • { $name }: таны үнэлгээ { $rating }/5
eventday-privacy-staff = Ажилтны хувьд ирц бүртгэсэн хүн: { $checkins }; илгээсэн шуурхай мэдээ: { $news }

## Зохион байгуулагчийн самбарын «Арга хэмжээний өдөр» хуудас

eventday-page-title = Арга хэмжээний өдөр
eventday-dash-event = Арга хэмжээ
eventday-dash-starts = Эхлэх цаг: { $starts }
eventday-stat-checked-in = Ирц бүртгүүлсэн
eventday-stat-walk-ins = Урьдчилан бүртгүүлээгүй
eventday-stat-coming = Биечлэн ирнэ
eventday-stat-online = Цахимаар
eventday-stat-waiting = Хүлээлгийн жагсаалт
eventday-stat-declined = Ирэхгүй
eventday-stat-not-arrived = Хараахан ирээгүй
eventday-stat-no-shows = Ирээгүй
eventday-dash-by-team = Багаар
eventday-dash-no-teams = Одоогоор баг алга.
eventday-chart-arrivals = Ирц бүртгэлийн явц
eventday-dash-reminders = Сануулга болон өглөөний мөрийн хөтөлбөр
eventday-dash-bad-event = Таны хөтөлбөрт ийм арга хэмжээ эсвэл сонголт алга. Юу ч өөрчлөгдсөнгүй.
eventday-export-attendance = Арга хэмжээний ирц

## Явцын тайлангийн шалгуур үзүүлэлтэд (/kpis) харагдах хөтөлбөрийн түвшний тоо
eventday-indicators-title = Арга хэмжээ: «{ $name }» ({ $day })
eventday-indicator-checked-in = Ирц бүртгүүлсэн
eventday-indicator-coming = Биечлэн ирнэ гэсэн
eventday-indicator-no-shows = Ирээгүй
eventday-indicator-average-rating = Дундаж үнэлгээ (1–5)
eventday-indicator-ratings = Үнэлгээ өгсөн хүний тоо
