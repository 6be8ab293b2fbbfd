"""Dossier renderers: JSON (the contract), Markdown and self-contained HTML."""
