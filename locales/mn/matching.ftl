## Хамтын бүтээлийн түнш хайх: төслийн үзэсгэлэн, зочид, танилцуулга, сонирхогчид.

help-showcase = /showcase: зочдод төслийнхөө юуг харуулахаа сонгож нийтлэх (ахлагч)
help-unpublish = /unpublish: төслөө үзэсгэлэнгээс хасах (ахлагч)
help-projects = /projects: төслүүдтэй танилцаж, багтай танилцуулга хүсэх
help-visitor-profile = /visitor_profile: зочны мэдээлэл болон хуваалцах холбоо барих хаягаа өөрчлөх
help-leads = /leads: танилцуулгын бүх хүсэлт төлөвөөр, баг ба байгууллагаар, CSV/XLSX (зохион байгуулагч)

match-need-technology = Технологи
match-need-investment = Хөрөнгө оруулалт
match-need-dist-japan = Японд борлуулах
match-need-dist-mongolia = Монголд борлуулах
match-need-research = Судалгаа
match-need-pilot = Туршилтын газар
match-need-other = Бусад
match-line-need = • { $need }
match-button-need = { $chosen ->
    [yes] ✓ { $need }
   *[other] { $need }
}
match-numbered = { $n }. { $label }
match-language-mn = Монгол хэлээр
match-language-ja = Япон хэлээр
match-language-en = Англи хэлээр

match-contact-email = И-мэйл: { $value }
match-contact-phone = Утас: { $value }
match-contact-chat = Чат: { $value }
match-contact-kind-email = И-мэйл
match-contact-kind-phone = Утас
match-contact-kind-chat = Чатын хаяг

match-button-keep = Гарчгийг хэвээр нь
match-button-skip = Алгасах
match-button-done = Болсон
match-button-deck-yes = Илтгэлийг харуулах
match-button-deck-no = Харуулахгүй
match-button-publish = Нийтлэх
match-button-approve = Зөвшөөрөх
match-button-send-back = Буцаах
match-button-agree = Зөвшөөрч байна
match-button-by-sdg = ТХЗ-аар шүүх
match-button-by-need = Хэрэгцээгээр шүүх
match-button-all = Бүх төсөл
match-button-request = Уулзах хүсэлт
match-button-deck = Илтгэл
match-button-back-list = Жагсаалт руу буцах
match-button-accept = Зөвшөөрөх
match-button-decline = Татгалзах
match-button-ask = Зохион байгуулагчид
match-button-share-email = И-мэйл хуваалцах
match-button-share-phone = Утас хуваалцах
match-button-no-reason = Шалтгаангүй
match-button-propose = Уулзалт санал болгох
match-button-csv = CSV
match-button-xlsx = XLSX
match-sdg-button = ТХЗ { $number }

match-card =
    { $title }
    Баг: { $team }
    { $pitch }
    Тогтвортой хөгжлийн зорилго:
    { $sdgs }
    Хайж буй түнш:
    { $needs }
    Дэлгэрэнгүй: { $note }

## Нийтлэх (/showcase)

match-may-not-publish = Танай баг төслөө одоогоор нийтлэх боломжгүй: энэ хөтөлбөрт шалгаруулалтын дүн зарлагдсаны дараа шалгарсан багуудын төсөл нийтлэгдэнэ.
match-showcase-published = Танай төсөл үзэсгэлэнд байна:

    { $card }

    Өөрчлөх бол доорх асуултуудад хариулна уу, хэвээр үлдээх бол «Цуцлах» дарна уу.
match-showcase-pending = Танай төсөл зохион байгуулагчийн зөвшөөрлийг хүлээж байна:

    { $card }

    Өөрчлөх бол доорх асуултуудад хариулна уу, хэвээр үлдээх бол «Цуцлах» дарна уу.
match-ask-title = Зочдод харагдах төслийн гарчиг юу вэ (хамгийн ихдээ { $max } тэмдэгт)? Одоогийнх: { $title }
match-title-invalid = Гарчгийг 1–{ $max } тэмдэгтээр бичнэ үү.
match-ask-pitch-mn = Төслийн товч танилцуулгыг монгол хэлээр бичнэ үү (хамгийн ихдээ { $max } тэмдэгт). Өөрөө бичнэ үү: машин орчуулга ашиглахгүй.
match-ask-pitch-ja = Одоо ижил танилцуулгыг япон хэлээр бичнэ үү (хамгийн ихдээ { $max } тэмдэгт).
match-ask-pitch-en = Хүсвэл англи хэлээр бичнэ үү (хамгийн ихдээ { $max } тэмдэгт), эсвэл «Алгасах» дарна уу.
match-pitch-invalid = Танилцуулга 1–{ $max } тэмдэгт байх ёстой, энэ нь { $length } тэмдэгт байна. Товчилно уу.
match-ask-needs =
    Танай баг ямар түнш хайж байна вэ? Тохирох бүрийг дараад «Болсон» дарна уу, эсвэл дугаарыг нь бичнэ үү (1, 3):
    { $needs }
