## /broadcast ба /broadcasts: зохион байгуулагчийн зарлал.

broadcast-ask-audience = Зарлалыг хэнд илгээх вэ?
broadcast-audience-everyone = Хөтөлбөрийн бүх хүн
broadcast-audience-participants = Оролцогчид
broadcast-audience-leads = Багийн ахлагчид
broadcast-audience-mentors = Зөвлөхүүд
broadcast-audience-nosub = Шатанд материалаа ирүүлээгүй багууд
broadcast-audience-team = Нэг баг
broadcast-audience-me = Зөвхөн надад (туршилт)
broadcast-ask-stage = Аль шат вэ? Тухайн шатанд материалаа ирүүлээгүй багийн гишүүд зарлалыг авна.
broadcast-ask-team = Аль баг вэ?
broadcast-no-teams = Хөтөлбөрт одоогоор баг алга. Буцаад өөр хүлээн авагчдыг сонгоно уу.
broadcast-language-mn = Монгол
broadcast-language-ja = Япон
broadcast-language-en = Англи
broadcast-ask-text = Зарлалаа { $language } хэлээр бичнэ үү, эсвэл алгасна уу: тэгвэл уншигчид өөр хэлний хувилбарыг авна.
broadcast-button-skip = Алгасах
broadcast-empty-text = Зарлал хоосон байна. Текстээ бичнэ үү.
broadcast-too-long = Зарлал хэт урт байна: { $length } тэмдэгт, дээд тал нь { $limit }. Богиносгоод дахин илгээнэ үү.
broadcast-need-text = Зарлалаа дор хаяж нэг хэлээр бичнэ үү.
broadcast-preview-version = { $language } хувилбарыг уншигчид яг ингэж хүлээн авна:
broadcast-preview-line = { $language }, { $channel }: { $count }
broadcast-preview =
    Хүлээн авагч: { $total }
    { $lines }
    Ботыг хаасан (хүлээн авахгүй): { $blocked }
broadcast-button-now = Одоо илгээх
broadcast-button-later = Цаг товлох
broadcast-ask-when = Хэзээ илгээх вэ? Өөрийн цагийн бүсээр огноо, цагийг { $example } гэж бичнэ үү.
broadcast-bad-time = Цагийг уншиж чадсангүй. 2024-11-20 18:30 гэж бичнэ үү.
broadcast-time-past = Энэ цаг аль хэдийн өнгөрсөн байна. Ирээдүйн цаг сонгоно уу.
broadcast-queued = №{ $number } зарлал { $count } хүнд илгээгдэж байна. Явцыг энд харуулна.
broadcast-scheduled = { $count } хүнд зориулсан №{ $number } зарлалыг { $at }-д илгээхээр товлолоо.
broadcast-progress = №{ $number } зарлал: илгээсэн { $sent } / { $total } · алдаа { $failed } · хаасан { $blocked } · хүлээгдэж буй { $waiting } · ойролцоогоор { $left } үлдсэн
broadcast-report =
    №{ $number } зарлал дууслаа.
    Илгээсэн: { $sent } / { $total }
    Алдаа: { $failed }
    Ботыг хаасан: { $blocked }
    Бот руу бичихийг хүлээж буй (Messenger): { $deferred }
broadcast-button-stop = Зарлалыг зогсоох
broadcast-button-csv = Тайлан (CSV)
broadcast-button-csv-of = №{ $number } тайлан (CSV)
broadcast-csv = №{ $number } зарлалын бүх хүлээн авагч, тэдний төлөв.
broadcast-cancelled = №{ $number } зарлалыг зогсоолоо: { $cancelled } мессеж илгээгдэхгүй; { $sent } нь аль хэдийн хүрсэн.
broadcast-already-over = №{ $number } зарлал аль хэдийн дууссан.
broadcast-none = Одоогоор зарлал илгээгээгүй байна.
broadcast-list =
    Зарлалууд:
    { $lines }
broadcast-list-line = №{ $number } { $at } · { $audience } · { $state } · илгээсэн { $sent } / { $total } · алдаа { $failed } · хаасан { $blocked } · хүлээгдэж буй { $waiting }
broadcast-state-scheduled = товлосон
broadcast-state-sending = илгээж байна
broadcast-state-done = дууссан
broadcast-state-cancelled = цуцалсан
