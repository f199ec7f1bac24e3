"""The error the commands raise for a command line that cannot work (not a bug): shown as one line, exit status 2."""

from __future__ import annotations


class UsageError(ValueError):
    """A command line that cannot work: a missing or unreadable file, a malformed input, a wrong option.

    The message names the file (and line or row) or the option; the command line shows it
    as one line and exits with status 2.
    """


__all__ = ["UsageError"]
