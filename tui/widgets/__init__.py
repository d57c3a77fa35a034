"""Reusable widgets of the app: the virtual list, the footer, the ingest bar."""
