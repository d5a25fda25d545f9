"""The MkDocs side: a plugin (`plugin.py`, options in `config.py`) that ingests the dumps before
each build and publishes the notes, with the scripts, styles and templates it serves.

Nothing outside this package imports MkDocs, so another renderer is a sibling package, not a
rewrite. This package may import the ingest; the ingest never imports it.
"""
