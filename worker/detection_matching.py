"""Fast matching of many phrase patterns against lower-cased text: each pattern is tried only at the words its
first two letters can start, instead of scanning one big alternation at every character.

Python's re tries every branch of an alternation at every position; with a few hundred phrases that alone cost
more than the whole per-message budget. The prefixes are read from the compiled patterns, so the phrase lists
stay ordinary regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_WORD_START = re.compile(r"\b\w")
_MAX_BRANCHES = 256
_PREFIX = 3
_CANDIDATE_CACHE_SIZE = 50_000  # distinct 3-character word beginnings remembered per phrase set
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


class _Unbounded(Exception):
    """The pattern can start with too many different strings to index."""


def lower_same_length(text: str) -> str:
    """text.lower(), keeping offsets: the few characters whose lower case is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass
class PhraseSet:
    """Patterns (written in lower case) in groups; `find` returns (index, start, end) of the matches, leftmost
    first and, within a group, not overlapping (the earlier pattern in the list wins at a position)."""

    patterns: list[str]
    groups: list[str] | None = None  # one name per pattern; patterns of different groups may overlap
    flags: int = 0
    _compiled: list[re.Pattern] = field(init=False, repr=False)
    _by_prefix: list[dict[str, list[int]]] = field(init=False, repr=False)  # by prefix length 3, 2, 1
    _anywhere: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._compiled = [re.compile(p, self.flags) for p in self.patterns]
        self._group = list(self.groups) if self.groups is not None else [""] * len(self.patterns)
        group_ids = {name: i for i, name in enumerate(dict.fromkeys(self._group))}
        self._group_id = [group_ids[name] for name in self._group]
        self._group_count = max(1, len(group_ids))
        exact: dict[str, set[int]] = {}
        self._anywhere = []
        self._guards: list[re.Pattern | None] = []  # for each of _anywhere: the characters a match can start with
        for index, pattern in enumerate(self.patterns):
            try:
                prefixes = {start for start, _ in _prefixes(sre_parse.parse(pattern, self.flags), _PREFIX)}
            except _Unbounded:
                prefixes = None
            if not prefixes or any(not p or not (p[0].isalnum() or p[0] == "_") for p in prefixes):
                self._anywhere.append(index)
                self._guards.append(_guard(pattern, self.flags))
                continue
            for prefix in prefixes:
                exact.setdefault(prefix, set()).add(index)
        # A word is looked up by its first 3, then 2, then 1 characters; each table holds every pattern that can
        # start there, so the first table that knows the key has the whole candidate list, in pattern order.
        tables = []
        for length in (3, 2, 1):
            table = {}
            for key in {k[:length] for k in exact if len(k) >= length}:
                table[key] = sorted(set().union(*(exact.get(key[:n], set()) for n in range(1, length + 1))))
            tables.append(table)
        self._by_prefix = tables
        self._candidates: dict[str, tuple[tuple[int, object, int], ...]] = {}  # (index, match, group id)

    def _lookup(self, key: str) -> tuple[tuple[int, object, int], ...]:
        """The patterns that can start at a word beginning with `key` (its first 3 characters), remembered."""
        by3, by2, by1 = self._by_prefix
        candidates = by3.get(key)
        if candidates is None:
            candidates = by2.get(key[:2])
            if candidates is None:
                candidates = by1.get(key[:1], ())
        entries = tuple((index, self._compiled[index].match, self._group_id[index]) for index in candidates)
        if len(self._candidates) < _CANDIDATE_CACHE_SIZE:
            self._candidates[key] = entries
        return entries

    def find(self, lower: str, word_starts: list[int] | None = None) -> list[tuple[int, int, int]]:
        if word_starts is None:
            word_starts = word_start_offsets(lower)
        found: list[tuple[int, int, int]] = []
        taken_until = [-1] * self._group_count  # per group: where its last match ended
        cache, lookup = self._candidates, self._lookup
        for start in word_starts:
            key = lower[start:start + 3]
            candidates = cache.get(key)
            if candidates is None:
                candidates = lookup(key)
            for index, match_at, group in candidates:
                if taken_until[group] > start:
                    continue
                match = match_at(lower, start)
                if match is not None:
                    end = match.end()
                    if end > start:
                        found.append((index, start, end))
                        taken_until[group] = end
        for index, guard in zip(self._anywhere, self._guards):
            if guard is not None and guard.search(lower) is None:
                continue
            found.extend((index, m.start(), m.end()) for m in self._compiled[index].finditer(lower) if m.end() > m.start())
        return found


def _guard(pattern: str, flags: int) -> re.Pattern | None:
    """A character class of the characters a match must start with, searched before the pattern itself
    (None: unknown, always search)."""
    try:
        starts = {start for start, _ in _prefixes(sre_parse.parse(pattern, flags), 1)}
    except _Unbounded:
        return None
    if not starts or not all(starts):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(starts)) + "]")


def word_start_offsets(text: str) -> list[int]:
    return [m.start() for m in _WORD_START.finditer(text)]


def _prefixes(items, k: int) -> set[tuple[str, bool]]:
    """(start, open) for every way the parsed sequence can begin: `start` is its first k characters, or all of
    them when it is shorter and `open` (what follows the sequence comes next), or as many as are certain."""
    partial = {""}
    final: set[str] = set()
    for op, av in items:
        if not partial:
            break
        if op in _ZERO_WIDTH:
            continue
        try:
            tails = _element_prefixes(op, av, k)
        except _Unbounded:
            if "" in partial:
                raise
            final |= partial  # what is certain so far is a (shorter) prefix
            partial = set()
            break
        grown = set()
        for head in partial:
            for tail, is_open in tails:
                joined = (head + tail)[:k]
                (grown if is_open and len(joined) < k else final).add(joined)
        if len(final) + len(grown) > _MAX_BRANCHES:
            raise _Unbounded
        partial = grown
    return {(s, False) for s in final} | {(s, True) for s in partial}


def _element_prefixes(op, av, k: int) -> set[tuple[str, bool]]:
    if op == sre_constants.LITERAL:
        return {(chr(av), True)}
    if op == sre_constants.IN:
        chars = set()
        for item_op, item_av in av:
            if item_op == sre_constants.LITERAL:
                chars.add(chr(item_av))
            elif item_op == sre_constants.RANGE and item_av[1] - item_av[0] < 12:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            elif item_op == sre_constants.CATEGORY and item_av == sre_constants.CATEGORY_DIGIT:
                chars.update("0123456789")
            else:
                raise _Unbounded
        return {(c, True) for c in chars}
    if op == sre_constants.SUBPATTERN:
        return _prefixes(av[-1], k)
    if op == sre_constants.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _prefixes(branch, k)
        return out
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, item = av
        once = _prefixes(item, k)
        if high != 1:  # further repetitions may follow: what comes after is not known
            once = {(s, False) for s, _ in once}
        return once | {("", True)} if low == 0 else once
    raise _Unbounded
