"""The program's FAQ, and the entries that match a question, by normalized word overlap.

No tokenizer service and no dictionary: a question and every language version of an entry
(its question and its keywords) become sets of *terms*, and an entry matches when the share
of terms they have in common is large enough. The terms of a text, after NFKC and case
folding:

- Latin and Cyrillic words of three letters or more, without the function words of English
  and Mongolian, cut to their first letters: Mongolian adds case endings and suffixes to the
  stem, and drops a vowel before some (гишүүн, гишүүнийг, гишүүд → «гишү»; зардал,
  зардлын → «зард»), English adds its plurals (member, members → "membe");
- numbers as they are;
- Japanese, which has no spaces, by script: a run of kanji gives each character and each
  pair of neighbours (締め切り → 締, 切; 渡航費 → 渡, 航, 費, 渡航, 航費), a run of katakana
  is one word (メンバー); hiragana (particles and endings: は, を, できますか) is left out.

The score is the overlap of the two sets weighed by their sizes (``|Q ∩ E| / √(|Q|·|E|)``,
a single kanji counting half, and a word counting as shared when it starts a word of the
other set: «баг» and «багийн»); an entry needs at least ``MIN_SCORE`` in one of its languages.
Each language version is matched on its own, so a question typed in Mongolian finds an
entry while the person reads the bot in English; the entry is shown in the reader's language.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_MATCHES = 3
MIN_SCORE = 0.25
STEM = {"latin": 5, "cyrillic": 4}
"""Letters kept of a word: Mongolian drops a vowel of the stem before some endings
(зардал, зардлын; нислэг, нислэгийн), so its words keep four."""
HAN_WEIGHT = 0.5

_TOKEN = re.compile(
    r"(?P<hiragana>[\u3041-\u309f]+)"
    r"|(?P<katakana>[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]+)"
    r"|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]+)"
    r"|(?P<word>[^\W_\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]+)"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[a-z\u0400-\u04ff]")
STOP_WORDS_DIR = Path(__file__).with_name("stopwords")


def _stop_words() -> frozenset[str]:
    """The function words of English and Mongolian (``stopwords/*.txt``, one a line)."""
    found: set[str] = set()
    for path in sorted(STOP_WORDS_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word and not word.startswith("#"):
                found.add(word.casefold())
    return frozenset(found)


STOP_WORDS = _stop_words()


def terms(text: str) -> dict[str, float]:
    """The terms of ``text`` with their weights (see the module's docstring)."""
    found: dict[str, float] = {}
    normalized = unicodedata.normalize("NFKC", text).casefold()
    for match in _TOKEN.finditer(normalized):
        kind, token = match.lastgroup, match.group()
        if kind == "han":
            for char in token:
                found.setdefault(char, HAN_WEIGHT)
            for first, second in itertools.pairwise(token):
                found[first + second] = 1.0
        elif kind == "katakana" and len(token) >= 2:
            found[token] = 1.0
        elif kind == "word":
            if token.isdigit():
                found[token] = 1.0
            elif len(token) >= 3 and token not in STOP_WORDS:
                stem = token[: STEM["cyrillic" if _CYRILLIC.match(token) else "latin"]]
                if stem not in STOP_WORDS:
                    found[stem] = 1.0
    return found


def _alike(a: str, b: str) -> bool:
    """The same term, or two words one of which starts the other (баг, багийн → «баги»)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short) and _WORD.match(short) is not None


def score(question: Mapping[str, float], entry: Mapping[str, float]) -> float:
    """How much of the two sets of terms is shared, weighed by their sizes (0 to 1)."""
    if not question or not entry:
        return 0.0
    asked, offered = sum(question.values()), sum(entry.values())
    shared = sum(weight for term, weight in question.items() if any(_alike(term, t) for t in entry))
    return min(shared, asked, offered) / math.sqrt(asked * offered)


@dataclass(frozen=True)
class FaqEntry:
    """One entry of a program's FAQ, in every language (``bot/programs.py`` checked it)."""

    key: str
    questions: Mapping[str, str]
    answers: Mapping[str, str]
    keywords: Mapping[str, tuple[str, ...]]

    def terms_in(self, language: str) -> dict[str, float]:
        text = " ".join([self.questions.get(language, ""), *self.keywords.get(language, ())])
        return terms(text)


def entries_of(settings: Mapping[str, Any]) -> list[FaqEntry]:
    """The FAQ of a program, from its settings (``[[faq]]`` of its program file)."""
    return [
        FaqEntry(
            key=str(item["id"]),
            questions=dict(item["question"]),
            answers=dict(item["answer"]),
            keywords={lang: tuple(words) for lang, words in item.get("keywords", {}).items()},
        )
        for item in settings.get("faq", [])
    ]


def matches(question: str, entries: Iterable[FaqEntry]) -> list[FaqEntry]:
    """Up to ``MAX_MATCHES`` entries that match ``question``, best first (ties in the order
    of the file)."""
    asked = terms(question)
    scored = []
    for position, entry in enumerate(entries):
        best = max((score(asked, entry.terms_in(lang)) for lang in entry.questions), default=0.0)
        if best >= MIN_SCORE:
            scored.append((-best, position, entry))
    scored.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in scored[:MAX_MATCHES]]
