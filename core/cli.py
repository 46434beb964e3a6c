"""The headless command line: ``check``, ``train`` and ``export``.

Exit status 0 on success; 1 on a user error, with one line on stderr and
never a traceback.
"""
import argparse
import contextlib
import json
import os
import re
import signal
import sys
import threading
import unicodedata

from .errors import DataError, DesignError
from .messages import locale_language, message_of, msg, translate, translate_text


class UserError(Exception):
    """A problem the user can fix; printed as one line (a Message, in the locale's language)."""


def _in_file(path, error):
    """``path: message`` for an error about a file."""
    return msg("{path}: {error}", code="cli.in_file", path=str(path), error=message_of(error))


def _say(message):
    """A message in the language of the locale (LC_ALL, LC_MESSAGES, LANG), safe for a terminal."""
    return visible(translate(message, locale_language()))


def _width(text):
    """Columns ``text`` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text, width, right=False):
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


_INVISIBLE = {"Cc", "Cf", "Cs", "Zl", "Zp"}  # controls (ANSI escapes, newlines), bidi overrides, surrogates


def visible(text):
    """``text`` safe for a terminal: every control or format character shown as its escape
    (``\\x1b``, ``\\u202e``), so a name from a file cannot clear the screen, recolour it,
    reorder it or break a message over lines."""
    text = str(text)
    if text.isprintable() and text.isascii():
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _INVISIBLE
                   else ch for ch in text)


def _load(path):
    from .design import load_design
    try:
        return load_design(path)
    except FileNotFoundError:
        raise UserError(msg("{path}: no such file", code="cli.no_file", path=path)) from None
    except IsADirectoryError:
        raise UserError(msg("{path}: is a folder, not a design file", code="cli.folder", path=path)) from None
    except PermissionError:
        raise UserError(msg("{path}: permission denied", code="cli.permission", path=path)) from None
    except OSError as e:  # a name too long, a loop of links, a disk error
        raise UserError(msg("{path}: cannot be read ({reason})", code="file.unreadable", path=path,
                            reason=e.strerror or str(e))) from None
    except DesignError as e:
        raise UserError(_in_file(path, e)) from None


SUMMARY_HEADERS = (msg("Node", code="cli.summary.node"), msg("Type", code="cli.summary.type"),
                   msg("Output shape", code="cli.summary.shape"), msg("Params", code="cli.summary.params"))


def summary_table(design, lang=None):
    """Keras' ``model.summary()``: node, type, output shape, parameters, and the total."""
    from .network import analyze
    a = analyze(design)  # shapes and counts by inference alone: checking allocates no weights
    if not a.ok:
        raise DesignError(a.errors[0])
    types = {n.id: n.type for n in design.nodes}
    lang = locale_language() if lang is None else lang
    rows = [tuple(translate(h, lang) for h in SUMMARY_HEADERS)]
    rows += [(visible(nid), types[nid], "(None, " + ", ".join(map(str, a.shapes[nid])) + ")",
              f"{a.param_counts[nid]:,}") for nid in a.order]
    widths = [max(_width(r[i]) for r in rows) for i in range(4)]
    line = "-" * (sum(widths) + 6)
    name = visible(translate_text(design.name, lang))  # an example's name as shipped reads in the user's language
    out = [translate(msg('Design: "{name}"', code="cli.summary.design", name=name), lang), line]
    for i, r in enumerate(rows):
        out.append("  ".join(_pad(cell, w, right=(j == 3)) for j, (cell, w) in enumerate(zip(r, widths))))
        if i == 0:
            out.append(line)
    out += [line, translate(msg("Total params: {count:,}", code="cli.summary.total", count=a.total_params), lang)]
    return "\n".join(out)


def cmd_check(args):
    design = _load(args.file)
    try:
        print(summary_table(design))
    except DesignError as e:
        raise UserError(_in_file(args.file, e)) from None
    return 0


def _format_metrics(metrics):
    return "  ".join(f"{k} {v:.4f}" for k, v in metrics.items())


def cmd_train(args):
    from .training import Trainer
    design = _load(args.file)

    def progress(report):
        if report.kind == "epoch":
            print(_say(msg("epoch {epoch}/{epochs}  {metrics}", code="cli.progress", epoch=report.epoch,
                           epochs=report.epochs, metrics=_format_metrics(report.metrics))), flush=True)

    try:
        trainer = Trainer(design, epochs=args.epochs, seed=args.seed, callback=progress, layer_stats=False)
    except (DesignError, DataError) as e:
        raise UserError(_in_file(args.file, e)) from None
    with _ctrl_c_stops(trainer):
        result = trainer.fit()
    print(_say(msg("{message} in {seconds:.2f} s", code="cli.completed", message=result.message,
                   seconds=result.seconds) if result.stopped_because == "completed" else result.message), flush=True)
    if result.metrics:  # the network the run leaves: the best epoch's when its weights were restored
        print(_say(msg("final: {metrics}", code="cli.final", metrics=_format_metrics(result.metrics))))
    if args.metrics_out:
        payload = {"epochs_run": result.epochs_run, "stopped_because": result.stopped_because,
                   "history": result.history, "seconds": result.seconds}
        _write(args.metrics_out, json.dumps(payload, indent=2, allow_nan=False).encode("utf-8"))
    if args.weights_out:
        from .modelio import save_model
        try:
            save_model(trainer.net, design, args.weights_out)
        except OSError as e:
            raise UserError(_unwritable(args.weights_out, e)) from None
    if result.stopped_because == "stopped":
        kept = result.epochs_run
        written = args.metrics_out or args.weights_out
        raise UserError(msg(
            ("interrupted during epoch {epoch}; {n} complete epoch was kept and written" if kept == 1
             else "interrupted during epoch {epoch}; {n} complete epochs were kept and written") if written
            else ("interrupted during epoch {epoch}; {n} complete epoch was kept" if kept == 1
                  else "interrupted during epoch {epoch}; {n} complete epochs were kept"),
            code="cli.interrupted", epoch=kept + 1, n=kept))
    return 0 if result.stopped_because != "diverged" else 1


