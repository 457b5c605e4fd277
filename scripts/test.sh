#!/usr/bin/env bash
# The whole test suite: install the package with its test (and trainer) extras, lint, type-check, test.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install -q -e ".[dev,train]"  # train: the trainer tests fit a small model
ruff check src tests
ruff format --check src tests
mypy src
lint-imports
python -m pytest -q -p no:cacheprovider "$@"
