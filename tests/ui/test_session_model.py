"""A model-based test of the edit path: hypothesis drives random sequences of adds, changes,
deletions (an alliance takes its goals along), undo and redo through the Session, against a
plain Python model of the workbook. After every step the store equals the model, the
workbook passes the check ``alliance-desk check`` runs, and replaying the audit trail from
the workbook as it started gives exactly the records the store has (so the trail holds every
change, cascaded deletions and undos included)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from alliance_desk.domain.partners import Alliance, Goal, Organisation
from alliance_desk.store import audit_replay
from alliance_desk.store.workbook import inspect_workbook, open_workbook
from alliance_desk.ui.session import Session

Model = dict[str, dict[int, tuple[Any, ...]]]
names = st.text(alphabet="abcdefgh XYZ", min_size=1, max_size=12).map(str.strip).filter(bool)


def stored(session: Session) -> Model:
    query = session.db.query
    return {
        "organisation": {
            row["id"]: (row["name"],)
            for row in query("SELECT id, name FROM organisation WHERE is_own = 0")
        },
        "alliance": {
            row["id"]: (row["partner_id"], row["name"])
            for row in query("SELECT id, partner_id, name FROM alliance")
        },
        "goal": {
            row["id"]: (row["alliance_id"], row["description"])
            for row in query("SELECT id, alliance_id, description FROM goal")
        },
    }


def make_machine(template: Path) -> type[RuleBasedStateMachine]:
    class Edits(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(prefix="session-model-"))
            path = self.folder / "Model.alliance"
            shutil.copyfile(template, path)
            self.session = Session(open_workbook(path, self.folder / "backups"))
            self.start = audit_replay.records_of(self.session.db)
            # The model: the states the undo stack can reach, and where we are.
            self.states: list[Model] = [{"organisation": {}, "alliance": {}, "goal": {}}]
            self.index = 0

        @property
        def model(self) -> Model:
            return self.states[self.index]

        def _push(self, state: Model) -> None:
            self.states = self.states[: self.index + 1] + [state]
            self.index += 1

        def _copy(self) -> Model:
            return {table: dict(rows) for table, rows in self.model.items()}

        @rule(name=names)
        def add_partner(self, name: str) -> None:
            record = self.session.add(Organisation(name=name), "add")
            state = self._copy()
            state["organisation"][record.id] = (name,)  # type: ignore[index]
            self._push(state)

        @precondition(lambda self: self.model["organisation"])
        @rule(data=st.data(), name=names)
        def add_alliance(self, data: st.DataObject, name: str) -> None:
            partner = data.draw(st.sampled_from(sorted(self.model["organisation"])))
            record = self.session.add(Alliance(partner_id=partner, name=name), "add")
            state = self._copy()
            state["alliance"][record.id] = (partner, name)  # type: ignore[index]
            self._push(state)

        @precondition(lambda self: self.model["alliance"])
        @rule(data=st.data(), text=names)
        def add_goal(self, data: st.DataObject, text: str) -> None:
            alliance = data.draw(st.sampled_from(sorted(self.model["alliance"])))
            record = self.session.add(
                Goal(alliance_id=alliance, kind="shared", description=text), "add"
            )
            state = self._copy()
            state["goal"][record.id] = (alliance, text)  # type: ignore[index]
            self._push(state)

        @precondition(lambda self: self.model["organisation"])
        @rule(data=st.data(), name=names)
        def rename_partner(self, data: st.DataObject, name: str) -> None:
            partner = data.draw(st.sampled_from(sorted(self.model["organisation"])))
            record = self.session.db.query(
                "SELECT * FROM organisation WHERE id = :id", {"id": partner}
            )
            self.session.change(Organisation.from_row(dict(record[0])), "rename", name=name)
            state = self._copy()
            state["organisation"][partner] = (name,)
            self._push(state)

        @precondition(lambda self: self.model["alliance"])
        @rule(data=st.data())
        def delete_alliance(self, data: st.DataObject) -> None:
            alliance = data.draw(st.sampled_from(sorted(self.model["alliance"])))
            self.session.remove(Alliance, alliance, "delete")
            state = self._copy()
            del state["alliance"][alliance]
            state["goal"] = {key: row for key, row in state["goal"].items() if row[0] != alliance}
            self._push(state)

        @precondition(lambda self: self.index > 0)
        @rule()
        def undo(self) -> None:
            self.session.undo_stack.undo()
            self.index -= 1

        @precondition(lambda self: self.index < len(self.states) - 1)
        @rule()
        def redo(self) -> None:
            self.session.undo_stack.redo()
            self.index += 1

        @invariant()
        def store_equals_model(self) -> None:
            assert stored(self.session) == self.model

        @invariant()
        def check_passes(self) -> None:
            # The cheap half of ``alliance-desk check`` (the full one runs at the end).
            connection = self.session.db.connection
            assert [tuple(row) for row in connection.execute("PRAGMA quick_check")] == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

        @invariant()
        def audit_trail_replays_to_the_store(self) -> None:
            db = self.session.db
            assert audit_replay.replay(db, self.start) == audit_replay.records_of(db)

        def teardown(self) -> None:
            self.session.workbook.close()
            assert inspect_workbook(self.folder / "Model.alliance", full=True)
            shutil.rmtree(self.folder, ignore_errors=True)

    return Edits


@pytest.mark.slow
def test_the_session_edit_path_matches_a_plain_model(qapp: object, template_workbook: Path) -> None:
    run_state_machine_as_test(
        make_machine(template_workbook),
        settings=settings(
            max_examples=50,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
