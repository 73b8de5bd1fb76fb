"""The error for a bad setting, in a module of its own so that kiosk.config's helpers
(kiosk.hours) can raise it without importing kiosk.config, which imports them."""


class ConfigError(Exception):
    """A bad setting in the config file or on the command line."""
