"""Autosave slots: each running LayerLab keeps its unsaved work in a folder of its own.

Editors do it this way (Vim's swap files, LibreOffice's lock files): one slot per
instance, marked by a lock its owner holds while it runs, so a second window never
overwrites the first one's work, never offers it as "recovery" while the first is still
running, and never deletes it on its own clean exit. Only slots whose owner is gone are
offered back. Qt-free; the GUI's files controller drives it::

    slots = AutosaveSlots(folder)          # e.g. <app data>/autosave
    slot = slots.claim()                   # this instance's slot, locked until release()
    slot.write(design_to_json(design), {"path": doc_path, "saved": time.time()})
    ...
    slot.release()                         # clean exit: removes this slot, and only it

    # at start, before claiming or after: work left by instances that are gone
    for orphan in slots.orphans():         # never a live instance's slot
        try:
            text, meta = slots.read(orphan)    # (design JSON text, meta dict), both checked
        except RecoveryError as e:             # malformed autosave.json, corrupt design
            slots.set_aside(orphan)            # renamed *.corrupt: never offered again
            show(str(e))                       # one line that says what is wrong
            continue
        ... ask the user; restore with parse_design_text(text) ...
        slots.discard(orphan)              # restored (now in this instance's slot) or declined
        # or orphan.close(): unlock it and keep it for a later start

A slot is a folder ``<pid>-<random>`` holding ``lock`` (``{"pid", "token", "host"}``:
the owner's process id and its start time), ``design.layerlab`` and ``autosave.json``
(the caller's meta). Its owner holds an exclusive ``flock`` on ``lock`` for as long as it
runs; the operating system drops that lock when the process dies, however it dies, so a
lock that can be taken means the owner is gone (on Windows ``msvcrt.locking`` on the lock's
first byte does the same). Where neither exists, the owner is alive when its pid is and the pid's start time still matches the token (a
reused pid is not the owner). An orphan returned by :meth:`AutosaveSlots.orphans` stays
locked by the instance that listed it until discarded or set aside, so two instances
starting together never offer the same work twice. The single ``autosave.layerlab`` +
``autosave.json`` of LayerLab before slots is turned into a slot of a gone owner.
"""
import json
import math
import os
import secrets
import shutil
import socket

from .design import MAX_FILE_BYTES, parse_design_text
from .errors import DesignError, RecoveryError
from .fileio import (
    atomic_write,
    decode_text,
    escape_surrogates,
    read_file_bytes,
    strict_json,
)
from .messages import msg

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
try:
    import msvcrt  # Windows: a lock on the file's first byte, dropped when the process dies
except ImportError:
    msvcrt = None

LOCK = "lock"
DESIGN = "design.layerlab"
META = "autosave.json"
CORRUPT = ".corrupt"


def _start_token(pid):
    """When process ``pid`` started (clock ticks since boot, from /proc), or "" where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read().decode("ascii", "replace")
        return stat[stat.rindex(")") + 2:].split()[19]  # field 22; the name in (...) may hold spaces
    except (OSError, ValueError, IndexError):
        return ""


def _have_locks():
    return fcntl is not None or msvcrt is not None


def _pid_alive(pid):
    if os.name == "nt":  # os.kill(pid, 0) sends Ctrl-C there; never guess a live instance gone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    except (OSError, OverflowError, ValueError):
        return False
    return True


def _lock_exclusive(fd):
    """Take the slot's lock without waiting; False if someone holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:
        return False


class Slot:
    """This instance's autosave slot (see :meth:`AutosaveSlots.claim`)."""

    def __init__(self, path, fd):
        self.path = path
        self._fd = fd

    def write(self, design_text, meta):
        """Save the design's JSON text and ``meta`` (a JSON object, no NaN) atomically:
        the design first, so a meta file never describes a design that is not there."""
        if not isinstance(meta, dict):
            raise TypeError(f"meta must be a dict, got {type(meta).__name__}")
        meta_text = json.dumps(meta, allow_nan=False, ensure_ascii=True)
        atomic_write(os.path.join(self.path, DESIGN), escape_surrogates(design_text).encode("utf-8"))
        atomic_write(os.path.join(self.path, META), meta_text.encode("utf-8"))

    def clear(self):
        """Forget the autosaved design (the work was saved); the slot stays claimed."""
        for name in (DESIGN, META):
            try:
                os.remove(os.path.join(self.path, name))
            except FileNotFoundError:
                pass

    def release(self):
        """On a clean exit: remove this slot (and nothing else) and drop its lock."""
        if self._fd is None:
            return
        shutil.rmtree(self.path, ignore_errors=True)
        os.close(self._fd)
        self._fd = None


