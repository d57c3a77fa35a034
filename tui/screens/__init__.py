"""Modal screens: event form, help, confirm, article view."""
