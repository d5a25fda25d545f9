"""Build or serve the site as `kb build` and `kb serve` do: mkdocs.yml with the plugin's options
the command line gives, a strict build, incremental when only notes changed."""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
from pathlib import Path
from typing import Any

from mkdocs.commands.build import build
from mkdocs.commands.serve import serve
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.utils.yaml import yaml_load

from ingest.site.incremental import staging_dir
from ingest.site.plugin import DigestKbPlugin

PLUGIN = "digest-kb"
DIRTY_WARNING = "A 'dirty' build is being performed"
AT_FDCWD, RENAME_EXCHANGE = -100, 2  # from Linux's fcntl.h and fs.h


class DropDirtyWarning(logging.Filter):
    """MkDocs warns on every dirty build; ours keeps nav and search complete, so it is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(DIRTY_WARNING)


def plugins_with(config_file: Path, options: dict[str, Any]) -> list[Any]:
    """Return mkdocs.yml's plugins with these options of ours set (our plugin added if missing)."""
    with config_file.open("rb") as handle:
        raw = yaml_load(handle).get("plugins", [])
    entries = [{name: value} for name, value in raw.items()] if isinstance(raw, dict) else list(raw)
    for number, entry in enumerate(entries):
        name, value = (entry, None) if isinstance(entry, str) else next(iter(entry.items()))
        if name == PLUGIN:
            entries[number] = {PLUGIN: {**(value or {}), **options}}
            return entries
    return [*entries, {PLUGIN: options}]


def site_options(config_file: Path, dumps: Path | None) -> dict[str, Any]:
    """Return the options load_config is given: the plugin's dumps folder, when the command names one."""
    return {"plugins": plugins_with(config_file, {"dumps": str(dumps.resolve())})} if dumps else {}


def plugin_of(config: MkDocsConfig) -> DigestKbPlugin:
    """Return the digest-kb plugin of a loaded config."""
    plugin = config.plugins.get(PLUGIN)
    if not isinstance(plugin, DigestKbPlugin):
        raise ValueError(f"{config.config_file_path} does not use the {PLUGIN} plugin")
    return plugin


def build_site(config_file: Path, site: Path, dumps: Path | None = None, full: bool = False) -> bool:
    """Build the site strictly into `site`, ingesting `dumps` (else the folder mkdocs.yml names);
    rebuild only changed pages when nothing else changed, unless `full`. Return whether the
    build was incremental.

    The site is built beside the old one and swapped in whole, so a web server pointed at `site`
    serves the old site or the new one, never half of each, even when the build is killed."""
    staging, retired = staging_dir(site), site.with_name(f".{site.name}.retired")
    recover_site(site, staging, retired)
    if site.is_dir() and not full:
        # An incremental build renders only changed pages over the last site: a real copy (MkDocs
        # rewrites files in place, which would change a hard link's twin in the live site), with
        # its mtimes, which tell the build what changed.
        shutil.copytree(site, staging, symlinks=True)
    incremental = _build(config_file, staging, dumps, full)
    if not (site.exists() and exchange(staging, site)):
        if site.exists():  # where the kernel cannot exchange: `site` is missing between two renames
            site.rename(retired)
        staging.rename(site)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(retired, ignore_errors=True)
    return incremental


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step (Linux's renameat2); return False where that is not possible."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    done = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    return bool(done == 0)


def recover_site(site: Path, staging: Path, retired: Path) -> None:
    """Finish or undo a swap a killed build interrupted: `site` is old or new, never missing."""
    if not site.exists() and retired.exists():
        retired.rename(site)
    shutil.rmtree(retired, ignore_errors=True)
    shutil.rmtree(staging, ignore_errors=True)


def _build(config_file: Path, site: Path, dumps: Path | None, full: bool) -> bool:
    """Build the site into `site` as `mkdocs build` would; return whether it was incremental."""
    config = load_config(str(config_file), site_dir=str(site), strict=True, **site_options(config_file, dumps))
    quiet = DropDirtyWarning()
    builder_log = logging.getLogger("mkdocs.commands.build")
    builder_log.addFilter(quiet)
    config.plugins.on_startup(command="build", dirty=not full)  # as `mkdocs build` does
    try:
        build(config, dirty=not full)
    finally:
        config.plugins.on_shutdown()
        builder_log.removeFilter(quiet)
    return plugin_of(config).incremental


def serve_site(config_file: Path, dev_addr: str, dumps: Path | None = None) -> None:
    """Serve the site with live reload (as `mkdocs serve`), ingesting `dumps` before every build."""
    serve(str(config_file), dev_addr=dev_addr, **site_options(config_file, dumps))
