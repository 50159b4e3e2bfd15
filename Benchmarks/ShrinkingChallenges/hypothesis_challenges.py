#!/usr/bin/env python3
"""Runs the 12 public shrinking challenges (github.com/jlink/shrinking-challenge) with Hypothesis, on the
same seeds, case counts and generator bounds as Tests/InvariantsTestingTests/ShrinkingChallengeTests.swift,
and prints per challenge the median number of test-function calls after the first failing call and how
often the best-known minimum was reached.

Counting matches `PropertyResult.shrinkEvaluations`: every call of the test function after the first failing
one, up to the end of the engine's run. Hypothesis's final replay of the minimal example (the call that
re-raises the error for the report) is not counted: our runner keeps the last failing value instead of
running it again. Values Hypothesis answers from its DataTree cache are not calls, as our value cache's hits
are not evaluations.

By default `report_multiple_bugs=False`: like our runner, Hypothesis then stops generating at the first
failure and shrinks. `--multiple-bugs` keeps Hypothesis's default (it goes on generating for up to 1,000
calls looking for other bugs; those calls are counted too, since they happen after the first failure).

Usage: python3 hypothesis_challenges.py [--multiple-bugs] [--seeds N] [challenge ...]
"""

import argparse
import statistics
import sys

import hypothesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import engine

INT64 = st.integers(-(2**63), 2**63 - 1)
INT16 = st.integers(-(2**15), 2**15 - 1)
MAX_SIZE = 20  # `array()`'s default count range is 0...20


def wrap16(n):
    return ((n + 2**15) % 2**16) - 2**15


def sum16(xs):
    total = 0
    for x in xs:
        total = wrap16(total + x)
    return total


def expression(depth=0):
    # `Gen.recursive(maxDepth: 4)`: levels 0...4 choose freely, deeper levels produce the simplest value (0).
    if depth > 4:
        return st.just(0)
    inner = st.deferred(lambda: expression(depth + 1))
    return st.one_of(
        st.integers(-10, 10),
        st.tuples(st.just("+"), inner, inner),
        st.tuples(st.just("/"), inner, inner),
    )


def divides_by_literal_zero(e):
    if isinstance(e, int):
        return False
    return (e[0] == "/" and e[2] == 0) or divides_by_literal_zero(e[1]) or divides_by_literal_zero(e[2])


def evaluate(e):
    """The value of `e`, `None` on a division by zero; `/` truncates toward zero like Swift's `Int`."""
    if isinstance(e, int):
        return e
    a, b = evaluate(e[1]), evaluate(e[2])
    if a is None or b is None:
        return None
    if e[0] == "+":
        return a + b
    if b == 0:
        return None
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def deletion_holds(args):
    xs, i = args
    rest = list(xs)
    rest.remove(xs[i])
    return xs[i] not in rest


def coupling_holds(xs):
    return all(xs[i] == i or xs[xs[i]] != i for i in range(len(xs)))


bounded_int16_list = st.lists(INT16, max_size=MAX_SIZE).filter(lambda xs: sum16(xs) < 256)


