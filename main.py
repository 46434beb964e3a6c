"""LayerLab.

    python main.py [FILE.layerlab]          opens the app (with that design)
    python main.py check|train|export ...   runs headless; see python main.py --help
"""
import sys

COMMANDS = ("check", "train", "export")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help")):
        from core.cli import run
        return run(argv)
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        from core.messages import locale_language, msg, translate
        error = msg("expected a design file or one of {commands}, got {args!r}; see 'python main.py --help'",
                    code="cli.command", commands=", ".join(COMMANDS), args=" ".join(argv))
        print(f"layerlab: {translate(error, locale_language())}", file=sys.stderr)
        return 1
    from gui.app import run_app
    return run_app(argv[0] if argv else None)


if __name__ == "__main__":
    sys.exit(main())
