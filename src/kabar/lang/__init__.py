"""Language tables shared by extraction and NLP (Indonesian first, English too)."""
