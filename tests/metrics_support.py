"""Reading ``/metrics`` the way Prometheus does: with the library's own parser."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families


def samples(exposition: str) -> dict[str, float]:
    """Every sample of a Prometheus text, as ``name{label="value",…}`` (labels sorted) → value."""
    found: dict[str, float] = {}
    for family in text_string_to_metric_families(exposition):
        for sample in family.samples:
            labels = ",".join(f'{name}="{value}"' for name, value in sorted(sample.labels.items()))
            key = f"{sample.name}{{{labels}}}" if labels else sample.name
            assert key not in found, f"{key} twice"
            found[key] = sample.value
    return found


def families(exposition: str) -> list[tuple[str, str, str]]:
    """Every metric family of a Prometheus text as (name, type, help), in order."""
    return [
        (family.name, family.type, family.documentation)
        for family in text_string_to_metric_families(exposition)
    ]


def counts(exposition: str) -> dict[str, float]:
    """``samples`` without a histogram's buckets and sum (what depends on timing)."""
    return {
        key: value
        for key, value in samples(exposition).items()
        if "_bucket{" not in key and "_sum{" not in key
    }
