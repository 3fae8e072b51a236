## Лавлагаа: зохион байгуулагчдаас асуух (/ask), хариулт, /helpdesk.

help-ask = /ask: зохион байгуулагчдаас асуулт асуух
help-helpdesk = /helpdesk: нээлттэй асуултууд (/helpdesk stats, /helpdesk export)
menu-ask = Асуулт асуух

helpdesk-no-program = Эхлээд оролцож буй хөтөлбөрөө сонгоно уу (/program), дараа нь /ask тушаалаар дахин асууна уу.
helpdesk-ask-question = Зохион байгуулагчдаас юу асуух вэ? Асуултаа нэг мессежээр бичнэ үү. Файл эсвэл зураг илгээж, асуултаа түүний тайлбар болгон бичиж ч болно.
helpdesk-ask-words = Таны «{ $name }» файлыг хүлээн авлаа. Одоо асуултаа үгээр бичнэ үү.
helpdesk-text-empty = Хэдэн үг бичнэ үү.
helpdesk-text-too-long = Энэ мессеж { $length } тэмдэгттэй байна; хамгийн ихдээ { $max } тэмдэгт байж болно. Богиносгох эсвэл хэд хуваан илгээнэ үү.
helpdesk-faq-found =
    Хөтөлбөрийн түгээмэл асуултуудад таны асуултын хариулт байж магадгүй:
    { $entries }
    Таны асуултад хариулт болж байна уу?
helpdesk-faq-entry =
    ❓ { $question }
    💬 { $answer }
helpdesk-button-answered = Хариулт олдлоо
helpdesk-button-send = Асуултаа илгээх
helpdesk-faq-glad = Тусалсандаа баяртай байна. Өөр тодруулах зүйл гарвал /ask тушаалаар дахин асууна уу.
helpdesk-ask-file = Файл эсвэл зураг хавсаргах уу (PDF, Word, PowerPoint, Excel, JPEG эсвэл PNG, { $max_mb } МБ хүртэл)? Одоо илгээнэ үү, эсвэл «Файлгүй» товчийг дарна уу.
helpdesk-button-no-file = Файлгүй
helpdesk-file-expected = Файл эсвэл зураг илгээнэ үү, эсвэл «Файлгүй» товчийг дарна уу.
helpdesk-file-kind = Энд баримт бичиг эсвэл зураг хүлээн авна (видео, аудио, дуут мессеж хүлээн авахгүй).
helpdesk-file-empty = Энэ файл хоосон байна.
helpdesk-file-too-large = Файл хэт том байна: энд { $max_mb } МБ хүртэлх файл илгээнэ үү.
helpdesk-file-unknown = PDF, Word, PowerPoint, Excel файл болон JPEG, PNG зураг хүлээн авна; энэ файл эдгээрийн аль нь ч биш байна.
helpdesk-ask-about = Асуулт тань { $team } багийн тухай юу, эсвэл хувийн асуулт уу?
helpdesk-button-about-team = Багийн тухай
helpdesk-button-about-personal = Хувийн асуулт
helpdesk-confirm =
    Таны асуулт ({ $about }):
    { $text }
    Файл: { $file }

    Зохион байгуулагчдад илгээх үү?
helpdesk-confirm-no-file = байхгүй
helpdesk-button-confirm = Илгээх
helpdesk-about-team = { $team } багийн тухай
helpdesk-about-personal = хувийн
helpdesk-sent = Зохион байгуулагчдад №{ $number } асуулт болгон илгээлээ. Хариулт энэ чатад ирнэ.
helpdesk-sent-nobody-yet = №{ $number } асуулт болгон хадгаллаа. Хөтөлбөрийн зохион байгуулагчид ботод хараахан нэгдээгүй байна: нэгдмэгцээ үзэж, хариултаа энэ чатад илгээнэ.

helpdesk-someone = нэргүй
helpdesk-new =
    Шинэ асуулт №{ $number } — асуусан: { $asker } ({ $about }, { $language } хэлээр):
    { $text }
