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

screenshots: venv
	if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/screenshots.py; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py; \
	fi

# The Linux one-folder app in dist/CaseTracker, smoke-tested from a temporary folder with a clean
# environment, then dist/CaseTracker-<version>-linux-<arch>.tar.gz. Windows and macOS: see
# packaging/README.md (.github/workflows/package.yml runs the same steps there).
package: venv
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/python -m pip install --quiet -e ".[package]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/casetracker.spec
	env -u PYTHONPATH -u VIRTUAL_ENV CASETRACKER_SMOKE_STRICT=1 $(BIN)/python -I packaging/smoke_test.py dist/CaseTracker
	sh packaging/linux/make_tarball.sh

# Interface translations (resources/i18n/README.md): extract the strings of casetracker/gui into
# the Kazakh/Russian/English .ts files, compile them to .qm, copy Qt's own qtbase_{ru,kk}.qm, and
# report coverage (fails while a message is untranslated or a placeholder differs).
.PHONY: translations
translations: venv
	$(BIN)/python tools/i18n.py
