# Two commands on a fresh machine (Python 3.11, pip, make; root for apt-get):
#   make run   – create .venv, install, extract everything in raw/ into extracted/
#   make test  – create .venv with dev extras, install the CJK font and Chromium, lint (ruff,
#                import contracts, mypy --strict), run all tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
FONT   := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck golden schemas eval bench hostile seed-pdf system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

# Debian packages the tests need: the CJK font the tests embed in generated PDFs (it also
# renders the review pages' CJK text), and Chromium, which the review tests drive headless
# through Playwright (pip's playwright brings its driver; the browser is Debian's).
system-deps:
	@missing=""; \
	[ -f $(FONT) ] || missing="$$missing fonts-wqy-microhei"; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# An editable install has no bytecode until an import writes it, and PYTHONDONTWRITEBYTECODE
# stops that: compile (only what changed) so no run compiles the package again.
run: $(VENV)/.installed
	$(BIN)/python -m compileall -q pipeline
	$(BIN)/itis-extract run raw/ --out extracted/

test: $(VENV)/.installed-dev system-deps lint
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check pipeline tests benchmarks scripts
	$(BIN)/lint-imports
	$(BIN)/mypy pipeline

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy pipeline

# Rewrite the golden files (tests/golden/) and the committed extracted/ output; review the diff.
golden: $(VENV)/.installed-dev
	$(BIN)/python scripts/regen_golden.py

schemas: $(VENV)/.installed
	$(BIN)/itis-extract schemas --out schemas

eval: $(VENV)/.installed
	$(BIN)/itis-extract eval --gold tests/gold raw tests/corpus

bench: $(VENV)/.installed-dev
	$(BIN)/python -m compileall -q pipeline
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_targets.py --repeat 3

# Rerun the hostile-input corpus and rewrite its table in docs/HOSTILE.md.
hostile: $(VENV)/.installed-dev system-deps
	$(BIN)/python scripts/hostile_report.py --write docs/HOSTILE.md

seed-pdf: $(VENV)/.installed-dev system-deps
	$(BIN)/python scripts/make_seed_pdf.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .hypothesis
