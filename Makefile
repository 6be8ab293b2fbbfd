# Two commands on a fresh machine:
#   make demo   sets up .venv, installs kabar, writes dossiers of the bundled sample corpus to demo-out/
#   make test   sets up .venv with the test extras, runs ruff and pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

.PHONY: demo test lint venv clean docs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,web]'
	touch $@

venv: $(VENV)/.installed

demo: venv
	rm -rf demo-out
	$(BIN)/kabar report samples/corpus --out-dir demo-out
	@echo "Dossiers written to demo-out/ — open demo-out/index.html in a browser."

lint: venv
	$(BIN)/ruff check src tests eval bench train

test: lint
	$(BIN)/pytest -q $(PYTEST_ARGS)

docs: venv
	$(BIN)/python -m kabar.cli.reference > docs/CLI.md

clean:
	rm -rf $(VENV) demo-out build dist src/*.egg-info .pytest_cache .ruff_cache
