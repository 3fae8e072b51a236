## Шалгаруулалтын тойрог: шүүгч, хуваарилалт, оноо, эрэмбэ, шийдвэр, дүн.

help-invite-judge = /invite_judge: шүүгчид нэг удаагийн урилга (зохион байгуулагч)
help-judge-profile = /judge_profile: таны ажилладаг, хамтран ажилладаг байгууллагууд (шүүгч)
help-judge = /judge: таны үнэлэх багууд, үнэлсэн ба үлдсэн (шүүгч)
help-rounds = /rounds: шалгаруулалтын тойргууд, төлөв; үнэлгээг нээх, хаах (зохион байгуулагч)
help-assign-judges = /assign_judges ТОЙРОГ: тойргийн багуудыг шүүгчдэд хуваарилах (зохион байгуулагч)
help-swap-judge = /swap_judge ТОЙРОГ: багт өөр шүүгч томилох (зохион байгуулагч)
help-ranking = /ranking ТОЙРОГ: багуудын эрэмбэ, ижил оноо, санал зөрөлт, CSV (зохион байгуулагч)
help-decide = /decide ТОЙРОГ: шалгарсан, нөөцөд, шалгараагүй; шагнал (зохион байгуулагч)
help-publish-results = /publish_results ТОЙРОГ: урьдчилан харж, баг бүрт дүнг нь илгээх (зохион байгуулагч)

role-judge = шүүгч
role-as-judge = шүүгч
role-granted-judge = Тавтай морилно уу, та одоо энэ хөтөлбөрийн шүүгч боллоо.

sel-lines = { $lines }
sel-none = байхгүй
sel-no-rounds = Энэ хөтөлбөрт шалгаруулалтын тойрог байхгүй.
sel-round-button = Тойрог { $n }
sel-round-line = { $n }. { $round } ({ $id })
sel-choose-round =
    Аль тойрог вэ?
    { $rounds }
sel-outcome-selected = шалгарсан
sel-outcome-waitlisted = нөөцөд
sel-outcome-not_selected = шалгараагүй
sel-outcome-none = шийдээгүй
sel-outcome-moved-up = Шалгарсан болгох
sel-language-mn = монгол
sel-language-ja = япон
sel-language-en = англи

## Шүүгч

sel-ask-organizations = Та ямар байгууллагад ажилладаг, эсвэл аль байгууллагатай хамтран ажилладаг вэ? Эдгээр байгууллагын багийг танд хуваарилахгүй. Нэрсийг нь таслалаар тусгаарлан бичнэ үү. Байхгүй бол товчийг дарна уу.
sel-ask-organizations-again =
    Одоогийн байгууллагууд: { $organizations }
    Шинэ жагсаалтыг таслалаар тусгаарлан бичнэ үү. Байхгүй бол товчийг дарна уу.
sel-button-no-organization = Байхгүй
sel-organizations-invalid = Хамгийн ихдээ { $most } нэрийг таслалаар тусгаарлан бичнэ үү. Нэр бүр { $chars } тэмдэгтээс хэтрэхгүй.
sel-organizations-saved = Баярлалаа. Эдгээр байгууллагын багийг танд хуваарилахгүй: { $organizations }. Зохион байгуулагчид багуудыг хуваарилсны дараа /judge тушаалаар багуудаа харна уу.
sel-organizations-none = Баярлалаа. Зохион байгуулагчид багуудыг хуваарилсны дараа /judge тушаалаар багуудаа харна уу.
sel-privacy-organizations = Таны байгууллагууд (шүүгчийн хувьд): { $organizations }
sel-privacy-scores = Шүүгчийн хувьд таны өгсөн оноо: { $n } баг

## Тойрог

sel-rounds =
    Шалгаруулалтын тойргууд:
    { $lines }
sel-rounds-line =
    { $n }. { $round } ({ $id }): { $judged }{ $event ->
        [none] {""}
       *[other] , { $event }
    }
       Үнэлгээ { $opens } – { $closes }: { $state ->
        [planned] хараахан нээгдээгүй
        [open] нээлттэй
        [closed] хаагдсан
       *[published] дүн зарлагдсан
    }
       Баг: { $teams } · шүүгч: { $judges } · оноо: { $scores } / { $assigned }{ $target ->
        [0] {""}
       *[other] {" "}· шалгаруулах тоо: { $target }
    }
