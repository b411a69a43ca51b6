"""The language of alliance management: records, codes and their rules.

No Qt and no SQL here; the store and the user interface both build on it.
"""
