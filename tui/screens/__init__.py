"""Screens: the main screen that owns the panes, and the modal ones it opens (event
form, help, confirm, article view, prompts)."""
