"""The dashboard's widgets: search box, results, source panel, figures table, evidence,
article text and figure detail. They render article-derived text as data (never markup)."""
