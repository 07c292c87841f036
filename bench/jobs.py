"""Jobs used only by the benchmarks."""


def noop(payload: dict) -> None:
    return None