sel-judged-stage = «{ $stage }» шатны файлууд
sel-judged-live = шууд илтгэл
sel-button-open = Нээх: тойрог { $n }
sel-button-close = Хаах: тойрог { $n }
sel-round-opened = «{ $round }» тойргийн үнэлгээ одоо нээгдлээ, { $closes } хүртэл. Багтай шүүгчдэд мэдэгдлээ.
sel-round-closed = «{ $round }» тойргийн үнэлгээ хаагдлаа. Оноо эцэслэгдсэн: /ranking { $id } тушаалаар харна уу.
sel-round-not-planned = «{ $round }» тойргийн үнэлгээ аль хэдийн нээгдсэн байна.
sel-round-not-open = «{ $round }» тойргийн үнэлгээ нээлттэй биш байна.
sel-judging-opened = «{ $round }» тойргийн үнэлгээ нээгдлээ: таныг { $n } баг хүлээж байна, { $closes } хүртэл. Эхлэхийн тулд /judge тушаалыг илгээнэ үү.

## Хуваарилалт

sel-assign-no-teams = «{ $round }» тойрогт үнэлэх баг хараахан алга (шатны тойрогт зөвхөн файлаа илгээсэн багуудыг үнэлнэ).
sel-assign-no-judges = Энэ хөтөлбөрт шүүгч хараахан алга. /invite_judge тушаалаар урина уу.
sel-assign-closed = «{ $round }» тойргийн үнэлгээ хаагдсан тул хуваарилалтыг өөрчлөх боломжгүй.
sel-assigned =
    «{ $round }»: { $teams } баг, баг бүрт { $per_team } шүүгч. Шинээр хуваарилсан: { $added }, хассан: { $dropped }.
    Шүүгч бүрийн баг:
    { $judges }
    Багууд:
    { $lines }
    { $short }
sel-assign-judge-line = • { $name }: { $n }
sel-assign-team-line = • { $team }: { $judges }
sel-assign-short-line = ⚠ { $team } багт { $n } шүүгч дутуу байна (ашиг сонирхлын зөрчил): /swap_judge тушаал ашиглах эсвэл өөр шүүгч урина уу.
sel-assign-short-none = Бүх баг шүүгчтэй боллоо.
sel-button-swap = Шүүгч солих
sel-judge-assigned = «{ $round }» тойрогт танд үнэлэх { $n } баг хуваарилагдлаа. Үнэлгээ { $opens } нээгдэж, { $closes } хаагдана.
sel-button-queue = Миний багууд
sel-judge-unassigned = Зохион байгуулагч «{ $round }» тойрогт таны нэг багийг өөр шүүгчид шилжүүллээ. /judge тушаалаар багуудаа харна уу.
sel-swap-ask-team = Аль багт өөр шүүгч томилох вэ? Товчийг дарах эсвэл багийн нэрийг бичнэ үү.
sel-swap-no-such-team = Ийм нэртэй хуваарилагдсан баг алга. Товч дарах эсвэл нэрийг яг таг бичнэ үү.
sel-swap-ask-out = { $team } багийг хэн үнэлэхээ болих вэ? Тухайн шүүгчийн энэ багт өгсөн оноо устана.
sel-judge-button = { $name }
sel-swap-ask-in =
    { $team } багийг оронд нь хэн үнэлэх вэ? Шүүгч бүрт одоо байгаа баг:
    { $judges }
sel-swap-nobody = { $team } багийг өөр шүүгч үнэлэх боломжгүй (ашиг сонирхлын зөрчил, эсвэл аль хэдийн энэ багт томилогдсон). /invite_judge тушаалаар өөр шүүгч урина уу.
sel-swap-none-assigned = «{ $round }» тойрогт хараахан хэн ч хуваарилагдаагүй: эхлээд /assign_judges { $id } тушаалыг илгээнэ үү.
sel-swapped = { $team } багийг одоо { $name } үнэлнэ ({ $out } биш). Хоёуланд нь мэдэгдлээ.

## Оноо өгөх

sel-queue-empty = Одоогоор танд үнэлэх баг алга.
sel-queue =
    «{ $round }»: { $state ->
        [planned] үнэлгээ { $opens } нээгдэнэ
        [open] үнэлгээ { $closes } хаагдана
       *[other] үнэлгээ { $closes } хаагдсан; таны оноо эцэслэгдсэн
    }
    Үнэлсэн: { $done } / { $total }
    { $lines }