helpdesk-button-show = №{ $number }
helpdesk-button-claim = Хариуцах
helpdesk-button-take-over = Өөртөө авах
helpdesk-button-reply = Хариулах
helpdesk-button-close = Хаах
helpdesk-claimed-notice = №{ $number } асуултыг хариуцагч: { $name }.
helpdesk-claimed = №{ $number } асуултыг та хариуцлаа. Хариулахын тулд «Хариулах» товчийг дарна уу.
helpdesk-yours-already = №{ $number } асуултыг та аль хэдийн хариуцсан байна.
helpdesk-claimed-by = №{ $number } асуултыг хариуцагч: { $name }. Өөрөө хариулах бол асуултыг өөртөө авна уу (түүнд мэдэгдэнэ).
helpdesk-already-closed = №{ $number } асуулт хаагдсан байна.
helpdesk-closed = Боллоо: №{ $number } асуултыг хаалаа. Асуусан хүнд мэдэгдэнэ.
helpdesk-reply-prompt =
    №{ $number } асуулт — асуусан: { $asker }
    { $text }

    Хариултаа одоо бичнэ үү: таны дараагийн мессеж (текст, файл эсвэл зураг) яг байгаагаараа асуусан хүнд очно.
helpdesk-reply-sent = №{ $number } асуултын хариултыг илгээлээ. Хүлээн авагч: { $asker }.
helpdesk-asker-gone = №{ $number } асуултыг асуусан хүн өөрийн мэдээллийг устгасан тул хариулт хүлээн авах хүн алга.

helpdesk-answer =
    Зохион байгуулагчдаас таны №{ $number } асуултад өгсөн хариулт:

    { $text }
helpdesk-button-write-back = Хариу бичих
helpdesk-button-solved = Шийдэгдсэн, хаах
helpdesk-more-prompt = №{ $number } асуултын талаар мессежээ бичнэ үү: таны дараагийн мессеж (текст, файл эсвэл зураг) хариулсан зохион байгуулагчид очно.
helpdesk-more-sent = №{ $number } асуултад нэмж бичсэнийг зохион байгуулагчдад илгээлээ.
helpdesk-asker-closed = №{ $number } асуулт хаагдсан байна. Шинэ асуулт асуух бол /ask тушаалыг илгээнэ үү.
helpdesk-you-closed = Баярлалаа: №{ $number } асуултыг хаалаа.
helpdesk-follow-up =
    №{ $number } асуултад нэмж бичлээ — асуусан: { $asker }
    { $text }
helpdesk-closed-by-desk = Зохион байгуулагчид таны №{ $number } асуултыг хаалаа. Шинэ асуулт асуух бол /ask тушаалыг илгээнэ үү.
helpdesk-closed-by-asker = №{ $number } асуултыг асуусан хүн ({ $asker }) шийдэгдсэн гэж хаалаа.
helpdesk-closed-by-other = №{ $number } асуултыг хаасан: { $name }.
helpdesk-remind =
    №{ $number } асуулт { $waiting } хугацаанд хариултгүй хүлээж байна. Асуусан: { $asker }
    { $text }
helpdesk-deferred = №{ $number } асуултад өгсөн таны хариулт асуусан хүнд ({ $asker }) хараахан хүрээгүй байна: түүний платформ дээр хүний бичсэн хариултыг тухайн хүний сүүлийн мессежээс хойш 7 хоногийн дотор л илгээж болно. Сүүлийн мессеж: { $last }. Тэр ботод дахин бичмэгц хариулт өөрөө очно.
helpdesk-file-only = (файл: { $name })
helpdesk-deleted = (асуусан хүн устгасан)

helpdesk-list-empty = Нээлттэй асуулт алга.
helpdesk-list =
    Нээлттэй асуултууд ({ $count }) — хариуцагчгүй нь эхэндээ, дараа нь хамгийн эртнийх нь:
    { $threads }
helpdesk-line-organizers = №{ $number } · { $waiting } хүлээж байна · { $state } · { $who }: { $excerpt }
helpdesk-line-person = №{ $number } · { $waiting } өмнө хариулсан · { $who }: { $excerpt }
helpdesk-who = { $asker }
helpdesk-who-team = { $asker } ({ $team } баг)
helpdesk-state-unclaimed = хариуцагчгүй
helpdesk-state-claimed = хариуцагч: { $name }
helpdesk-state-answered = хариулсан
helpdesk-state-closed = хаагдсан
helpdesk-stats =
    Лавлагааны үзүүлэлт:
    Нээлттэй: { $open } (хариулаагүй: { $unanswered }); хаагдсан: { $closed }
    Анхны хариулт хүртэлх хугацааны медиан: { $first_answer }
    Хаах хүртэлх хугацааны медиан: { $close }
    Хамгийн удаан хүлээж буй:
    { $slowest }
