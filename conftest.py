"""Test collection: modules of optional extras are only imported (for their doctests) when the extra is installed."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("spacy") else ["quoteattr/outputs/spacy_component.py"]
