"""Fast matching of many phrase patterns against lower-cased text: each pattern is tried only at the words its
first two letters can start, instead of scanning one big alternation at every character.

Python's re tries every branch of an alternation at every position; with a few hundred phrases that alone cost
more than the whole per-message budget. The prefixes are read from the compiled patterns, so the phrase lists
stay ordinary regexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Callable

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_WORD = re.compile(r"\w+")  # a word starts where a run of word characters does (as r"\b\w"), found twice as fast
_ASCII_WORD = re.compile(r"\w+", re.ASCII)  # the same on ASCII text, without the Unicode tables
_MAX_BRANCHES = 256
_PREFIX = 3
# 8 characters reach into the second word of most phrases ("i have b", "the re" -> "the refu" / "the rest"), which
# halves the attempts per message (91 -> 43 on the bench texts); a pattern whose beginnings are too many to list at
# 8 characters is indexed by its first 6 (_INDEXED_LENGTHS), as all were before.
_LONG_PREFIX = 8
_INDEXED_LENGTHS = (_LONG_PREFIX, 6)
_CANDIDATE_CACHE_SIZE = 50_000  # distinct 8-character word beginnings remembered per phrase set
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
# In the 8-character index every digit, in the patterns (r"\d", "[0-9]", "7") and in the words' beginnings alike, is
# this one character: r"\d" is any Unicode digit, too many to list, and "3 emails" / "45123," then differ by what
# follows the digits ("\x00 emai" / "\x00\x00\x00\x00\x00,"). Only the index reads it so: the patterns still decide.
_ANY_DIGIT = "\x00"


class _Unbounded(Exception):
    """The pattern can start with too many different strings to index."""


def lower_same_length(text: str) -> str:
    """text.lower(), keeping offsets: the few characters whose lower case is longer stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# What find tries at one word: (match function, group id, pattern index by capture group number).
_Entry = tuple[object, int, tuple[int, ...]]


