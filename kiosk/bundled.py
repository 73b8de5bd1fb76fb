"""What comes with the kiosk: its resources (fonts, stylesheet, translations, icons, deploy
files, the config example) and its default content, and `lupus-kiosk copy-content`.

Both are package data of `kiosk`, found with importlib.resources, so that they are found the
same way in a checkout, an editable install and a wheel installed by pip or pipx. In the
source tree they stay in resources/ and content/, which kiosk/_resources and kiosk/_content
link to; the wheel carries them as real folders. The kiosk only reads them (an installed copy
may be read-only): staff edit a copy of the content, made by copy-content.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import shutil
import sys
from importlib.resources import as_file, files
from pathlib import Path

# Where the package is installed as files (always, with pip), as_file gives the folder itself;
# from a zip archive it makes a temporary copy, which must last as long as the program.
_extracted = contextlib.ExitStack()
atexit.register(_extracted.close)


@functools.cache
def _folder(name: str) -> Path:
    """The folder of the kiosk's package data `name` on disk, with links resolved."""
    return _extracted.enter_context(as_file(files("kiosk") / name)).resolve()


def resources_dir() -> Path:
    """The kiosk's resources: fonts/, icons/, translations/, deploy/, theme.qss, the config example."""
    return _folder("_resources")


def default_content_dir() -> Path:
    """The content shown when the config names none: the clinic's lupus pages."""
    return _folder("_content")


def copy_default_content(destination: Path) -> int:
    """Copy the default content into `destination` (made if missing); return how many files.

    Refuses (FileExistsError) a destination that is a file or a folder with anything in it, so
    that staff's own content is never overwritten. The copies are ordinary files that their
    owner may edit, whatever the permissions of the installed ones.
    """
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise FileExistsError(f"{destination} already exists and is not an empty folder")
    source = default_content_dir()
    destination.mkdir(parents=True, exist_ok=True)
    count = 0
    for path in sorted(source.rglob("*")):
        target = destination / path.relative_to(source)
        if path.is_dir():
            target.mkdir(exist_ok=True)
        else:
            shutil.copyfile(path, target)
            count += 1
    return count


def copy_content(folder: str) -> int:
    """`lupus-kiosk copy-content FOLDER`: copy the default content out for staff to edit.

    Prints the config line that shows the copy. 0: copied; 1: refused or failed (kiosk.cli
    parses the command line, and exits 2 on a usage mistake).
    """
    destination = Path(folder).expanduser().absolute()
    try:
        count = copy_default_content(destination)
    except OSError as error:
        print(f"lupus-kiosk: cannot copy the content: {error}", file=sys.stderr)
        return 1
    print(f"Copied the kiosk's content ({count} files) to {destination}")
    print("To show it, put this line in the kiosk's config file (see --config):")
    print(f"    content: {destination}")
    print(f"Check it after each change with: lupus-kiosk check-content {destination}")
    return 0
