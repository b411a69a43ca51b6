"""Fuzzing the doors: random bytes opened as a workbook or imported as an export, and exports
with one value replaced by anything JSON can hold. Each is either accepted whole (and the new
workbook passes the full check) or refused with a one-line message, leaving nothing behind."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.store import exchange, records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.workbook import inspect_workbook, open_workbook

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@pytest.fixture(scope="module")
def export_text(tmp_path_factory: pytest.TempPathFactory, template_workbook: Path) -> str:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "Seed.alliance"
    shutil.copyfile(template_workbook, path)
    with open_workbook(path, folder / "backups") as workbook:
        partner = records.insert(workbook.db, Organisation(name="Partner", notes="notes"))
        records.insert(workbook.db, Alliance(partner_id=partner.id, name="Alliance"))
        records.update(workbook.db, partner, sector="Retail")
        exchange.export_workbook(workbook.db.connection, workbook.path, folder / "seed.json")
    return (folder / "seed.json").read_text(encoding="utf-8")


def one_line(error: Exception, path: Path) -> None:
    text = str(error)
    assert "\n" not in text and "Traceback" not in text, text
    assert str(path) in text, text


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes_are_refused_as_a_workbook_and_as_an_export(data: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        folder = Path(name)
        path = folder / "Random.alliance"
        path.write_bytes(data)
        with pytest.raises(WorkbookError) as refused:
            open_workbook(path).close()
        one_line(refused.value, path)
        assert path.read_bytes() == data

        source = folder / "random.json"
        source.write_bytes(data)
        with pytest.raises(WorkbookError) as refused:
            exchange.import_workbook(source, folder / "Imported.alliance")
        one_line(refused.value, source)
        assert sorted(item.name for item in folder.iterdir()) == ["Random.alliance", "random.json"]


@settings(FUZZ, max_examples=100)
@given(choice=st.data(), value=json_values)
def test_an_export_with_any_value_anywhere_is_imported_whole_or_refused(
    export_text: str, choice: st.DataObject, value: Any
) -> None:
    data = json.loads(export_text)
    tables = [table for table, rows in data["tables"].items() if rows]
    table = choice.draw(st.sampled_from(tables))
    row = choice.draw(st.sampled_from(data["tables"][table]))
    column = choice.draw(st.sampled_from(sorted(row)))
    row[column] = value
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        folder = Path(name)
        source = folder / "edited.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        target = folder / "Imported.alliance"
        try:
            exchange.import_workbook(source, target)
        except WorkbookError as refused:
            one_line(refused, refused.path)
            assert sorted(item.name for item in folder.iterdir()) == ["edited.json"]
        else:
            assert inspect_workbook(target, full=True)
