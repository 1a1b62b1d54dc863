"""The dashboard's screens: the desk, an article, the figures, and the incidents and help
dialogs. Each asks the index only from workers and updates its widgets from messages."""