sel-queue-line-done = ✓ { $team }: { $title }
sel-queue-line-todo = • { $team }: { $title }
sel-queue-button-done = ✓ { $team }
sel-queue-button-todo = { $team }
sel-named-team = { $team } баг
sel-blind-team = Төсөл { $n }
sel-not-your-team = Энэ баг таны үнэлэх багуудад байхгүй.
sel-judging-not-open = «{ $round }» тойргийн үнэлгээ { $opens } нээгдэнэ.
sel-judging-closed = «{ $round }» тойргийн үнэлгээ { $closes } хаагдсан. Оноог өөрчлөх боломжгүй.
sel-judging-ended = Энэ үнэлгээ дууссан. /judge тушаалаар багуудаа харна уу.
sel-scores-read-only =
    Таны өгсөн оноо (зөвхөн харах):
    { $summary }
sel-team-view =
    «{ $round }»: { $team }
    Төсөл: { $title }
    { $description }
    ТХЗ:
    { $sdgs }
    Байгууллагууд:
    { $organizations }
    Гишүүд:
    { $members }
sel-team-view-blind =
    «{ $round }»: { $team } (энэ тойрогт нэрсийг нуусан)
    Төсөл: { $title }
    { $description }
    ТХЗ:
    { $sdgs }
sel-member-line = • { $name }
sel-no-deck = Энэ баг тойргийн файлаа илгээгээгүй байна.
sel-deck = Багийн файл, хувилбар { $version }.
sel-deck-link = Багийн файл, хувилбар { $version }: { $url }
sel-ask-score =
    Шалгуур { $n } / { $count }: { $criterion } (жин { $weight })
    Оноо: { $low } (сул) – { $high } (маш сайн). Оноогоо сонгоно уу.
sel-score = { $n }
sel-score-current = ✓ { $n }
sel-button-conflict = Би энэ багийг мэднэ
sel-ask-comment = Зөвхөн зохион байгуулагчдад зориулсан тайлбар (заавал биш, { $max } тэмдэгт хүртэл): бичих эсвэл «Алгасах»-ыг дарна уу.
sel-ask-feedback = { $to_team ->
    [yes] Багт өгөх нэг мөр санал (заавал биш, { $max } тэмдэгт хүртэл). Баг үүнийг дүнтэйгээ хамт таны нэргүйгээр уншина.
   *[other] Багт өгөх нэг мөр санал (заавал биш, { $max } тэмдэгт хүртэл). Энэ тойрог санал хүсэлтийг багт илгээдэггүй: зөвхөн зохион байгуулагчид уншина.
}
sel-ask-note-current =
    { $question }
    Одоо: { $current }
sel-button-skip = Алгасах
sel-button-keep = Хэвээр үлдээх
sel-button-clear = Устгах
sel-note-too-long = { $max } тэмдэгтээс хэтрүүлэхгүй бичнэ үү.
sel-summary =
    { $team }: таны өгсөн оноо
    { $lines }
    Нийт: { $overall } / 5
    Зохион байгуулагчдад: { $comment }
    Багт өгөх санал: { $feedback }
sel-summary-line = { $criterion }: { $n } / { $high }
sel-button-save = Хадгалах
sel-saved = Хадгаллаа. Та энэ оноог { $closes } хүртэл өөрчилж болно.
sel-scoring-cancelled = Юу ч хадгалсангүй; таны өмнөх оноо хэвээр үлдлээ.
sel-conflict-ask = Та энэ багийг мэдэх үү (хамт ажиллагсад, хамаатан, хамтран ажилладаг байгууллага)? Багийг өөр шүүгчид шилжүүлж, таны өгсөн оноо устана.
sel-button-conflict-yes = Тийм, мэднэ
sel-button-conflict-no = Үгүй, үргэлжлүүлэх
sel-conflict-kept = Юу ч өөрчлөгдсөнгүй.
sel-conflict-done = Мэдэгдсэнд баярлалаа. Багийг өөр шүүгчид шилжүүллээ.
sel-conflict-done-nobody = Мэдэгдсэнд баярлалаа. Багийг таны жагсаалтаас хаслаа; зохион байгуулагчид өөр шүүгч олно.
sel-conflict-notice = { $name } шүүгч { $team } багийг мэддэг гэв («{ $round }»): багийг одоо { $other } үнэлнэ.
sel-conflict-notice-nobody = { $name } шүүгч { $team } багийг мэддэг гэв («{ $round }»), өөр шүүгч үнэлэх боломжгүй байна. Шүүгч урих (/invite_judge), дараа нь /swap_judge эсвэл /assign_judges тушаал ашиглана уу.
sel-judge-reminder = Сануулга: «{ $round }» тойрогт { $n } баг таны оноог хүлээж байна. Үнэлгээ { $closes } хаагдана, { $left } үлдлээ.

