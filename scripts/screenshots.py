#!/usr/bin/env python3
"""Write SVG screenshots of minigo-tui's main screens to docs/screenshots/ (120x40), from
the same scenarios the snapshot tests use (tests/tui/scenarios.py).

Usage: uv run python scripts/screenshots.py [NAME ...]
"""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "tui")]

from scenarios import SCENARIOS, SIZE, make_app  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


async def shoot(name: str) -> Path:
    app = make_app(name)
    async with app.run_test(size=SIZE) as pilot:
        await SCENARIOS[name][1](pilot)
        return Path(app.save_screenshot(f"{name}.svg", str(OUT)))


def main() -> int:
    names = sys.argv[1:] or list(SCENARIOS)
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown:
        print(f"screenshots: unknown screen {', '.join(unknown)} (known: {', '.join(SCENARIOS)})", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for name in names:
        print(asyncio.run(shoot(name)).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
