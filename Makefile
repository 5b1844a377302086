# tsunagu — two commands: `make demo` and `make test`.
SHELL := /bin/bash
export SSL_CERT_FILE ?= /etc/ssl/certs/ca-certificates.crt
# The machine's own PostgreSQL and Redis, as the README says; override to test elsewhere.
export TEST_DATABASE_URL ?= postgresql+asyncpg://postgres@127.0.0.1:5432/test
export TEST_REDIS_URL ?= redis://127.0.0.1:6379/15
# Python keeps the bytecode it compiles (a shell that sets PYTHONDONTWRITEBYTECODE would
# have every start compile about 2,500 modules again: 10 s of CPU here).
unexport PYTHONDONTWRITEBYTECODE
UV := $(shell scripts/ensure-uv.sh)
ifeq ($(UV),)
$(error could not find or install uv: see scripts/ensure-uv.sh)
endif
RUN := $(UV) run --frozen
# Where `nlu/environment.py` finds uv to build `.venv-rasa`.
export TSUNAGU_UV := $(UV)
# `tsunagu nlu …` without importing the rest of the `tsunagu` command.
NLU := $(RUN) python -m nlu.cli
# A long step prints one line; its own output goes to var/log/make.log.
STEP := scripts/step.sh
# `make demo PORT=8080 HOST=0.0.0.0`
PORT ?= 8000
# The project's own packages (uv compiles only what it installs into .venv).
SOURCES := api bot cases directory handlers nlu tsunagu
HOST ?= 127.0.0.1
# Test processes (pytest-xdist): one per core and one more by default — the fault tests,
# which mostly wait out the outages they make, keep one process to themselves;
# `make test TEST_PROCESSES=1` runs everything in one process. See tests/parallel.py.
TEST_PROCESSES ?= $(shell echo $$(( $$(nproc) + 1 )))
# Those processes, the servers and browsers the tests start and PostgreSQL share the cores
# (a load of 5–8 on two): every test's waiting budget is doubled for the parallel run, so
# a backstop meant to catch a hang does not catch a busy machine (tests/timing.py).
# `TSUNAGU_TEST_TIME_FACTOR=3 make test` on a slower one.
test: export TSUNAGU_TEST_TIME_FACTOR ?= 2

.PHONY: demo chat test install venv system-deps rasa lint format test-fast bench clean

## Install the Python environment (uv, locked) with its bytecode compiled, and train the
## in-process fallback classifier (cached by its data's hash), so no server compiles or
## trains anything when it starts.
install: venv
	@$(STEP) "compiled bytecode (uv sync --compile-bytecode)" $(UV) sync --frozen --compile-bytecode
	@$(STEP) "compiled bytecode of tsunagu" $(RUN) python -m compileall -q $(SOURCES)
	@$(STEP) "fallback classifier (tsunagu nlu fallback)" $(NLU) fallback

venv:
	@$(STEP) "Python environment (uv sync)" $(UV) sync --frozen

## Debian packages for browser tests, fonts and PDF checks.
system-deps:
	scripts/system-deps.sh

## Rasa's own Python 3.10 environment (uv; kept while nlu/requirements-rasa.txt is
## unchanged) and a trained model (kept while its config, data and pins are unchanged).
rasa: install
	@$(STEP) "Rasa environment (.venv-rasa)" $(NLU) setup
	@$(STEP) "Rasa model (rasa train nlu)" $(NLU) train

## Run the demo: server + simulator + LINE emulator (+ Rasa once ready). Prints the URL.
## (The demo prepares the fallback classifier itself, beside its own start.)
demo: venv
	@$(RUN) tsunagu demo --host $(HOST) --port $(PORT)

## Talk to the running demo from another terminal (`make chat PORT=8080` for another port).
chat: venv
	@$(RUN) tsunagu chat --url http://$(HOST):$(PORT)

## Every test, against the PostgreSQL and Redis of this machine, Rasa, and Chromium.
test: install system-deps rasa
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy
	$(RUN) pytest -p no:cacheprovider -q -n $(TEST_PROCESSES) --dist loadgroup $(PYTEST_ARGS)

test-fast: install
	$(RUN) pytest -q -m "not rasa and not browser" $(PYTEST_ARGS)

lint: install
	$(RUN) ruff check .
	$(RUN) ruff format --check .
	$(RUN) mypy

format: install
	$(RUN) ruff format .
	$(RUN) ruff check --fix .

bench: install
	$(RUN) python bench/webhook_ack.py

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
