"""Extraction: RawDoc → Article (clean body, title, outlet, date, bylines, wire sources, dateline)."""
