"""The `tanya ui` command, registered with `qa.cli` through the "tanya.commands" entry point."""

from __future__ import annotations

import argparse
from typing import Any


def _cmd_ui(args: argparse.Namespace) -> int:
    from ui.app import launch

    launch(host=args.host, port=args.port)
    return 0


def register(commands: Any) -> None:
    """Adds `ui` to the `tanya` sub-commands (`commands` is argparse's sub-parsers action)."""
    ui = commands.add_parser("ui", help="jalankan antarmuka web")
    ui.add_argument("--host")
    ui.add_argument("--port", type=int, help="port (juga: TANYA_UI_PORT)")
    ui.set_defaults(handler=_cmd_ui)
