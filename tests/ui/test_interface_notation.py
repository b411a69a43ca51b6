"""Figures and dates in the tables as the interface's language writes them, while sorting
still goes by the value: in Dutch 15-11-2026 comes after 01-12-2025, not before it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from alliance_desk.store import follow_up
from alliance_desk.store.workbook import Workbook, open_workbook
from alliance_desk.ui.language import Translation
from alliance_desk.ui.views.follow_up.models import FollowUpModel
from alliance_desk.ui.views.portfolio.model import PortfolioModel

from .conftest import TODAY

DUTCH_DAY = re.compile(r"\d{2}-\d{2}-\d{4}")


@pytest.fixture
def demo(small_demo_path: Path) -> Iterator[Workbook]:
    workbook = open_workbook(small_demo_path)
    yield workbook
    workbook.close()


def column(model: PortfolioModel | FollowUpModel, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def as_date(text: str) -> dt.date:
    day, month, year = DUTCH_DAY.search(text).group().split("-")  # type: ignore[union-attr]
    return dt.date(int(year), int(month), int(day))


def test_the_portfolio_in_dutch_sorts_dates_and_scores_by_value(
    demo: Workbook, translation: Translation
) -> None:
    translation.switch("nl")
    model = PortfolioModel(demo.db, TODAY, 60)
    checked = PortfolioModel.COLUMN_KEYS.index("last_evaluated")
    score = PortfolioModel.COLUMN_KEYS.index("latest_score")

    model.sort(checked, Qt.SortOrder.AscendingOrder)
    shown = [text for text in column(model, checked) if text]
    assert len(shown) >= 4 and all(DUTCH_DAY.fullmatch(text) for text in shown)
    days = [as_date(text) for text in shown]
    assert days == sorted(days) and len(set(days)) > 1
    assert shown != sorted(shown)  # sorted as text, day-month-year would come out wrong

    model.sort(score, Qt.SortOrder.DescendingOrder)
    scores = [text for text in column(model, score) if text]
    assert all(re.fullmatch(r"\d,\d( [↑→↓])?", text) for text in scores), scores
    values = [float(text.split()[0].replace(",", ".")) for text in scores]
    assert values == sorted(values, reverse=True)

    translation.switch("en")
    model.sort(checked, Qt.SortOrder.AscendingOrder)
    assert [text for text in column(model, checked) if text] == [day.isoformat() for day in days]


def test_deadlines_in_dutch_sort_by_date_and_say_overdue_in_dutch_figures(
    demo: Workbook, translation: Translation
) -> None:
    translation.switch("nl")
    model = FollowUpModel(demo.db, follow_up.DECISIONS)
    model.apply(follow_up.Filter(), TODAY)
    deadline = model.column_of("deadline")
    model.sort(deadline, Qt.SortOrder.DescendingOrder)
    shown = [text for text in column(model, deadline) if text]
    assert len(shown) >= 4 and all(DUTCH_DAY.search(text) for text in shown)
    days = [as_date(text) for text in shown]
    assert days == sorted(days, reverse=True) and len(set(days)) > 1
    model.apply(follow_up.Filter(), TODAY + dt.timedelta(days=365))  # a year on: late ones
    late = next(row for row in range(model.rowCount()) if model.is_overdue(row))
    assert re.fullmatch(r"⚠ \d{2}-\d{2}-\d{4} verlopen", model.index(late, deadline).data())
    tooltip = model.index(late, deadline).data(Qt.ItemDataRole.ToolTipRole)
    assert re.search(
        r"\b\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? 20\d\d", tooltip
    )
