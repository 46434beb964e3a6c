"""Errors a user can cause, each with a message that says what and where."""


class DesignError(ValueError):
    """A design (or a file claiming to be one) is not valid.

    The message names the offending field, e.g.
    ``nodes[3].params.units: must be an integer from 1 to 65536``.
    """


class ShapeError(DesignError):
    """Shapes do not fit together; the message names the node and the reason."""


class DataError(ValueError):
    """A dataset or CSV file cannot be used; the message names the row/column."""


class Cancelled(Exception):
    """Loading stopped because its ``cancel()`` said so; nobody needs a message."""


class ModelFileError(DesignError):
    """A trained-model ``.npz`` file is not valid for its design."""


class RecoveryError(DesignError):
    """An autosaved slot cannot be restored (malformed record or damaged design); set it aside."""
