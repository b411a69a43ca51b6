"""Outputs that leave the laptop: briefings and exports; no Qt."""
