"""Doctest collection: skip the engine modules whose engine is not installed."""

import importlib.util

collect_ignore = [
    f"src/newsclean/integrations/{module}.py"
    for module, engine in (("datatrove", "datatrove"), ("ray", "ray"))
    if importlib.util.find_spec(engine) is None
]
