#!/usr/bin/env python3
# Feeds the vm damaged versions of valid scripts and reports every run that crashes: a signal,
# an exit code other than 0/254/255, a sanitizer report, a hang, or a compile error (254) whose
# stderr lacks the `path:line:col: Error: ` diagnostic. Does not judge what a damaged program
# prints otherwise (it may still be valid Dart). Slow by design, so it is not part of the suite.
"""Truncation and token-mutation fuzzing of the vm's front end.

  tools/fuzz_truncate.py --vm build/asan/vm examples/*.dart
  tools/fuzz_truncate.py --vm build/asan/vm --mode mutate --count 500 --seed 7 a.dart

Modes: `lines` cuts each script after every line, `bytes` at every byte offset (every token
boundary included), `tokens` at every token boundary only, `mutate` deletes or duplicates a
random token (--count runs). Failures are written to --out (default /tmp/fuzz_truncate) as the
damaged script plus its stderr, and listed at the end.
"""

import argparse
import concurrent.futures
import os
import random
import re
import subprocess
import sys

_DIAGNOSTIC = re.compile(r':\d+:\d+: Error: ')
_SANITIZER = re.compile(r'(AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|'
                        r'runtime error: |Assertion .* failed|ISLET_CHECK|ThreadSanitizer)')
# A rough Dart tokenizer: enough to find boundaries between tokens, not to parse.
_TOKEN = re.compile(r'''\s+|//[^\n]*|/\*.*?\*/|r?'{3}.*?'{3}|r?"{3}.*?"{3}|r?'(?:\\.|[^'\\\n])*'|'''
                    r'''r?"(?:\\.|[^"\\\n])*"|[A-Za-z_$][\w$]*|0[xX][0-9a-fA-F_]+|'''
                    r'''\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\.\.\?|\.\.\.|\?\?=|>>>=|'''
                    r'''<<=|>>=|~/=|[-+*/%&|^!=<>?]=|=>|\?\.\.|\?\.|\.\.|\?\?|&&|\|\||'''
                    r'''\+\+|--|<<|>>>|>>|~/|.''', re.S)


def tokens(text):
    """Returns (start, end) of every token of [text] that is not whitespace."""
    spans = []
    for m in _TOKEN.finditer(text):
        if not m.group().isspace():
            spans.append((m.start(), m.end()))
    return spans


def variants(text, mode, count, rng):
    """Yields (label, damaged text) pairs for one script."""
    if mode == 'lines':
        lines = text.splitlines(keepends=True)
        for i in range(len(lines)):
            yield f'line{i + 1}', ''.join(lines[:i])
    elif mode == 'bytes':
        data = text.encode()
        for i in range(len(data)):
            yield f'byte{i}', data[:i].decode('utf-8', errors='surrogateescape')
    elif mode == 'tokens':
        for start, _ in tokens(text):
            yield f'tok{start}', text[:start]
    else:
        spans = tokens(text)
        for i in range(count):
            start, end = spans[rng.randrange(len(spans))]
            if rng.random() < 0.5:
                yield f'del{i}_{start}', text[:start] + text[end:]
            else:
                yield f'dup{i}_{start}', text[:end] + ' ' + text[start:end] + text[end:]


def run_one(vm, path, timeout):
    """Runs [vm] on [path]; returns a failure description or None."""
    try:
        proc = subprocess.run([vm, path], capture_output=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return 'hang'
    err = proc.stderr.decode('utf-8', errors='replace')
    if proc.returncode not in (0, 254, 255):
        return f'exit {proc.returncode}'
    if _SANITIZER.search(err):
        return 'sanitizer: ' + _SANITIZER.search(err).group()
    if proc.returncode == 254 and not _DIAGNOSTIC.search(err):
        return 'exit 254 without a diagnostic'
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--vm', required=True)
    parser.add_argument('--mode', choices=['lines', 'bytes', 'tokens', 'mutate'],
                        default='tokens')
    parser.add_argument('--count', type=int, default=200, help='runs per script for mutate')
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--timeout', type=float, default=20)
    parser.add_argument('-j', type=int, default=2)
    parser.add_argument('--out', default='/tmp/fuzz_truncate')
    parser.add_argument('scripts', nargs='+')
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    jobs = []
    for script in args.scripts:
        with open(script, encoding='utf-8') as f:
            text = f.read()
        base = os.path.splitext(os.path.basename(script))[0]
        for label, damaged in variants(text, args.mode, args.count, rng):
            path = os.path.join(args.out, f'{base}_{label}.dart')
            with open(path, 'w', encoding='utf-8', errors='surrogateescape') as f:
                f.write(damaged)
            jobs.append(path)
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.j) as pool:
        futures = {pool.submit(run_one, args.vm, p, args.timeout): p for p in jobs}
        for future in concurrent.futures.as_completed(futures):
            path = futures[future]
            failure = future.result()
            if failure:
                failures.append((path, failure))
                print(f'FAIL {path}: {failure}', flush=True)
            else:
                os.remove(path)
    print(f'{len(jobs)} runs, {len(failures)} failures')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
