"""The one exception type a command prints as a single line instead of a traceback.

Any layer may raise it (a missing benchmark file, a bad config key, a wrong command-line option): the
`spft-sql` entry point catches `UserError` and its subclasses, prints `spft-sql CMD: error: MESSAGE`
and exits 2. Everything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """A mistake the user can fix; the message says what is wrong and what to do."""
