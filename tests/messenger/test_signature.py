"""X-Hub-Signature-256: the test vector verifies; anything else is refused."""

from __future__ import annotations

from bot.channels.messenger.signature import is_valid, sign
from tests.fake_graph import fixture

VECTOR = fixture("signature_test_vector.json")["payload"]
BODY = VECTOR["raw_body"].encode()


def test_the_test_vector_verifies() -> None:
    assert sign(BODY, VECTOR["app_secret"]) == VECTOR["X-Hub-Signature-256"]
    assert is_valid(BODY, VECTOR["X-Hub-Signature-256"], VECTOR["app_secret"]) is True


def test_the_legacy_sha1_header_and_junk_are_refused() -> None:
    secret = VECTOR["app_secret"]
    assert [
        is_valid(BODY, VECTOR["X-Hub-Signature"], secret),
        is_valid(BODY, "Foo", secret),
        is_valid(BODY, None, secret),
        is_valid(BODY, "", secret),
        is_valid(BODY + b" ", VECTOR["X-Hub-Signature-256"], secret),
        is_valid(BODY, VECTOR["X-Hub-Signature-256"], "other secret"),
        is_valid(BODY, VECTOR["X-Hub-Signature-256"], ""),
    ] == [False] * 7
