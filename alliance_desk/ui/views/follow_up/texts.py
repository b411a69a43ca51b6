"""The sentences that name each kind of follow-up record, for the follow-up page.

Written out per kind (not assembled from a noun) so that each language can
phrase them as it needs to; the context stays the panel's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_texts(table: str) -> dict[str, str]:
    """Button, dialog, question and undo texts of "action", "decision" or "risk"."""
    if table == "action":
        return {
            "add": QCoreApplication.translate("FollowUpPanel", "&New action…"),
            "add_title": QCoreApplication.translate("FollowUpPanel", "New action"),
            "added": QCoreApplication.translate("FollowUpPanel", "Add action “{title}”"),
            "edit_title": QCoreApplication.translate("FollowUpPanel", "Edit action “{title}”"),
            "ask_delete": QCoreApplication.translate(
                "FollowUpPanel", "Delete the action “{title}”? Edit > Undo brings it back."
            ),
            "delete_title": QCoreApplication.translate("FollowUpPanel", "Delete action"),
            "deleted": QCoreApplication.translate("FollowUpPanel", "Delete action “{title}”"),
            "owner": QCoreApplication.translate("FollowUpPanel", "O&wner:"),
            "owner_name": QCoreApplication.translate("FollowUpPanel", "Filter actions by owner"),
            "table": QCoreApplication.translate("FollowUpPanel", "Actions"),
        }
    if table == "decision":
        return {
            "add": QCoreApplication.translate("FollowUpPanel", "&New decision…"),
            "add_title": QCoreApplication.translate("FollowUpPanel", "New decision"),
            "added": QCoreApplication.translate("FollowUpPanel", "Add decision “{title}”"),
            "edit_title": QCoreApplication.translate("FollowUpPanel", "Edit decision “{title}”"),
            "ask_delete": QCoreApplication.translate(
                "FollowUpPanel", "Delete the decision “{title}”? Edit > Undo brings it back."
            ),
            "delete_title": QCoreApplication.translate("FollowUpPanel", "Delete decision"),
            "deleted": QCoreApplication.translate("FollowUpPanel", "Delete decision “{title}”"),
            "owner": QCoreApplication.translate("FollowUpPanel", "As&ked of:"),
            "owner_name": QCoreApplication.translate(
                "FollowUpPanel", "Filter decisions by who they are asked of"
            ),
            "table": QCoreApplication.translate("FollowUpPanel", "Decisions"),
        }
    return {
        "add": QCoreApplication.translate("FollowUpPanel", "&New risk…"),
        "add_title": QCoreApplication.translate("FollowUpPanel", "New risk"),
        "added": QCoreApplication.translate("FollowUpPanel", "Add risk “{title}”"),
        "edit_title": QCoreApplication.translate("FollowUpPanel", "Edit risk “{title}”"),
        "ask_delete": QCoreApplication.translate(
            "FollowUpPanel", "Delete the risk “{title}”? Edit > Undo brings it back."
        ),
        "delete_title": QCoreApplication.translate("FollowUpPanel", "Delete risk"),
        "deleted": QCoreApplication.translate("FollowUpPanel", "Delete risk “{title}”"),
        "owner": QCoreApplication.translate("FollowUpPanel", "O&wner:"),
        "owner_name": QCoreApplication.translate("FollowUpPanel", "Filter risks by owner"),
        "table": QCoreApplication.translate("FollowUpPanel", "Risks"),
    }
