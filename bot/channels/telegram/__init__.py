"""The Telegram channel: python-telegram-bot as a thin client, by long polling or webhook.

``updates`` maps raw updates to the core's vocabulary, ``channel`` sends (with the 429/403
policy), ``inbound`` hands updates to the dispatcher (which orders them per person),
``polling`` and ``webhook`` receive them and ``profile`` publishes the command menu and
descriptions. ``transport`` carries PTB's requests over aiohttp; ``raw`` makes the two calls
whose answers are read as JSON. Only PTB's public API is used
(``tests/telegram/test_public_api.py``).
"""
