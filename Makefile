# The front door. `make run` and `make test` build their own environment (.venv) first.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
RAW    ?=
ENGINE ?=

.DEFAULT_GOAL := help
.PHONY: help install run test lab report lock clean

help: ## list the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  make %-8s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --quiet --disable-pip-version-check -c constraints.txt -e '.[dask,test]'
	@touch $@

install: $(STAMP) ## create .venv with everything pinned in constraints.txt

run: $(STAMP) ## run every notebook top to bottom (RAW=folder for your own articles, ENGINE=processes|dask)
	$(BIN)/python -m helpers.notebooks run $(if $(RAW),--raw "$(RAW)") $(if $(ENGINE),--engine $(ENGINE))

test: $(STAMP) ## run every test: unit tests, notebook policy, nbval on every notebook
	$(BIN)/python -m pytest

lab: $(STAMP) ## open JupyterLab on the project's environment
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

report: $(STAMP) ## export every executed notebook to one static page, reports/report.html
	$(BIN)/python -m helpers.notebooks report

# Every pin must install on the oldest Python that pyproject.toml admits (3.11.0; Debian 12's
# python3 is 3.11.2): newer releases of these need a newer one (tests/test_environment.py checks).
LOCK_LIMITS := 'soupsieve<3'

lock: ## re-pin constraints.txt from the newest versions that fit pyproject.toml
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --disable-pip-version-check '.[dask,test]' $(LOCK_LIMITS)
	.lock-venv/bin/python -m pip freeze --exclude helpers | LC_ALL=C sort > constraints.txt
	rm -rf .lock-venv

clean: ## remove the environment and caches (never data or outputs)
	rm -rf $(VENV) .hypothesis .pytest_cache build src/*.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
