# Lore — the README's two commands are `make run` and `make test`.
SWIFT ?= swift

.PHONY: run test build lint format test-sqlite test-postgres test-python bench release clean

## Installs what is missing, builds, and runs Lore on the embedded defaults (http://127.0.0.1:8080).
run:
	./scripts/install-deps run
	$(SWIFT) build --product lore
	$(SWIFT) run --skip-build lore serve

## Installs the test dependencies and runs every test: all modules on SQLite, the app tests
## again on a throw-away PostgreSQL server, then the Python tests against the real `lore` binary:
## browser tests in headless Chromium and system tests over HTTP (SQLite and PostgreSQL).
test:
	./scripts/install-deps test
	$(MAKE) lint
	$(SWIFT) build --build-tests
	$(MAKE) test-sqlite test-postgres test-python

## Fails on any finding of `swift format` under the checked-in .swift-format.
lint:
	$(SWIFT) format lint --strict --recursive --parallel Sources Tests Package.swift

## Rewrites the Swift sources in place under .swift-format.
format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

test-sqlite:
	$(SWIFT) test --skip-build

test-postgres:
	./scripts/with-postgres $(SWIFT) test --skip-build --filter AppTests

test-python:
	./scripts/python-tests

## Benchmarks (release build); figures are printed, see bench/README.md.
bench:
	./scripts/install-deps test
	./bench/run

release:
	./scripts/install-deps run
	$(SWIFT) build -c release --product lore

clean:
	rm -rf .build
