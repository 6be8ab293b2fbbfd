"""Readers: files, folders, stdin, JSON/JSONL records, URLs → RawDoc."""