match-needs-invalid = 1-ээс { $max } хүртэлх дугаарыг таслалаар тусгаарлан бичнэ үү.
match-needs-choose-one = Дор хаяж нэгийг сонгоно уу.
match-ask-note = Юу хайж байгаагаа зочдод нэг мөрөөр тайлбарлана уу (хамгийн ихдээ { $max } тэмдэгт), эсвэл «Алгасах» дарна уу.
match-note-invalid = 1–{ $max } тэмдэгтээр бичнэ үү.
match-ask-deck = Зочид танай сүүлийн илтгэлийн файлыг нээж болох уу?
match-preview-pitch = { $language }: { $pitch }
match-preview-deck-yes = Зочид танай сүүлийн илтгэлийн файлыг нээх боломжтой.
match-preview-deck-no = Илтгэлийн файл нууц хэвээр үлдэнэ.
match-ask-confirm =
    Зочдод ингэж харагдана:

    { $card }

    Танилцуулга:
    { $pitches }
    { $deck }

    «Нийтлэх» дарах хүртэл юу ч нийтэд харагдахгүй.
match-published = Танай төсөл үзэсгэлэнд нийтлэгдлээ. Зочид /projects тушаалаар олж харна.
match-sent-for-approval = Баярлалаа. Зочдод харагдахаас өмнө зохион байгуулагч төслийг тань шалгана, хариуг нь танд мэдэгдэнэ.
match-review =
    { $team } баг төслөө нийтлэх хүсэлт гаргалаа:

    { $card }
match-approved = { $team } багийн төсөл нийтлэгдлээ.
match-sent-back = { $team } багийн төслийг ахлагчид нь буцаалаа.
match-approved-lead = Танай «{ $title }» төслийг зөвшөөрч, үзэсгэлэнд нийтэллээ.
match-sent-back-lead = Зохион байгуулагч танай «{ $title }» төслийг буцаалаа. Зохион байгуулагчтай холбогдоод /showcase тушаалыг дахин илгээнэ үү.
match-review-done = Энэ төслийг аль хэдийн шалгасан байна.
match-not-published = Танай төсөл үзэсгэлэнд байхгүй байна.
match-unpublished = Танай төслийг үзэсгэлэнгээс хаслаа. Өмнө ирсэн хүсэлтүүдэд хариулах боломжтой хэвээр байна.

## Зочид

match-visitor-intro = Тавтай морилно уу! Багуудаас танилцуулга хүсэхийн тулд өөрийнхөө тухай товч хэлнэ үү. Нэг минут орчим болно.
match-visitor-ask-name = Таны нэр?
match-visitor-name-invalid = Нэрээ 1–{ $max } тэмдэгтээр бичнэ үү.
match-visitor-ask-org = Таны байгууллага (компани, их сургууль, сан)?
match-visitor-org-invalid = Байгууллагынхаа нэрийг 1–{ $max } тэмдэгтээр бичнэ үү.
match-visitor-ask-country = Танай байгууллага аль улсад байдаг вэ?
match-visitor-ask-offers =
    Та багт юугаар туслах боломжтой вэ? Тохирох бүрийг дараад «Болсон» дарна уу, эсвэл дугаарыг нь бичнэ үү (1, 3):
    { $needs }
match-visitor-ask-contact-kind = Баг хүсэлтийг тань зөвшөөрвөл аль холбоо барих хаягийг тань өгөх вэ?
match-visitor-ask-email = Таны и-мэйл хаяг?
match-visitor-ask-phone = Таны утасны дугаар, улсын кодтой нь (+976…)?
match-visitor-ask-chat = Таны чатын хаяг (Telegram, LINE, Messenger…)?
match-visitor-email-invalid = И-мэйл хаяг буруу бичигдсэн бололтой. Дахин бичнэ үү.
match-visitor-phone-invalid = Утасны дугаар буруу бичигдсэн бололтой. Улсын кодтой нь цифрээр бичнэ үү.
match-visitor-chat-invalid = Чатын хаягаа бичнэ үү (хамгийн ихдээ { $max } тэмдэгт).
match-visitor-consent = Бид таны нэр, байгууллага, улс, санал болгож буй туслалцаа, холбоо барих хаягийг хадгална. Танилцуулга хүсэхэд баг таны нэр, байгууллага, санал, захидлыг харна; холбоо барих хаягийг зөвхөн ахлагч нь зөвшөөрсний дараа. Зохион байгуулагчид бүх хүсэлтийг харна. /delete_me тушаалаар бүгдийг устгана.
match-visitor-welcome = Баярлалаа. Төслүүдийг танилцуулж байна.

