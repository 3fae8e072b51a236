## Арга хэмжээний сануулга, арга хэмжээний өдрийн өглөөний мөрийн хөтөлбөр, /reminders

help-reminders = /reminders: ямар сануулга авахаа сонгох

reminder-event =
    Сануулга: «{ $name }» эхлэхэд { $left } үлдлээ.
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
reminder-agenda =
    Өнөөдөр: «{ $name }»
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
    Мөрийн хөтөлбөр ({ $clock }):
    { $agenda }
reminder-agenda-empty =
    Өнөөдөр: «{ $name }»
    Эхлэх цаг: { $starts }
    Хаана: { $venue }
    Ярих хэл: { $languages }
reminder-settings =
    Таны сануулгууд:
    { $categories }
    Сануулгыг асаах, унтраах бол товчийг дарна уу.
reminder-category-line = • { $category }: { $state ->
    [off] унтраалттай
   *[other] асаалттай
}
reminder-toggle = { $state ->
    [off] 🔕 { $category }
   *[other] 🔔 { $category }
}
reminder-category-deadline = Эцсийн хугацаа
reminder-category-event = Арга хэмжээ
reminder-category-agenda = Мөрийн хөтөлбөр
