"""A spreadsheet import run through the app's Session: one undo step for every row and the
organisations created, taken back and brought back whole, with the audit trail."""

from __future__ import annotations

import sys
from pathlib import Path

from alliance_desk.domain.partners import Alliance, Organisation
from alliance_desk.domain.sheet_fields import Target
from alliance_desk.store import records, sheet_import
from alliance_desk.store.sheet_files import read_sheet
from alliance_desk.ui.session import Session

sys.path.insert(0, str(Path(__file__).parents[1] / "fixtures"))
import make_sheets  # noqa: E402


def test_an_import_is_one_undo_step(session: Session, tmp_path: Path) -> None:
    db = session.db
    partner = records.insert(db, Organisation(name=make_sheets.PARTNER))
    alliance = records.insert(
        db, Alliance(partner_id=int(partner.id or 0), name=make_sheets.ALLIANCE)
    )
    path = tmp_path / "people.csv"
    path.write_text(
        "Naam;Afdeling;Organisatie;Macht;Belang\n"
        "Zoë de Vries;Inkoop;Nieuw B.V.;hoog;laag\n"
        "Jan Jansen;Sales;Nieuw B.V.;2;9\n",
        encoding="utf-8",
    )
    sheet = read_sheet(path)
    mapping = sheet_import.suggested_mapping(db, Target.STAKEHOLDERS, sheet.headers)
    preview = sheet_import.preview_sheet(
        db, Target.STAKEHOLDERS, sheet, mapping, alliance_id=alliance.id, today=session.today()
    )
    assert preview.new_organisations == ["Nieuw B.V."]
    changed: list[str] = []
    session.changed.connect(changed.append)
    session.run("Import people.csv", [sheet_import.SheetImport(preview)])
    assert set(changed) == {"organisation", "stakeholder", "stakeholder_assessment"}
    assert session.undo_stack.count() == 1
    assert db.scalar("SELECT count(*) FROM stakeholder") == 2
    assert db.scalar("SELECT count(*) FROM stakeholder_assessment") == 2
    session.undo_stack.undo()
    assert db.scalar("SELECT count(*) FROM stakeholder") == 0
    assert db.scalar("SELECT count(*) FROM organisation WHERE name = 'Nieuw B.V.'") == 0
    session.undo_stack.redo()
    assert db.scalar("SELECT count(*) FROM stakeholder") == 2
    assert db.scalar("SELECT count(*) FROM organisation WHERE name = 'Nieuw B.V.'") == 1
    trail = db.scalar("SELECT count(*) FROM audit_log WHERE table_name = 'stakeholder'")
    assert trail == 6  # inserted, deleted by undo, inserted again by redo
