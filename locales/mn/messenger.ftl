## Facebook Messenger: эхний мессежийн өмнөх мэндчилгээ ба байнгын цэс.

messenger-greeting = Сайн байна уу! MICS хөтөлбөрийн бот арга хэмжээ, эцсийн хугацаа, багийн мэдээллийг монгол, япон, англи хэлээр хүргэнэ. «Эхлэх» (Get Started) товчийг дарна уу.
messenger-menu-main = Үндсэн цэс
messenger-menu-help = Тусламж
messenger-menu-language = Хэл
