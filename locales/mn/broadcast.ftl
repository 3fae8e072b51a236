## /broadcast ба /broadcasts: зохион байгуулагчийн зарлал.

broadcast-ask-audience = Зарлалыг хэнд илгээх вэ?
broadcast-audience-everyone = Хөтөлбөрийн бүх хүн
broadcast-audience-participants = Оролцогчид
broadcast-audience-leads = Багийн ахлагчид
broadcast-audience-mentors = Менторууд
broadcast-audience-nosub = Илгээгээгүй багууд
broadcast-audience-team = Нэг баг
broadcast-audience-me = Надад (туршилт)
broadcast-ask-stage = Аль шат вэ? Тухайн шатны файлаа илгээгээгүй багийн гишүүд зарлалыг хүлээн авна.
broadcast-ask-team = Аль баг вэ?
broadcast-no-teams = Хөтөлбөрт одоогоор баг алга. Буцаж өөр хүлээн авагч сонгоно уу.
broadcast-language-mn = монгол
broadcast-language-ja = япон
broadcast-language-en = англи
broadcast-ask-text = Зарлалаа { $language } хэлээр бичнэ үү, эсвэл алгасна уу. Алгасвал уншигчид өөр хэлний хувилбарыг хүлээн авна.
broadcast-button-skip = Алгасах
broadcast-empty-text = Зарлал хоосон байна. Текстээ бичнэ үү.
broadcast-too-long = Зарлал хэт урт байна: { $length } тэмдэгт, дээд тал нь { $limit } тэмдэгт. Богиносгоод дахин илгээнэ үү.
broadcast-need-text = Зарлалаа дор хаяж нэг хэлээр бичнэ үү.
broadcast-text-expected = Энд зарлалын текстийг бичнэ үү. Текстийн дараа файл хавсаргаж болно.
broadcast-ask-file = Зарлалд файл хавсаргана уу, эсвэл хавсралтгүй илгээнэ үү. Баримт бичиг (PDF, Word, PowerPoint, Excel, эсвэл файлаар илгээсэн зураг) { $document_mb } МБ хүртэл, зураг (JPEG эсвэл PNG) { $photo_mb } МБ хүртэл байж болно. Хавсралт нь хэл бүрийн хувилбартай хамт очно.
broadcast-button-no-file = Хавсралтгүй
broadcast-button-keep-file = Файлаа үлдээх
broadcast-file-expected = Хавсаргах баримт бичиг эсвэл зургаа энд илгээнэ үү, эсвэл «Хавсралтгүй» товчийг дарна уу.
broadcast-file-kind = Зөвхөн баримт бичиг эсвэл зураг хавсаргаж болно.
broadcast-file-unknown = Энэ файлыг хавсаргах боломжгүй: нэр нь юу ч байсан, агуулга нь PDF, Word, PowerPoint, Excel (docx, pptx, xlsx) файл эсвэл JPEG, PNG зураг биш байна. Өөр файл илгээнэ үү.
broadcast-photo-unknown = Зөвхөн JPEG, PNG зургийг зураг хэлбэрээр илгээж болно. Өөр зураг илгээх эсвэл файлаар илгээнэ үү.
broadcast-photo-shape = { $width } × { $height } пикселийн зургийг { $platform } зураг хэлбэрээр харуулах боломжгүй: өргөн, өндрийн нийлбэр хамгийн ихдээ { $most }, нэг тал нь нөгөөгөөсөө хамгийн ихдээ { $ratio } дахин урт байж болно. Оронд нь файлаар илгээнэ үү.
broadcast-file-empty = Файл хоосон байна. Өөр файл илгээнэ үү.
broadcast-file-too-large = Файл хэт том байна: { $size_mb } МБ. { $limit }
broadcast-file-too-large-unsized = Файл хэт том байна. { $limit }
broadcast-limit-any = Хавсралт { $max_mb } МБ хүртэл байж болно. Жижиг файл илгээнэ үү.
broadcast-limit-fetch = Бот { $platform } платформоос { $max_mb } МБ хүртэлх файлыг л татаж авч чадна. Жижиг файл илгээнэ үү.
broadcast-limit-upload = { $platform } платформ { $max_mb } МБ хүртэлх файл хүлээн авдаг бөгөөд зарим хүлээн авагч зарлалыг тэндээс уншина. Жижиг файл илгээнэ үү.
broadcast-limit-photo = { $platform } платформ { $max_mb } МБ хүртэлх зураг хүлээн авдаг бөгөөд зарим хүлээн авагч зарлалыг тэндээс уншина. Жижиг зураг илгээх эсвэл файлаар илгээнэ үү.
broadcast-platform-telegram = Telegram
broadcast-platform-messenger = Messenger
broadcast-list-file = №{ $number } зарлалын хавсралт файл: { $name }
broadcast-list-photo = №{ $number } зарлалын хавсралт зураг: { $name }
broadcast-preview-version = Зарлалын { $language } хувилбарыг уншигчид яг ингэж хүлээн авна:
broadcast-preview-line = { $channel }, { $language } хэлээр: { $count }
broadcast-preview =
    Хөтөлбөр: { $program }
    Хүлээн авагч: { $total }
    { $lines }
    Ботыг хаасан (хүлээн авахгүй): { $blocked }
