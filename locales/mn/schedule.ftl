## Хуваарь, эцсийн хугацаа, хуанлийн файл

help-schedule = /schedule: удахгүй болох арга хэмжээнүүд, мөрийн хөтөлбөр ба хуанлийн файлтай
help-deadlines = /deadlines: файл илгээх эцсийн хугацаа ба үлдсэн хугацаа
menu-schedule = Хуваарь
menu-deadlines = Эцсийн хугацаа

schedule-no-program = Та одоогоор хөтөлбөр сонгоогүй байна. /program илгээж сонгоно уу.
schedule-upcoming =
    Удахгүй болох арга хэмжээнүүд ({ $program }):
    { $events }
schedule-none-upcoming = Удахгүй болох арга хэмжээ алга ({ $program }).
schedule-past =
    Өнгөрсөн арга хэмжээнүүд:
    { $events }
schedule-none-past = Өнгөрсөн арга хэмжээ одоогоор алга.
schedule-event-line = • { $starts }: { $name } ({ $venue }; ярих хэл: { $languages })
schedule-when = { $starts }
schedule-when-range = { $starts }–{ $ends }
schedule-event =
    { $name }
    Хэзээ: { $when }
    Хаана: { $venue }
    Ярих хэл: { $languages }
schedule-event-agenda =
    { $name }
    Хэзээ: { $when }
    Хаана: { $venue }
    Ярих хэл: { $languages }
    Мөрийн хөтөлбөр ({ $clock }):
    { $agenda }
schedule-agenda-item = { $starts } { $title }
schedule-button-event = { $starts }
schedule-button-details = Дэлгэрэнгүй
schedule-button-past = Өнгөрсөн арга хэмжээ
schedule-button-calendar = Хуанлийн файл
schedule-button-event-calendar = Хуанлидаа нэмэх
schedule-calendar-file = Хуанлийн файл ({ $count } арга хэмжээ). Нээж хуанлидаа нэмнэ үү.

deadline-list =
    Эцсийн хугацаанууд:
    { $deadlines }
deadline-line = • { $stage }: { $deadline }, { $left } үлдсэн
deadline-none = Нээлттэй эцсийн хугацаа алга.
deadline-reminder =
    Сануулга: «{ $stage }» шатны эцсийн хугацаа дуусахад { $left } үлдлээ.
    Эцсийн хугацаа: { $deadline }
    { $team } баг хараахан илгээгээгүй байна.
deadline-button-all = Бүх эцсийн хугацаа
