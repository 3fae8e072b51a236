## Facebook Messenger: эхний мессежийн өмнөх мэндчилгээ ба байнгын цэс.

messenger-greeting = Сайн байна уу! Би MICS хөтөлбөрийн бот байна: арга хэмжээ, эцсийн хугацаа, багийн мэдээллийг монгол, япон, англи хэлээр хүргэнэ. «Эхлэх» дээр дарна уу.
messenger-menu-main = Үндсэн цэс
messenger-menu-help = Тусламж
messenger-menu-language = Хэл
