"""A virtual pointer on a wlroots compositor that stays for as long as this runs.

    python tools/wayland_pointer.py < COMMANDS

Used by tools/wayland-check.sh to tap the kiosk. A tool that adds a virtual pointer for each
call and removes it again (wlrctl) loses its click under cage: cage has no pointer between
calls, so the button reaches it before the kiosk has bound the pointer the new device brought.
This client adds one device (the zwlr_virtual_pointer_v1 protocol) when it starts and removes
it when its input ends, and in between reads one command a line:

    move X Y     the pointer to X,Y, in pixels of the (first) output
    click        the left button pressed and released where the pointer is

It prints "ready" once the device is there, and "done COMMAND" once the compositor has
handled a command.

It speaks the Wayland wire protocol itself (a few requests, no file descriptors), so it needs
nothing but Python: WAYLAND_DISPLAY and XDG_RUNTIME_DIR name the compositor's socket.
Exits 0 at the end of its input, 1 when the compositor lacks what it needs or a command is bad.
"""

from __future__ import annotations

import os
import socket
import struct
import sys
import time
from typing import TextIO

DISPLAY_ID = 1  # wl_display is always object 1
BTN_LEFT = 0x110  # linux/input-event-codes.h
PRESSED, RELEASED = 1, 0
MODE_CURRENT = 0x1  # wl_output.mode flags

# Request opcodes: their order in the protocols' XML.
DISPLAY_SYNC, DISPLAY_GET_REGISTRY = 0, 1
REGISTRY_BIND = 0
MANAGER_CREATE_VIRTUAL_POINTER = 0
POINTER_MOTION_ABSOLUTE, POINTER_BUTTON, POINTER_FRAME, POINTER_DESTROY = 1, 2, 4, 8
# Event opcodes.
DISPLAY_ERROR = 0
REGISTRY_GLOBAL = 0
CALLBACK_DONE = 0
OUTPUT_MODE = 1


class Connection:
    """A Wayland client connection: numbered objects, requests out, events in."""

    def __init__(self) -> None:
        name = os.environ.get("WAYLAND_DISPLAY", "wayland-0")
        path = name if name.startswith("/") else os.path.join(os.environ["XDG_RUNTIME_DIR"], name)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.next_id = 2
        self.buffer = b""

    def new_id(self) -> int:
        object_id = self.next_id
        self.next_id += 1
        return object_id

    def request(self, object_id: int, opcode: int, *args: int | str) -> None:
        """Sends one request; ints are 32-bit unsigned words, strings Wayland strings."""
        body = b""
        for arg in args:
            if isinstance(arg, str):
                data = arg.encode() + b"\0"
                body += struct.pack("=I", len(data)) + data + b"\0" * (-len(data) % 4)
            else:
                body += struct.pack("=I", arg)
        self.sock.sendall(struct.pack("=II", object_id, (8 + len(body)) << 16 | opcode) + body)

    def events(self) -> tuple[int, int, bytes]:
        """Reads the next event: (object id, opcode, argument bytes)."""
        while True:
            if len(self.buffer) >= 8:
                object_id, word = struct.unpack_from("=II", self.buffer)
                size = word >> 16
                if len(self.buffer) >= size:
                    body, self.buffer = self.buffer[8:size], self.buffer[size:]
                    return object_id, word & 0xFFFF, body
            data = self.sock.recv(65536)
            if not data:
                raise SystemExit("wayland_pointer: the compositor closed the connection")
            self.buffer += data

    def roundtrip(self, on_event: dict[int, list[tuple[int, bytes]]] | None = None) -> None:
        """Waits until the compositor has handled every request sent so far; keeps the events
        of the objects in on_event (by object id) in their lists."""
        callback = self.new_id()
        self.request(DISPLAY_ID, DISPLAY_SYNC, callback)
        while True:
            object_id, opcode, body = self.events()
            if object_id == callback and opcode == CALLBACK_DONE:
                return
            if object_id == DISPLAY_ID and opcode == DISPLAY_ERROR:
                _, code = struct.unpack_from("=II", body)
                raise SystemExit(f"wayland_pointer: protocol error {code}: {read_string(body, 8)}")
            if on_event is not None and object_id in on_event:
                on_event[object_id].append((opcode, body))