class Orphan:
    """A slot whose owner is gone, locked by the instance that found it."""

    def __init__(self, path, fd):
        self.path = path
        self._fd = fd

    @property
    def name(self):
        return os.path.basename(self.path)

    def __repr__(self):
        return f"Orphan({self.path!r})"

    def close(self):
        """Unlock without deleting (kept for a later start, e.g. the user chose neither)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class AutosaveSlots:
    """The autosave folder: one slot per running instance (see the module's docstring)."""

    def __init__(self, folder):
        self.folder = os.fspath(folder)

    def claim(self):
        """Make and lock a new slot for this process; keep the returned :class:`Slot`."""
        os.makedirs(self.folder, exist_ok=True)
        pid = os.getpid()
        path = os.path.join(self.folder, f"{pid}-{secrets.token_hex(4)}")
        os.mkdir(path)
        fd = os.open(os.path.join(path, LOCK), os.O_RDWR | os.O_CREAT, 0o600)
        if _have_locks() and not _lock_exclusive(fd):  # a fresh name: cannot happen, but never share
            os.close(fd)
            raise OSError(f"{path}: the autosave slot is locked by another process")
        owner = {"pid": pid, "token": _start_token(pid), "host": socket.gethostname()}
        os.write(fd, json.dumps(owner).encode("utf-8"))
        os.fsync(fd)
        return Slot(path, fd)

    def _slot_dirs(self):
        try:
            names = sorted(os.listdir(self.folder))
        except FileNotFoundError:
            return []
        return [os.path.join(self.folder, n) for n in names
                if not n.endswith(CORRUPT) and os.path.isdir(os.path.join(self.folder, n))
                and not os.path.islink(os.path.join(self.folder, n))]

    def _owner_gone(self, path):
        """An fd holding the slot's lock if its owner is gone, else None."""
        try:
            fd = os.open(os.path.join(path, LOCK), os.O_RDWR)
        except FileNotFoundError:  # a slot being made right now, or a stray folder: not ours to judge
            return None
        except OSError:
            return None
        if _have_locks():
            if _lock_exclusive(fd):
                return fd
            os.close(fd)
            return None
        try:  # no flock: judge by the pid and its start time
            owner = json.loads(os.read(fd, 4096).decode("utf-8"))
            pid, token = int(owner["pid"]), str(owner.get("token", ""))
            alive = _pid_alive(pid) and (not token or _start_token(pid) in ("", token))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, OSError):
            alive = False  # a lock nobody could have written whole: stale
        if alive:
            os.close(fd)
            return None
        return fd

    def orphans(self):
        """Slots whose owner is gone and that hold a design, oldest name first; never a live
        instance's. Empty slots of gone owners are removed on the way."""
        self._adopt_legacy()
        found = []
        for path in self._slot_dirs():
            fd = self._owner_gone(path)
            if fd is None:
                continue
            if not os.path.lexists(os.path.join(path, DESIGN)) and not os.path.lexists(os.path.join(path, META)):
                shutil.rmtree(path, ignore_errors=True)  # crashed before its first autosave
                os.close(fd)
                continue
            found.append(Orphan(path, fd))
        return found

    def _adopt_legacy(self):
        """Work autosaved by a LayerLab before slots (``autosave.layerlab`` + ``autosave.json`` in the
        folder itself) becomes an unlocked slot, so an upgrade after a crash still offers it."""
        old = os.path.join(self.folder, "autosave.layerlab")
        if not os.path.isfile(old):
            return
        path = os.path.join(self.folder, f"legacy-{secrets.token_hex(4)}")
        try:
            os.mkdir(path)
            with open(os.path.join(path, LOCK), "w", encoding="utf-8"):
                pass  # nobody holds it: the owner is gone
            os.replace(old, os.path.join(path, DESIGN))
            if os.path.isfile(os.path.join(self.folder, META)):
                os.replace(os.path.join(self.folder, META), os.path.join(path, META))
        except OSError:
            pass  # offered next time, or never: nothing here may stop the app from starting

    def read(self, orphan):
        """``(design_text, meta)`` of an orphan, both checked; :class:`RecoveryError` otherwise."""
        label = msg("autosave {name}", code="recovery.label", name=orphan.name)
        meta = _read_part(os.path.join(orphan.path, META), 1 << 20, msg("{label}: {file}", code="recovery.part", label=label, file=META),
                          lambda text: _check_meta(strict_json(text, what=msg("autosave record", code="noun.autosave_record"))))
        text = _read_part(os.path.join(orphan.path, DESIGN), MAX_FILE_BYTES, msg("{label}: the autosaved design", code="recovery.design", label=label),
                          lambda text: parse_design_text(text) and text)
        return text, meta

    def set_aside(self, orphan):
        """Rename a damaged orphan to ``*.corrupt`` (kept for a curious user, never offered again)."""
        target, n = orphan.path + CORRUPT, 1
        while os.path.lexists(target):
            n += 1
            target = f"{orphan.path}.{n}{CORRUPT}"
        os.rename(orphan.path, target)
        orphan.close()
        return target

    def discard(self, orphan):
        """Remove an orphan (restored into this instance, or declined by the user)."""
        shutil.rmtree(orphan.path, ignore_errors=True)
        orphan.close()


def _read_part(path, max_bytes, name, parse):
    """``parse(text)`` of one file of a slot; RecoveryError saying what is wrong with it."""
    try:
        return parse(decode_text(read_file_bytes(path, max_bytes)))
    except FileNotFoundError:
        raise RecoveryError(msg("{name} is missing", code="recovery.missing", name=name)) from None
    except DesignError as e:
        raise RecoveryError(msg("{name} is damaged: {error}", code="recovery.damaged", name=name,
                                     error=e.args[0])) from None
    except OSError as e:
        raise RecoveryError(msg("{name} cannot be read ({reason})", code="recovery.unreadable", name=name,
                                     reason=e.strerror or str(e))) from None


def _check_meta(meta):
    """The meta object as the GUI may trust it: a dict, ``saved`` a finite time, ``path`` text."""
    if not isinstance(meta, dict):
        raise DesignError(msg("must be a JSON object, got {value}", code="recovery.meta", value=_brief(meta)))
    saved = meta.get("saved")
    if saved is not None and (isinstance(saved, bool) or not isinstance(saved, (int, float))
                              or not math.isfinite(saved) or not 0 <= saved < 1e11):
        raise DesignError(msg("saved: must be a time in seconds since 1970, got {value}", code="recovery.saved",
                              value=_brief(saved)))
    path = meta.get("path")
    if path is not None and not isinstance(path, str):
        raise DesignError(msg("path: must be a file name or null, got {value}", code="recovery.path", value=_brief(path)))
    return meta


def _brief(v):
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."
