"""Checks, in a separate process, that the platform's speech engine answers.

A speech-dispatcher that hangs (a stuck audio device, say) makes creating a QTextToSpeech
block for ever. The kiosk runs this first, with a time limit, so that a broken voice can
only ever cost the "Listen" control, never the kiosk. Exit status 0: the engine is ready.
"""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTextToSpeech import QTextToSpeech

    app = QCoreApplication(sys.argv[:1])
    engine = QTextToSpeech(app)
    ready = engine.state() == QTextToSpeech.State.Ready
    print(engine.engine(), engine.state().name, engine.errorString())
    return 0 if ready else 1


if __name__ == "__main__":
    raise SystemExit(main())
