"""Persistence: the TinyDB file, its journal and lock, the derived index, EventStore."""

from store.db.event_store import EventStore, default_store_path
from store.db.listing import search_events, sort_events
from store.db.snapshot import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "EventStore", "default_store_path", "search_events", "sort_events"]
