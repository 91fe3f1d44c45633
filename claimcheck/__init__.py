"""claimcheck: the numeric claims news reports make, where they disagree, and what an analyst
decided about them.

The library is usable without the CLI or the UI::

    from claimcheck.pipeline import analyse_paths
    analysis = analyse_paths(["seeds/"])
"""

__version__ = "0.1.0"
