"""The channel-neutral core: value types, ports, the router and the dispatcher.

Nothing here imports a platform SDK or a web framework; adapters in ``bot.channels`` translate
between a platform and these types.
"""