## Эрэмбэ

sel-ranking-empty = «{ $round }» тойрогт баг алга.
sel-ranking =
    «{ $round }» ({ $state ->
        [planned] үнэлгээ нээгдээгүй
        [open] үнэлгээ нээлттэй
        [closed] үнэлгээ хаагдсан
       *[published] дүн зарлагдсан
    }): { $teams } баг, { $judges } шүүгч, ирсэн оноо { $scores }, дутуу { $missing }.
    Байр. Баг: дундаж / 5 (хэвийншүүлсэн) · оноо · зөрүү · шийдвэр
    { $lines }
sel-ranking-line = { $place }.{ $tie ->
        [yes] {" "}(ижил)
       *[other] {""}
    } { $team }: { $mean } ({ $z }) · { $n } ирсэн{ $missing ->
        [0] {""}
       *[other] , { $missing } дутуу
    } · зөрүү { $spread }{ $flag ->
        [yes] {" "}⚠ шүүгчдийн санал зөрсөн
       *[other] {""}
    } · { $outcome ->
        [selected] шалгарсан
        [waitlisted] нөөцөд
        [not_selected] шалгараагүй
       *[other] шийдээгүй
    }
sel-ranking-more = … CSV файлд өөр { $n } баг бий.
sel-button-decide = Шийдвэр гаргах
sel-button-scores-csv = CSV: бүх оноо
sel-button-ranking-csv = CSV: эрэмбэ
sel-csv-ready = { $kind ->
    [ranking] «{ $round }» тойргийн эрэмбэ.
   *[other] «{ $round }» тойргийн бүх оноо: шүүгч, баг, шалгуур тус бүр нэг мөр.
}

## Шийдвэр

sel-decide =
    «{ $round }» тойргийн шийдвэр: шалгарсан { $selected }, нөөцөд { $waitlisted }, шалгараагүй { $rejected }, шийдээгүй { $undecided }{ $target ->
        [0] .
       *[other] ; шалгаруулах тоо: { $target }.
    }
    { $lines }
    { $published ->
        [yes] Дүн зарлагдсан: шалгараагүй баг дээш шилжиж болно.
       *[other] Шийдэхийн тулд багийг дарна уу, эсвэл эхний багуудыг шалгаруулахын тулд «эхний 7» гэх мэтээр тоотой бичнэ үү. /publish_results хийх хүртэл багуудад юу ч илгээгдэхгүй.
    }
sel-mark-selected = ✓ { $team }
sel-mark-waitlisted = ⏳ { $team }
sel-mark-not_selected = ✗ { $team }
sel-mark-none = { $team }
sel-button-top = Эхний { $n } багийг
sel-button-done = Болсон
sel-top-done = { $tie ->
    [yes] Эхний { $n } байрыг шалгаруулав: ижил оноотой багуудын улмаас { $selected } баг. Багийг дарж засна уу.
   *[other] Эхний { $n } багийг шалгаруулж, бусдыг шалгараагүй гэж тэмдэглэв. Багийг дарж засна уу.
}
sel-decide-no-such-team = Энэ тойрогт ийм нэртэй баг алга. Товч дарах эсвэл нэрийг яг таг бичнэ үү.
sel-ask-outcome = { $team } баг одоо: { $current }. Таны шийдвэр?
sel-decided = { $team } баг: { $outcome }.
sel-decided-award = { $team } баг: { $outcome }, шагнал: «{ $award }».
sel-ask-award = { $team } багт олгох шагнал, жишээ нь тэтгэлэг (заавал биш, { $max } тэмдэгт хүртэл): бичих эсвэл «Шагналгүй»-г дарна уу.
sel-ask-award-current = { $team } баг «{ $award }» шагналтай. Өөрийг бичих, хэвээр үлдээх эсвэл хасна уу.
sel-button-no-award = Шагналгүй
sel-award-invalid = { $max } тэмдэгтээс хэтрүүлэхгүй бичнэ үү.
sel-decide-published = Энэ тойргийн дүн зарлагдсан: шалгарсан баг шалгарсан хэвээр үлдэнэ.
sel-moved-up = { $team } баг дээш шилжиж, «{ $round }» тойрогт шалгарлаа. Гишүүдэд нь мэдэгдэнэ.
sel-decide-done = Шийдвэрийг хадгаллаа. /publish_results { $id } тушаалыг илгээх хүртэл багуудад юу ч илгээгдэхгүй.

