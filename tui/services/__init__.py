"""The explorer's work that is not a widget: loading views, editing events, export,
the store's warnings as toasts. The main screen calls them; they never import it."""
