"""Facebook Messenger: the signed webhook in, the Send API out, within Meta's 24-hour rules.

- ``config``: the ``MESSENGER_*`` settings;
- ``signature``: the ``X-Hub-Signature-256`` check;
- ``inbound``: webhook bodies → ``IncomingMessage`` (files downloaded with a cap);
- ``render``: ``RenderedMessage`` → Send API message objects;
- ``graph``: the HTTP client of the Graph API and its error classes;
- ``channel``: the output channel with the window policy;
- ``webhook``: the Starlette routes;
- ``server`` and ``cli``: running it, and ``python -m bot messenger setup``.
"""
