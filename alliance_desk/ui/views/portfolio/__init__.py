"""The Portfolio page: every alliance at a glance, its model."""
