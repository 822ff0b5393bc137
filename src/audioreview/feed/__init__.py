"""The podcast feed: settings (settings.py), the scan of an output folder into
episodes and the feed's files (library.py), and the RSS itself (rss.py)."""
