"""The helpdesk's FAQ: the terms a question is split into (Mongolian Cyrillic, Japanese without
spaces, English), the entries of the shipped program file that realistic questions find, and
the program file's checks of ``[[faq]]``, each naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.settings import SHIPPED_PROGRAM
from bot.programs import ProgramFileError, load_program_file
from handlers.helpdesk.faq import FaqEntry, entries_of, matches, terms


def test_japanese_is_split_by_script_kanji_in_pairs_and_hiragana_left_out() -> None:
    assert terms("締め切りの後でもメンバーを追加できますか？") == {
        "締": 0.5,
        "切": 0.5,
        "後": 0.5,
        "メンバー": 1.0,
        "追": 0.5,
        "加": 0.5,
        "追加": 1.0,
    }
    # Half-width katakana and full-width Latin are the same terms after NFKC.
    assert terms("ﾒﾝﾊﾞｰ ＰＤＦ") == {"メンバー": 1.0, "pdf": 1.0}


def test_mongolian_and_english_words_keep_their_first_letters_without_function_words() -> None:
    assert terms("Манай багийн хоёр гишүүн Токио явах уу?") == {
        "баги": 1.0,
        "хоёр": 1.0,
        "гишү": 1.0,
        "токи": 1.0,
        "явах": 1.0,
    }
    assert terms("Can we add 2 members to our team?") == {
        "add": 1.0,
        "2": 1.0,
        "membe": 1.0,
        "team": 1.0,
    }


@pytest.fixture(scope="module")
def faq() -> list[FaqEntry]:
    return entries_of(load_program_file(SHIPPED_PROGRAM).settings)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("締め切りの後でもメンバーを追加することはできますか？", ["member-after-deadline"]),
        ("渡航費の補助は一人ずつもらえますか？", ["travel-subsidy"]),
        ("旅費はチームごとに支給されますか", ["travel-subsidy"]),
        ("中間イベントには全員出席しないといけませんか？", ["interim-event"]),
        ("資料はPDFでいいですか？サイズ制限は？", ["deck-format", "late-deck"]),
        ("提出が遅れたらどうなりますか", ["late-deck"]),
        ("発表は英語でもいいですか？", ["presentation-language"]),
        ("会場の駐車場はありますか？", []),
        ("Бүртгэл хаагдсаны дараа шинэ гишүүн нэмэх боломжтой юу?", ["member-after-deadline"]),
        ("Аяллын зардлын дэмжлэг нэг хүнд хэд вэ?", ["travel-subsidy"]),
        (
            "Манай багийн хоёр гишүүн Токио явах уу? Нислэгийн зардлыг хэн төлөх вэ?",
            ["travel-subsidy"],
        ),
        ("Завсрын арга хэмжээнд бүгд ирэх шаардлагатай юу?", ["interim-event"]),
        ("Файлаа хоцорч илгээвэл яах вэ?", ["late-deck"]),
        ("Илтгэлийг англиар тавьж болох уу?", ["presentation-language"]),
        ("Сайн байна уу", []),
        ("Менторын уулзалтыг яаж товлох вэ?", []),
        ("can we still add someone to our team?", ["member-after-deadline"]),
        ("is the flight paid for each person?", ["travel-subsidy"]),
        ("we will be late with the final deck", ["late-deck"]),
        ("how do I reset my password", []),
    ],
)
def test_realistic_questions_find_the_entries_that_answer_them(
    faq: list[FaqEntry], question: str, found: list[str]
) -> None:
    assert [entry.key for entry in matches(question, faq)] == found


def test_at_most_three_entries_best_first(faq: list[FaqEntry]) -> None:
    question = "deck deadline late format size travel team member interim"
    assert [entry.key for entry in matches(question, faq)] == [
        "late-deck",
        "deck-format",
        "member-after-deadline",
    ]


def test_the_shipped_faq_has_every_entry_in_every_language(faq: list[FaqEntry]) -> None:
    assert [e.key for e in faq] == [
        "member-after-deadline",
        "travel-subsidy",
        "interim-event",
        "deck-format",
        "late-deck",
        "presentation-language",
    ]
    assert {tuple(sorted(e.questions)) for e in faq} == {("en", "ja", "mn")}
    assert {tuple(sorted(e.answers)) for e in faq} == {("en", "ja", "mn")}


HEAD = 'id = "x"\ntime_zone = "Asia/Ulaanbaatar"\nname = "X"\n'
ENTRY = (
    '[[faq]]\nid = "a"\n'
    'question = { mn = "Асуулт?", ja = "質問？", en = "Question?" }\n'
    'answer = { mn = "Хариулт.", ja = "回答。", en = "Answer." }\n'
)


@pytest.mark.parametrize(
    ("faq_text", "problem"),
    [
        ('faq = "none"\n', "faq: expected an array of tables, [[faq]]"),
        (ENTRY.replace('id = "a"', 'id = "A b"'), "faq[0].id: 1-40 of a-z, 0-9 and -"),
        (
            ENTRY.replace(', en = "Answer."', ""),
            "faq[0].answer: give a text for each of mn, ja, en",
        ),
        (ENTRY + 'keywords = ["x"]\n', "faq[0].keywords: a table of languages"),
        (ENTRY + 'keywords = { de = ["x"] }\n', "faq[0].keywords.de: not one of mn, ja, en"),
        (ENTRY + 'keywords = { en = [""] }\n', "faq[0].keywords.en: a list of non-empty strings"),
        (ENTRY + 'answers = "x"\n', "faq[0].answers: not a key of an FAQ entry"),
        (ENTRY.replace("Answer.", "a" * 1501), "faq[0].answer.en: at most 1500 characters (1501)"),
        (ENTRY + ENTRY, "faq: the id 'a' is used twice"),
    ],
)
def test_a_bad_faq_names_the_file_and_the_key(tmp_path: Path, faq_text: str, problem: str) -> None:
    path = tmp_path / "program.toml"
    path.write_text(HEAD + faq_text, encoding="utf-8")
    with pytest.raises(ProgramFileError) as raised:
        load_program_file(path)
    assert str(raised.value).startswith(f"{path}: {problem}")


def test_keywords_are_kept_and_count_in_the_matching(tmp_path: Path) -> None:
    path = tmp_path / "program.toml"
    path.write_text(HEAD + ENTRY + 'keywords = { en = ["wifi"] }\n', encoding="utf-8")
    [entry] = entries_of(load_program_file(path).settings)
    assert (entry.keywords, [e.key for e in matches("Is there wifi?", [entry])]) == (
        {"en": ("wifi",)},
        ["a"],
    )