## Төслүүд

match-list =
    Төслийн тоо: { $count }{ $filters }
    { $projects }
    ★ тэмдэгтэй төслүүд таны санал болгож буй зүйлийг хайж байна. Дэлгэрэнгүйг харах бол төслийг дарна уу.
match-list-line = { $n }. { $title } ({ $team } баг)
match-list-line-match = { $n }. ★ { $title } ({ $team } баг)
match-filter-sdg = {" "}· ТХЗ { $number }
match-filter-need = {" "}· { $need }
match-filter-both = {" "}· ТХЗ { $number } · { $need }
match-list-empty = Одоогоор нийтлэгдсэн төсөл алга. Дараа дахин үзнэ үү.
match-list-empty-filtered = Шүүлтүүрт тохирох төсөл алга{ $filters }.
match-choose-sdg =
    Аль зорилгоор шүүх вэ?
    { $goals }
match-choose-need = Аль хэрэгцээгээр шүүх вэ?
match-project-gone = Энэ төсөл үзэсгэлэнд байхгүй байна.
match-no-deck = Энэ төсөлд харуулах илтгэлийн файл алга.
match-deck = Багийн сүүлийн илтгэлийн файл.
match-deck-link = Багийн сүүлийн илтгэлийн файл: { $url }

## Танилцуулга

match-ask-message = «{ $title }» төслийн багт товч захидал бичнэ үү: та хэн болох, яагаад уулзахыг хүсэж байгаагаа (хамгийн ихдээ { $max } тэмдэгт).
match-message-invalid = Захидал 1–{ $max } тэмдэгт байх ёстой, энэ нь { $length } тэмдэгт байна.
match-too-many-open = Танд хариу хүлээж буй { $max } хүсэлт байна. Өөр багаас хүсэхээсээ өмнө хариуг нь хүлээнэ үү.
match-already-requested = Та «{ $title }» төслийн багаас аль хэдийн хүссэн бөгөөд хүсэлт тань хариу хүлээж байна.
match-requested = «{ $title }» төсөлд илгээсэн хүсэлт тань хүрлээ. Ахлагч нь хариугаа өгөх эцсийн хугацаа: { $until }. Хариу ирэхгүй бол хүсэлтийн хугацаа дуусч, танд мэдэгдэнэ.
match-request-to-lead =
    «{ $title }» төсөлтэй танилцах хүсэлт ирлээ:
    Хэнээс: { $name }, { $organization } ({ $country })
    Санал болгож буй туслалцаа:
    { $offers }
    Захидал: { $message }

    Та зөвшөөрсөн тохиолдолд л холбоо барих хаяг солилцоно. Хариугаа өгөх эцсийн хугацаа: { $until }.
match-not-your-request = Энэ хүсэлтийг зөвхөн хүсэлт ирсэн багийн ахлагч харж, хариулна.
match-request-accepted = Энэ хүсэлтийг аль хэдийн зөвшөөрсөн байна.
match-request-declined = Энэ хүсэлтээс аль хэдийн татгалзсан байна.
match-request-expired = Энэ хүсэлтийн хугацаа дууссан байна.
match-team-no-contact = Танай багт хуваалцах и-мэйл эсвэл утас алга. /edit_team тушаалаар нэмээд «Зөвшөөрөх» товчийг дахин дарна уу.
match-ask-share =
    Багийнхаа аль холбоо барих хаягийг хуваалцах вэ?
    { $contacts }
match-accepted-lead =
    Та зөвшөөрлөө. Танай холбоо барих хаягийг зочинд илгээж байна. Зочин:
    { $name }, { $organization }
    { $contact }

    Дараагийн алхам: анхны уулзалтад 3 хүртэлх цаг санал болгоно уу.
match-accepted-visitor =
    Сайн мэдээ: «{ $title }» төслийн баг ({ $team }) таны хүсэлтийг зөвшөөрлөө.
    { $name }, { $organization }
    { $contact }

    Багийн ахлагч анхны уулзалтын цагийг санал болгоно.
match-ask-decline-note = Хүсвэл зочинд шалтгаанаа бичнэ үү, эсвэл «Шалтгаангүй» дарна уу: зочинд эелдэг мэдэгдэл очно.
match-declined-lead = Татгалзлаа. Зочинд эелдэг мэдэгдэл очно.
match-declined-visitor = «{ $title }» төслийг сонирхсонд баярлалаа. Баг одоогоор таны хүсэлтийг хүлээн авах боломжгүй байна. /projects хэсэгт өөр төслүүд бий.
match-declined-visitor-note =
    «{ $title }» төслийг сонирхсонд баярлалаа. Баг одоогоор таны хүсэлтийг хүлээн авах боломжгүй байна. Багийн тайлбар:
    { $note }
