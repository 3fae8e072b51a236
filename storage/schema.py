"""Every table: ``storage.models`` and the models of each feature's own module under
``storage/``, imported so that ``Base.metadata`` knows them all (Alembic's environment and the
test that the migrations match the models use it). A new module is found by itself."""

from __future__ import annotations

import importlib
import pkgutil

from sqlalchemy import MetaData

import storage
from storage.models import Base


def metadata() -> MetaData:
    for module in pkgutil.iter_modules(storage.__path__):
        if not module.ispkg and module.name != "schema":
            importlib.import_module(f"storage.{module.name}")
    return Base.metadata
