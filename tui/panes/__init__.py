"""The explorer's panes, one per file; they talk to the screen by messages."""
