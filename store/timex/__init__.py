"""Temporal tagger."""
