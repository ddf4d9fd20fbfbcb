"""Scorers: the seeds gold, ACLED notes, LGL geoparsing, PolNeAR attribution."""
