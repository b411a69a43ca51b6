"""Reading the form fields of an answered PDF questionnaire (pypdf), which is not trusted.

Only the form is read, never the pages: the fields are walked from the
document's AcroForm and counted as they are met, so a form with thousands of
fields (or a loop of fields) is refused before its values are looked at.
"""

from __future__ import annotations

import io
from typing import Any

from alliance_desk.domain.questionnaire import PDF_MARK_FIELD, PDF_PAYLOAD_FIELD
from alliance_desk.store.response_files import FIELDS_MAX, FileContent, FileRefused

_ANSWER, _COMMENT = "answer_", "comment_"
_DEPTH_MAX = 8


def read_pdf(data: bytes) -> FileContent:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise FileRefused("unreadable", "the PDF is encrypted")
        values = _field_values(reader.trailer["/Root"])
    except FileRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise FileRefused(
            "unreadable", f"the PDF cannot be read ({type(error).__name__})"
        ) from None
    except Exception as error:  # a third-party parser on outside data: anything is possible
        raise FileRefused(
            "unreadable", f"the PDF cannot be read ({type(error).__name__})"
        ) from None
    order = [name[len(_ANSWER) :] for name in values if name.startswith(_ANSWER)]
    answers = {code: (values.get(_ANSWER + code), values.get(_COMMENT + code)) for code in order}
    return FileContent(
        values.get(PDF_PAYLOAD_FIELD), values.get(PDF_MARK_FIELD), answers, tuple(order)
    )


def _field_values(root: Any) -> dict[str, object]:
    """Field name -> its value (text), for every field of the form, in the form's order."""
    form = root.get_object().get("/AcroForm")
    if form is None:
        raise FileRefused("not_a_questionnaire", "the PDF has no form, so it is no questionnaire")
    fields = form.get_object().get("/Fields")
    if fields is None:
        raise FileRefused("not_a_questionnaire", "the PDF has no form fields")
    found: dict[str, object] = {}
    seen = 0
    pending: list[tuple[Any, str, int]] = [(item, "", 0) for item in fields.get_object()]
    pending.reverse()
    while pending:
        item, prefix, depth = pending.pop()
        seen += 1
        if seen > FIELDS_MAX or depth > _DEPTH_MAX:
            raise FileRefused(
                "too_many_fields",
                f"the form has more than {FIELDS_MAX} fields (or fields nested too deep);"
                " a questionnaire has a few dozen",
            )
        field = item.get_object()
        part = field.get("/T")
        name = f"{prefix}.{part}" if prefix and part else str(part or prefix)
        kids = field.get("/Kids")
        if kids is not None:
            pending.extend(reversed([(kid, name, depth + 1) for kid in kids.get_object()]))
        if part is None:
            continue  # a widget of its parent
        value = field.get("/V")
        if value is not None and name not in found:
            value = value.get_object()
            found[name] = str(value) if not isinstance(value, str) else value
        else:
            found.setdefault(name, None)
    return found
