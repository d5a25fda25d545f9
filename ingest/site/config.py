"""The plugin's options, as written under `plugins: - digest-kb:` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from ingest.records import DEFAULT_LIMITS, MB
from ingest.render.recent import RECENT_DAYS


class DigestKbConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' Config is untyped
    """Typed options of the digest-kb plugin; paths are relative to mkdocs.yml's folder."""

    enabled = c.Type(bool, default=True)
    # The folder of dumps ingested before every build (into docs_dir/notes).
    dumps = c.Type(str, default="dumps")
    # Ingest before each build; off, the site publishes docs/notes as the last ingest left them.
    ingest = c.Type(bool, default=True)
    # The taxonomy and the category pins: default categories.yml and category_pins.yml beside
    # the dumps (the package's own taxonomy when there is none).
    taxonomy = c.Optional(c.Type(str))
    pins = c.Optional(c.Type(str))
    # What the ingest reads at most: a dump file over this many megabytes is skipped, an excerpt
    # line over this many characters left out (each reported on the report page).
    max_dump_mb = c.Type(int, default=DEFAULT_LIMITS.dump_bytes // MB)
    max_line_chars = c.Type(int, default=DEFAULT_LIMITS.line_chars)
    # The recent-changes page lists the notes new or revised in this many days before the newest dump.
    recent_days = c.Type(int, default=RECENT_DAYS)
