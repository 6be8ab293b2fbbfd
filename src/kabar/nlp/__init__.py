"""Annotation stages: sentences and tokens, entities, quotes, time expressions."""
