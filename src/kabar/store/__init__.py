"""Stores: SQLite (default, FTS5 search) and PostgreSQL behind one interface."""
