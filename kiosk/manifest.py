"""MANIFEST.sha256: the SHA-256 of every file in a content folder, as `sha256sum` writes it.

Written by `lupus-kiosk check-content --write-manifest` once a folder is checked; compared with
the folder by the content check, so that an update copied only in part is refused, not shown.
No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kiosk.content_files import Problem, shown_path
from kiosk.reviews import digest

MANIFEST_FILE = "MANIFEST.sha256"
MAX_FILES = 5000  # a content folder is a few dozen files; more is a wrong folder


def folder_files(root: Path) -> Iterator[Path]:
    """Every file in the content folder but hidden ones, sorted; at most MAX_FILES."""
    count = 0
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        count += 1
        if count > MAX_FILES:
            return
        yield path


def manifest_lines(root: Path) -> list[str]:
    """The manifest of `root` as it is now: 'SHA-256  path' per file, as sha256sum writes it."""
    return [f"{digest(path)}  {path.relative_to(root).as_posix()}"
            for path in folder_files(root) if path.relative_to(root).as_posix() != MANIFEST_FILE]


def write_manifest(root: Path) -> int:
    """Write `root`'s MANIFEST.sha256 as the folder is now; return how many files it lists."""
    lines = manifest_lines(root)
    (root / MANIFEST_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def verify_manifest(root: Path) -> list[Problem]:
    """Compare the folder with its MANIFEST.sha256 (no manifest, no check): a half-copied update fails."""
    manifest = root / MANIFEST_FILE
    shown = shown_path(manifest, root)
    try:
        text = manifest.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(shown, None, f"the manifest cannot be read ({error})")]
    problems = []
    listed: dict[str, tuple[str, int]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        match = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if match is None:
            if line.strip():
                problems.append(Problem(shown, number, "this line is not 'SHA-256  file'; "
                                        "write the manifest again with --write-manifest"))
            continue
        listed[match.group(2)] = (match.group(1), number)
    present = {path.relative_to(root).as_posix(): path for path in folder_files(root)}
    present.pop(MANIFEST_FILE, None)
    for name, (expected, number) in listed.items():
        path = present.get(name)
        if path is None:
            problems.append(Problem(shown, number, f"'{name}' is listed but missing: the folder is "
                                    "incomplete (an update not fully copied?)"))
        elif digest(path) != expected:
            problems.append(Problem(Path(root.name) / name, None, (
                "this file differs from the manifest: the folder is half-updated, or the file was edited "
                "after the manifest was written (run check-content --write-manifest after editing)")))
    for name in sorted(set(present) - set(listed)):
        problems.append(Problem(Path(root.name) / name, None, (
            "this file is not in the manifest: it came from another update, or was added after the "
            "manifest was written (run check-content --write-manifest after editing)")))
    return problems
