"""`python -m claimcheck`: the same CLI as the `claimcheck` script, for when the venv's bin
folder is not on PATH."""

from claimcheck.cli import main

if __name__ == "__main__":
    main()
