"""The kiosk's command line, in one parser: `lupus-kiosk [run] [OPTIONS]` and the staff's commands.

`parse_command` turns the arguments into one of the commands below; kiosk.app.main runs it.
Pure Python, no Qt: what the options mean is kiosk.config's, what each command does is in
kiosk.app (run, check-content, export-usage, hash-pin), kiosk.bundled (copy-content) and
kiosk.sign_off (sign-off).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import DEFAULT_CONTENT_DIR, settings_options

PROG = "lupus-kiosk"


@dataclass(frozen=True)
class Run:
    """Start the kiosk. `options` are the settings' options, read by kiosk.config.settings_from."""

    options: argparse.Namespace


@dataclass(frozen=True)
class CheckContent:
    """List every problem in a content folder; with `write_manifest`, write its MANIFEST.sha256."""

    folder: Path
    write_manifest: bool = False


@dataclass(frozen=True)
class CopyContent:
    """Copy the content that comes with the kiosk into `destination`, for staff to edit."""

    destination: str


@dataclass(frozen=True)
class ExportUsage:
    """Write the daily usage totals to `target`, a CSV file."""

    target: str


@dataclass(frozen=True)
class HashPin:
    """Ask for a staff PIN and print the config line with its hash."""


@dataclass(frozen=True)
class SignOff:
    """Record a physician's medical review of `files` in the content folder's reviews.yaml."""

    content: Path
    reviewer: str
    qualification: str
    date: str
    files: tuple[str, ...]


Command = Run | CheckContent | CopyContent | ExportUsage | HashPin | SignOff


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the kiosk's options, and a subcommand for each staff command."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        usage=f"{PROG} [run] [OPTIONS]\n       {PROG} COMMAND [ARGUMENTS]",
        parents=[settings_options()],
        description="Patient-education kiosk about lupus and the research on stem-cell therapy. "
        "Without a command it starts the kiosk ('run').",
        epilog="Settings on the command line override the config file, which overrides the defaults. "
        "'lupus-kiosk COMMAND --help' explains each command. Staff open the staff panel with five "
        "quick touches in the top-left corner, or leave the kiosk with Ctrl+Alt+Shift+Q on a keyboard.",
    )
    # Each command's `prog` is given: argparse would otherwise build it from the usage above.
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    parser.set_defaults(parser=parser)
    # The options again after `run`, left out of the result where not given, so that they do not
    # overwrite the same options given before it.
    run = commands.add_parser(
        "run", prog=f"{PROG} run", parents=[settings_options(argparse.SUPPRESS)],
        help="start the kiosk (the default)",
        description="Start the kiosk. 'lupus-kiosk run OPTIONS' is the same as 'lupus-kiosk OPTIONS'.",
    )
    check = commands.add_parser(
        "check-content", prog=f"{PROG} check-content", help="list every problem in a content folder",
        description="Check a content folder as the kiosk would, and list every problem with its file "
        "and line. Exit status: 0 no errors (warnings may be listed), 1 errors, 2 the folder cannot "
        "be read.",
    )
    check.add_argument("--write-manifest", action="store_true",
                       help="when there are no errors, write the folder's MANIFEST.sha256 anew")
    check.add_argument("folder", metavar="CONTENT_FOLDER", type=Path, nargs="?", default=DEFAULT_CONTENT_DIR,
                       help="the folder to check (default: the content that comes with the kiosk)")
    copy = commands.add_parser(
        "copy-content", prog=f"{PROG} copy-content", usage=f"{PROG} copy-content FOLDER",
        help="copy the content that comes with the kiosk out to a folder to edit",
        description="Copy the content that comes with the kiosk into FOLDER (new or empty), and "
        "print the config line that shows it. Exit status: 0 copied, 1 refused or failed.",
    )
    copy.add_argument("destination", metavar="FOLDER", help="a new or empty folder")
    export = commands.add_parser(
        "export-usage", prog=f"{PROG} export-usage", usage=f"{PROG} export-usage FILE.csv",
        help="write the usage figures as CSV",
        description="Write the daily usage totals (day, event, detail, count, seconds) to a CSV file. "
        "Exit status: 0 written, 1 the figures cannot be read or the file written.",
    )
    export.add_argument("target", metavar="FILE.csv", help="the CSV file to write")
    pin = commands.add_parser(
        "hash-pin", prog=f"{PROG} hash-pin", help="print the config line for a staff PIN",
        description="Ask for a staff PIN (4 to 12 digits) twice, or read it once from standard input, "
        "and print the 'staff_pin:' line for the config file: a salted hash, never the PIN itself.",
    )
    sign = commands.add_parser(
        "sign-off", prog=f"{PROG} sign-off", help="record a physician's medical review of content files",
        description="Record a physician's medical review of content files, with each file's SHA-256, "
        "in the content folder's reviews.yaml. Exit status: 0 recorded, 2 refused.",
    )
    sign.add_argument("--reviewer", required=True, help='the reviewer\'s name, like "Dr. A. Example, MD"')
    sign.add_argument("--qualification", required=True, help='like "Board-Certified Physician"')
    sign.add_argument("--date", required=True, help="the review's date: 2025-10 or 2025-10-15")
    sign.add_argument("--content", dest="folder", metavar="CONTENT", type=Path, default=DEFAULT_CONTENT_DIR,
                      help="the content folder (default: the content that comes with the kiosk)")
    sign.add_argument("files", nargs="+", help="the files reviewed, relative to the content folder")
    for command in (run, check, copy, export, pin, sign):
        command.set_defaults(parser=command)
    return parser


def parse_command(argv: list[str]) -> Command:
    """The command that `argv` (the arguments after the program's name) asks for.

    As argparse does, prints the usage and raises SystemExit(2) on a usage mistake, and prints
    the help and raises SystemExit(0) for --help.
    """
    args, extra = build_parser().parse_known_args(argv)
    parser: argparse.ArgumentParser = args.parser  # the command's own, for its usage line
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command not in (None, "run"):
        # `lupus-kiosk --content X check-content` would check the default content, not X.
        settings = vars(settings_options().parse_args([]))
        if any(getattr(args, name) is not None for name in settings):
            parser.error(f"the kiosk's own options (--content, --config, ...) do not go with "
                         f"'{args.command}'; see 'lupus-kiosk {args.command} --help'")
    if args.command == "check-content":
        return CheckContent(args.folder, args.write_manifest)
    if args.command == "copy-content":
        return CopyContent(args.destination)
    if args.command == "export-usage":
        return ExportUsage(args.target)
    if args.command == "hash-pin":
        return HashPin()
    if args.command == "sign-off":
        return SignOff(args.folder, args.reviewer, args.qualification, args.date, tuple(args.files))
    return Run(args)  # `run`, or no command at all