def read_string(body: bytes, offset: int) -> str:
    (length,) = struct.unpack_from("=I", body, offset)
    return body[offset + 4:offset + 4 + length - 1].decode(errors="replace")


def find_globals(connection: Connection) -> tuple[int, dict[str, tuple[int, int]]]:
    """Lists the compositor's globals: {interface: (name, version)}, first of each kind."""
    registry = connection.new_id()
    connection.request(DISPLAY_ID, DISPLAY_GET_REGISTRY, registry)
    events: dict[int, list[tuple[int, bytes]]] = {registry: []}
    connection.roundtrip(events)
    found: dict[str, tuple[int, int]] = {}
    for opcode, body in events[registry]:
        if opcode == REGISTRY_GLOBAL:
            (name,) = struct.unpack_from("=I", body)
            interface = read_string(body, 4)
            (version,) = struct.unpack_from("=I", body, len(body) - 4)
            found.setdefault(interface, (name, version))
    return registry, found


def bind(connection: Connection, registry: int, found: dict[str, tuple[int, int]],
         interface: str) -> int:
    if interface not in found:
        print(f"wayland_pointer: the compositor does not offer {interface}", file=sys.stderr)
        raise SystemExit(1)
    object_id = connection.new_id()
    connection.request(registry, REGISTRY_BIND, found[interface][0], interface, 1, object_id)
    return object_id


def output_size(connection: Connection, registry: int, found: dict[str, tuple[int, int]]) -> tuple[int, int]:
    """The first output's current mode in pixels: the frame absolute motion is given in."""
    output = bind(connection, registry, found, "wl_output")
    events: dict[int, list[tuple[int, bytes]]] = {output: []}
    connection.roundtrip(events)
    for opcode, body in events[output]:
        if opcode == OUTPUT_MODE:
            flags, width, height, _ = struct.unpack_from("=Iiii", body)
            if flags & MODE_CURRENT:
                return width, height
    raise SystemExit("wayland_pointer: the output told no current mode")


class VirtualPointer:
    """One virtual pointer device, added to the compositor's seat for this object's lifetime."""

    def __init__(self) -> None:
        self.connection = Connection()
        registry, found = find_globals(self.connection)
        self.width, self.height = output_size(self.connection, registry, found)
        manager = bind(self.connection, registry, found, "zwlr_virtual_pointer_manager_v1")
        self.pointer = self.connection.new_id()
        # 0 as the seat: the compositor's default seat, the one the kiosk uses.
        self.connection.request(manager, MANAGER_CREATE_VIRTUAL_POINTER, 0, self.pointer)
        self.connection.roundtrip()

    def send(self, opcode: int, *args: int) -> None:
        """One pointer event and its frame, handled by the compositor when this returns."""
        now = int(time.monotonic() * 1000) & 0xFFFFFFFF
        self.connection.request(self.pointer, opcode, now, *args)
        self.connection.request(self.pointer, POINTER_FRAME)
        self.connection.roundtrip()

    def move(self, x: int, y: int) -> None:
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise ValueError(f"{x},{y} is outside the {self.width}x{self.height} output")
        self.send(POINTER_MOTION_ABSOLUTE, x, y, self.width, self.height)

    def click(self) -> None:
        self.send(POINTER_BUTTON, BTN_LEFT, PRESSED)
        time.sleep(0.05)  # a finger's tap is not instantaneous either
        self.send(POINTER_BUTTON, BTN_LEFT, RELEASED)

    def close(self) -> None:
        self.connection.request(self.pointer, POINTER_DESTROY)
        self.connection.roundtrip()
        self.connection.sock.close()


def run(commands: TextIO) -> int:
    device = VirtualPointer()
    print("ready", flush=True)
    try:
        for line in commands:
            words = line.split()
            try:
                if words[:1] == ["move"] and len(words) == 3:
                    device.move(int(words[1]), int(words[2]))
                elif words == ["click"]:
                    device.click()
                else:
                    raise ValueError("expected 'move X Y' or 'click'")
            except ValueError as error:
                print(f"wayland_pointer: {line.strip()!r}: {error}", file=sys.stderr)
                return 1
            print("done", " ".join(words), flush=True)
    finally:
        device.close()
    return 0


def main(argv: list[str]) -> int:
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    return run(sys.stdin)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
