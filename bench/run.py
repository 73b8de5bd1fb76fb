"""Benchmark: the kiosk beside a browser kiosk, on a real X server. Prints figures, not verdicts.

    python bench/run.py                 # everything (about three minutes)
    python bench/run.py --quick         # fewer repeats, a 10 s idle, a short soak

Starts its own Xvfb when there is no display. The browser figures need Chromium
(/usr/bin/chromium); without it they are skipped with a note. Start-up is timed on the
kiosk's own command (main.py --fullscreen), cold, until it logs that its first screen is
painted; the other kiosk figures come from a fresh process running this file with --child.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The child processes measure the kiosk's own start-up: what only the parent needs (the
# browser's web server, statistics) is imported in the parent's functions.

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = Path("/usr/bin/chromium")


# --- measurements inside a kiosk process --------------------------------------------------------


def pss_kb(pids: list[int]) -> int:
    """Proportional set size of these processes, from /proc (kB)."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def bare_child() -> None:
    """The floor: a bare Qt window showing the disclaimer's text, to its first frame."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    text = (ROOT / "content" / "disclaimer.md").read_text(encoding="utf-8")
    label = QLabel(text)
    label.setWordWrap(True)

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: (print(json.dumps({"painted_at": time.time()}), flush=True),
                                              app.exit(0)))
            return False

    watch = PaintWatch()
    label.installEventFilter(watch)
    label.showFullScreen()
    app.exec()


def child(mode: str, content: str | None, count: int) -> None:
    if mode == "bare":
        bare_child()
        return
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kiosk.app import create_kiosk, show_fullscreen
    from kiosk.config import DEFAULT_CONTENT_DIR, Settings

    app = QApplication(sys.argv[:1])
    settings = Settings(content_dir=Path(content) if content else DEFAULT_CONTENT_DIR,
                        fullscreen=True, idle_timeout=3600, speech=False)
    if mode == "soak":
        settings = Settings(content_dir=settings.content_dir, fullscreen=True, idle_timeout=0.01,
                            idle_warning=1, speech=False)
    kiosk = create_kiosk(settings, app, tick_ms=1, data=Path(tempfile.mkdtemp()), first_frame_first=True,
                         build_ahead=mode != "scale")
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    kiosk.window.installEventFilter(watch)

    def report(result: object) -> None:
        print(json.dumps(result), flush=True)
        kiosk.shutdown()
        app.exit(0)

    def settle(seconds: float = 0.0) -> None:
        end = time.perf_counter() + seconds
        app.processEvents()
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.005)

    def tap_and_wait_for_paint(button: object) -> float:
        """A synthesized touch on `button`, and the time until the page it opens is painted."""
        painted.clear()
        started = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        kiosk.screen.stack.currentWidget().installEventFilter(watch)
        deadline = started + 2
        # The frame is done when the event pass that painted the page returns: every widget
        # of the page is painted in that pass, and the window flushed.
        while time.perf_counter() < deadline:
            app.processEvents()
            if painted:
                break
        return (time.perf_counter() - started) * 1000

    def tile_or_more(key: str):
        """The tile, or "More topics" while the tile is on a later page of tiles."""
        home = kiosk.screen.pages["home"]
        return home.tiles[key] if home.tiles[key].isVisible() else home.next_button

    def journey() -> list:
        """One patient's round of the kiosk, as the buttons a finger touches."""
        screen = kiosk.screen
        home = screen.pages["home"]
        steps = [lambda: screen.pages["disclaimer"].understand]
        for index, key in enumerate(home.tiles):
            if index and index % max(1, home._shape[1]) == 0:
                steps.append(lambda k=key: tile_or_more(k))  # turn the page of tiles
            steps += [lambda k=key: kiosk.screen.pages["home"].tiles[k], lambda: kiosk.screen.back_button]
        steps += [lambda: kiosk.screen.disclaimer_button, lambda: kiosk.screen.pages["disclaimer"].understand]
        return steps

    def touch() -> None:
        settle(0.5)
        deadline = time.perf_counter() + 120  # the kiosk has been on a while before patients come
        while kiosk.screen.unbuilt() and time.perf_counter() < deadline:
            settle(0.1)
        # The first round shows every page for the first time (as for the day's first
        # patients): measured apart, since with 100 sections it would be a third of 300 taps.
        first: list[float] = [tap_and_wait_for_paint(step()) for step in journey()]
        kiosk.reset()
        settle()
        times: list[float] = []
        while len(times) < count:
            for step in journey():
                times.append(tap_and_wait_for_paint(step()))
            kiosk.reset()
            settle()
        report({"touch_ms": times[:count], "first_ms": first})

    def soak() -> None:
        settle(1.0)
        start = pss_kb([os.getpid()])
        resets = [0]
        kiosk.idle.expired.connect(lambda: resets.__setitem__(0, resets[0] + 1))
        navigations = 0
        warm = 0
        while navigations < count:
            for step in journey()[:10]:
                step().click()
                navigations += 1
            app.processEvents()
            kiosk.idle.start()  # nobody touches: the shortened idle wait runs out, and it resets
            wanted, deadline = resets[0] + 1, time.perf_counter() + 5
            while resets[0] < wanted and time.perf_counter() < deadline:
                app.processEvents()
            if not warm and navigations >= 200:  # every page has been built once by now
                warm = pss_kb([os.getpid()])
        settle(1.0)
        report({"pss_start_kb": start, "pss_warm_kb": warm, "pss_end_kb": pss_kb([os.getpid()]),
                "navigations": navigations, "resets": resets[0]})

    def idle() -> None:
        settle(2.0)
        cpu, wall = cpu_seconds(os.getpid()), time.perf_counter()
        QTimer.singleShot(count * 1000, lambda: report({
            "cpu_percent": 100 * (cpu_seconds(os.getpid()) - cpu) / (time.perf_counter() - wall),
            "pss_kb": pss_kb([os.getpid()]),
        }))

    def scale() -> None:
        """A large library: its check after the first frame, a reload, "I understand", memory."""
        started = time.perf_counter()
        while (kiosk.unchecked or kiosk.source.busy) and time.perf_counter() - started < 300:
            settle(0.05)
        checked_s = time.perf_counter() - started
        settle(1.0)
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        home_ms = tap_and_wait_for_paint(kiosk.screen.pages["disclaimer"].understand)
        settle(0.5)
        # A reload while a patient is on the home screen: checked in the background, kept for
        # the next idle reset. The longest gap between ticks of a 5 ms timer is how long the
        # screen could not answer a touch.
        clock = QTimer()
        clock.setInterval(5)
        clock.timeout.connect(tick)
        done: list[object] = []
        kiosk.source.loaded.connect(done.append)
        last[0] = time.perf_counter()
        clock.start()
        reload_started = time.perf_counter()
        kiosk.source.load_in_background()
        while not done and time.perf_counter() - reload_started < 300:
            app.processEvents()
            time.sleep(0.001)
        reload_s = time.perf_counter() - reload_started
        settle(0.2)
        clock.stop()
        assert kiosk.pending is not None, "the new content waits for the idle reset"
        # The idle reset (nobody there) shows it: a new screen, as a change of text size builds.
        reset_started = time.perf_counter()
        kiosk.reset()
        app.processEvents()
        reset_ms = (time.perf_counter() - reset_started) * 1000
        settle(1.0)
        report({"checked_s": checked_s, "reload_s": reload_s, "freeze_ms": max(gaps) * 1000,
                "home_ms": home_ms, "reset_ms": reset_ms, "pss_kb": pss_kb([os.getpid()])})

    def fail(kind: type[BaseException], error: BaseException, trace: object) -> None:
        """An error in a measurement ends the child at once, instead of leaving it waiting."""
        import traceback

        traceback.print_exception(kind, error, trace)  # type: ignore[arg-type]
        app.exit(1)

    sys.excepthook = fail
    show_fullscreen(kiosk.window)
    actions = {"touch": touch, "soak": soak, "idle": idle, "scale": scale}
    QTimer.singleShot(0, actions[mode])
    app.exec()


