"""The core's metrics, read back with prometheus_client's parser."""

from __future__ import annotations

from bot.core.metrics import Metrics
from tests.metrics_support import families, samples

FAMILIES = [
    ("bot_updates_handled", "counter", "Incoming updates handled, by channel."),
    ("bot_handler_latency_seconds", "histogram", "Time from an update's arrival to its commit."),
    ("bot_messages_sent", "counter", "Messages handed to a channel, by channel and outcome."),
    ("bot_errors", "counter", "Errors, by kind."),
]


def test_render_counts_updates_latency_sends_and_errors() -> None:
    metrics = Metrics()
    metrics.update_handled("telegram", 0.004)
    metrics.update_handled("telegram", 0.3)
    metrics.message_sent("telegram", "sent")
    metrics.message_sent("telegram", "blocked")
    metrics.error('odd"kind')
    text = metrics.render()
    assert families(text) == FAMILIES
    latency = 'bot_handler_latency_seconds_bucket{channel="telegram",le='
    assert samples(text) == {
        'bot_updates_handled_total{channel="telegram"}': 2.0,
        f'{latency}"0.005"}}': 1.0,
        f'{latency}"0.01"}}': 1.0,
        f'{latency}"0.025"}}': 1.0,
        f'{latency}"0.05"}}': 1.0,
        f'{latency}"0.1"}}': 1.0,
        f'{latency}"0.25"}}': 1.0,
        f'{latency}"0.5"}}': 2.0,
        f'{latency}"1.0"}}': 2.0,
        f'{latency}"2.5"}}': 2.0,
        f'{latency}"5.0"}}': 2.0,
        f'{latency}"10.0"}}': 2.0,
        f'{latency}"+Inf"}}': 2.0,
        'bot_handler_latency_seconds_sum{channel="telegram"}': 0.304,
        'bot_handler_latency_seconds_count{channel="telegram"}': 2.0,
        'bot_messages_sent_total{channel="telegram",status="blocked"}': 1.0,
        'bot_messages_sent_total{channel="telegram",status="sent"}': 1.0,
        'bot_errors_total{kind="odd"kind"}': 1.0,
    }
    escaped = [line for line in text.splitlines() if line.startswith("bot_errors_total{")]
    assert escaped == ['bot_errors_total{kind="odd\\"kind"} 1.0']


def test_nothing_counted_yet_renders_the_families_without_samples() -> None:
    text = Metrics().render()
    assert (families(text), samples(text)) == (FAMILIES, {})


def test_each_instance_counts_apart() -> None:
    """A registry per Metrics: a second App in the process neither clashes nor shares counts."""
    first, second = Metrics(), Metrics()
    first.error("handler")
    first.error("handler")
    second.error("telegram_blocked")
    assert (first.errors, second.errors) == ({"handler": 2}, {"telegram_blocked": 1})
    assert samples(second.render()) == {'bot_errors_total{kind="telegram_blocked"}': 1.0}
