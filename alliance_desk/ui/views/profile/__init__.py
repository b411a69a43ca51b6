"""The Profile page: one alliance's goals, summary and status, with its dialogs."""
