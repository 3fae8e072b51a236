# The two set-up commands: `make run` and `make test`. Both create .venv on first use
# and reinstall the project whenever pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The rehearsal clock `make run` starts on: two days before the MICS 2024 interim event.
CLOCK ?= 2024-11-18T09:00+08:00

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot --clock $(CLOCK)

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check bot handlers storage tests bench tools
	$(BIN)/mypy

bench: $(STAMP)
	@set -e; for b in $(wildcard bench/*.py); do echo "== $$b"; $(BIN)/python $$b; done

clean:
	rm -rf $(VENV) data/bot.sqlite3*
