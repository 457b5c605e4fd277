from __future__ import annotations

import pytest

from watchfloor.errors import SettingsError
from watchfloor.registry import Registry


def test_registry_register_get_names() -> None:
    reg: Registry[int] = Registry("number")
    reg.register("two", 2)
    reg.decorator("one")(1)
    assert reg.get("two") == 2
    assert reg.names() == ["one", "two"]
    assert "one" in reg and len(reg) == 2
    assert list(reg) == ["one", "two"]


def test_registry_unknown_name_lists_choices() -> None:
    reg: Registry[int] = Registry("number")
    reg.register("two", 2)
    with pytest.raises(SettingsError) as err:
        reg.get("three")
    assert err.value.code == "WF-E004" and "two" in str(err.value)


def test_registry_duplicate_name_refused() -> None:
    reg: Registry[int] = Registry("number")
    reg.register("two", 2)
    with pytest.raises(ValueError):
        reg.register("two", 3)
