"""Edit → Frameworks…: dimensions and scale of the evaluation, maturity and skills frameworks.

Frameworks are data: add a dimension, rename it, move it, retire it (no longer
offered for new scores; old scores keep it) or restore it, rename the scale's
levels, and give a skill the level required of people. Nothing deletes a
dimension, so no score loses its meaning. Each change is one undo step through
the session, audited and announced; the window stays open beside the main one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from alliance_desk.domain.codes import FrameworkKind
from alliance_desk.domain.evaluations import Dimension, Framework, ScaleLevel
from alliance_desk.domain.record import Record
from alliance_desk.domain.validation import ValidationError
from alliance_desk.store import records
from alliance_desk.store.errors import WorkbookError
from alliance_desk.store.evaluation_history import scale_levels
from alliance_desk.store.frameworks import dimensions
from alliance_desk.ui.accessibility import AccessibleNames
from alliance_desk.ui.dialogs.framework_names import (
    NAME_FIELDS,
    NamesDialog,
    dimension_code,
    dimension_fields,
    fit_height,
    name_item,
    names_table,
    select_row,
)
from alliance_desk.ui.session import ChangeStep, Session, Step
from alliance_desk.ui.views.record_edits import add_record, describe_refusal, edit_record
from alliance_desk.ui.views.stakeholders.dialogs import blank
from alliance_desk.ui.widgets.columns import fit_columns
from alliance_desk.ui.widgets.score_sheet import local_name

FRAMEWORK_TABLES = {"framework", "framework_dimension", "framework_level"}


class FrameworkDialog(QDialog):
    """Choose a framework; edit its dimensions and the names of its scale levels."""

    EN, NL, STATE = range(3)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        AccessibleNames(self)  # names its controls from their labels when shown
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.shown_dimensions: list[Dimension] = []
        self.shown_levels: list[ScaleLevel] = []

        self.framework_box = QComboBox()
        self.framework_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.framework_label = QLabel()
        self.framework_label.setBuddy(self.framework_box)
        self.summary_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.framework_label)
        top.addWidget(self.framework_box)
        top.addWidget(self.summary_label, 1)

        self.dimension_table = names_table(3)
        fit_columns(self.dimension_table, [0, 1])  # the names share the width
        self.dimension_table.itemSelectionChanged.connect(self._update_buttons)
        self.dimension_table.itemActivated.connect(lambda _item: self.edit_dimension())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_dimension)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_dimension)
        self.up_button = QPushButton()
        self.up_button.clicked.connect(lambda: self.move_dimension(-1))
        self.down_button = QPushButton()
        self.down_button.clicked.connect(lambda: self.move_dimension(1))
        self.retire_button = QPushButton()
        self.retire_button.clicked.connect(self.toggle_active)
        dimension_buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button):
            dimension_buttons.addWidget(button)
        dimension_buttons.addWidget(self.retire_button)
        dimension_buttons.addStretch(1)
        self.dimension_hint = QLabel()
        self.dimension_hint.setWordWrap(True)
        self.dimension_box = QGroupBox()
        dimension_layout = QVBoxLayout(self.dimension_box)
        dimension_row = QHBoxLayout()
        dimension_row.addWidget(self.dimension_table, 1)
        dimension_row.addLayout(dimension_buttons)
        dimension_layout.addLayout(dimension_row, 1)
        dimension_layout.addWidget(self.dimension_hint)

        self.level_table = names_table(3)
        fit_columns(self.level_table, [1, 2])  # score and status fit theirs
        self.level_table.itemSelectionChanged.connect(self._update_buttons)
        self.level_table.itemActivated.connect(lambda _item: self.edit_level())
        self.level_button = QPushButton()
        self.level_button.clicked.connect(self.edit_level)
        level_buttons = QVBoxLayout()
        level_buttons.addWidget(self.level_button)
        level_buttons.addStretch(1)
        self.level_box = QGroupBox()
        level_layout = QHBoxLayout(self.level_box)
        level_layout.addWidget(self.level_table, 1)
        level_layout.addLayout(level_buttons)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dimension_box, 1)
        layout.addWidget(self.level_box)
        layout.addWidget(self.buttons)
        # Equal widths, whatever the language: the buttons sit one under the other.
        width = max(button.sizeHint().width() for button in self._all_buttons())
        for button in self._all_buttons():
            button.setMinimumWidth(width)

        self.framework_box.currentIndexChanged.connect(lambda _index: self.reload())
        session.changed.connect(self._on_changed)
        session.closing.connect(self.close)
        self.resize(820, 620)
        self.retranslate()

    def _all_buttons(self) -> list[QPushButton]:
        dimension = [self.add_button, self.edit_button, self.up_button, self.down_button]
        return [*dimension, self.retire_button, self.level_button]

    # Texts -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Frameworks"))
        self.framework_label.setText(self.tr("&Framework:"))
        self.framework_box.setAccessibleName(self.tr("Framework to edit"))
        self.dimension_box.setTitle(self.tr("Dimensions, in the order of the forms"))
        self.dimension_table.setHorizontalHeaderLabels(
            [self.tr("English name"), self.tr("Dutch name"), self.tr("Status")]
        )
        self.dimension_table.setAccessibleName(self.tr("Dimensions of the framework"))
        self.dimension_hint.setText(
            self.tr(
                "A retired dimension is no longer offered for new scores; the scores "
                "it was given stay. Dimensions are never deleted."
            )
        )
        self.add_button.setText(self.tr("&Add dimension…"))
        self.edit_button.setText(self.tr("&Rename / edit…"))
        self.up_button.setText(self.tr("Move &up"))
        self.down_button.setText(self.tr("Move do&wn"))
        self.level_box.setTitle(self.tr("Scale: what each score means"))
        self.level_table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("English name"), self.tr("Dutch name")]
        )
        self.level_table.setAccessibleName(self.tr("Levels of the scale"))
        self.level_button.setText(self.tr("Re&name level…"))
        self._fill_frameworks()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kind_text(self, kind: FrameworkKind) -> str:
        if kind is FrameworkKind.MATURITY:
            return self.tr("maturity")
        if kind is FrameworkKind.SKILLS:
            return self.tr("skills of people")
        return self.tr("health check")

    # Data --------------------------------------------------------------------

    def framework_id(self) -> int | None:
        value = self.framework_box.currentData()
        return int(value) if value is not None else None

    def _fill_frameworks(self) -> None:
        chosen = self.framework_box.currentData()
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for framework in records.select(self.session.db, Framework, order_by="kind, id"):
            self.framework_box.addItem(
                self.tr("{name} ({kind})").format(
                    name=local_name(framework), kind=self.kind_text(framework.kind)
                ),
                framework.id,
            )
        index = self.framework_box.findData(chosen)
        self.framework_box.setCurrentIndex(max(index, 0))
        self.framework_box.blockSignals(False)

    def _on_changed(self, table: str) -> None:
        if table == "framework":
            self._fill_frameworks()
        if table in FRAMEWORK_TABLES:
            self.reload()

    def reload(self) -> None:
        framework_id = self.framework_id()
        db = self.session.db
        chosen_dimension = self.selected_dimension()
        chosen_level = self.selected_level()
        self.shown_dimensions = [] if framework_id is None else dimensions(db, framework_id, False)
        self.shown_levels = [] if framework_id is None else scale_levels(db, framework_id)
        self.summary_label.setText(
            ""
            if framework_id is None
            else self.tr("%n dimension(s), {active} in use", "", len(self.shown_dimensions)).format(
                active=sum(1 for d in self.shown_dimensions if d.active),
            )
        )
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        table = self.dimension_table
        table.setRowCount(len(self.shown_dimensions))
        for row, dimension in enumerate(self.shown_dimensions):
            state = self.tr("active") if dimension.active else self.tr("retired")
            if dimension.required_level is not None:
                state = self.tr("{state}, required {level}").format(
                    state=state, level=dimension.required_level
                )
            cells = {
                self.EN: name_item(dimension.name_en, dimension.description_en),
                self.NL: name_item(dimension.name_nl, dimension.description_nl),
                self.STATE: name_item(state),
            }
            for column, item in cells.items():
                if not dimension.active:
                    item.setForeground(grey)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        levels = self.level_table
        levels.setRowCount(len(self.shown_levels))
        for row, level in enumerate(self.shown_levels):
            value = name_item(str(level.value))
            value.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            levels.setItem(row, 0, value)
            levels.setItem(row, 1, name_item(level.name_en, level.description_en))
            levels.setItem(row, 2, name_item(level.name_nl, level.description_nl))
        fit_height(levels)
        select_row(table, [d.id for d in self.shown_dimensions], chosen_dimension)
        select_row(levels, [level.id for level in self.shown_levels], chosen_level)
        self._update_buttons()

    def selected_dimension(self) -> Dimension | None:
        rows = self.dimension_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown_dimensions):
            return None
        return self.shown_dimensions[rows[0].row()]

    def selected_level(self) -> ScaleLevel | None:
        rows = self.level_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.shown_levels):
            return None
        return self.shown_levels[rows[0].row()]

    def select_dimension(self, dimension_id: int) -> None:
        ids = [d.id for d in self.shown_dimensions]
        if dimension_id in ids:
            self.dimension_table.selectRow(ids.index(dimension_id))

    def _update_buttons(self) -> None:
        dimension = self.selected_dimension()
        row = self.shown_dimensions.index(dimension) if dimension is not None else -1
        self.add_button.setEnabled(self.framework_id() is not None)
        self.edit_button.setEnabled(dimension is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.shown_dimensions) - 1)
        retired = dimension is not None and not dimension.active
        # The last dimension in use stays: a health check needs something to score.
        last = dimension is not None and [d for d in self.shown_dimensions if d.active] == [
            dimension
        ]
        self.retire_button.setEnabled(dimension is not None and not last)
        self.retire_button.setText(self.tr("Re&store") if retired else self.tr("Re&tire"))
        if last:
            tip = self.tr("The last dimension in use cannot be retired: add another first")
        elif retired:
            tip = self.tr("Offer this dimension for new scores again")
        else:
            tip = self.tr("No longer offer this dimension for new scores; its old scores stay")
        self.retire_button.setToolTip(tip)
        self.level_button.setEnabled(self.selected_level() is not None)

    # Edits -------------------------------------------------------------------

    def _run(self, text: str, steps: Sequence[Step]) -> bool:
        try:
            self.session.run(text, steps)
        except (ValidationError, WorkbookError) as error:
            QMessageBox.warning(self, text, describe_refusal(error))
            return False
        return True

    def add_dimension(self) -> None:
        framework_id = self.framework_id()
        if framework_id is None:
            return
        every = dimensions(self.session.db, framework_id, active_only=False)
        taken = {dimension.code for dimension in every}
        position = max((dimension.position for dimension in every), default=-1) + 1
        base = blank(Dimension, framework_id=framework_id, position=position, active=True)

        def make(values: dict[str, object]) -> Record:
            code = dimension_code(str(values.get("name_en") or ""), taken)
            return base.with_changes(code=code, **values)

        added = add_record(
            self.session,
            lambda record, commit: NamesDialog(
                self.tr("New dimension"),
                record,
                commit,
                self,
                make,
                dimension_fields(self.session.db, self.framework_id()),
            ),
            base,
            lambda record: self.tr("Add dimension “{name}”").format(name=local_name(record)),
        )
        if added is not None:
            self.select_dimension(added)

    def edit_dimension(self) -> None:
        dimension = self.selected_dimension()
        if dimension is None:
            return
        self._edit_names(
            dimension,
            self.tr("Dimension “{name}”").format(name=local_name(dimension)),
            lambda record: self.tr("Edit dimension “{name}”").format(name=local_name(record)),
            dimension_fields(self.session.db, self.framework_id()),
        )

    def edit_level(self) -> None:
        level = self.selected_level()
        if level is None:
            return
        self._edit_names(
            level,
            self.tr("Score {value}: “{name}”").format(value=level.value, name=local_name(level)),
            lambda record: self.tr("Rename score {value} to “{name}”").format(
                value=level.value, name=local_name(record)
            ),
        )

    def _edit_names(
        self,
        current: Dimension | ScaleLevel,
        title: str,
        undo_text: Callable[[Dimension | ScaleLevel], str],
        fields: list[str] = NAME_FIELDS,
    ) -> None:
        """The names and descriptions of ``current`` in the form; OK is one undo step."""
        edit_record(
            self.session,
            lambda record, commit: NamesDialog(title, record, commit, self, fields=fields),
            current,
            fields,
            undo_text,
        )

    def move_dimension(self, offset: int) -> None:
        """Swap the chosen dimension with its neighbour: one undo step for both positions."""
        dimension = self.selected_dimension()
        if dimension is None:
            return
        order = list(self.shown_dimensions)
        row = order.index(dimension)
        other = row + offset
        if not 0 <= other < len(order):
            return
        order[row], order[other] = order[other], order[row]
        # Number them again as shown, so equal positions cannot stall a move.
        steps: list[Step] = [
            ChangeStep(self.session.db, item, {"position": n})
            for n, item in enumerate(order)
            if item.position != n
        ]
        up, down = self.tr("Move dimension “{name}” up"), self.tr("Move dimension “{name}” down")
        text = (up if offset < 0 else down).format(name=local_name(dimension))
        if steps and self._run(text, steps) and dimension.id is not None:
            self.select_dimension(dimension.id)

    def toggle_active(self) -> None:
        dimension = self.selected_dimension()
        if dimension is None:
            return
        text = (
            self.tr("Restore dimension “{name}”")
            if not dimension.active
            else self.tr("Retire dimension “{name}”")
        ).format(name=local_name(dimension))
        if self._run(
            text, [ChangeStep(self.session.db, dimension, {"active": not dimension.active})]
        ):
            assert dimension.id is not None
            self.select_dimension(dimension.id)
