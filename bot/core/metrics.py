"""What every channel shares, counted with ``prometheus_client``: updates handled, handler
latency, messages sent, errors by kind.

One ``Metrics`` per ``App``, each with its own ``CollectorRegistry`` (never the library's global
one), so several apps in one process (the tests) count apart. ``render()`` is the Prometheus text
format (0.0.4) that ``/metrics`` serves; ``bot.web`` serves it for ``serve`` on ``PORT`` and for
``worker`` on ``WORKER_PORT``.

**Per-process endpoints, not the library's multiprocess mode.** Each process counts in memory and
is scraped on its own port; Prometheus adds the processes up (``sum by (channel, status)
(bot_messages_sent_total)``), and a restarted process starts again from zero, which
``rate()``/``increase()`` read as a counter reset. The multiprocess mode would need
``PROMETHEUS_MULTIPROC_DIR`` shared by every process (one host, one directory, wiped at each
deploy), while ``serve`` and ``worker`` are separate processes that may run on separate machines
or containers; and it keeps a process's values in one file by metric name, so two ``App``s in one
process would count together. Nothing here needs a sum that Prometheus cannot do itself.

The ``*_created`` series are switched off (process-wide, the library's switch): in the 0.0.4 text
format they are extra gauges holding each series' start time, which Prometheus does not need to
see a counter reset, and they would double what every scrape carries.
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_PLAIN_0_0_4,
    CollectorRegistry,
    Counter,
    Histogram,
    disable_created_metrics,
    generate_latest,
)

disable_created_metrics()

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
"""Upper bounds in seconds of the handler latency histogram (``+Inf`` is added)."""

CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4
"""The media type of ``Metrics.render()``."""


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._updates = Counter(
            "bot_updates_handled_total",
            "Incoming updates handled, by channel.",
            ["channel"],
            registry=self.registry,
        )
        self._latency = Histogram(
            "bot_handler_latency_seconds",
            "Time from an update's arrival to its commit.",
            ["channel"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._sent = Counter(
            "bot_messages_sent_total",
            "Messages handed to a channel, by channel and outcome.",
            ["channel", "status"],
            registry=self.registry,
        )
        self._errors = Counter(
            "bot_errors_total", "Errors, by kind.", ["kind"], registry=self.registry
        )

    def update_handled(self, channel: str, seconds: float) -> None:
        self._updates.labels(channel).inc()
        self._latency.labels(channel).observe(seconds)

    def message_sent(self, channel: str, status: str) -> None:
        self._sent.labels(channel, status).inc()

    def error(self, kind: str) -> None:
        self._errors.labels(kind).inc()

    @property
    def errors(self) -> dict[str, int]:
        """The error count of every kind counted so far."""
        return {
            sample.labels["kind"]: int(sample.value)
            for family in self._errors.collect()
            for sample in family.samples
            if sample.name == "bot_errors_total"
        }

    def render(self) -> str:
        """The Prometheus text exposition format (version 0.0.4, ``CONTENT_TYPE``)."""
        return generate_latest(self.registry).decode("utf-8")
