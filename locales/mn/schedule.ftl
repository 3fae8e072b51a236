## Хуваарь, эцсийн хугацаа, хуанлийн файл

help-schedule = /schedule: удахгүй болох арга хэмжээнүүд, хөтөлбөр болон хуанлийн файлтай
help-deadlines = /deadlines: материал илгээх эцсийн хугацаа ба үлдсэн хугацаа
menu-schedule = Хуваарь
menu-deadlines = Эцсийн хугацаа

schedule-no-program = Та одоогоор хөтөлбөр сонгоогүй байна. /program илгээж сонгоно уу.
schedule-upcoming =
    { $program }-ийн удахгүй болох арга хэмжээнүүд:
    { $events }
schedule-none-upcoming = { $program }-д удахгүй болох арга хэмжээ алга.
schedule-past =
    Өнгөрсөн арга хэмжээнүүд:
    { $events }
schedule-none-past = Өнгөрсөн арга хэмжээ одоогоор алга.
schedule-event-line = • { $starts }: { $name } ({ $venue }; хэл: { $languages })
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
    Хөтөлбөр:
    { $agenda }
schedule-agenda-item = { $starts } { $title }
schedule-button-event = { $name }
schedule-button-details = Дэлгэрэнгүй ба хөтөлбөр
schedule-button-past = Өнгөрсөн арга хэмжээнүүд
schedule-button-calendar = Хуанлийн файл (бүх арга хэмжээ)
schedule-button-event-calendar = Хуанлидаа нэмэх
schedule-calendar-file = Хуанлийн файлаа аваарай ({ $count } арга хэмжээ). Нээгээд хуанлидаа нэмж болно.

deadline-list =
    Эцсийн хугацаанууд:
    { $deadlines }
deadline-line = • { $stage }: { $deadline } ({ $left } үлдсэн)
deadline-none = Нээлттэй эцсийн хугацаа алга.
deadline-reminder =
    Сануулга: «{ $stage }»-ийн эцсийн хугацаа { $deadline }, { $left } үлдлээ.
    { $team } баг хараахан илгээгээгүй байна.
deadline-button-all = Бүх эцсийн хугацаа