## Дүн зарлах

sel-publish-no-teams = «{ $round }» тойрогт баг алга.
sel-publish-still-open = «{ $round }» тойргийн үнэлгээ { $closes } хүртэл нээлттэй. Эхлээд хаагаад (/rounds) дараа нь зарлана уу.
sel-publish-done-already = «{ $round }» тойргийн дүнг { $at } зарласан. Юу ч давтан илгээгдэхгүй; дээш шилжсэн багт тусад нь мэдэгдэнэ.
sel-publish-preview =
    «{ $round }» тойргийн дүнг хүлээн авах:
    { $lines }
    Тэд дараах мэдэгдлийг уншина:
sel-publish-count = • { $outcome }: { $teams } баг, { $people } хүн ({ $languages })
sel-publish-sample =
    ── { $outcome } — хэл: { $language } (жишээ нь { $team } баг) ──
    { $text }
sel-publish-confirm = { $messages } мэдэгдлийг одоо илгээх үү?
sel-button-publish = Зарлах
sel-publish-cancelled = Юу ч илгээсэнгүй. «{ $round }» тойргийн дүн зарлагдаагүй.
sel-published = «{ $round }» тойргийн дүн зарлагдлаа: шалгарсан { $selected }, нөөцөд { $waitlisted }, шалгараагүй { $rejected }. { $messages } мэдэгдэл илгээгдэж байна.
sel-result-selected = Баяр хүргэе! Танай { $team } баг { $program } хөтөлбөрийн «{ $round }» тойрогт шалгарлаа.
sel-result-moved-up = Сайн мэдээ: сул орон гарсан тул танай { $team } баг { $program } хөтөлбөрийн «{ $round }» тойрогт шалгарлаа.
sel-result-waitlisted = { $program } хөтөлбөрийн «{ $round }» тойрогт оролцсонд баярлалаа. Танай { $team } баг нөөцийн жагсаалтад байна: сул орон гарвал энд мэдэгдэнэ.
sel-result-not_selected = { $program } хөтөлбөрийн «{ $round }» тойрогт оролцсонд баярлалаа. Харамсалтай нь танай { $team } баг энэ удаа шалгарсангүй.
sel-result-award = Мөн танай баг дараах шагнал хүртлээ: { $award }.
sel-result-next-stage = Дараагийнх нь «{ $stage }» шат: нээгдэх { $opens }, эцсийн хугацаа { $deadline }.
sel-result-next-event = Дараагийн арга хэмжээ: { $event }, { $starts }.
sel-result-feedback =
    Шүүгчид танай багт дараах саналыг үлдээлээ:
    { $lines }
sel-feedback-line = • { $text }

## Бусад үйлдэл дэх шалгаруулалт

sel-team-results =
    Шалгаруулалт:
    { $lines }
sel-team-result = • «{ $round }»: { $outcome }
sel-team-result-award = • «{ $round }»: { $outcome } ({ $award })
sel-submit-out = Танай баг «{ $round }» тойрогт шалгараагүй тул хөтөлбөрийн дараагийн шатууд танай багт хаалттай. Оролцсонд баярлалаа.
sel-teams-filter-out = хөтөлбөрөөс гарсан
sel-teams-button-out = Хөтөлбөрөөс гарсан
sel-decks-out = Хөтөлбөрөөс гарсан { $n } багийг дээрх тоонд оруулаагүй.
sel-button-show-out = Тэднийг ч тоолох
broadcast-audience-selected = Шалгарсан багууд
broadcast-audience-notselected = Шалгараагүй багууд
broadcast-audience-judges = Шүүгчид
sel-broadcast-ask-round = Аль тойрог вэ? (зөвхөн дүн нь зарлагдсан тойргууд)
sel-broadcast-no-rounds = Дүн нь зарлагдсан тойрог хараахан алга. Буцаад өөр хүлээн авагч сонгоно уу.

