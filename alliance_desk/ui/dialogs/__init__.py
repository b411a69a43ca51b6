"""Dialogs of the whole application, not of one page: briefing, export, frameworks,
settings, find, about."""
