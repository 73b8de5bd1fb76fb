"""setup.sh on the systems a clinic has, with the system's tools replaced by stand-ins.

The stand-ins answer as Debian 12, Debian 13 or a 32-bit Raspberry Pi OS would (what dpkg says
is installed, what apt knows, the architecture) and write down every apt-get, sudo and pip
they are asked to run, so the tests see what setup.sh would have installed, and whether it
asked for a password, without touching this machine.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parent.parent / "setup.sh"


@dataclass
class FakeSystem:
    """A folder of stand-in commands, and what they were asked to do."""

    folder: Path

    def write(self, name: str, script: str) -> None:
        path = self.folder / "bin" / name
        path.write_text("#!/bin/sh\n" + script)
        path.chmod(path.stat().st_mode | stat.S_IXUSR)

    def calls(self) -> list[str]:
        log = self.folder / "calls.log"
        return log.read_text().splitlines() if log.exists() else []

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, PATH=f"{self.folder / 'bin'}:{os.environ['PATH']}",
                   KIOSK_PYTHON=str(self.folder / "bin" / "python3"),
                   KIOSK_VENV=str(self.folder / "venv"))
        return subprocess.run(["sh", str(SETUP), *args], env=env, capture_output=True, text=True,
                              timeout=60, check=False)


def fake_system(tmp_path: Path, *, arch: str = "amd64", uid: int = 1000, not_installed: str = "",
                apt_knows: str = "") -> FakeSystem:
    """A system whose dpkg lists every package but `not_installed`, and whose apt can install
    only the packages in `apt_knows` (both space-separated names)."""
    system = FakeSystem(tmp_path)
    (tmp_path / "bin").mkdir()
    log = tmp_path / "calls.log"
    system.write("dpkg", f'echo "{arch}"\n')
    system.write("id", f'echo "{uid}"\n')
    system.write("dpkg-query", f'for name in {not_installed}; do [ "$3" = "$name" ] && exit 1; done\n'
                               'echo "install ok installed"\n')
    system.write("apt-cache", f'for name in {apt_knows}; do\n'
                              '    [ "$2" = "$name" ] && echo "  Candidate: 1.0-1" && exit 0\n'
                              'done\necho "  Candidate: (none)"\n')
    system.write("apt-get", f'echo "apt-get $*" >> "{log}"\n')
    system.write("sudo", f'echo "sudo $1" >> "{log}"\nexec "$@"\n')
    # The Python is real, but its "-m venv" makes a virtual environment whose pip only takes notes.
    system.write("python3", f'if [ "$1 $2" = "-m venv" ]; then\n'
                            '    mkdir -p "$3/bin"\n'
                            f'    printf \'#!/bin/sh\\necho "pip $*" >> "{log}"\\n\' > "$3/bin/python"\n'
                            '    chmod +x "$3/bin/python"\n'
                            '    exit 0\n'
                            f'fi\nexec "{sys.executable}" "$@"\n')
    return system


def test_a_second_run_installs_nothing_and_asks_for_no_password(tmp_path: Path) -> None:
    # Debian 13: GLib is installed under its t64 name only.
    system = fake_system(tmp_path, not_installed="libglib2.0-0")

    first = system.run("test")
    assert first.returncode == 0, first.stderr
    assert not [call for call in system.calls() if call.startswith(("apt-get", "sudo"))]
    assert any(call.startswith("pip -m pip install -q -e .[test]") for call in system.calls())

    calls_before = len(system.calls())
    second = system.run("test")
    assert second.returncode == 0, second.stderr
    assert (second.stdout, second.stderr) == ("", "")
    assert len(system.calls()) == calls_before


@pytest.mark.parametrize(("apt_knows", "installed_as"), [
    ("libglib2.0-0 libgssapi-krb5-2", "libglib2.0-0"),  # Debian 12, Raspberry Pi OS bookworm
    ("libglib2.0-0t64 libgssapi-krb5-2", "libglib2.0-0t64"),  # Debian 13, Ubuntu 24.04
])
def test_missing_libraries_are_installed_under_the_names_apt_knows(
        tmp_path: Path, apt_knows: str, installed_as: str) -> None:
    system = fake_system(tmp_path, not_installed="libglib2.0-0 libglib2.0-0t64 libgssapi-krb5-2",
                         apt_knows=apt_knows)

    result = system.run()

    assert result.returncode == 0, result.stderr
    installs = [call for call in system.calls() if call.startswith("apt-get install")]
    assert installs == [f"apt-get install -y -q --no-install-recommends {installed_as} libgssapi-krb5-2"]
    assert "sudo apt-get" in system.calls()  # a user who is not root is asked, once there is a need


@pytest.mark.parametrize("arch", ["armhf", "i386"])
def test_a_32_bit_system_is_told_it_needs_a_64_bit_one(tmp_path: Path, arch: str) -> None:
    system = fake_system(tmp_path, arch=arch, not_installed="libgssapi-krb5-2")

    result = system.run()

    assert result.returncode == 1
    assert "needs 64-bit Raspberry Pi OS" in result.stderr
    assert system.calls() == []
