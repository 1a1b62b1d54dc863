"""Make article text safe to show: data, never markup or terminal control codes.

Articles come from the web and from collectors; their titles, bodies and source names may
hold Rich markup (``[bold red]``), ANSI escape sequences (``ESC[2J``) or other control
characters. Every front end passes such text through :func:`printable` and renders it as a
plain :class:`rich.text.Text`, so it is shown literally and never interpreted.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    """Return a visible stand-in for one control character."""
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode control pictures: ESC → ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}"


def printable(text: object, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with every control character replaced by a visible stand-in.

    Newlines (and tabs) are kept unless ``keep_newlines`` is False, when they fold to
    spaces, as one-line cells need.
    """
    value = "" if text is None else str(text)
    if not keep_newlines:
        value = " ".join(value.split())
    return _CONTROL.sub(_visible, value)


def plain(text: object, *, style: str = "", keep_newlines: bool = True) -> Text:
    """Return a Rich ``Text`` holding ``text`` literally (no markup parsing)."""
    return Text(printable(text, keep_newlines=keep_newlines), style=style)


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f\u2028\u2029]")


def dumps(data: Any) -> str:
    """Return JSON for scripts, readable (non-ASCII kept) yet free of terminal controls."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
