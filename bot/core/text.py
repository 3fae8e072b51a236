"""Checks of text people type that every feature shares.

A name (a team's, an organization's, a mentor's) is shown to other people, in chats, exports
and on the dashboard. Control characters (NUL, escape, C1 codes) and the characters that turn
the direction of the text around (embeddings, overrides and isolates, U+202A–U+202E and
U+2066–U+2069) would let it hide or reorder what is shown after it, so they are refused; so is a
lone surrogate, which is no character at all. Everything else stays, in every script: emoji
with their joiners and variation selectors, flag tag sequences, and the zero-width non-joiner
Persian and Indic scripts need.
"""

from __future__ import annotations

import unicodedata

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r\t")


def invisible_characters(text: str, multiline: bool = False) -> bool:
    """Whether ``text`` holds a control or text-direction character (``multiline``: line
    breaks and tabs are allowed, as in a description)."""
    for char in text:
        if char in BIDI_CONTROLS:
            return True
        category = unicodedata.category(char)
        if category == "Cs" or (category == "Cc" and not (multiline and char in LINE_BREAKS)):
            return True
    return False
