"""The plugin's options, as written under `plugins: - digest-kb:` in mkdocs.yml."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


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
