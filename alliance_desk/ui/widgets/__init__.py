"""Reusable widgets of the interface: the trend chart and the per-dimension score sheet."""
