if __name__ == "__main__":
    from quoteattr.cli import main

    raise SystemExit(main())
