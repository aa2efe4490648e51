# The two commands of the README: `make run` and `make test`. Each creates the virtual
# environment and installs the package (with its test tools) when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed-stamp

.PHONY: run test demo lint bench schemas translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Launch the application (the first start on an empty library loads the demo)
run: $(STAMP)
	$(VENV)/bin/quizbuilder

## Run the whole test suite (GUI tests run offscreen)
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## Open a fresh demo library in a temporary file, leaving your own library alone
demo: $(STAMP)
	tmp=$$(mktemp -d) && $(VENV)/bin/quizbuilder --db $$tmp/demo.sqlite demo && \
	  $(VENV)/bin/quizbuilder --db $$tmp/demo.sqlite

lint: $(STAMP)
	$(VENV)/bin/ruff check quizbuilder tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## Measure the budgets of docs/benchmarks.md
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_startup.py
	$(PY) benchmarks/bench_gift.py
	$(PY) benchmarks/bench_import.py
	$(PY) benchmarks/bench_embed.py
	$(PY) benchmarks/bench_stats.py --rows 1000000
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_editor.py
	$(PY) benchmarks/bench_contest.py

## Regenerate resources/schemas from the models
schemas: $(STAMP)
	$(PY) -m quizbuilder.formats.schemas

translations: $(STAMP)
	sh resources/translations/update.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
