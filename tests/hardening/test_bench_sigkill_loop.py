"""``bench/broadcast.py``'s SIGKILL loop ends when the work is done (issue 15, defect 14): with a
few recipients at the paid rate the worker delivered everything before its kill, and the next
round waited for ever for a delivery that could not come."""

from __future__ import annotations

import asyncio
import random

from bench.broadcast import killed


async def test_the_loop_ends_when_the_first_worker_delivered_everything() -> None:
    lost, twice, _ = await asyncio.wait_for(killed(3, 3, True, random.Random(1), None), 120)
    assert lost == 0 and sum(twice) == 0
