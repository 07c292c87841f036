# make demo / run: runtime dependencies only. make test / test-fast / lint / bench: with the dev extras.
# Each creates .venv if missing.
PYTHON ?= python3
VENV ?= .venv
HASH := $(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RUNTIME := $(VENV)/.runtime-$(HASH)
DEV := $(VENV)/.dev-$(HASH)

.PHONY: test test-fast lint demo bench bench-quick run install install-dev wheel clean docs-picture topology

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip

$(RUNTIME): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -q -e .
	@rm -f $(VENV)/.runtime-* && touch $(RUNTIME)

$(DEV): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.dev-* $(VENV)/.runtime-* && touch $(DEV) $(RUNTIME)

install: $(RUNTIME)

install-dev: $(DEV)

test: $(DEV)
	$(VENV)/bin/python -m pytest

# The unit layer only: no Redis, no servers, a few seconds.
test-fast: $(DEV)
	$(VENV)/bin/python -m pytest tests/unit -q

lint: $(DEV)
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

demo: $(RUNTIME)
	$(VENV)/bin/calmdesk demo

# Interleaved rounds against same-run baselines; uses Debian's wrk when installed (apt-get install wrk).
bench: $(DEV)
	$(VENV)/bin/python bench/run.py

bench-quick: $(DEV)
	$(VENV)/bin/python bench/run.py --quick --out=bench/results-quick.json

run: $(RUNTIME)
	$(VENV)/bin/calmdesk run

# The README's picture of a note (docs/note.png), drawn by headless Chromium from the demo's conversation.
docs-picture: $(DEV)
	$(VENV)/bin/python docs/note_picture.py

# The compose file's topology as processes on loopback: Caddy (tls internal), web, two workers, Redis 7 with AOF.
topology: $(DEV)
	$(VENV)/bin/python -m pytest tests/system/test_topology.py -v

wheel: $(DEV)
	$(VENV)/bin/python -m pip wheel -q --no-deps -w dist .

clean:
	rm -rf $(VENV) .calmdesk .pytest_cache dist build *.egg-info
