"""Persistence: SQLAlchemy 2 async models, repositories and Alembic migrations.

Repositories never commit: the unit of work around each incoming message or job does.
"""
