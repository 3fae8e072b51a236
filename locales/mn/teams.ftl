## Баг: бүртгэл, урилга, гишүүнчлэл, багийн карт, зохион байгуулагчийн жагсаалт.

help-register = /register: шинэ баг бүртгүүлэх
help-team = /team: таны багийн карт
help-invite = /invite: багтаа хүн урих (ахлагч)
help-join = /join КОД: кодоор багт нэгдэх
help-leave = /leave: багаас гарах
help-remove = /remove: гишүүнийг багаас хасах (ахлагч)
help-handover = /handover: өөр гишүүнийг ахлагч болгох (ахлагч)
help-edit-team = /edit_team: багийн мэдээллийг засах (ахлагч)
help-teams = /teams: бүх баг, шат бүрийн төлөвөөр (зохион байгуулагч)
help-export = /export: баг, гишүүдийн CSV файл (зохион байгуулагч)

team-no-program = Та одоогоор хөтөлбөр сонгоогүй байна. /program илгээж сонгоно уу.
team-none = —
team-none-yet = Та одоогоор багт ороогүй байна. /register илгээж баг бүртгүүлэх, эсвэл багийн ахлагчаасаа авсан кодоороо /join КОД гэж илгээнэ үү.
team-lead-only = Үүнийг зөвхөн багийн ахлагч хийж чадна.
team-already-member = Та энэ хөтөлбөрийн нэг багт аль хэдийн орсон байна. /team илгээж харна уу.

team-ask-name = Багийн нэр юу вэ? (2–60 тэмдэгт)
team-name-length = Багийн нэр 2–60 тэмдэгттэй байх ёстой. Дахин бичнэ үү.
team-name-taken = Энэ хөтөлбөрт { $name } нэртэй баг аль хэдийн байна. Өөр нэр сонгоно уу.
team-ask-title = Төслийн гарчиг юу вэ?
team-title-length = Төслийн гарчиг 2–120 тэмдэгттэй байх ёстой. Дахин бичнэ үү.
team-ask-description = Төслөө хэдэн өгүүлбэрээр тайлбарлана уу ({ $max } тэмдэгтээс ихгүй).
team-description-length = Тайлбар хоосон байж болохгүй бөгөөд 500 тэмдэгтээс ихгүй байх ёстой. Богиносгоно уу.
team-ask-sdgs =
    Таны төсөл Тогтвортой хөгжлийн аль зорилгод (ТХЗ) хувь нэмэр оруулах вэ? Товчлуураар 1–3 зорилго сонгоод «Болсон» дарна уу, эсвэл дугаарыг нь бичнэ үү, жишээ нь: 3, 7
    { $goals }
    Сонгосон: { $chosen }
team-sdgs-invalid = 1-ээс 17 хүртэлх ялгаатай 1–3 дугаар бичнэ үү, жишээ нь: 3, 7
team-ask-org = Танай багт ямар байгууллага байгаа вэ? Нэгийнх нь нэрийг бичнэ үү; дараа нь нэмж болно.
team-ask-org-more =
    Одоогоор бүртгэсэн байгууллагууд:
    { $organizations }
    Дараагийн байгууллагын нэрийг бичнэ үү.
team-org-length = Байгууллагын нэр 2–120 тэмдэгттэй байх ёстой. Дахин бичнэ үү.
team-ask-country = { $organization } аль улсад байрладаг вэ?
team-ask-more =
    Байгууллагууд:
    { $organizations }
    Өөр байгууллага нэмэх үү, эсвэл үргэлжлүүлэх үү?
team-button-add-org = Байгууллага нэмэх
team-button-continue = Үргэлжлүүлэх
team-ask-email = Багийн холбоо барих имэйл хаягийг бичнэ үү.
team-email-invalid = Энэ имэйл хаяг биш бололтой (name@example.com). Дахин бичнэ үү.
team-ask-phone = Холбоо барих утасны дугаараа бичнэ үү (заавал биш).
team-phone-invalid = Энэ утасны дугаар биш бололтой. Тоо, зай, эхэндээ + ашиглана уу, жишээ нь +976 9911 2233.
team-button-skip = Алгасах
team-confirm =
    Багийнхаа мэдээллийг шалгана уу:
    Нэр: { $name }
    Төсөл: { $title }
    { $description }
    ТХЗ:
    { $sdgs }
    Байгууллагууд:
    { $organizations }
    Имэйл: { $email }
    Утас: { $phone }
team-button-register = Баг бүртгүүлэх
team-registered = { $name } баг бүртгэгдлээ, та багийн ахлагч боллоо. Бусад гишүүд { $code } кодоор нэгдэнэ (урилгын холбоосыг /invite тушаалаар харна уу).

team-sdg-line = { $number }. { $name }
team-org-line = { $name } ({ $country })
team-country-mn = Монгол
team-country-jp = Япон
team-country-other = Бусад улс
team-member-line = • { $name } ({ $role })
team-member-unnamed = (нэргүй)
team-role-lead = ахлагч
team-role-member = гишүүн
team-stage-line = { $stage }: { $status }
team-stage-on_time = хугацаандаа илгээсэн
team-stage-late = хоцорч илгээсэн
team-stage-missing = илгээгээгүй
team-card =
    Баг: { $name }
    Төсөл: { $title }
    { $description }
    ТХЗ:
    { $sdgs }
    Байгууллагууд:
    { $organizations }
    Холбоо барих: { $email }, { $phone }
    Гишүүд ({ $size }, дээд тал нь { $max }):
    { $members }
    Шатууд:
    { $stages }

