"""The web server's connections send at once (issue 15, defect 12): the socket was made without
``TCP_NODELAY`` (``socket.create_server`` gives protocol 0, so asyncio does not set it on the
connections either), and every answer on a keep-alive connection waited ~40 ms for the
client's delayed ACK (Nagle). ``bench/updates.py`` measures it."""

from __future__ import annotations

import socket

from bot.web import listening_socket


def test_every_connection_the_server_accepts_has_no_delay() -> None:
    with listening_socket("127.0.0.1", 0) as listening:
        with socket.create_connection(listening.getsockname()[:2]):
            accepted, _ = listening.accept()
            with accepted:
                delay_off = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        assert bool(delay_off) is True
