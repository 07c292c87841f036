# make test / make demo / make bench: each creates .venv if missing and installs calmdesk with its dev extras.
PYTHON ?= python3
VENV ?= .venv
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: test demo bench run install clean

$(STAMP): pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -e '.[dev]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	$(VENV)/bin/python -m pytest

demo: $(STAMP)
	$(VENV)/bin/calmdesk demo

bench: $(STAMP)
	$(VENV)/bin/python bench/run.py

run: $(STAMP)
	$(VENV)/bin/calmdesk run

clean:
	rm -rf $(VENV) .calmdesk .pytest_cache