helpdesk-stats-none = одоогоор байхгүй
helpdesk-stats-no-waiting = хүлээж буй асуулт алга
helpdesk-export = Бүх асуулт ({ $count }), мессежүүдийн хамт (цаг нь UTC).
helpdesk-usage = /helpdesk тушаал нээлттэй асуултуудыг, /helpdesk stats хариултын хурдыг харуулна, /helpdesk export бүх асуултыг CSV файлаар илгээнэ.
helpdesk-thread =
    №{ $number } асуулт — асуусан: { $asker } ({ $about }, { $language } хэлээр), { $state }
    Мессежүүд ({ $clock }):
    { $messages }
helpdesk-thread-line = { $at } { $who }: { $text }
helpdesk-side-asker = асуусан хүн
helpdesk-side-organizer = { $name } (зохион байгуулагч)
helpdesk-thread-deleted = №{ $number } асуултыг асуусан хүн устгасан (устгасан огноо: { $at }): текстүүд нь үлдээгүй.

helpdesk-privacy-asked = Лавлагаа: таны асуусан { $count } асуулт, тэдгээрт бичигдсэн бүх зүйлийн хамт
helpdesk-privacy-answered = Лавлагаа: зохион байгуулагчийн хувиар таны бичсэн { $count } хариулт (асуусан хүмүүсийн асуултад үлдэнэ, таны нэр хасагдана)

## Хяналтын самбарын «Лавлагаа» хуудас.

helpdesk-dash-page = Лавлагаа
helpdesk-dash-export = Лавлагааны асуултууд, мессежүүдийн хамт
helpdesk-dash-open = Нээлттэй асуултууд ({ $count })
helpdesk-dash-figures = Хариултын хурд
helpdesk-dash-stat-open = Нээлттэй
helpdesk-dash-stat-unanswered = Хариулаагүй
helpdesk-dash-stat-closed = Хаагдсан
helpdesk-dash-col-first-answer = Анхны хариулт хүртэлх хугацааны медиан
helpdesk-dash-col-close = Хаах хүртэлх хугацааны медиан
helpdesk-dash-slowest = Хариултыг хамгийн удаан хүлээж буй асуултууд:
helpdesk-dash-col-question = Асуулт
helpdesk-dash-col-asker = Асуусан
helpdesk-dash-col-age = Асуусан цагаас хойш
helpdesk-dash-col-about = Юуны тухай
helpdesk-dash-col-opened = Асуусан цаг
helpdesk-dash-col-author = Хэнээс
helpdesk-dash-col-message = Мессеж
helpdesk-dash-value = { $value }
helpdesk-dash-waiting-organizers = { $length } хариулт хүлээж байна
helpdesk-dash-waiting-person = { $length } өмнө хариулсан
helpdesk-dash-back = ← Бүх асуулт
helpdesk-dash-thread = №{ $number } асуулт
helpdesk-dash-erased = Асуусан хүн өөрийн мэдээллийг устгасан (устгасан огноо: { $at }): текстүүд нь үлдээгүй.
helpdesk-dash-taken = Энэ асуултыг хариуцагч: { $name }. Хариулт илгээвэл асуултыг өөртөө авна (түүнд мэдэгдэнэ).
helpdesk-dash-answer = Таны хариулт (асуусан хүнд яг бичсэнээр тань очно)
helpdesk-dash-button-send = Хариулт илгээх
helpdesk-dash-button-take-over-send = Өөртөө авч илгээх
helpdesk-dash-confirm-close = №{ $number } асуултыг хаах уу? Асуусан хүнд мэдэгдэнэ.
helpdesk-dash-unknown = Таны хөтөлбөрт ийм асуулт алга.
helpdesk-dash-claimed = №{ $number } асуултыг та хариуцлаа.
