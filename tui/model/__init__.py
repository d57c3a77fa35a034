"""What the app holds of the store, without widgets: the locked store view, paged events
and day counts, story rows, the undo stack."""