@dataclass
class PhraseSet:
    """Patterns (written in lower case) in groups; `find` returns (index, start, end) of the matches, leftmost
    first and, within a group, not overlapping (the earlier pattern in the list wins at a position)."""

    patterns: list[str]
    groups: list[str] | None = None  # one name per pattern; patterns of different groups may overlap
    flags: int = 0
    _compiled: list[re.Pattern] = field(init=False, repr=False)
    _by_prefix: list[dict[str, tuple[int, ...]]] = field(init=False, repr=False)  # by prefix length 3, 2, 1
    _anywhere: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._compiled = [re.compile(p, self.flags) for p in self.patterns]
        self._group = list(self.groups) if self.groups is not None else [""] * len(self.patterns)
        group_ids = {name: i for i, name in enumerate(dict.fromkeys(self._group))}
        self._group_id = [group_ids[name] for name in self._group]
        self._group_count = max(1, len(group_ids))
        self._nonempty = [sre_parse.parse(p, self.flags).getwidth()[0] > 0 for p in self.patterns]
        exact: dict[str, set[int]] = {}
        exact_long: dict[str, set[int]] = {}
        unindexed_long: set[int] = set()
        self._anywhere = []
        self._guards: list[tuple[str, ...] | None] = []  # for each of _anywhere: one of these is in every match
        self._starts: list[Callable[[str], list[int]] | None] = []  # for each of _anywhere: where a match can start
        for index, pattern in enumerate(self.patterns):
            parsed = sre_parse.parse(pattern, self.flags)
            try:
                prefixes = {start for start, _ in _prefixes(parsed, _PREFIX)}
            except _Unbounded:
                prefixes = None
            if not prefixes or any(not p or not (p[0].isalnum() or p[0] == "_") for p in prefixes):
                self._anywhere.append(index)
                self._guards.append(_guard(pattern, self.flags))
                self._starts.append(_match_starts(parsed, self.flags))
                continue
            for prefix in prefixes:
                exact.setdefault(prefix, set()).add(index)
            long_prefixes = _long_prefixes(parsed)
            if not long_prefixes or "" in long_prefixes:
                unindexed_long.add(index)
                continue
            for prefix in long_prefixes:
                exact_long.setdefault(prefix, set()).add(index)
        # Two indexes, both asked at every word. The 3-character one decides which patterns are tried at all, as it
        # always has (it reads r"\d" as 0-9, so a pattern starting with a digit is not tried before another
        # script's digits: the phrase lists were tuned with that). The 8-character one reads every digit as one
        # (_ANY_DIGIT), so it only ever leaves out a pattern that cannot match there; it spares most of the attempts
        # at words sharing a beginning ("the" / "they", "you" / "your") and at numbers ("3 emails" / "#45123").
        self._by_prefix = _prefix_tables(exact, _PREFIX, set(), tuple)
        self._by_long_prefix = _prefix_tables(exact_long, _LONG_PREFIX, unindexed_long, frozenset)
        self._unindexed_long = frozenset(unindexed_long)
        self._candidates: dict[str, tuple[_Entry, ...]] = {}  # by a word's first 8 characters
        self._entries: dict[tuple[tuple[int, ...], frozenset[int]], tuple[_Entry, ...]] = {}  # by both indexes' lists
        self._combined: dict[tuple[int, ...], _Entry] = {}  # by run of pattern indices
        # The same three, for plain ASCII text (plain_ascii): the patterns compiled with re.ASCII. On such a text
        # they find exactly what they find compiled for Unicode (\w, \d, \s and \b agree on every character it
        # holds), and \w and \b are a table look-up instead of four calls into the Unicode database per
        # character. Not for patterns read case-insensitively (non-ASCII letters fold onto ASCII ones).
        self._ascii_flags = None if any(p.flags & re.IGNORECASE for p in self._compiled) else (
            (self.flags & ~re.UNICODE) | re.ASCII)
        self._candidates_ascii: dict[str, tuple[_Entry, ...]] = {}
        self._entries_ascii: dict[tuple[tuple[int, ...], frozenset[int]], tuple[_Entry, ...]] = {}
        self._combined_ascii: dict[tuple[int, ...], _Entry] = {}
        self._compiled_ascii: dict[int, re.Pattern] = {}

    def _lookup(self, key: str, ascii_text: bool = False) -> tuple[_Entry, ...]:
        """What to try at a word beginning with `key` (its first 8 characters), remembered (ascii_text: in a text
        that plain_ascii accepts, and this set has ASCII patterns)."""
        short = _table_lookup(self._by_prefix, key[:_PREFIX], ())
        long = _table_lookup(self._by_long_prefix, _digits_as_one(key), self._unindexed_long)
        cache, known = (self._candidates_ascii, self._entries_ascii) if ascii_text else (self._candidates, self._entries)
        entries = known.get((short, long))
        if entries is None:
            candidates = [index for index in short if index in long]
            entries = known[short, long] = tuple(self._combined_run(run, ascii_text)
                                                 for run in self._group_runs(candidates))
        if len(cache) < _CANDIDATE_CACHE_SIZE:
            cache[key] = entries
        return entries

    def _group_runs(self, candidates: list[int]) -> list[tuple[int, ...]]:
        """The candidates (in pattern order) cut into runs of consecutive patterns of one group. A pattern that can
        match the empty string stays alone: find skips an empty match and tries the next pattern, which an
        alternation would not."""
        runs: list[list[int]] = []
        for index in candidates:
            if (runs and self._group_id[runs[-1][-1]] == self._group_id[index]
                    and self._nonempty[index] and self._nonempty[runs[-1][-1]]):
                runs[-1].append(index)
            else:
                runs.append([index])
        return [tuple(run) for run in runs]

    def _combined_run(self, run: tuple[int, ...], ascii_text: bool = False) -> _Entry:
        """One regex for a run of same-group patterns: `(p1)|(p2)|...` matched at a position gives exactly what
        trying p1, p2, ... there in turn gives (the first that matches wins, and later ones of the group are skipped
        anyway), in one call instead of one per pattern. match.lastindex names the pattern that matched."""
        known = self._combined_ascii if ascii_text else self._combined
        combined = known.get(run)
        if combined is None:
            index_of_group: list[int] = [-1]
            for index in run:
                index_of_group.append(index)
                index_of_group.extend([-1] * self._compiled[index].groups)  # the pattern's own groups, if any
            pattern = re.compile("|".join(f"({self.patterns[index]})" for index in run), self._flags_for(ascii_text))
            combined = known[run] = (pattern.match, self._group_id[run[0]], tuple(index_of_group))
        return combined

    def _compiled_for(self, index: int, ascii_text: bool) -> re.Pattern:
        if not ascii_text:
            return self._compiled[index]
        pattern = self._compiled_ascii.get(index)
        if pattern is None:
            pattern = self._compiled_ascii[index] = re.compile(self.patterns[index], self._flags_for(True))
        return pattern

    def _flags_for(self, ascii_text: bool) -> int:
        """The flags a pattern is compiled with: the ASCII ones only for plain ASCII text, when the set has them."""
        return self._ascii_flags if ascii_text and self._ascii_flags is not None else self.flags

    def find(self, lower: str, word_starts: list[int] | None = None) -> list[tuple[int, int, int]]:
        if word_starts is None:
            word_starts = word_start_offsets(lower)
        found: list[tuple[int, int, int]] = []
        taken_until = [-1] * self._group_count  # per group: where its last match ended
        ascii_text = self._ascii_flags is not None and plain_ascii(lower)
        cache = self._candidates_ascii if ascii_text else self._candidates
        lookup = self._lookup
        for start in word_starts:
            key = lower[start:start + _LONG_PREFIX]
            candidates = cache.get(key)
            if candidates is None:
                candidates = lookup(key, ascii_text)
            for match_at, group, index_of_group in candidates:
                if taken_until[group] > start:
                    continue
                match = match_at(lower, start)  # type: ignore[operator]
                if match is not None:
                    end = match.end()
                    if end > start:
                        found.append((index_of_group[match.lastindex], start, end))
                        taken_until[group] = end
        for index, guard, starts in zip(self._anywhere, self._guards, self._starts):
            if guard is not None:  # holds_any, inlined: it is asked for each of these patterns in every message
                for held in guard:
                    if held in lower:
                        break
                else:
                    continue
            pattern = self._compiled_for(index, ascii_text)
            if starts is None:
                found.extend((index, m.start(), m.end()) for m in pattern.finditer(lower) if m.end() > m.start())
            else:
                found.extend((index, start, end) for start, end in _matches_at(pattern, lower, starts(lower)))
        return found