@contextlib.contextmanager
def _ctrl_c_stops(trainer):
    """The first Ctrl-C stops training between batches, so what was trained is still written
    (``stopped_because: "stopped"``, as Keras' History would hold it); a second one interrupts."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        signal.signal(signal.SIGINT, previous)
        trainer.stop()
    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _write(path, data):
    from .design import atomic_write
    try:
        atomic_write(path, data)
    except OSError as e:
        raise UserError(_unwritable(path, e)) from None


def _unwritable(path, error):
    return msg("{path}: cannot be written ({reason})", code="cli.unwritable", path=str(path),
               reason=error.strerror or str(error))


def cmd_export(args):
    from .export import export_code
    design = _load(args.file)
    from .data import check_csv_source
    try:
        check_csv_source(design.settings()["data"])
        code = export_code(design, args.to, weights_path=args.weights, output_path=args.output)
    except (DesignError, DataError) as e:
        raise UserError(_in_file(args.file, e)) from None
    if args.output:
        _write(args.output, code.encode("utf-8"))
        print(_say(msg("wrote {path}", code="cli.wrote", path=args.output)))
    else:
        sys.stdout.write(code)
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors are user errors: one line, exit status 1 (argparse's own would exit 2).

    Abbreviations are off on every parser (subparsers are made by this class too): with them,
    ``train X --weights keep.npz`` would be read as ``--weights-out`` and overwrite keep.npz.
    """

    def __init__(self, *args, **kwargs):
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message):
        raise UserError(msg("{command}: {error} (see --help)", code="cli.usage", command=self.prog.split()[-1],
                            error=argparse_message(message)))


#: argparse words its errors in English (it ships no Korean catalog): its sentences, and ours
#: that it passes on, as messages. Anything else stays as argparse said it.
_ARGPARSE = (
    (re.compile(r"argument (?P<name>[^:]+): (?P<error>.+)"),
     lambda m: msg("argument {name}: {error}", code="cli.argument", name=m["name"],
                   error=argparse_message(m["error"]))),
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     lambda m: msg("the following arguments are required: {names}", code="cli.required", names=m["names"])),
    (re.compile(r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
     lambda m: msg("invalid choice: {value} (choose from {choices})", code="cli.choice", value=m["value"],
                   choices=m["choices"])),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"),
     lambda m: msg("unrecognized arguments: {args}", code="cli.unrecognized", args=m["args"])),
    (re.compile(r"expected one argument"), lambda m: msg("expected one argument", code="cli.one_argument")),
    (re.compile(r"expected a whole number of at least 1, got (?P<value>.+)"),
     lambda m: msg("expected a whole number of at least 1, got {value}", code="cli.positive", value=m["value"])),
    (re.compile(r"expected a whole number from 0 to 2147483647, got (?P<value>.+)"),
     lambda m: msg("expected a whole number from 0 to 2147483647, got {value}", code="cli.seed", value=m["value"])),
)


def argparse_message(text):
    """One of argparse's English sentences as a Message, when it is one we know."""
    for pattern, make in _ARGPARSE:
        m = pattern.fullmatch(text)
        if m:
            return make(m)
    return text


def parser():
    ap = _Parser(
        prog="layerlab",
        description="LayerLab: build neural networks and watch them learn. "
                    "Without a command, opens the app (optionally with FILE).")
    sub = ap.add_subparsers(dest="command", required=True, metavar="{check,train,export}")
    p = sub.add_parser("check", help="validate a design; print its layers, output shapes and parameter counts")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_check)
    p = sub.add_parser("train", help="train a design headless, a progress line per epoch")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--epochs", type=_positive_int, metavar="N", help="epochs to train (default: the design's)")
    p.add_argument("--seed", type=_non_negative_int, metavar="S", help="random seed (default: the design's)")
    p.add_argument("--metrics-out", metavar="OUT.json", help="write the history as JSON")
    p.add_argument("--weights-out", metavar="W.npz", help="write the trained model (.npz)")
    p.set_defaults(run=cmd_train)
    p = sub.add_parser("export", help="write PyTorch or Keras code for a design")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--to", required=True, choices=["pytorch", "keras"])
    p.add_argument("--weights", metavar="W.npz", help="trained model to load in build_model()")
    p.add_argument("-o", "--output", metavar="OUT.py", help="write to this file instead of standard output")
    p.set_defaults(run=cmd_export)
    return ap


def _positive_int(text):
    try:
        v = int(text)
    except ValueError:
        v = 0
    if v < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return v


def _non_negative_int(text):
    try:
        v = int(text)
    except ValueError:
        v = -1
    if not 0 <= v < 2**31:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 2147483647, got {text!r}")
    return v


def run(argv):
    """Run a headless command; returns the exit status."""
    try:
        args = parser().parse_args(argv)
        return args.run(args)
    except UserError as e:
        print(f"layerlab: {_say(e)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"layerlab: {_say(msg('interrupted', code='cli.keyboard_interrupt'))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
