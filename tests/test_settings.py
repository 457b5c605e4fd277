from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.errors import SettingsError
from watchfloor.settings import SETTINGS, Settings


def test_settings_defaults_match_declaration() -> None:
    s = Settings()
    for decl in SETTINGS:
        assert getattr(s, decl.name) == decl.default


def test_settings_precedence_file_env_override(tmp_path: Path) -> None:
    cfg = tmp_path / "wf.toml"
    cfg.write_text("[watchfloor]\nbatch_size = 8\nstale_days = 3\nprocesses = 4\n")
    s = Settings.load(cfg, {"stale_days": "5"}, environ={"WATCHFLOOR_BATCH_SIZE": "16"})
    assert (s.batch_size, s.stale_days, s.processes) == (16, 5, 4)
    assert s.origins["batch_size"] == "env WATCHFLOOR_BATCH_SIZE"
    assert s.origins["stale_days"] == "--set"
    assert s.origins["processes"] == str(cfg)
    assert s.origins["spacy_model"] == "default"


def test_settings_unknown_key_suggests_close_names() -> None:
    with pytest.raises(SettingsError) as err:
        Settings.load(overrides={"batch_sise": 3}, environ={})
    assert err.value.code == "WF-E001"
    assert "batch_size" in str(err.value)


def test_settings_bad_type() -> None:
    with pytest.raises(SettingsError) as err:
        Settings.load(overrides={"batch_size": "many"}, environ={})
    assert err.value.code == "WF-E002"


def test_settings_bad_file(tmp_path: Path) -> None:
    cfg = tmp_path / "wf.toml"
    cfg.write_text("this is = = not toml")
    with pytest.raises(SettingsError) as err:
        Settings.load(cfg, environ={})
    assert err.value.code == "WF-E003"


def test_settings_digest_changes_with_values() -> None:
    assert Settings().digest() == Settings().digest()
    assert Settings().digest() != Settings().replace(batch_size=7).digest()


def test_settings_describe_lists_every_setting() -> None:
    rows = Settings().describe()
    assert [r["name"] for r in rows] == [s.name for s in SETTINGS]
    assert all(r["help"] for r in rows)


def test_public_url_must_be_an_http_address_with_a_host() -> None:
    assert Settings.load(overrides={"public_url": "https://watch.example.org/"}).public_url.startswith(
        "https"
    )
    for bad in ("watch.example.org", "ftp://example.org", "https://"):
        with pytest.raises(SettingsError) as info:
            Settings.load(overrides={"public_url": bad})
        assert info.value.code == "WF-E005" and "public_url" in str(info.value)
