"""Print the README's settings table from ``bot/core/settings.py`` (paste it into README.md;
``tests/test_readme.py`` checks that the two agree)."""

from __future__ import annotations

from bot.core.settings import Settings, env_name

SHOWN_DEFAULTS = {"program_files": "programs/mics-2024.toml", "locales_dir": "locales"}


def main() -> None:
    print("| setting | default | meaning |")
    print("|---|---|---|")
    for name, info in Settings.model_fields.items():
        default = SHOWN_DEFAULTS.get(name, info.default)
        if isinstance(default, bool):
            default = "1" if default else "0"
        elif isinstance(default, tuple):
            default = ",".join(default) or None
        elif isinstance(default, float) and default.is_integer():
            default = int(default)
        shown = "empty" if default in (None, frozenset()) else f"`{default}`"
        print(f"| `{env_name(name)}` | {shown} | {info.description} |")


if __name__ == "__main__":
    main()