match-asked-organizers = Таны асуултыг зохион байгуулагчдын лавлагаанд №{ $number } асуулт болгон илгээлээ. Хариулт энэ чатад ирнэ. Хүсэлтэд хариулах боломжтой хэвээр байна.
match-ask-organizers-question = Энэ хүсэлтийн талаар зохион байгуулагчдад асуух зүйлээ бичнэ үү ({ $max } хүртэлх тэмдэгт). Хариулт энэ чатад ирнэ.
match-ask-to-organizers =
    { $team } баг (ахлагч: { $lead }) танилцуулгын хүсэлтийн талаар зохион байгуулагчаас асууж байна:
    Хэнээс: { $name }, { $organization }
    Захидал: { $message }
    Ахлагчийн асуулт лавлагааны №{ $number } асуулт болж бүртгэгдлээ: /helpdesk тушаалаар хариулна уу.
match-expired-visitor = «{ $title }» төсөлд илгээсэн хүсэлт тань { $days } хоногт хариу аваагүй тул хугацаа нь дууслаа. /projects хэсэгт өөр төслүүд бий.
match-meeting-proposed = Санал болгосон цагийг илгээлээ. Зочин нэгийг нь сонгоно.
match-meeting-offer =
    { $team } баг анхны уулзалтын (1 цаг) цагийг санал болгож байна:
    { $times }
    Танд тохирох цагийг дарна уу.
match-meeting-set = Анхны уулзалт товлогдлоо. Цаг: { $at }. Уулзах тал: { $other }.
match-meeting-already = Анхны уулзалт аль хэдийн товлогдсон. Цаг: { $at }.

## Сонирхогчид (/leads)

match-leads-none = Танилцуулгын хүсэлт одоогоор алга.
match-state-open = хүлээгдэж буй
match-state-accepted = зөвшөөрсөн
match-state-declined = татгалзсан
match-state-expired = хугацаа дууссан
match-leads-no-answer = —
match-leads =
    Танилцуулга: хүссэн { $requested }, зөвшөөрсөн { $accepted }, татгалзсан { $declined }, хүлээгдэж буй { $open }, хугацаа дууссан { $expired }.
    Анхны уулзалт: товлосон { $arranged }, болсон { $held }. Хариулах хугацааны медиан: { $median }.

    Хүсэлтүүд:
    { $requests }

    Багаар:
    { $teams }

    Зочны байгууллагаар:
    { $organizations }
match-leads-line = №{ $n } { $organization } ({ $visitor }) → { $team }, «{ $title }»: { $state }, хүссэн: { $asked }
match-leads-line-answered = №{ $n } { $organization } ({ $visitor }) → { $team }, «{ $title }»: { $state }, хариулсан хугацаа: { $took }
match-leads-group-line = { $name }: хүссэн { $requested }, зөвшөөрсөн { $accepted }, татгалзсан { $declined }, хүлээгдэж буй { $open }, хугацаа дууссан { $expired }
match-export-leads = Танилцуулгын хүсэлтүүд (түнш хайх)
match-leads-file = Танилцуулгын бүх хүсэлт, мөр бүрт нэг.

## /privacy

match-privacy-visitor =
    Зочны мэдээлэл: { $name }, { $organization }; { $contact }
    Санал болгож буй туслалцаа:
    { $offers }
match-privacy-requests = Танилцуулгын хүсэлт: { $count }

## Зочдод илгээх зарлал

broadcast-audience-visitors = Зочид
broadcast-ask-offer = Аль зочдод илгээх вэ? Бүгдэд нь, эсвэл тодорхой туслалцаа санал болгосон зочдод.
broadcast-visitors-all = Бүх зочин

## Нийтийн хуудас /projects

match-web-title = Түнш хайж буй төслүүд
match-web-intro = Монгол, Японы хамтын бүтээлийн төслүүд болон тэдний хайж буй түнш. Багтай танилцуулга хүсэх бол төслийг чатаар нээнэ үү.
match-web-team = Баг: { $team }
match-web-sdgs = Тогтвортой хөгжлийн зорилго
match-web-needs = Хайж буй түнш
match-web-contact = Ботоор холбогдох:
match-web-language-mn = Монгол
match-web-language-ja = 日本語
match-web-language-en = English

## Явцын тайлангийн шалгуур үзүүлэлтэд (/kpis) харагдах хөтөлбөрийн түвшний тоо
match-indicators-title = Танилцуулга (түнш хайх)
match-indicator-requested = Хүсэлт ирсэн
match-indicator-accepted = Зөвшөөрсөн
match-indicator-meetings-held = Болсон анхны уулзалт
