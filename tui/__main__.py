"""``python -m wiredesk.tui``: the ``wiredesk`` command (the dashboard by default)."""

from __future__ import annotations

from wiredesk.tui.cli import main

if __name__ == "__main__":
    main(prog_name="wiredesk")
