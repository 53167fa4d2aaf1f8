# Two entry points: `make demo` (set up, build the sample graph from data/) and
# `make test` (set up with test tools and a headless browser, run the suite).
# `make confidence` refits the claim confidence model on the annotated sets, `make conflict-model` the
# conflict confidence model on the tuning stories.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test confidence conflict-model setup setup-dev browser clean

$(BIN)/claimgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: $(BIN)/claimgraph
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

setup: $(BIN)/claimgraph
setup-dev: $(VENV)/.dev

browser:
	bash .ci/browser-deps.sh

demo: setup
	$(BIN)/claimgraph build data/ -o out/
	@echo "open out/index.html in a browser"

test: setup-dev browser
	$(BIN)/python -m pytest -p no:cacheprovider

confidence: setup-dev
	$(BIN)/python -m claimgraph.extract.confidence_training

conflict-model: setup-dev
	$(BIN)/python -m claimgraph.conflict_training

clean:
	rm -rf $(VENV) out .pytest_cache
