"""The History page: the audit trail, what changed when."""
