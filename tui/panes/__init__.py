"""The explorer's panes, one per file; they talk to the main screen by messages."""
