"""In-process metrics in the Prometheus text format, without a client library.

The core counts what every channel shares (updates handled, handler latency, messages sent,
errors by kind); ``/metrics`` on the web server renders them. One ``Metrics`` per ``App``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Upper bounds in seconds of the handler latency histogram."""


def _labels(pairs: tuple[tuple[str, str], ...]) -> str:
    if not pairs:
        return ""
    escaped = (
        f'{name}="{value.replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"'
        for name, value in pairs
    )
    return "{" + ",".join(escaped) + "}"


class Metrics:
    def __init__(self) -> None:
        self.updates: dict[str, int] = defaultdict(int)
        self.sent: dict[tuple[str, str], int] = defaultdict(int)
        self.errors: dict[str, int] = defaultdict(int)
        self._latency_counts: dict[str, list[int]] = {}
        self._latency_sum: dict[str, float] = defaultdict(float)

    def update_handled(self, channel: str, seconds: float) -> None:
        self.updates[channel] += 1
        counts = self._latency_counts.setdefault(channel, [0] * (len(LATENCY_BUCKETS) + 1))
        counts[bisect_left(LATENCY_BUCKETS, seconds)] += 1
        self._latency_sum[channel] += seconds

    def message_sent(self, channel: str, status: str) -> None:
        self.sent[(channel, status)] += 1

    def error(self, kind: str) -> None:
        self.errors[kind] += 1

    def render(self) -> str:
        """The Prometheus text exposition format (version 0.0.4)."""
        lines = [
            "# HELP bot_updates_handled_total Incoming updates handled, by channel.",
            "# TYPE bot_updates_handled_total counter",
        ]
        for channel, count in sorted(self.updates.items()):
            lines.append(f"bot_updates_handled_total{_labels((('channel', channel),))} {count}")
        lines += [
            "# HELP bot_handler_latency_seconds Time from an update's arrival to its commit.",
            "# TYPE bot_handler_latency_seconds histogram",
        ]
        for channel, counts in sorted(self._latency_counts.items()):
            cumulative = 0
            for bound, count in zip((*LATENCY_BUCKETS, float("inf")), counts, strict=True):
                cumulative += count
                le = "+Inf" if bound == float("inf") else repr(bound)
                labels = _labels((("channel", channel), ("le", le)))
                lines.append(f"bot_handler_latency_seconds_bucket{labels} {cumulative}")
            labels = _labels((("channel", channel),))
            lines.append(f"bot_handler_latency_seconds_sum{labels} {self._latency_sum[channel]}")
            lines.append(f"bot_handler_latency_seconds_count{labels} {cumulative}")
        lines += [
            "# HELP bot_messages_sent_total Messages handed to a channel, by channel and outcome.",
            "# TYPE bot_messages_sent_total counter",
        ]
        for (channel, status), count in sorted(self.sent.items()):
            labels = _labels((("channel", channel), ("status", status)))
            lines.append(f"bot_messages_sent_total{labels} {count}")
        lines += [
            "# HELP bot_errors_total Errors, by kind.",
            "# TYPE bot_errors_total counter",
        ]
        for kind, count in sorted(self.errors.items()):
            lines.append(f"bot_errors_total{_labels((('kind', kind),))} {count}")
        return "\n".join(lines) + "\n"
