"""The headless command line: ``check``, ``train`` and ``export``.

Exit status 0 on success; 1 on a user error, with one line on stderr and
never a traceback.
"""
import argparse
import json
import os
import sys

from .errors import DataError, DesignError


class UserError(Exception):
    """A problem the user can fix; printed as one line."""


def _load(path):
    from .design import load_design
    try:
        return load_design(path)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a design file") from None
    except PermissionError:
        raise UserError(f"{path}: permission denied") from None
    except DesignError as e:
        raise UserError(f"{path}: {e}") from None


def summary_table(design):
    """Keras' ``model.summary()``: node, type, output shape, parameters, and the total."""
    from .network import build_network
    net = build_network(design)
    rows = [("Node", "Type", "Output shape", "Params")]
    rows += [(nid, kind, "(None, " + ", ".join(map(str, shape)) + ")", f"{count:,}")
             for nid, kind, shape, count in net.summary_rows()]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    line = "-" * (sum(widths) + 6)
    out = [f'Design: "{design.name}"', line]
    for i, r in enumerate(rows):
        out.append(f"{r[0]:<{widths[0]}}  {r[1]:<{widths[1]}}  {r[2]:<{widths[2]}}  {r[3]:>{widths[3]}}")
        if i == 0:
            out.append(line)
    out += [line, f"Total params: {net.total_params:,}"]
    return "\n".join(out)


def cmd_check(args):
    design = _load(args.file)
    try:
        print(summary_table(design))
    except DesignError as e:
        raise UserError(f"{args.file}: {e}") from None
    return 0


def _format_metrics(metrics):
    return "  ".join(f"{k} {v:.4f}" for k, v in metrics.items())


def cmd_train(args):
    from .training import Trainer
    design = _load(args.file)

    def progress(report):
        if report.kind == "epoch":
            print(f"epoch {report.epoch}/{report.epochs}  {_format_metrics(report.metrics)}", flush=True)

    try:
        trainer = Trainer(design, epochs=args.epochs, seed=args.seed, callback=progress, layer_stats=False)
    except (DesignError, DataError) as e:
        raise UserError(f"{args.file}: {e}") from None
    result = trainer.fit()
    print(f"{result.message} in {result.seconds:.2f} s" if result.stopped_because == "completed"
          else result.message, flush=True)
    if result.history["loss"]:
        print("final: " + _format_metrics({k: v[-1] for k, v in result.history.items()}))
    if args.metrics_out:
        payload = {"epochs_run": result.epochs_run, "stopped_because": result.stopped_because,
                   "history": result.history, "seconds": result.seconds}
        _write(args.metrics_out, json.dumps(payload, indent=2, allow_nan=False).encode("utf-8"))
    if args.weights_out:
        from .modelio import save_model
        try:
            save_model(trainer.net, design, args.weights_out)
        except OSError as e:
            raise UserError(f"{args.weights_out}: cannot be written ({e.strerror})") from None
    return 0 if result.stopped_because != "diverged" else 1


def _write(path, data):
    from .design import atomic_write
    try:
        atomic_write(path, data)
    except OSError as e:
        raise UserError(f"{path}: cannot be written ({e.strerror})") from None


def cmd_export(args):
    from .export import export_code
    design = _load(args.file)
    try:
        code = export_code(design, args.to, weights_path=args.weights, output_path=args.output)
    except (DesignError, DataError) as e:
        raise UserError(f"{args.file}: {e}") from None
    if args.output:
        _write(args.output, code.encode("utf-8"))
        print(f"wrote {args.output}")
    else:
        sys.stdout.write(code)
    return 0


class _Parser(argparse.ArgumentParser):
    """Usage errors are user errors: one line, exit status 1 (argparse's own would exit 2)."""

    def error(self, message):
        raise UserError(f"{self.prog.split()[-1]}: {message} (see --help)")


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
        print(f"layerlab: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("layerlab: interrupted", file=sys.stderr)
        return 1
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
