"""The workbook file: one SQLite database per workbook, opened with stdlib ``sqlite3``.

``workbook`` opens, creates and migrates files; ``db`` is the one SQL wrapper;
``records`` writes domain records with an audit trail; ``backup`` and
``exchange`` keep the user's data safe and portable. No Qt here.
"""
