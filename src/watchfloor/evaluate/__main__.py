"""``python -m watchfloor.evaluate TASK [--gold FILE] [--limit N] [--json]``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import Errors, WatchfloorError
from ._common import tasks
from ._tasks import register_all


def main(argv: list[str] | None = None) -> int:
    register_all()
    parser = argparse.ArgumentParser(prog="python -m watchfloor.evaluate")
    parser.add_argument("task", help="one of: " + ", ".join(tasks.names()))
    parser.add_argument("--gold", type=Path, help="score another split in the dev file's format")
    parser.add_argument("--limit", type=int, help="only the first N records (quick look)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    if args.task not in tasks:
        print(Errors.E031.format(name=args.task, choices=", ".join(tasks.names())), file=sys.stderr)
        return 2
    try:
        report = tasks.get(args.task).run(args.gold, args.limit)
    except WatchfloorError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
    else:
        print(tasks.get(args.task).summary(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