team-invite =
    { $name } багт урих ({ $size } гишүүн, дээд тал нь { $max }):
    { $ways }
    Шинэ код үүсгэвэл хуучин код хүчингүй болно.
team-invite-link = { $channel }: { $link }
team-invite-code = Код: { $code } (урьсан хүн /join { $code } гэж илгээнэ)
team-channel-telegram = Telegram
team-channel-messenger = Messenger
team-button-new-code = Шинэ код үүсгэх
team-join-how = /join гэж бичээд багийн ахлагчаасаа авсан кодоо илгээнэ үү, жишээ нь: /join AB12CD
team-code-invalid = Энэ код хүчингүй байна. Кодыг өгсөн хүнээс лавлана уу.
team-code-replaced = Энэ кодыг шинэ кодоор сольсон байна. Багийн ахлагчаасаа шинэ кодыг асууна уу.
team-code-rate-limited = Буруу код хэт олон удаа оруулсан байна. { $minutes } минут хүлээгээд дахин оролдоно уу.
team-full = { $name } баг дүүрсэн байна (дээд тал нь { $max } гишүүн).
team-join-confirm =
    { $name } багт нэгдэх үү?
    Төсөл: { $title }
    Ахлагч: { $lead } · { $size } гишүүн, дээд тал нь { $max }
team-button-join = Нэгдэх
team-join-cancelled = Та нэгдсэнгүй. Юу ч хадгалагдаагүй.
team-joined = { $name } багт тавтай морилно уу!
team-member-joined = { $name } танай { $team } багт нэгдлээ.

team-leave-confirm = { $name } багаас гарах уу?
team-leave-confirm-archive = Та { $name } багийн цорын ганц гишүүн. Гарвал баг архивлагдана. Гарах уу?
team-button-leave = Гарах
team-leave-cancelled = Та багтаа үлдлээ.
team-left = Та { $name } багаас гарлаа.
team-lead-cannot-leave = Таны ахалдаг багт өөр гишүүд байна. Эхлээд өөр хүнийг ахлагч болгоно уу (/handover).
team-member-left = { $name } танай { $team } багаас гарлаа.
team-you-are-lead = Та одоо { $team } багийн ахлагч боллоо.
team-no-other-members = Танай багт одоогоор өөр хүн алга. /invite илгээж урина уу.
team-remove-choose = Хэнийг багаас хасах вэ?
team-member-button = { $name }
team-removed = { $name } { $team } багаас хасагдлаа.
team-you-were-removed = Багийн ахлагч таныг { $team } багаас хаслаа.
team-handover-choose = Хэн багийг ахлах вэ?
team-handed-over = { $name } одоо { $team } багийг ахална; та гишүүн хэвээр үлдэнэ.

team-edit-choose = Юуг өөрчлөх вэ?
team-edit-field-name = Нэр
team-edit-field-title = Төслийн гарчиг
team-edit-field-desc = Тайлбар
team-edit-field-sdgs = ТХЗ
team-edit-field-orgs = Байгууллагууд
team-edit-field-email = Имэйл
team-edit-field-phone = Утас
team-edit-ask-name = Багийн шинэ нэрийг бичнэ үү (2–60 тэмдэгт).
team-edit-ask-title = Төслийн шинэ гарчгийг бичнэ үү.
team-edit-ask-email = Холбоо барих шинэ имэйл хаягийг бичнэ үү.
team-edit-ask-phone = Шинэ утасны дугаараа бичнэ үү (устгах бол - гэж бичнэ үү).
team-edit-saved = Хадгаллаа.

teams-page =
    Багууд: { $filter }. Нийт { $count } баг, хуудас { $page } / { $pages }.
teams-button-team = { $name } ({ $size })
teams-button-previous = ‹ Өмнөх
teams-button-next = Дараах ›
teams-button-filter = Шатаар шүүх
teams-filter-all = бүх баг
teams-button-all = Бүх баг
teams-filter-stage = { $stage }: { $status }
teams-filter-choose =
    Аль багуудыг харуулах вэ?
    ✓ хугацаандаа илгээсэн · ⌛ хоцорч илгээсэн · ✗ илгээгээгүй
teams-filter-button = { $status } { $stage }
teams-filter-mark-on_time = ✓
teams-filter-mark-late = ⌛
teams-filter-mark-missing = ✗
teams-export = Баг, гишүүдийн жагсаалт: { $teams } баг. Бэлтгэсэн цаг: { $at }.

team-sdg-1 = Ядуурлыг арилгах
team-sdg-2 = Өлсгөлөнг устгах
team-sdg-3 = Эрүүл мэнд, сайн сайхан байдал
team-sdg-4 = Чанартай боловсрол
team-sdg-5 = Жендэрийн тэгш байдал
team-sdg-6 = Цэвэр ус, ариун цэврийн байгууламж
team-sdg-7 = Хүртээмжтэй, цэвэр эрчим хүч
team-sdg-8 = Зохистой ажлын байр, эдийн засгийн өсөлт
team-sdg-9 = Аж үйлдвэр, инноваци, дэд бүтэц
team-sdg-10 = Тэгш бус байдлыг бууруулах
team-sdg-11 = Тогтвортой хот, суурин газар
team-sdg-12 = Хариуцлагатай хэрэглээ, үйлдвэрлэл
team-sdg-13 = Уур амьсгалын өөрчлөлтийн эсрэг арга хэмжээ
team-sdg-14 = Усан доорх амьдрал
team-sdg-15 = Хуурай газрын амьдрал
team-sdg-16 = Энх тайван, шударга ёс, хүчирхэг институци
team-sdg-17 = Зорилгын төлөөх түншлэл
