## Менторын ажил: менторын танилцуулга, багт хуваарилах, уулзалтын хүсэлт ба хариу, сануулга, /sessions

help-session = /session: багийнхаа ментороос уулзалт хүсэх (ахлагч)
help-mentors = /mentors: менторууд ба тэдний танилцуулга; менторыг багт хуваарилах (зохион байгуулагч)
help-sessions = /sessions: менторын уулзалтууд төлөвөөр, ментор ба багаар, CSV (зохион байгуулагч)

mentor-ask-name = Менторын танилцуулгаа бөглөе. Багуудад ямар нэрээр харагдахыг хүсэж байна вэ?
mentor-ask-org = Та ямар байгууллагад ажилладаг вэ?
mentor-ask-exp = Таны мэргэшсэн чиглэл юу вэ? (нэг өгүүлбэр эсвэл хэдэн түлхүүр үг)
mentor-ask-languages = Та ямар хэлээр ярьдаг вэ? Хэл бүрийг дараад «Болсон» товчийг дарна уу.
mentor-ask-zone = Та аль цагийн бүсэд байдаг вэ?
mentor-text-invalid = Богино текст бичнэ үү ({ $max } тэмдэгтээс ихгүй).
mentor-language-mn = Монгол
mentor-language-ja = Япон
mentor-language-en = Англи
mentor-language-toggle = { $state ->
    [on] ✓ { $language }
   *[other] { $language }
}
mentor-languages-done = Болсон
mentor-zone-0 = Улаанбаатар (UTC+8)
mentor-zone-1 = Токио (UTC+9)
mentor-profile-saved = Баярлалаа, { $name }. Таны менторын танилцуулга хадгалагдлаа. Зохион байгуулагчид таныг багуудад хуваарилна.

mentor-none = Одоогоор ментор алга. /invite_mentor тушаалаар урина уу.
mentor-list =
    Менторууд:
    { $mentors }
    Менторыг багт хуваарилах бол түүний нэр дээр дарна уу.
mentor-line = • { $name }, { $organization }: { $expertise } ({ $languages }; { $zone })
mentor-line-no-profile = • { $name } (танилцуулга бөглөөгүй)
mentor-button-assign = { $name }
mentor-no-teams = Хуваарилах баг одоогоор алга.
mentor-choose-team = { $name } менторыг аль багт хуваарилах вэ?
mentor-team-button = { $team }
mentor-assigned = { $name } одоо { $team } багийн ментор боллоо. Хоёр талд мэдэгдлээ.
mentor-already-assigned = { $name } аль хэдийн { $team } багийн ментор байна.
mentor-assigned-you = Та одоо { $team } багийн ментор боллоо. Тус багийн уулзалтын хүсэлт энд ирнэ.
mentor-assigned-team =
    Танай багт ментор томилогдлоо: { $mentor } ({ $organization }).
    Мэргэшил: { $expertise }
    Багийн ахлагч /session тушаалаар уулзалт хүсэж болно.

session-not-lead = Менторын уулзалтыг зөвхөн багийн ахлагч хүсэж болно.
session-no-mentors = Танай багт ментор хараахан томилогдоогүй байна. Менторыг зохион байгуулагчид хуваарилна.
session-ask-mentor-choice = Аль ментортой уулзах вэ?
session-mentor-button = { $name }
session-mentor-not-assigned = Энэ ментор танай багт хуваарилагдаагүй байна. Багийнхаа менторуудаас сонгоно уу.
session-ask-topic = Юуны талаар ярилцмаар байна вэ?
session-topic-invalid = Сэдвээ { $max } тэмдэгтээс ихгүй бичнэ үү.
session-ask-length = Уулзалт хэр удаан үргэлжлэх вэ?
session-length-button = { $length }
session-ask-times = { $max } хүртэл цаг санал болгоно уу: товч дарах эсвэл 2024-11-21 15:00 гэх мэтээр бичнэ үү (өөрийн цагийн бүсээр).
session-ask-more-times =
    Одоогоор санал болгосон цагууд:
    { $times }
    Өөр цаг нэмэх эсвэл «Болсон» товчийг дарна уу.
session-time-button = { $at }
session-times-done = Болсон
session-proposal-line = { $n }. { $at }
session-time-past = Энэ цаг аль хэдийн өнгөрсөн байна: { $at }. Дараагийн цаг санал болгоно уу.
session-time-overlap = Ментор энэ цагт баталгаажсан өөр уулзалттай байна: { $at }. Өөр цаг санал болгоно уу.
session-time-unparsed = Энэ цагийг уншиж чадсангүй. 2024-11-21 15:00 гэх мэтээр бичих эсвэл товч дарна уу.
session-ask-mode = Онлайн уу, биечлэн үү?
session-mode-online = Онлайн
session-mode-in-person = Биечлэн
session-ask-place-online = Уулзалтын холбоосоо илгээнэ үү.
session-ask-place-in_person = Хаана уулзах вэ? Уулзах газраа бичнэ үү.
session-place-invalid = { $max } тэмдэгтээс ихгүй бичнэ үү.
session-requested = Таны хүсэлтийг { $mentor } менторт илгээлээ. Хариу ирэхэд энд мэдэгдэнэ.

