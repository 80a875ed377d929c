# VSO Academy. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help install system-deps demo run test lint format migrations-check lock clean bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	mkdir -p var/static var/media var/mail
	touch $@

install: $(VENV)/.installed ## Create .venv and install the locked dependencies

system-deps: ## Install the Debian packages for PDFs and browser tests when missing (needs root)
	@./scripts/system-deps.sh

demo: install system-deps ## Install, migrate, load the demo and serve on 127.0.0.1:8000
	mkdir -p var
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	@echo ""
	@echo "  VSO Academy demo: http://$(HOST):$(PORT)/   (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "  Mail sent by the demo is written to var/mail/"
	@echo ""
	$(PY) manage.py runserver $(HOST):$(PORT)

run: install ## Serve the development site without reloading the demo
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install system-deps ## Install what tests need and run the whole suite
	DJANGO_SETTINGS_MODULE=lms.settings.test $(BIN)/pytest

lint: install ## Ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Format and fix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

migrations-check: install ## Fail if models and migrations disagree
	$(PY) manage.py makemigrations --check --dry-run

lock: ## Re-resolve dependencies from pyproject.toml into requirements.lock
	rm -rf var/lock-venv && $(PYTHON) -m venv var/lock-venv
	var/lock-venv/bin/pip install --quiet --upgrade pip
	var/lock-venv/bin/pip install --quiet ".[dev]"
	var/lock-venv/bin/pip freeze --exclude vso-academy > requirements.lock
	rm -rf var/lock-venv

clean: ## Remove the virtual environment and local data
	rm -rf $(VENV) var

bench: install system-deps ## Benchmarks against gunicorn on PostgreSQL (ARGS=--sqlite for SQLite); prints a table, writes var/bench/
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
	$(PY) scripts/bench.py $(ARGS)
