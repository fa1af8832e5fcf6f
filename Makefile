# Latchkey's commands. `make run` starts the service, `make test` runs every
# test; both work on a fresh machine with Go and Node (and install the rest).

GO        ?= go
NPM       ?= npm
FRONTEND  := frontend
export LATCHKEY_TEST_POSTGRES ?= postgres://127.0.0.1:5432/test?sslmode=disable

.PHONY: run build test test-go test-frontend e2e deps generate check-generated frontend bench clean

## run: start the service with the web app on ./latchkey.db (SQLite)
run:
	$(GO) run . serve

## build: the latchkey binary, web app included
build:
	$(GO) build -o latchkey .

## test: every suite (Go on SQLite and PostgreSQL, the SPA's unit tests,
## generated code and built app up to date, end-to-end in Chromium)
test: deps check-generated test-go test-frontend e2e
	@echo "make test: all suites passed"

## deps: what the tests need on a fresh machine
deps:
	cd $(FRONTEND) && $(NPM) ci --no-audit --no-fund
	cd $(FRONTEND)/playground && $(NPM) ci --no-audit --no-fund
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Chromium for the end-to-end tests"; \
		SUDO=$$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

test-go:
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...

test-frontend:
	cd $(FRONTEND) && $(NPM) run typecheck && $(NPM) test
	cd $(FRONTEND)/playground && $(NPM) run typecheck && $(NPM) test

e2e:
	$(GO) build -o $(CURDIR)/bin/latchkey-e2e .
	cd $(FRONTEND) && LATCHKEY_E2E_BIN=$(CURDIR)/bin/latchkey-e2e $(NPM) run e2e

## generate: Ent, gqlgen and the SPA's typed documents, from the schemas
generate:
	$(GO) generate ./...
	cd $(FRONTEND) && $(NPM) run codegen

## check-generated: fail when generated code differs from what is committed
check-generated:
	./.ci/check-generated

## frontend: rebuild the embedded web app and playground (commit both dist/ folders afterwards)
frontend:
	cd $(FRONTEND) && $(NPM) ci --no-audit --no-fund && $(NPM) run build
	cd $(FRONTEND)/playground && $(NPM) ci --no-audit --no-fund && $(NPM) run build

## bench: Go benchmarks (see docs/benchmarks.md)
bench:
	$(GO) test -run '^$$' -bench . -benchtime 20x ./...

clean:
	rm -rf bin latchkey
