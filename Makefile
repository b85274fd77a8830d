# Developer entry points. `make run` and `make test` work on a fresh machine (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo/Demo.ctvault
DEMO_PASSPHRASE := demo passphrase for CaseTracker
STAMP := $(VENV)/.installed

.PHONY: venv run test bench lint screenshots package clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

$(DEMO): | $(STAMP)
	$(BIN)/casetracker demo --vault $(DEMO) --people 300

run: venv $(DEMO)
	CASETRACKER_PASSPHRASE="$(DEMO_PASSPHRASE)" $(BIN)/casetracker --vault $(DEMO)

test: venv
	$(BIN)/ruff check casetracker tests benchmarks
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2

bench: venv
	$(BIN)/python -m benchmarks.run

lint: venv
	$(BIN)/ruff check casetracker tests benchmarks
	$(BIN)/ruff format --check casetracker tests benchmarks

clean:
	rm -rf $(VENV) demo build dist .pytest_cache .ruff_cache
