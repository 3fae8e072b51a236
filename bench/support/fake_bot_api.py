"""The fake Bot API (``tests/fake_telegram.py``) in a process of its own, for benchmarks: a
bot measured against a server in its own event loop would share a CPU with it.

Prints its base URL on the first line and serves until it is killed; ``GET {base}/fake/stats``
tells what it received. Beyond a limit it answers 429 with ``retry_after``, as Telegram does;
without one it accepts every call.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench.support.cli import benchmark_parser
from tests.fake_telegram import FakeTelegram


async def main() -> None:
    parser = benchmark_parser(__doc__)
    parser.add_argument(
        "--per-second", type=float, help="messages per second, whole bot (default: no limit)"
    )
    parser.add_argument(
        "--per-chat", type=float, help="messages per second, each chat (default: no limit)"
    )
    args = parser.parse_args()
    fake = FakeTelegram()
    fake.limit_per_second, fake.limit_per_chat = args.per_second, args.per_chat
    await fake.start()
    print(fake.base_url, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
