"""Start the kiosk from a checkout: `python main.py --fullscreen` (same as `lupus-kiosk`)."""

from kiosk.app import main

if __name__ == "__main__":
    raise SystemExit(main())