# --- the parent: runs children, the browser, and prints the table ------------------------------


def run_child(mode: str, count: int = 0, content: Path | None = None, timeout: float = 900) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--count", str(count)]
    if content is not None:
        command += ["--content", str(content)]
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{mode} failed: {result.stderr[-2000:]}")
    data: dict = json.loads(lines[-1])
    data["started_at"] = started
    return data


def kiosk_start(content: Path | None = None) -> float:
    """Seconds from running the kiosk's own command to its log saying the first screen is painted."""
    import select
    import shutil
    import signal

    from kiosk.app import FIRST_FRAME_LOGGED

    home = Path(tempfile.mkdtemp())  # its own data and config folders: no usage figures or logs kept
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache")}
    command = [sys.executable, str(ROOT / "main.py"), "--fullscreen", "--no-speech"]
    if content is not None:
        command += ["--content", str(content)]
    started = time.time()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
                               cwd=ROOT, start_new_session=True)
    assert process.stderr is not None
    said, painted = b"", None
    while painted is None and select.select([process.stderr], [], [], 30)[0]:
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            break
        said += chunk
        if FIRST_FRAME_LOGGED.encode() in said:
            painted = time.time()
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    shutil.rmtree(home, ignore_errors=True)
    if painted is None:
        raise RuntimeError(f"the kiosk did not start: {said.decode(errors='replace')[-2000:]}")
    return painted - started


