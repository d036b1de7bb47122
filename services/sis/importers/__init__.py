"""Pure parsers that turn OneRoster, Ed-Fi and Clever exports into normalised SIS records."""
