"""Reading the fields of a ``from_dict`` mapping, for :mod:`quotekit.types` (private)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["Fields"]

_MISSING: Any = object()


class Fields:
    """Reads the fields of a ``from_dict`` mapping; every error names the class and field."""

    def __init__(self, owner: str, data: Any) -> None:
        if not isinstance(data, Mapping):
            raise TypeError(f"{owner}.from_dict takes a mapping, not {type(data).__name__}")
        self.owner, self.data = owner, data

    def __call__(self, name: str, convert: Any = None, default: Any = _MISSING) -> Any:
        """The field ``name``, through ``convert``; ``default`` when it is missing or falsy
        (required when no default is given)."""
        value = self.data.get(name)
        if default is not _MISSING and not value and value != 0:
            return default
        if name not in self.data:
            raise ValueError(f"{self.owner}.from_dict: the field {name!r} is missing")
        try:
            return value if convert is None else convert(value)
        except (TypeError, ValueError, KeyError) as exc:
            shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:56] + " ..."
            raise ValueError(f"{self.owner}.from_dict: bad {name!r} ({shown}): {exc}") from exc

    def build(self, cls: Any, **fields: Any) -> Any:
        """``cls(**fields)``, a failed check reported as this class's."""
        try:
            return cls(**fields)
        except (TypeError, ValueError) as exc:
            message = exc.args[0] if exc.args else exc  # attrs validators add more args
            raise ValueError(f"{self.owner}.from_dict: {message}") from exc
