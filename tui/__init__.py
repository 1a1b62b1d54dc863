"""wiredesk's front ends: the ``wiredesk`` command line and the Textual dashboard.

Importing this package imports neither Textual nor the index: the command line loads the
dashboard (``wiredesk.tui.app.make_app``) only when it opens it.
"""
