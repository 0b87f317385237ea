# The README's two commands are `make demo` and `make test`; each installs what it needs.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
EXTRACTOR ?= rules

.PHONY: demo test test-web screenshots unit lint up down extract track fuzz-api chaos bench-pipeline compiled-reading mutate clean deploy-plan deploy audit-infra audit lock

# Installs are from the hash-pinned locks (make lock writes them from requirements*.txt): pip refuses
# any file whose sha256 is not in the lock, and any package the lock does not pin.
PIP_INSTALL = -m pip install --quiet --disable-pip-version-check --require-hashes

$(VENV)/.installed: requirements.lock requirements-dev.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) $(PIP_INSTALL) -r requirements-dev.lock
	touch $@

# The web tests drive Debian's Chromium with Playwright (never a browser Playwright downloads).
CHROMIUM := /usr/bin/chromium

$(VENV)/.web-installed: $(VENV)/.installed requirements-web.lock
	$(PY) $(PIP_INSTALL) -r requirements-web.lock
	touch $@

$(CHROMIUM):
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

$(VENV)/.fuzz-installed: $(VENV)/.installed requirements-fuzz.lock
	$(PY) $(PIP_INSTALL) -r requirements-fuzz.lock
	touch $@

$(VENV)/.mutate-installed: $(VENV)/.installed requirements-mutate.lock
	$(PY) $(PIP_INSTALL) -r requirements-mutate.lock
	touch $@

demo: $(VENV)/.installed
	$(PY) -m devstack.demo

test: $(VENV)/.web-installed $(CHROMIUM)
	$(PY) -m pytest

test-web: $(VENV)/.web-installed $(CHROMIUM)
	$(PY) -m pytest tests/web

screenshots: $(VENV)/.web-installed $(CHROMIUM)
	SCREENSHOTS=docs/screenshots $(PY) -m pytest tests/web

unit: $(VENV)/.installed
	$(PY) -m pytest tests/unit

# The last line is mypyc's own type check of the reading the deploy compiles (stricter than mypy's: a
# constant whose type it cannot infer), without the C compiler: ~10 s (ops/compiled_reading.py --check).
lint: $(VENV)/.installed
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m ops.compiled_reading --check

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

# Not part of `make test`: one fetch of a generated mailbox of N on the local stack (bench/README.md).
N ?= 1000
USERS ?= 1
bench-pipeline: $(VENV)/.installed
	$(PY) bench/pipeline.py --n $(N) --users $(USERS)

# The reading compiled with mypyc, as make deploy ships it (docs/decisions/2026-12-compiled-reading.md): a C
# compiler, a few minutes of one core. Read with it: python bench/extraction.py --compiled build/compiled-reading
compiled-reading: $(VENV)/.installed
	$(PY) -m ops.compiled_reading build/compiled-reading

# Deployment (docs/OPERATIONS.md). deploy-plan prints every command of a deploy without running any.
REGION ?= us-central1
DEPLOY_ARGS = --project $(PROJECT) --region $(REGION) $(if $(DOMAIN),--domain $(DOMAIN)) \
	$(if $(GOOGLE_CLIENT_ID),--client-id $(GOOGLE_CLIENT_ID)) --extractor $(EXTRACTOR) \
	$(if $(GOOGLE_CLIENT_SECRET_FILE),--client-secret-file $(GOOGLE_CLIENT_SECRET_FILE)) \
	$(if $(OPENAI_API_KEY_FILE),--openai-key-file $(OPENAI_API_KEY_FILE))

deploy-plan: $(VENV)/.installed
	@test -n "$(PROJECT)" || { echo "usage: make deploy-plan PROJECT=p REGION=r [DOMAIN=d GOOGLE_CLIENT_ID=id EXTRACTOR=e]"; exit 2; }
	@$(PY) -m ops.deploy plan $(DEPLOY_ARGS)

deploy: $(VENV)/.installed
	@test -n "$(PROJECT)" || { echo "usage: make deploy PROJECT=p REGION=r DOMAIN=d GOOGLE_CLIENT_ID=id [EXTRACTOR=e]"; exit 2; }
	$(PY) -m ops.deploy run $(DEPLOY_ARGS)

# checkov, bandit and pip-audit in their own virtualenv (their dependencies are many and not ours).
AUDIT_VENV := $(VENV)/audit
$(AUDIT_VENV)/.installed: requirements-audit.lock
	$(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/python $(PIP_INSTALL) -r requirements-audit.lock
	touch $@

audit-infra: $(AUDIT_VENV)/.installed
	$(AUDIT_VENV)/bin/checkov --quiet --compact --skip-download --framework terraform --directory terraform

# Supply chain (docs/SECURITY.md): bandit over the code that ships (findings explained in pyproject.toml
# or beside their line), pip-audit over requirements.txt (ops/audit_dependencies.py says when it can't).
audit: $(AUDIT_VENV)/.installed
	$(AUDIT_VENV)/bin/bandit --quiet -c pyproject.toml -r functions infra tracker cli main.py
	$(AUDIT_VENV)/bin/python ops/audit_dependencies.py requirements.txt

# Not part of `make test`: about 5 minutes on two cores. MUTANTS='tracker.statuses.*' runs a subset.
mutate: $(VENV)/.mutate-installed
	$(PY) bench/mutation.py --jobs 2 $(MUTANTS)

# Pins every package of each requirements*.txt's closure with its files' hashes (ops/lock_requirements.py).
lock: $(VENV)/.installed
	$(PY) ops/lock_requirements.py

clean:
	rm -rf $(VENV) .devstack .pytest_cache .deploy mutants build
