# The README's two commands are `make demo` and `make test`; each installs what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
EXTRACTOR ?= rules

.PHONY: demo test unit lint up down extract track fuzz-api chaos clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(VENV)/.fuzz-installed: $(VENV)/.installed requirements-fuzz.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-fuzz.txt
	touch $@

demo: $(VENV)/.installed
	$(PY) -m devstack.demo

test: $(VENV)/.installed
	$(PY) -m pytest

unit: $(VENV)/.installed
	$(PY) -m pytest tests/unit

lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

up: $(VENV)/.installed
	$(PY) -m devstack.stack up

down: $(VENV)/.installed
	$(PY) -m devstack.stack down

extract: $(VENV)/.installed
	$(PY) -m cli extract $(INPUT) --output $(OUTPUT) --extractor $(EXTRACTOR)

track: $(VENV)/.installed
	$(PY) -m cli track $(INPUT) $(if $(OUTPUT),--output $(OUTPUT)) --extractor $(EXTRACTOR)

fuzz-api: $(VENV)/.fuzz-installed
	$(PY) -m devstack.fuzz_api

chaos: $(VENV)/.installed
	$(PY) -m devstack.chaos

clean:
	rm -rf $(VENV) .devstack .pytest_cache
