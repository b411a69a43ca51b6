"""alliance_desk: an offline desktop workbook for alliance managers.

The package is layered: ``domain`` (records and rules) is used by ``store``
(the SQLite workbook) and ``reports``; ``ui`` (Qt) sits on top. Nothing below
``ui`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "alliance_desk"
