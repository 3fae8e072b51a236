"""The fake Bot API (``tests/fake_telegram.py``) in a process of its own, for benchmarks: a
bot measured against a server in its own event loop would share a CPU with it.

``python bench/fake_bot_api.py [PER_SECOND PER_CHAT]`` prints its base URL on the first line
and serves until it is killed; ``GET {base}/fake/stats`` tells what it received.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fake_telegram import FakeTelegram


async def main() -> None:
    fake = FakeTelegram()
    if len(sys.argv) > 2:
        fake.limit_per_second, fake.limit_per_chat = float(sys.argv[1]), float(sys.argv[2])
    await fake.start()
    print(fake.base_url, flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
