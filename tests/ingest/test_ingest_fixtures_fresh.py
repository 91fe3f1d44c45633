"""The committed bad-input fixtures are exactly what make_fixtures.py writes."""

from __future__ import annotations

import importlib.util

from .conftest import BAD


def test_bad_input_fixtures_are_fresh(tmp_path) -> None:
    spec = importlib.util.spec_from_file_location("make_fixtures", BAD / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written = module.write_fixtures(tmp_path)
    assert written
    for path in written:
        name = path.relative_to(tmp_path)
        assert (BAD / name).read_bytes() == path.read_bytes(), f"{name} is stale: rerun make_fixtures.py"
