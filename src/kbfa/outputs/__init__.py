"""Outputs (layer 5): text, JSON, Word and calendar renderings of the model and of findings."""
