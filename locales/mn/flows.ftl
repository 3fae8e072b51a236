## Issue 16: flows as people use them. Texts added by those fixes, by feature.

## Onboarding and the menu

welcome-choose-program =
    Тавтай морилно уу! Энэ бот хэд хэдэн хөтөлбөр хөтөлдөг. Та аль хөтөлбөрт оролцож байна вэ?
menu-program = Хөтөлбөр
menu-register = Баг бүртгүүлэх
menu-join = Багт нэгдэх
menu-team = Миний баг

## Teams: the SDG toggles

team-sdg-button = ТХЗ { $number }
team-sdg-button-chosen = ✓ ТХЗ { $number }
team-button-sdgs-done = Болсон
team-sdgs-choose-one = Дор хаяж нэг зорилго сонгоод «Болсон» дарна уу.
team-sdgs-at-most = Хамгийн ихдээ { $max } зорилго сонгох боломжтой. Эхлээд сонгосон зорилгоо дарж хасна уу.

## Privacy: a lead who deleted their data

team-contact-needed = { $team } багийн холбоо барих имэйл, утас устсан тул /edit_team тушаалаар өөрийнхөө имэйл, утсыг оруулна уу.

## Teams: the lead's confirmations

team-remove-confirm = { $name } гишүүнийг { $team } багаас хасах уу?
team-button-remove = Хасах
team-remove-cancelled = Хэнийг ч хасаагүй.
team-handover-confirm = { $name } гишүүнийг { $team } багийн ахлагч болгох уу? Та гишүүн хэвээр үлдэнэ.
team-button-handover = Ахлагч болгох
team-handover-cancelled = Та ахлагч хэвээр байна.

## Decks

submit-extension-corrected = Энэ файл { $claimed } биш, { $kind } файл байна. Өргөтгөлийг нь зассан бөгөөд { $name } нэрээр хадгаллаа.

## Mentoring

session-state-name-declined = татгалзсан
privacy-session-ratings = Таны үнэлсэн менторын уулзалт: { $count }

## Roles

role-every-program = бүх хөтөлбөр

## Deadlines of a team with an extension

team-stage-line-extended = { $stage }: { $status } (эцсийн хугацааг { $deadline } хүртэл сунгасан)

## The agenda the evening before an event that starts before 08:00

reminder-agenda-tomorrow =
    Маргааш: «{ $name }»
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
    Мөрийн хөтөлбөр ({ $clock }):
    { $agenda }
reminder-agenda-empty-tomorrow =
    Маргааш: «{ $name }»
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
deadline-line-late = • { $stage }: эцсийн хугацаа { $deadline } байсан; хоцорсон файлыг одоо ч хүлээн авна («хоцорсон» гэж тэмдэглэнэ)
deck-review-extended = { $line } (эцсийн хугацааг { $deadline } хүртэл сунгасан)
submit-will-be-late = «{ $stage }» шатны эцсийн хугацаа { $deadline } байсан тул одоо илгээх файл «хоцорсон» гэж тэмдэглэгдэнэ.

## Extensions

deck-extend-choose-stage = Аль шатны эцсийн хугацааг сунгах вэ?
deck-extend-choose-team = «{ $stage }» шатанд аль багийн хугацааг сунгах вэ?
deck-extend-no-teams = Энэ хөтөлбөрт одоогоор баг алга.
deck-extend-ask-time = { $team } баг «{ $stage }» шатны файлыг { $deadline } хүртэл илгээх боломжтой. Шинэ эцсийн хугацааг өөрийн цагийн бүсээр YYYY-MM-DD HH:MM хэлбэрээр бичнэ үү, жишээ нь: { $example }
deck-extend-bad-time = Огноо, цагийг YYYY-MM-DD HH:MM хэлбэрээр бичнэ үү, жишээ нь: { $example }
deck-extend-not-later = Шинэ эцсийн хугацаа нь одоогийн эцсийн хугацаанаас хойш байх ёстой. { $team } багийн одоогийн эцсийн хугацаа: { $deadline }. Илүү хожуу огноо, цаг бичнэ үү.
deck-extend-past = Энэ цаг аль хэдийн өнгөрсөн байна (одоо: { $now }). Илүү хожуу цаг бичнэ үү.
deck-extend-unknown-stage = Энэ хөтөлбөрт «{ $stage }» гэсэн шат алга. Шатууд: { $stages }. Эсвэл /extend тушаалыг дангаар нь илгээж товчлуураар сонгоно уу.
deck-extend-unknown-team = Энэ хөтөлбөрт «{ $team }» нэртэй баг алга. /extend тушаалыг дангаар нь илгээж товчлуураар сонгоно уу.
deck-extend-gone = Тэр шат эсвэл баг байхгүй болсон байна. Юу ч өөрчлөгдөөгүй.

## Broadcasts: the preview, scheduled broadcasts, edits

broadcast-preview-nobody =
    Хөтөлбөр: { $program }
    Одоогоор энэ зарлалыг хүлээн авах хүн алга (ботыг хаасан: { $blocked }). Буцаад өөр хүлээн авагч сонгоно уу.
broadcast-preview-line-fallback = { $channel }, { $language } хэлээр ({ $wanted } хэлтэй уншигчид): { $count }
broadcast-version-fallback = { $language } ({ $wanted } хэлтэй уншигчид)
broadcast-button-edit-of = Засах №{ $number }
broadcast-button-cancel-of = Цуцлах №{ $number }
broadcast-cancelled-scheduled = №{ $number } зарлалыг цуцаллаа; хэнд ч очоогүй.
broadcast-edit-choose = №{ $number } зарлалын юуг өөрчлөх вэ? Илгээх цаг: { $at }
broadcast-edit-field-mn = Текст: монгол
broadcast-edit-field-ja = Текст: япон
broadcast-edit-field-en = Текст: англи
broadcast-edit-field-time = Цаг
broadcast-edit-current-text = Одоогийн { $language } хувилбар:
broadcast-edit-ask-text = Шинэ текстийг бичнэ үү ({ $language } хувилбар), эсвэл энэ хувилбарыг хасна уу.
broadcast-edit-ask-new-text = Одоогоор { $language } хувилбар алга. Текстийг нь бичнэ үү.
broadcast-button-remove-version = Хувилбарыг хасах
broadcast-edit-ask-time = №{ $number } зарлалыг хэзээ илгээх вэ? Одоогийн товлосон цаг: { $at }. Шинэ огноо, цагийг өөрийн цагийн бүсээр бичнэ үү, жишээ нь: { $example }
broadcast-edited = №{ $number } зарлалыг өөрчиллөө. Илгээх цаг: { $at }. Хүлээн авагчдыг тэр үед тоолно (одоогоор { $count } хүн).
broadcast-edit-too-late = №{ $number } зарлал аль хэдийн илгээгдэж эхэлсэн тул өөрчлөх боломжгүй.
broadcast-edit-last-text = Энэ бол зарлалын цорын ганц хувилбар: эхлээд өөр хувилбар бичнэ үү, эсвэл зарлалыг цуцална уу.