def plain_ascii(text: str) -> bool:
    """Whether a pattern finds the same in `text` compiled with re.ASCII as without: ASCII, and none of the four
    ASCII characters Unicode calls white space and re.ASCII does not (\\x1c-\\x1f)."""
    return text.isascii() and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text


def _digits_as_one(key: str) -> str:
    r"""A word's beginning as the 8-character index reads it: every digit (what r"\d" matches) is _ANY_DIGIT. (Most
    keys hold a space or an apostrophe, so a test of isalpha() sent nearly all of them through a join per character.)"""
    return _DIGIT.sub(_ANY_DIGIT, key) if _DIGIT.search(key) else key


_DIGIT = re.compile(r"\d")  # every character str.isdecimal() accepts, and no other


def holds_any(text: str, chars: str | tuple[str, ...]) -> bool:
    """Whether any of `chars` (characters, or strings) is in `text`: one `in` each, which dismisses at once a
    character wider than any in the text (an emoji in a Latin text), where a set's isdisjoint(text) would hash every
    character of it."""
    # A plain loop: any() over a generator costs more than the few `in` tests it makes.
    for char in chars:
        if char in text:
            return True
    return False


def _prefix_tables(exact: dict[str, set[int]], longest: int, always: set[int], kind) -> list[dict]:
    """Tables by key length `longest` down to 1. A word is looked up by its first `longest` characters, then fewer;
    each table holds every pattern that can start there (and `always`), so the first table that knows the key has
    the whole candidate list (a tuple in pattern order, or a frozenset)."""
    tables = []
    for length in range(longest, 0, -1):
        table = {}
        for key in {k[:length] for k in exact if len(k) >= length}:
            found = set(always).union(*(exact.get(key[:n], set()) for n in range(1, length + 1)))
            table[key] = kind(sorted(found))
        tables.append(table)
    return tables


