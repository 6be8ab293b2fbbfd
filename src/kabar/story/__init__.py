"""Per-story analysis: entities, quotes, timeline, claims, discrepancies, summary, dossier."""
