"""The `dateline` subcommands, one module per area."""
