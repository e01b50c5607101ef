#!/usr/bin/env python3
# The script-test runner: finds tests/**/*.dart, runs each through the `vm` binary and judges
# stdout, stderr and exit code against the test's `// expect...` comments (format below and in
# README.md, "Testing"). Does not build anything (tools/test and CMake do) and never edits tests.
# Invariant: the last line printed is exactly "N passed, N failed" (", N skipped" when N > 0),
# and the exit code is 1 exactly when a test that is not a known failure failed.
"""Runs Islet script tests.

A test is a .dart file under the root (default: tests/), except the root's unit/ folder,
anything inside a folder named _support, the lib/ folder of a package (a folder holding a
pubspec.yaml), and files ending in _lib.dart (helpers that tests import). Comments in the test say what must happen:

  // expect: TEXT               one line of stdout; together, in order, all of stdout
  // expect error: MESSAGE      a compile error on this line: stderr has a line containing
                                ":<this line>:<col>: Error: MESSAGE"; exit code 254
  // expect runtime error: MSG  stderr has "Unhandled exception:" and, after it, a line
                                that starts with MSG; exit code 255
  // expect stderr: TEXT        a line of stderr contains TEXT (several: in this order)
  // expect exit: N             the exit code is N (instead of what the other lines imply)
  // flags: --a --b             vm flags of one run; several lines give several runs (a bare
                                "// flags:" is a run without flags); no line gives one run
  // skip: REASON               not run, counted as skipped
  // skip under gc-stress: WHY    not run when the runner's flags include --gc-stress (for
                                tests whose size makes collecting at every allocation take
                                hours); counted as skipped then

Every diagnostic line in stderr (":<line>:<col>: Error: ") must be expected, and without
error expectations the exit code must be 0.
"""

import argparse
import concurrent.futures
import dataclasses
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import threading

COMPILE_ERROR_EXIT = 254
RUNTIME_ERROR_EXIT = 255

# How much of a failure's output is shown: enough to see the problem, short enough that a run
# with many failures stays readable.
DIFF_LINES = 16
STDERR_LINES = 12

_EXPECT = re.compile(r'//\s*expect:(.*)$')
_EXPECT_ERROR = re.compile(r'//\s*expect error:(.*)$')
_EXPECT_RUNTIME = re.compile(r'//\s*expect runtime error:(.*)$')
_EXPECT_STDERR = re.compile(r'//\s*expect stderr:(.*)$')
_EXPECT_EXIT = re.compile(r'//\s*expect exit:\s*(-?\d+)\s*$')
_FLAGS = re.compile(r'//\s*flags:(.*)$')
_SKIP = re.compile(r'//\s*skip:(.*)$')
_SKIP_GC_STRESS = re.compile(r'//\s*skip under gc-stress:(.*)$')
# "// expect <words>:" that is none of the forms above is a typo that would silently expect
# nothing, so it makes the test malformed.
_EXPECT_ANY = re.compile(r'//\s*expect(\s+[a-z]+)*\s*:')
# A compiler diagnostic: path:line:col: Error: message (the path may itself contain colons).
_DIAGNOSTIC = re.compile(r':(\d+):(\d+): Error: (.*)$')


@dataclasses.dataclass
class Expectations:
    """What one test file says must happen when it runs."""
    stdout: list = dataclasses.field(default_factory=list)
    # (line, message) pairs; lines count from 1.
    compile_errors: list = dataclasses.field(default_factory=list)
    runtime_errors: list = dataclasses.field(default_factory=list)
    stderr: list = dataclasses.field(default_factory=list)
    exit_code: int = None
    # One list of vm flags per run.
    runs: list = dataclasses.field(default_factory=lambda: [[]])
    skip: str = None
    skip_gc_stress: str = None
    # Problems of the test file itself; such a test fails without running.
    malformed: list = dataclasses.field(default_factory=list)


def _rest(match):
    """The text after a comment's colon, without the one space that follows the colon."""
    text = match.group(1)
    return text[1:] if text.startswith(' ') else text