## Хяналтын самбарын «Шалгаруулалт» хуудас

sel-dash-page = Шалгаруулалт
sel-dash-rounds = Тойргууд
sel-dash-round = Тойрог: { $round }
sel-dash-round-unknown = Энэ тойрог энэ хөтөлбөрийнх биш байна.
sel-dash-state-planned = хараахан нээгдээгүй
sel-dash-state-open = үнэлгээ нээлттэй
sel-dash-state-closed = үнэлгээ хаагдсан
sel-dash-state-published = дүн зарлагдсан
sel-dash-col-round = Тойрог
sel-dash-col-opens = Үнэлгээ эхлэх
sel-dash-col-closes = Үнэлгээ дуусах
sel-dash-col-target = Шалгаруулах тоо
sel-dash-stat-teams = Баг
sel-dash-stat-judges = Шүүгч
sel-dash-stat-scores = Ирсэн оноо
sel-dash-stat-missing = Дутуу оноо
sel-dash-stat-selected = Шалгарсан
sel-dash-judges = Шүүгчдийн явц
sel-dash-col-judge = Шүүгч
sel-dash-col-assigned = Оноогдсон
sel-dash-col-scored = Үнэлсэн
sel-dash-col-left = Үлдсэн
sel-dash-no-judges = Шүүгч хараахан хуваарилаагүй байна. Чатад /assign_judges тушаал илгээнэ үү.
sel-dash-ranking = Эрэмбэ
sel-dash-ranking-note = Дундаж нь 1–5 онооны жинлэсэн дундаж юм. Хэвийн болгосон багана нь шүүгч бүрийн z-онооны дундаж тул нэг хатуу эсвэл зөөлөн шүүгч шалгаруулалтыг ганцаараа шийдэхгүй. Нэг шалгуур дээр шүүгчдийн оноо 2 ба түүнээс дээш зөрвөл санал зөрсөн гэж тэмдэглэнэ.
sel-dash-col-place = Байр
sel-dash-place = { $place }{ $tie ->
        [yes] {" "}(ижил)
       *[other] {""}
    }
sel-dash-col-mean = Дундаж
sel-dash-col-normalized = Хэвийн болгосон
sel-dash-col-in = Оноо
sel-dash-col-missing = Дутуу
sel-dash-col-spread = Зөрүү
sel-dash-col-disagreement = Шүүгчид
sel-dash-disagree = санал зөрсөн
sel-dash-col-decision = Шийдвэр
sel-dash-no-teams = Энэ тойрогт баг алга.
sel-dash-button-select = Шалгаруулах
sel-dash-button-waitlist = Нөөцөд
sel-dash-button-reject = Шалгаруулахгүй
sel-dash-button-move-up = Шалгарсан болгох
sel-dash-confirm-move-up = «{ $team }» багийг шалгарсан болгох уу? Гишүүдэд нь шууд мэдэгдэнэ.
sel-dash-decide = Шийдвэр
sel-dash-award = Шагнал (заавал биш, жишээ нь тэтгэлэг)
sel-dash-top-n = Багийн тоо
sel-dash-button-top = Эхний N багийг шалгаруулах
sel-dash-confirm-top = Эхний багуудыг шалгаруулж, бусад бүх багийг шалгараагүй гэж тэмдэглэх үү?
sel-dash-bad-decision = Энэ баг эсвэл шийдвэр энэ тойргийнх биш байна. Юу ч өөрчлөгдсөнгүй.
sel-dash-bad-top = Багийн тоог 1 буюу түүнээс их бүхэл тоогоор бичнэ үү.
sel-dash-publish = Дүн зарлах
sel-dash-publish-after = Үнэлгээ хаагдсаны дараа дүнг зарлах боломжтой. Хаагдах хугацаа: { $closes }.
sel-dash-published-at = Дүн зарлагдсан хугацаа: { $at }. Шалгарсан болсон багт тусад нь мэдэгдэнэ.
sel-dash-confirm-publish = Бүх багт дүнг нь одоо илгээх үү? Нийт мессеж: { $messages }.
sel-dash-export-ranking = Шалгаруулалтын эрэмбэ
sel-dash-export-scores = Шалгаруулалтын оноо