session-details =
    Сэдэв: { $topic }
    Баг: { $team }
    Ментор: { $mentor }
    Үргэлжлэх хугацаа: { $length }
    { $where }
session-where-online = Онлайн: { $place }
session-where-in_person = Газар: { $place }
session-ask-mentor =
    Нэг баг тантай менторын уулзалт хийхийг хүсэж байна.
    { $details }
    Санал болгосон цагууд:
    { $times }
    Тохирох цагийг дарж батална уу, эсвэл өөр цаг санал болгоно уу.
session-ask-team =
    Танай ментор өөр цаг санал болгож байна.
    { $details }
    Санал болгосон цагууд:
    { $times }
    Тохирох цагийг дарж батална уу, эсвэл өөр цаг санал болгоно уу.
session-button-confirm = ✓ { $at }
session-button-propose = Өөр цаг санал болгох
session-button-decline = Татгалзах
session-button-reschedule = Цагийг өөрчлөх
session-button-cancel = Уулзалтыг цуцлах
session-confirmed =
    Менторын уулзалт баталгаажлаа.
    Цаг: { $starts }
    { $details }
    Хуанлийн урилгыг хавсаргав.
session-you-confirmed = Та уулзалтыг баталлаа. Цаг: { $starts }. Хоёр талд дэлгэрэнгүй мэдээлэл, хуанлийн урилга очно.
session-proposal-sent = Таны санал болгосон цагуудыг илгээлээ. Хариу ирэхэд энд мэдэгдэнэ.
session-ask-decline-reason = Яагаад татгалзаж байгаа вэ? Шалтгаанаа товч бичнэ үү; баг үүнийг харна.
session-reason-invalid = Шалтгаанаа { $max } тэмдэгтээс ихгүй бичнэ үү.
session-you-declined = Та хүсэлтээс татгалзлаа. Багт мэдэгдлээ.
session-you-cancelled = Та уулзалтыг цуцаллаа. Нөгөө талд мэдэгдлээ.
session-cancelled-notice =
    Энэ менторын уулзалт цуцлагдлаа.
    { $details }
session-declined-notice =
    Ментор энэ уулзалтын хүсэлтээс татгалзлаа.
    { $details }
    Шалтгаан: { $reason }
session-nudge =
    Сануулга: энэ хүсэлт таны хариуг хоёр хоног хүлээж байна.
    { $details }
session-overdue =
    { $mentor } ментор уулзалтын хүсэлтэд хоёр хоног хариулаагүй байна.
    { $details }
session-reminder =
    Сануулга: менторын уулзалт { $hours } цагийн дараа эхэлнэ.
    Цаг: { $starts }
    { $details }
session-after =
    Энэ уулзалт болсон уу?
    Цаг: { $starts }
    { $details }
session-button-held = Болсон
session-button-no-show = Баг ирээгүй
session-ask-note = «{ $state }» гэж тэмдэглэлээ. Зөвхөн зохион байгуулагчид харах тэмдэглэл үлдээж болно, эсвэл алгасна уу.
session-button-no-note = Тэмдэглэлгүй
session-note-invalid = Тэмдэглэлээ { $max } тэмдэгтээс ихгүй бичнэ үү.
session-note-saved = Тэмдэглэл хадгалагдлаа. Үүнийг зөвхөн зохион байгуулагчид харна.
session-note-skipped = Баярлалаа. Тэмдэглэл үлдээгээгүй.
session-rate =
    Менторын уулзалт хэр хэрэгтэй байсан бэ? 1-ээс 5 хүртэлх оноогоор үнэлнэ үү.
    { $details }
session-button-stars = { $n }
session-rated = Баярлалаа. Та уулзалтыг 5 онооноос { $stars } оноогоор үнэллээ.
session-changed = Энэ товч хуучирсан: уулзалт үүний дараа өөрчлөгдсөн. Одоогийн төлөв: { $state }.
session-changed-meanwhile = Таныг хариулж байх хооронд уулзалт өөрчлөгдсөн тул юу ч хадгалсангүй. Хамгийн сүүлийн мессежийг харна уу.
session-not-yours = Энэ товч танд зориулагдаагүй.
session-state-name-requested = хүсэлт илгээсэн
session-state-name-confirmed = баталгаажсан
session-state-name-held = болсон
session-state-name-no_show = ирээгүй
session-state-name-cancelled = цуцлагдсан

session-list-empty = Менторын уулзалт одоогоор алга.
session-list =
    Менторын уулзалтууд:
    { $groups }
    Нэг ментор эсвэл багийн уулзалтыг харах бол доорх нэр дээр дарна уу.
session-list-group =
    { $state }:
    { $sessions }
session-list-line = • #{ $id } { $team } / { $mentor }: { $when }, { $topic }
session-no-time = цаг тогтоогоогүй
session-button-mentor = { $name }
session-button-team = { $team }
session-button-csv = CSV татах
session-csv = Нийт { $count } уулзалтын CSV файл.