def parse_expectations(text):
    """Returns the Expectations of a test file whose content is [text]."""
    exp = Expectations()
    runs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if m := _EXPECT_RUNTIME.search(line):
            exp.runtime_errors.append(_rest(m).strip())
        elif m := _EXPECT_STDERR.search(line):
            exp.stderr.append(_rest(m).strip())
        elif m := _EXPECT_EXIT.search(line):
            exp.exit_code = int(m.group(1))
        elif m := _EXPECT_ERROR.search(line):
            exp.compile_errors.append((number, _rest(m).strip()))
        elif m := _EXPECT.search(line):
            exp.stdout.append(_rest(m))
        elif m := _FLAGS.search(line):
            runs.append(shlex.split(m.group(1)))
        elif m := _SKIP_GC_STRESS.search(line):
            exp.skip_gc_stress = _rest(m).strip() or 'no reason given'
        elif m := _SKIP.search(line):
            exp.skip = _rest(m).strip() or 'no reason given'
        elif _EXPECT_ANY.search(line):
            exp.malformed.append(f'line {number}: unknown expectation: {line.strip()}')
    if runs:
        exp.runs = runs
    if exp.compile_errors and exp.runtime_errors:
        exp.malformed.append('expects both a compile error and a runtime error')
    if any(not m for _, m in exp.compile_errors) or any(not m for m in exp.runtime_errors):
        exp.malformed.append('an error expectation has no message')
    return exp


def _lines(text):
    """Splits output into lines; a final newline does not start another line."""
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    return lines


def _excerpt(lines, limit):
    """The first [limit] of [lines], indented, and how many more there were."""
    shown = ['    ' + line for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f'    ... ({len(lines) - limit} more lines)')
    return shown


def _describe_exit(code):
    if code < 0:
        try:
            return f'killed by {signal.Signals(-code).name}'
        except ValueError:
            return f'killed by signal {-code}'
    return f'exit code {code}'


def check(exp, returncode, stdout, stderr, timeout=None):
    """Judges one run of a test whose Expectations are [exp].

    Returns a list of problems, empty when the run passed. [timeout] is the limit in seconds
    when the run was killed for exceeding it, else None.
    """
    problems = []
    err_lines = _lines(stderr)
    if timeout is not None:
        problems.append(f'timed out after {timeout:g} s')
    else:
        if exp.compile_errors:
            expected_code = COMPILE_ERROR_EXIT
        elif exp.runtime_errors:
            expected_code = RUNTIME_ERROR_EXIT
        else:
            expected_code = 0
        if exp.exit_code is not None:
            expected_code = exp.exit_code
        if returncode != expected_code:
            problems.append(f'{_describe_exit(returncode)}, expected {expected_code}')

        out_lines = _lines(stdout)
        if out_lines != exp.stdout:
            diff = difflib.unified_diff(exp.stdout, out_lines, 'expected stdout', 'actual stdout',
                                        n=1, lineterm='')
            problems.append('stdout differs:')
            problems.extend(_excerpt(list(diff), DIFF_LINES))

        # Every expected compile error must be reported, and nothing else.
        reported = []
        for line in err_lines:
            if m := _DIAGNOSTIC.search(line):
                reported.append((int(m.group(1)), m.group(3).rstrip()))
        for expected in exp.compile_errors:
            if expected in reported:
                reported.remove(expected)
            else:
                problems.append(f'missing compile error at line {expected[0]}: {expected[1]}')
        for line, message in reported:
            problems.append(f'unexpected compile error at line {line}: {message}')

        # Expected stderr lines: each contained in a line of stderr, in order.
        at = 0
        for text in exp.stderr:
            found = next((i for i in range(at, len(err_lines)) if text in err_lines[i]), None)
            if found is None:
                problems.append(f'stderr has no line containing: {text}')
            else:
                at = found + 1

        # Runtime errors: "Unhandled exception:", then later a line starting with each message.
        if exp.runtime_errors:
            start = next((i for i, l in enumerate(err_lines) if 'Unhandled exception:' in l), None)
            if start is None:
                problems.append('stderr has no "Unhandled exception:" line')
            else:
                for message in exp.runtime_errors:
                    if not any(l.startswith(message) for l in err_lines[start + 1:]):
                        problems.append(f'missing runtime error: {message}')

    if problems and err_lines:
        problems.append('stderr:')
        problems.extend(_excerpt(err_lines, STDERR_LINES))
    return problems


def discover(root, filters):
    """Returns the tests under [root]: paths relative to it with '/', sorted. With [filters],
    only the paths that contain one of them."""
    tests = []
    for directory, subdirs, files in os.walk(root):
        rel_dir = os.path.relpath(directory, root)
        is_package = 'pubspec.yaml' in files
        subdirs[:] = sorted(d for d in subdirs
                            if d != '_support' and not d.startswith('.') and
                            not (rel_dir == '.' and d == 'unit') and
                            not (is_package and d == 'lib'))
        for name in files:
            if not name.endswith('.dart') or name.endswith('_lib.dart'):
                continue
            rel = os.path.normpath(os.path.join(rel_dir, name)).replace(os.sep, '/')
            if not filters or any(f in rel for f in filters):
                tests.append(rel)
    return sorted(tests)


def read_known_failures(path):
    """Returns the test paths listed in the known-failures file at [path] ('#' starts a
    comment)."""
    known = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            entry = line.split('#', 1)[0].strip()
            if entry:
                known.add(entry)
    return known