def browser_page(folder: Path, port: int) -> Path:
    """The disclaimer as one static HTML page that reports its first frame to the bench."""
    from kiosk.content import load_content

    content = load_content(ROOT / "content")
    paragraphs = "".join(f"<p>{p}</p>" for p in content.disclaimer.split("\n\n"))
    notice = "".join(f"<p>{p}</p>" for p in content.notice.split("\n\n"))
    page = folder / "kiosk.html"
    page.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ font-family: sans-serif; font-size: 26px; background: #F3F6F8; color: #1C2B36; margin: 40px; }}
.notice {{ background: #FFF3D9; border: 3px solid #C28A17; border-radius: 16px; padding: 8px 24px; }}
button {{ font-size: 32px; padding: 16px 48px; background: #0B5C78; color: white; border: 0; }}
</style></head><body><h1>{content.disclaimer_title}</h1>{paragraphs}
<div class="notice"><b>{content.notice_title}</b>{notice}</div><button>I understand</button>
<script>requestAnimationFrame(() => requestAnimationFrame(() =>
  fetch("http://127.0.0.1:{port}/painted?t=" + (performance.timeOrigin + performance.now()))));
</script></body></html>""", encoding="utf-8")
    return page


def chromium_figures(repeat: int) -> dict[str, list[float]] | None:
    import http.server
    import shutil
    import signal
    import threading

    if not CHROMIUM.exists():
        return None
    painted: list[float] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            painted.append(float(self.path.split("t=")[1]) / 1000)
            self.send_response(204)
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    folder = Path(tempfile.mkdtemp())
    page = browser_page(folder, server.server_address[1])
    starts, memory = [], []
    for _ in range(repeat):
        profile = tempfile.mkdtemp()
        painted.clear()
        started = time.time()
        process = subprocess.Popen(
            [str(CHROMIUM), "--kiosk", "--no-sandbox", "--no-first-run", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-quic", f"--user-data-dir={profile}", page.as_uri()],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.time() + 30
        while not painted and time.time() < deadline:
            time.sleep(0.01)
        if painted:
            starts.append(painted[0] - started)
            time.sleep(2)
            pids = [int(p) for p in subprocess.run(["pgrep", "-s", str(process.pid)], capture_output=True,
                                                   text=True).stdout.split()]
            memory.append(pss_kb(pids) / 1024)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        shutil.rmtree(profile, ignore_errors=True)
    server.shutdown()
    return {"start": starts, "memory": memory}


def scaled_content(factor: int, own_pages: bool = False) -> Path:
    """The real content with `factor` times the sections (their text repeated).

    With `own_pages` every added section has its own page file in each language (as a large
    imported library would), else the copies share the real sections' files.
    """
    import shutil

    import yaml

    folder = Path(tempfile.mkdtemp()) / "content"
    shutil.copytree(ROOT / "content", folder)
    for edition in (folder, folder / "es"):
        index = edition / "kiosk.yaml"
        data = yaml.safe_load(index.read_text(encoding="utf-8"))
        sections = data["sections"]
        more = []
        for copy in range(1, factor):
            for section in sections:
                # A short tile label: a long one with a number added no longer fits its tile at
                # the largest text size, and the content check rightly refuses it.
                added = {**section, "id": f"{section['id']}-{copy}", "title": f"{section['title']} ({copy})",
                         "tile": f"{section['tile'].split()[0]} {copy}"}
                if own_pages:
                    added["body"] = f"{section['body'][:-3]}-{copy}.md"
                    text = (edition / section["body"]).read_text(encoding="utf-8")
                    # A translated page names the original page it translates.
                    text = text.replace(f"translation_of: {section['body']}",
                                        f"translation_of: {added['body']}")
                    (edition / added["body"]).write_text(text, encoding="utf-8")
                more.append(added)
        data["sections"] = sections + more
        index.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


def spread(values: list[float]) -> tuple[float, float, float]:
    return median(values), min(values), max(values)


def median(values: list[float]) -> float:
    from statistics import median as middle

    return middle(values)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--content", help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and a shorter soak")
    parser.add_argument("--scale", action="store_true", help="only the large-library figures")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.content, args.count)
        return 0

    xvfb = None
    if not os.environ.get("DISPLAY"):
        xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.environ["DISPLAY"] = ":97"
        time.sleep(1)
    os.environ.pop("QT_QPA_PLATFORM", None)
    repeat = 3 if args.quick else 7
    navigations, soak, idle_seconds = (300, 1000, 10) if args.quick else (1000, 10000, 60)
    try:
        rows = scale_figures(repeat) if args.scale else measure(repeat, navigations, soak, idle_seconds)
    finally:
        if xvfb is not None:
            xvfb.terminate()
    print_table(rows)
    return 0


def measure(repeat: int, navigations: int, soak: int, idle_seconds: int) -> list[tuple]:
    rows: list[tuple] = []
    starts = []
    for _ in range(repeat):
        starts.append(kiosk_start())
    browser = chromium_figures(repeat)
    browser_start = median(browser["start"]) if browser and browser["start"] else None
    rows.append(("start to first frame (s)", *spread(starts), "≤ 0.35 and < browser", browser_start))
    bare = []
    for _ in range(repeat):
        result = run_child("bare")
        bare.append(result["painted_at"] - result["started_at"])
    rows.append(("  the floor: a bare Qt window with the same text (s)", *spread(bare), "", None))
    touched = run_child("touch", navigations)
    touch = touched["touch_ms"]
    rows.append((f"touch to paint p50 (ms), {len(touch)} taps", percentile(touch, 0.5), None, None, "", None))
    rows.append(("touch to paint p95 (ms)", percentile(touch, 0.95), None, None, "≤ 33", None))
    rows.append(("touch to paint max (ms)", max(touch), None, None, "", None))
    rows.append(("  a page's first show (ms), p50 of the first round", percentile(touched["first_ms"], 0.5),
                 None, None, "", None))
    soaked = run_child("soak", soak)
    start_mb, end_mb = soaked["pss_start_kb"] / 1024, soaked["pss_end_kb"] / 1024
    browser_mb = median(browser["memory"]) if browser and browser["memory"] else None
    rows.append(("memory after start, PSS (MB)", start_mb, None, None, "≤ 100 and ≤ browser/4", browser_mb))
    warm_mb = soaked["pss_warm_kb"] / 1024
    rows.append((f"memory after {soaked['navigations']} taps, {soaked['resets']} resets (MB)", end_mb,
                 None, None, "", None))
    rows.append(("memory growth, start to end of the soak (MB)", end_mb - start_mb, None, None, "", None))
    rows.append(("memory growth once every page was built (MB)", end_mb - warm_mb, None, None, "≤ 5", None))
    idle = run_child("idle", idle_seconds)
    rows.append((f"CPU while idle for {idle_seconds} s (%)", idle["cpu_percent"], None, None, "< 1", None))
    big = scaled_content(20)
    big_starts = []
    for _ in range(repeat):
        big_starts.append(kiosk_start(big))
    start_ratio = median(big_starts) / median(starts)
    rows.append(("20x content: start to first frame (s)", *spread(big_starts),
                 f"≤ 1.5x real: {start_ratio:.2f}x", None))
    big_touched = run_child("touch", navigations, content=big)
    big_touch = big_touched["touch_ms"]
    touch_ratio = percentile(big_touch, 0.95) / percentile(touch, 0.95)
    rows.append(("20x content: touch to paint p95 (ms)", percentile(big_touch, 0.95), None, None,
                 f"≤ 1.5x real: {touch_ratio:.2f}x", None))
    first_big = percentile(big_touched["first_ms"], 0.5)
    rows.append(("  a page's first show (ms), p50 of the first round", first_big, None, None, "", None))
    rows += scale_figures(repeat)
    if browser is None:
        note = "browser figures skipped: /usr/bin/chromium is not installed"
        rows.append((note, None, None, None, "", None))
    return rows


def scale_figures(repeat: int) -> list[tuple]:
    """A clinic importing a large library: 100, 1,000 and 10,000 sections, each with its own
    page file in both languages."""
    import shutil

    rows: list[tuple] = []
    memory = {}
    for sections in (100, 1000, 10000):
        folder = scaled_content(sections // 5, own_pages=True)
        starts = [kiosk_start(folder) for _ in range(repeat)]
        rows.append((f"{sections} sections: start to first frame (s)", *spread(starts), "< 2", None))
        result = run_child("scale", content=folder)
        memory[sections] = result["pss_kb"] / 1024
        rows.append(("  then checked in the background (s)", result["checked_s"], None, None, "", None))
        rows.append(("  a reload: checked in the background (s)", result["reload_s"], None, None, "", None))
        rows.append(("  'I understand' to home painted (ms)", result["home_ms"], None, None, "< 1000", None))
        rows.append(("  a reload: longest the screen stopped (ms)", result["freeze_ms"], None, None,
                     "≤ 100", None))
        rows.append(("  the idle reset that then shows it (ms)", result["reset_ms"], None, None, "", None))
        rows.append(("  memory, PSS (MB)", memory[sections], None, None, "less than linear", None))
        shutil.rmtree(folder.parent, ignore_errors=True)
    added = memory[1000] - memory[100]
    growth = (memory[10000] - memory[1000]) / added if added > 0 else 0
    rows.append(("  memory added, 1,000 to 10,000 / 100 to 1,000 sections", growth, None, None,
                 "(10 = linear in sections)", None))
    return rows


def print_table(rows: list[tuple]) -> None:
    print(f"{'figure':58} {'median':>9} {'spread':>17} {'target':>22} {'browser':>9} {'ratio':>6}")
    for name, value, low, high, target, browser in rows:
        if value is None:
            print(name)
            continue
        band = f"{low:.3g}–{high:.3g}" if low is not None else ""
        other = f"{browser:.3g}" if browser else ""
        ratio = f"{value / browser:.2f}" if browser else ""
        print(f"{name:58} {value:9.3g} {band:>17} {target:>22} {other:>9} {ratio:>6}")


if __name__ == "__main__":
    raise SystemExit(main())
