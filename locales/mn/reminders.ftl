## Арга хэмжээний сануулга, өглөөний хөтөлбөр, /reminders

help-reminders = /reminders: ямар сануулга авахаа сонгох

reminder-event =
    Сануулга: { $name } { $starts }-д эхэлнэ, { $left } үлдлээ.
    Хаана: { $venue }
    Ярих хэл: { $languages }
reminder-agenda =
    Өнөөдөр: { $name }, { $starts }-аас.
    Хаана: { $venue }
    Ярих хэл: { $languages }
    Хөтөлбөр:
    { $agenda }
reminder-agenda-empty =
    Өнөөдөр: { $name }, { $starts }-аас.
    Хаана: { $venue }
    Ярих хэл: { $languages }
reminder-settings =
    Таны сануулгууд:
    { $categories }
    Товч дарж асаах эсвэл унтраана уу.
reminder-category-line = • { $category }: { $state ->
    [off] унтраалттай
   *[other] асаалттай
}
reminder-toggle = { $category }: { $state ->
    [off] асаах
   *[other] унтраах
}
reminder-category-deadline = Эцсийн хугацаа
reminder-category-event = Арга хэмжээ
reminder-category-agenda = Арга хэмжээний өдрийн өглөөний хөтөлбөр