def run_vm(vm, flags, path, timeout):
    """Runs [vm] on the test at absolute [path], in the test's folder, with no stdin.

    Returns (returncode, stdout, stderr, timed_out).
    """
    # The vm gets its own process group, so a timeout kills whatever it started too.
    proc = subprocess.Popen([vm] + flags + [path], stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=os.path.dirname(path), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    return (proc.returncode, out.decode('utf-8', errors='replace'),
            err.decode('utf-8', errors='replace'), timed_out)


def _parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--vm', required=True, help='the vm executable')
    parser.add_argument('--root', default='tests', help='folder of the tests (default: tests)')
    parser.add_argument('--flags', default='',
                        help='vm flags added to every run, e.g. "--gc-stress --verify-heap"')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1,
                        help='runs in parallel (default: the number of CPUs)')
    parser.add_argument('--timeout', type=float, default=30,
                        help='seconds per run; a run that takes longer fails (default: 30)')
    parser.add_argument('--known-failures', metavar='FILE',
                        help='file of tests (paths relative to the root) known to fail')
    parser.add_argument('-v', '--verbose', action='store_true', help='print every run')
    parser.add_argument('filters', nargs='*', help='run only tests whose path contains one')
    return parser.parse_args(argv)


def main(argv=None):
    args = _parse_args(argv)
    vm = os.path.abspath(args.vm)
    root = os.path.abspath(args.root)
    if not (os.path.isfile(vm) and os.access(vm, os.X_OK)):
        print(f'test_runner: no executable vm at {vm}', file=sys.stderr)
        return 2
    if not os.path.isdir(root):
        print(f'test_runner: no test folder {root}', file=sys.stderr)
        return 2
    known = read_known_failures(args.known_failures) if args.known_failures else set()
    extra_flags = shlex.split(args.flags)
    timeout = args.timeout if args.timeout > 0 else None

    tests = discover(root, args.filters)
    if args.filters and not tests:
        print(f'test_runner: no test path contains {" or ".join(args.filters)}', file=sys.stderr)
        return 2

    lock = threading.Lock()
    problems = {}  # test -> problems of all its runs

    def report(test, flags, run_problems):
        # Failures print as they happen, so a long run shows progress; known failures are quiet.
        with lock:
            problems[test].extend(run_problems)
            if run_problems and test not in known:
                shown = f' [{" ".join(flags)}]' if flags else ''
                print(f'FAIL {test}{shown}: {run_problems[0]}')
                for line in run_problems[1:]:
                    print(f'    {line}')
                sys.stdout.flush()
            elif args.verbose:
                verdict = 'known failure' if run_problems else 'ok'
                print(f'{verdict}: {test} {" ".join(flags)}'.rstrip())

    expectations = {}
    jobs = []  # (test, flags) of every run
    for test in tests:
        with open(os.path.join(root, test), encoding='utf-8', errors='replace') as f:
            exp = parse_expectations(f.read())
        if exp.skip_gc_stress is not None and '--gc-stress' in extra_flags:
            exp.skip = exp.skip_gc_stress
        expectations[test] = exp
        problems[test] = []
        if exp.malformed:
            report(test, [], [f'malformed test: {p}' for p in exp.malformed])
        elif exp.skip is None:
            jobs.extend((test, extra_flags + run) for run in exp.runs)

    def run_one(job):
        test, flags = job
        code, out, err, timed_out = run_vm(vm, flags, os.path.join(root, test), timeout)
        report(test, flags, check(expectations[test], code, out, err,
                                  timeout if timed_out else None))

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for future in [pool.submit(run_one, job) for job in jobs]:
            future.result()  # Re-raises a bug of the runner itself instead of hiding it.

    passed, failed, skipped, known_failed, now_passing = [], [], [], [], []
    for test, exp in expectations.items():
        if problems[test]:
            (known_failed if test in known else failed).append(test)
        elif exp.skip is not None:
            skipped.append(test)
            if args.verbose:
                print(f'skip: {test}: {exp.skip}')
        else:
            passed.append(test)
            if test in known:
                now_passing.append(test)

    if failed:
        print('Failed: ' + ' '.join(failed))
    if known_failed:
        print(f'{len(known_failed)} known failures (listed in {args.known_failures})')
    for test in now_passing:
        print(f'now passes: {test} (delete its line from {args.known_failures})')
    for test in sorted(k for k in known if not os.path.isfile(os.path.join(root, k))):
        print(f'warning: {args.known_failures} lists {test}, which does not exist')
    summary = f'{len(passed)} passed, {len(failed)} failed'
    if skipped:
        summary += f', {len(skipped)} skipped'
    print(summary)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
