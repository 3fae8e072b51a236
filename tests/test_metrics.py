"""The core's metrics in the Prometheus text format."""

from __future__ import annotations

from bot.core.metrics import Metrics


def test_render_counts_updates_latency_sends_and_errors() -> None:
    metrics = Metrics()
    metrics.update_handled("telegram", 0.004)
    metrics.update_handled("telegram", 0.3)
    metrics.message_sent("telegram", "sent")
    metrics.message_sent("telegram", "blocked")
    metrics.error('odd"kind')
    assert metrics.render().splitlines() == [
        "# HELP bot_updates_handled_total Incoming updates handled, by channel.",
        "# TYPE bot_updates_handled_total counter",
        'bot_updates_handled_total{channel="telegram"} 2',
        "# HELP bot_handler_latency_seconds Time from an update's arrival to its commit.",
        "# TYPE bot_handler_latency_seconds histogram",
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.005"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.01"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.025"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.05"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.1"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.25"} 1',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="0.5"} 2',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="1.0"} 2',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="2.5"} 2',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="5.0"} 2',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="10.0"} 2',
        'bot_handler_latency_seconds_bucket{channel="telegram",le="+Inf"} 2',
        'bot_handler_latency_seconds_sum{channel="telegram"} 0.304',
        'bot_handler_latency_seconds_count{channel="telegram"} 2',
        "# HELP bot_messages_sent_total Messages handed to a channel, by channel and outcome.",
        "# TYPE bot_messages_sent_total counter",
        'bot_messages_sent_total{channel="telegram",status="blocked"} 1',
        'bot_messages_sent_total{channel="telegram",status="sent"} 1',
        "# HELP bot_errors_total Errors, by kind.",
        "# TYPE bot_errors_total counter",
        'bot_errors_total{kind="odd\\"kind"} 1',
    ]
