"""The Meetings page: steering committees, reviews and workshops."""
