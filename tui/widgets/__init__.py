"""Reusable pieces of the app: the virtual list, the store view, date labels."""