def challenges(INT64):
    """name: (strategy, max_examples, property, is_minimal); `INT64` is the strategy standing for `Gen.int`."""
    return {
        "reverse": (
            st.lists(INT64, max_size=MAX_SIZE), 100,
            lambda xs: list(reversed(xs)) == xs,
            lambda xs: xs == [0, 1],
        ),
        "distinct": (
            st.lists(INT64, max_size=MAX_SIZE), 100,
            lambda xs: len(set(xs)) < 3,
            lambda xs: xs == [0, 1, -1],
        ),
        "bound5": (
            st.tuples(*[bounded_int16_list] * 5), 1000,
            lambda t: sum16([x for xs in t for x in xs]) < 5 * 256,
            lambda t: sorted(x for xs in t for x in xs) == [-32768, -1],
        ),
        "lengthlist": (
            st.integers(1, 100).flatmap(lambda n: st.lists(st.integers(0, 1000), min_size=n, max_size=n)), 100,
            lambda xs: max(xs, default=0) < 900,
            lambda xs: xs == [900],
        ),
        "large_union_list": (
            st.lists(st.lists(INT64, max_size=MAX_SIZE), max_size=MAX_SIZE), 100,
            lambda ls: len(set().union(*ls)) <= 4,
            lambda ls: len(ls) == 1 and len(ls[0]) == 5 and set(ls[0]) == {0, 1, -1, 2, -2},
        ),
        "nestedlists": (
            st.lists(st.lists(INT64, max_size=MAX_SIZE), max_size=MAX_SIZE), 100,
            lambda ls: sum(map(len, ls)) <= 10,
            lambda ls: ls == [[0] * 11],
        ),
        "deletion": (
            st.lists(INT64, min_size=1, max_size=MAX_SIZE).flatmap(
                lambda xs: st.tuples(st.just(xs), st.integers(0, len(xs) - 1))
            ), 100,
            deletion_holds,
            lambda args: args == ([0, 0], 0),
        ),
        "coupling": (
            st.lists(st.integers(0, 10), max_size=MAX_SIZE).filter(lambda xs: all(x < len(xs) for x in xs)), 100,
            coupling_holds,
            lambda xs: xs == [1, 0],
        ),
        "difference_1": (
            st.tuples(INT64, INT64), 100,
            lambda t: t[0] < 10 or t[0] != t[1],
            lambda t: t == (10, 10),
        ),
        "difference_2": (
            st.tuples(INT64, INT64), 100,
            lambda t: t[0] < 10 or not (1 <= abs(t[0] - t[1]) <= 4),
            lambda t: t == (10, 6),
        ),
        "difference_3": (
            st.tuples(INT64, INT64), 100,
            lambda t: t[0] < 10 or abs(t[0] - t[1]) != 1,
            lambda t: t == (10, 9),
        ),
        "calculator": (
            expression().filter(lambda e: not divides_by_literal_zero(e)), 1000,
            lambda e: evaluate(e) is not None,
            lambda e: e == ("/", 0, ("+", 0, 0)),
        ),
    }


CHALLENGES = challenges(INT64)


class Counter:
    """Calls of the test function, the index of the first failing one, and where the engine's run ended."""

    def __init__(self):
        self.calls = 0
        self.first_failure = None
        self.engine_end = None
        self.final = None


current = Counter()
_run = engine.ConjectureRunner.run


def _counted_run(self):
    try:
        return _run(self)
    finally:
        current.engine_end = current.calls


engine.ConjectureRunner.run = _counted_run


def run_once(name, seed_value, multiple_bugs):
    global current
    strategy, max_examples, holds, _ = CHALLENGES[name]
    current = Counter()

    @seed(seed_value)
    @settings(
        max_examples=max_examples,
        database=None,
        deadline=None,
        derandomize=False,
        report_multiple_bugs=multiple_bugs,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink],
        print_blob=False,
    )
    @given(strategy)
    def test(value):
        current.calls += 1
        if current.engine_end is not None:
            current.final = value
        ok = holds(value)
        if not ok and current.first_failure is None:
            current.first_failure = current.calls
        assert ok

    try:
        test()
    except AssertionError:
        pass
    except BaseException as error:  # e.g. an ExceptionGroup with report_multiple_bugs
        if not isinstance(error, Exception):
            raise
    if current.first_failure is None:
        return None
    return current.engine_end - current.first_failure, current.final


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--multiple-bugs", action="store_true", help="keep report_multiple_bugs=True")
    parser.add_argument(
        "--unbounded", action="store_true",
        help="st.integers() (no bounds, Hypothesis's usual strategy) where the Swift suite uses Gen.int (Int64)",
    )
    parser.add_argument("--seeds", type=int, default=20, help="seeds 1...N (default 20)")
    parser.add_argument("challenges", nargs="*", default=list(CHALLENGES))
    args = parser.parse_args()
    if args.unbounded:
        CHALLENGES.update(challenges(st.integers()))
    print(
        f"Hypothesis {hypothesis.__version__}, seeds 1...{args.seeds}, report_multiple_bugs={args.multiple_bugs}, "
        f"integers {'unbounded' if args.unbounded else '64-bit'}"
    )
    print(f"{'challenge':<18} {'found':>5} {'minimal':>7} {'median':>6}  evaluations per seed")
    for name in args.challenges:
        evaluations, minimal = [], 0
        for k in range(1, args.seeds + 1):
            outcome = run_once(name, k, args.multiple_bugs)
            if outcome is None:
                continue
            count, final = outcome
            evaluations.append(count)
            minimal += CHALLENGES[name][3](final)
        # Same median as the Swift suite: the upper middle of the sorted counts.
        median = sorted(evaluations)[len(evaluations) // 2] if evaluations else None
        print(f"{name:<18} {len(evaluations):>5} {minimal:>4}/{args.seeds:<2} {median!s:>6}  {evaluations}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