broadcast-button-now = Одоо илгээх
broadcast-button-later = Цаг товлох
broadcast-ask-when = Хэзээ илгээх вэ? Огноо, цагийг өөрийн цагийн бүсээр { $example } гэж бичнэ үү.
broadcast-bad-time = Цагийг уншиж чадсангүй. 2024-11-20 18:30 гэж бичнэ үү.
broadcast-time-past = Энэ цаг аль хэдийн өнгөрсөн байна. Ирээдүйн цаг сонгоно уу.
broadcast-queued = №{ $number } зарлал { $count } хүнд илгээгдэж байна. Явцыг энд харуулна.
broadcast-scheduled = №{ $number } зарлалыг илгээх цаг: { $at }. Хүлээн авагчдыг илгээж эхлэх үед тоолно; одоогоор { $count } хүнд очих байна. Тэр хүртэл засах эсвэл цуцлах боломжтой.
broadcast-progress = №{ $number } зарлал: илгээсэн { $sent } / { $total } · алдаа { $failed } · хаасан { $blocked } · хүлээгдэж буй { $waiting } · ойролцоогоор { $left } үлдсэн
broadcast-report =
    №{ $number } зарлалын илгээлт дууслаа.
    Илгээсэн: { $sent } / { $total }
    Алдаа: { $failed }
    Ботыг хаасан: { $blocked }
    Бот руу бичихийг хүлээж буй (Messenger): { $deferred }
broadcast-button-stop = Илгээлтийг зогсоох
broadcast-button-csv = Тайлан (CSV)
broadcast-button-csv-of = №{ $number } тайлан (CSV)
broadcast-csv = №{ $number } зарлалын бүх хүлээн авагч, тэдний төлөв.
broadcast-cancelled = №{ $number } зарлалын илгээлтийг зогсоолоо: { $cancelled } мессеж илгээгдэхгүй, { $sent } мессеж аль хэдийн хүргэгдсэн.
broadcast-already-over = №{ $number } зарлалын илгээлт аль хэдийн дууссан.
broadcast-none = Одоогоор зарлал илгээгээгүй байна.
broadcast-list =
    { $program } хөтөлбөрийн зарлалууд:
    { $lines }
broadcast-list-line = №{ $number } { $at } · { $audience } · { $state } · илгээсэн { $sent } / { $total } · алдаа { $failed } · хаасан { $blocked } · хүлээгдэж буй { $waiting } · Messenger дээр уншсан { $read }
broadcast-state-scheduled = товлосон
broadcast-state-sending = илгээж байна
broadcast-state-done = дууссан
broadcast-state-cancelled = цуцалсан