def _table_lookup(tables: list[dict], key: str, default):
    for length, table in zip(range(len(tables), 0, -1), tables):
        found = table.get(key[:length])
        if found is not None:
            return found
    return default


def _guard(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which every match holds, looked for before the pattern is searched (None: unknown, always
    search): the longest a run of its literal parts spells (r"\b(?:was|is) (?:definitely|surely) (?:my|our) (?:last|
    final)" holds "my last", "my final", "our last" or "our final"), else the characters a match must start with.
    Looked for one by one with `in`, not as a regex: an alternation or a class with emoji in it is tested slowly at
    every position, while `in` dismisses a string the text does not hold at once."""
    parsed = sre_parse.parse(pattern, flags)
    case_blind = re.compile(pattern, flags).flags & re.IGNORECASE
    held = None if case_blind else _held_literals(parsed)
    if held is None or min(map(len, held)) < _MIN_HELD_LENGTH:
        held = None if case_blind else _held_by_each_branch(parsed)
    if held is not None and min(map(len, held)) >= _MIN_HELD_LENGTH:
        return tuple(sorted(held))
    try:
        starts = {start for start, _ in _prefixes(parsed, 1)}
    except _Unbounded:
        return None
    if not starts or not all(starts):
        return None
    return tuple(sorted(starts))


_MOST_HELD = 8  # more strings than this cost about as many `in` tests as the search they would spare
_MIN_HELD_LENGTH = 2  # shorter, they are the characters a match starts with, found the other way


def _held_literals(items, fewest: bool = False) -> set[str] | None:
    """The fewest and longest strings (at most _MOST_HELD) one of which every match of the parsed sequence holds:
    what a run of its literal parts can spell, read at each place a run can start (assertions consume nothing, so a
    run goes on through them). None when no part is literal. The longest first, unless `fewest` (of those at least
    _MIN_HELD_LENGTH long)."""
    best: set[str] | None = None
    rank = _fewest_rank if fewest else _longest_rank
    for first in range(len(items)):
        spelled = {""}
        for op, av in items[first:]:
            if op in _ZERO_WIDTH:
                continue
            options = _literal_options(op, av)
            if options is None:
                break
            spelled = {head + tail for head in spelled for tail in options}
            if len(spelled) > _MOST_HELD:
                break
            if best is None or rank(spelled) > rank(best):
                best = spelled
    return best


def _longest_rank(spelled: set[str]) -> tuple[int, int]:
    return min(map(len, spelled)), -len(spelled)


def _fewest_rank(spelled: set[str]) -> tuple[bool, int, int]:
    shortest = min(map(len, spelled))
    return shortest >= _MIN_HELD_LENGTH, -len(spelled), shortest


def _held_by_each_branch(items) -> set[str] | None:
    r"""For a pattern that is one alternation at the top (r"\bis a lot of money to me\b|\bes mucho dinero para mí\b"),
    the strings each branch holds (_held_literals), together: every match is a match of one branch, so holds one of
    them. None when a branch holds nothing literal of _MIN_HELD_LENGTH characters, or they are more than _MOST_HELD."""
    consuming = [(op, av) for op, av in items if op not in _ZERO_WIDTH]  # the parser sets a shared r"\b" before it
    if len(consuming) != 1 or consuming[0][0] != sre_constants.BRANCH:
        return None
    held: set[str] = set()
    for branch in consuming[0][1][1]:
        spelled = _held_literals(branch, fewest=True)
        if spelled is None or min(map(len, spelled)) < _MIN_HELD_LENGTH:
            return None
        held |= spelled
        if len(held) > _MOST_HELD:
            return None
    return held


def _literal_options(op, av) -> set[str] | None:
    """Every string one parsed element can match, when that is a few literal strings (at most _MOST_HELD)."""
    if op == sre_constants.LITERAL:
        return {chr(av)}
    if op == sre_constants.IN:
        chars: set[str] = set()
        for item_op, item_av in av:
            if item_op == sre_constants.LITERAL:
                chars.add(chr(item_av))
            elif item_op == sre_constants.RANGE and item_av[1] - item_av[0] < _MOST_HELD:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            else:
                return None
        return chars
    if op == sre_constants.SUBPATTERN:
        _, add_flags, _, sequence = av
        return None if add_flags & re.IGNORECASE else _literal_sequence(sequence)
    if op == sre_constants.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            options = _literal_sequence(branch)
            if options is None:
                return None
            out |= options
        return out if len(out) <= _MOST_HELD else None
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[:2] == (0, 1):
        options = _literal_sequence(av[2])
        return None if options is None else options | {""}
    return None


def _literal_sequence(items) -> set[str] | None:
    spelled = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        options = _literal_options(op, av)
        if options is None:
            return None
        spelled = {head + tail for head in spelled for tail in options}
        if len(spelled) > _MOST_HELD:
            return None
    return spelled


def _match_starts(items, flags: int) -> Callable[[str], list[int]] | None:
    r"""Where a match of a pattern that cannot match the empty string can start, when that is a few places its
    search would try every character to find: a line start (the pattern begins r"(?<![^\n])", so its search tried
    each position), or one of a few characters that are not letters, digits or spaces when the pattern begins with
    alternatives (the search skips to a first character only for a pattern that begins with one or a class).
    None otherwise: the pattern is searched."""
    if items.getwidth()[0] == 0 or flags & re.IGNORECASE:
        return None
    first_op, first_av = items[0]
    if first_op == sre_constants.ASSERT_NOT and first_av[0] == -1 and first_av[1].data == _NOT_NEWLINE:
        return _line_starts
    if first_op != sre_constants.BRANCH:
        return None
    try:
        chars = {start for start, _ in _prefixes(items, 1, exact_digits=True)}
    except _Unbounded:
        return None
    if not chars or not all(len(c) == 1 and not (c.isalnum() or c.isspace() or c == _ANY_DIGIT) for c in chars):
        return None
    return partial(_char_positions, "".join(sorted(chars)))


_NOT_NEWLINE = sre_parse.parse(r"[^\n]").data  # r"(?<![^\n])": at the start or after a newline


def _line_starts(text: str) -> list[int]:
    starts = [0]
    newline = text.find("\n")
    while newline >= 0:
        starts.append(newline + 1)
        newline = text.find("\n", newline + 1)
    return starts


def _char_positions(chars: str, text: str) -> list[int]:
    positions = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            positions.append(at)
            at = text.find(char, at + 1)
    return sorted(positions)


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) of what pattern.finditer(text) finds, trying only `starts` (every place a match can begin, in
    order; the pattern cannot match the empty string): leftmost first, not overlapping."""
    found = []
    after = 0
    for start in starts:
        if start < after:
            continue
        match = pattern.match(text, start)
        if match is not None:
            found.append((start, match.end()))
            after = match.end()
    return found


def word_start_offsets(text: str) -> list[int]:
    words = _ASCII_WORD if text.isascii() else _WORD
    return list(map(re.Match.start, words.finditer(text)))


def _long_prefixes(parsed) -> set[str] | None:
    r"""The beginnings (up to 8 characters) of a pattern for the 8-character index; None when they are unbounded.
    Repetitions are unrolled ("f+u+c+k" begins "fuck", "ffuck", ...) unless that makes too many, at 8 characters or
    else at 6 (a shorter key of the index is a beginning a word must have, as in _prefix_tables): an unrolled "\d+"
    tells more than its first digit alone."""
    for unroll in (True, False):
        for length in _INDEXED_LENGTHS:
            try:
                return {start for start, _ in _prefixes(parsed, length, exact_digits=True, unroll=unroll)}
            except _Unbounded:
                continue
    return None


def _prefixes(items, k: int, exact_digits: bool = False, unroll: bool = False) -> set[tuple[str, bool]]:
    r"""(start, open) for every way the parsed sequence can begin: `start` is its first k characters, or all of
    them when it is shorter and `open` (what follows the sequence comes next), or as many as are certain.
    exact_digits: every digit, in r"\d", a class or a literal, is _ANY_DIGIT (r"\d" is any Unicode digit, too many
    to list; otherwise it is read as 0-9). unroll: a repetition's beginnings are listed (otherwise only its first
    one)."""
    partial = {""}
    final: set[str] = set()
    for op, av in items:
        if not partial:
            break
        if op in _ZERO_WIDTH:
            continue
        try:
            tails = _element_prefixes(op, av, k, exact_digits, unroll)
        except _Unbounded:
            if "" in partial:
                raise
            final |= partial  # what is certain so far is a (shorter) prefix
            partial = set()
            break
        partial = _joined(partial, tails, k, final)
    return {(s, False) for s in final} | {(s, True) for s in partial}


def _joined(heads: set[str], tails: set[tuple[str, bool]], k: int, final: set[str]) -> set[str]:
    """Each head followed by each tail: the open ones returned, the finished ones (k characters long, or followed
    by something unknown) added to `final`."""
    grown: set[str] = set()
    for head in heads:
        for tail, is_open in tails:
            joined = (head + tail)[:k]
            (grown if is_open and len(joined) < k else final).add(joined)
    if len(final) + len(grown) > _MAX_BRANCHES:
        raise _Unbounded
    return grown


def _unrolled(once: set[tuple[str, bool]], low: int, high: int, k: int) -> set[tuple[str, bool]]:
    """The beginnings of `low` to `high` repetitions of an element beginning with `once` (each beginning at least
    one character long, so k repetitions are always enough)."""
    out: set[str] = set()  # finished
    stops: set[str] = set()  # where the repetition may end and what follows it comes next
    partial = {""}
    count = 0
    while partial:
        if count >= low:
            stops |= partial
        if count == high:
            break
        partial = _joined(partial, once, k, out)
        count += 1
    return {(s, False) for s in out} | {(s, True) for s in stops}


def _element_prefixes(op, av, k: int, exact_digits: bool, unroll: bool = False) -> set[tuple[str, bool]]:
    if op == sre_constants.LITERAL:
        return {(_ANY_DIGIT if exact_digits and chr(av).isdecimal() else chr(av), True)}
    if op == sre_constants.IN:
        chars = set()
        for item_op, item_av in av:
            if item_op == sre_constants.LITERAL:
                chars.add(chr(item_av))
            elif item_op == sre_constants.RANGE and item_av[1] - item_av[0] < 12:
                chars.update(chr(c) for c in range(item_av[0], item_av[1] + 1))
            elif item_op == sre_constants.CATEGORY and item_av == sre_constants.CATEGORY_DIGIT and not exact_digits:
                chars.update("0123456789")
            elif item_op == sre_constants.CATEGORY and item_av == sre_constants.CATEGORY_DIGIT:
                chars.add(_ANY_DIGIT)
            else:
                raise _Unbounded
        if exact_digits:
            chars = {_ANY_DIGIT if c.isdecimal() else c for c in chars}
        return {(c, True) for c in chars}
    if op == sre_constants.SUBPATTERN:
        return _prefixes(av[-1], k, exact_digits, unroll)
    if op == sre_constants.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _prefixes(branch, k, exact_digits, unroll)
        return out
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, item = av
        once = _prefixes(item, k, exact_digits, unroll)
        if unroll and all(s for s, _ in once):
            try:
                return _unrolled(once, low, high, k)
            except _Unbounded:
                pass  # too many: only the first repetition's beginnings, as below
        if high != 1:  # further repetitions may follow: what comes after is not known
            once = {(s, False) for s, _ in once}
        return once | {("", True)} if low == 0 else once
    raise _Unbounded
