#!/usr/bin/env python3
# Tests of tools/test_runner.py: how it parses expectations, judges a run, finds tests, and what
# it prints and returns, the last end to end with a fake vm (a Python script in a temporary
# folder that does what `//! ...` comments in the test file tell it). Registered with CTest as
# runner_selftest; needs no build of Islet.

import os
import subprocess
import sys
import tempfile
import textwrap
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_runner  # noqa: E402

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'test_runner.py')

# The fake vm: prints its flags when told to, then follows `//! out:`, `//! err:` (where {path}
# is the path it was given), `//! exit:`, `//! sleep:` and `//! fail-with-flag:` comments.
FAKE_VM = '''\
import sys, time
flags, path = sys.argv[1:-1], sys.argv[-1]
code = 0
for line in open(path):
    line = line.strip()
    if not line.startswith('//! '):
        continue
    key, _, value = line[4:].partition(': ')
    if key == 'out':
        print(value)
    elif key == 'err':
        print(value.replace('{path}', path), file=sys.stderr)
    elif key == 'print-flags':
        print(' '.join(flags))
    elif key == 'exit':
        code = int(value)
    elif key == 'sleep':
        time.sleep(float(value))
    elif key == 'fail-with-flag' and value in flags:
        code = 3
sys.exit(code)
'''


class ParseTest(unittest.TestCase):

    def test_stdout_lines_in_order_with_exact_text(self):
        exp = test_runner.parse_expectations(textwrap.dedent('''\
            void main() {
              print('a');  // expect: a
              // expect:   two leading spaces
              print(''); // expect:
              print('http://x'); // expect: http://x
            }
            '''))
        self.assertEqual(exp.stdout, ['a', '  two leading spaces', '', 'http://x'])
        self.assertEqual(exp.compile_errors, [])
        self.assertEqual(exp.runs, [[]])
        self.assertIsNone(exp.skip)
        self.assertEqual(exp.malformed, [])

    def test_compile_errors_carry_their_line(self):
        exp = test_runner.parse_expectations(
            'void main() {\n  int x = "s"; // expect error: A value of type\n'
            '  y; // expect error: Undefined name \'y\'.\n}\n')
        self.assertEqual(exp.compile_errors, [(2, 'A value of type'), (3, "Undefined name 'y'.")])
        self.assertEqual(exp.stdout, [])

    def test_runtime_error_flags_and_skip(self):
        exp = test_runner.parse_expectations(textwrap.dedent('''\
            // flags: --enable-asserts
            // flags:
            // flags: --a "--b c"
            // skip: not yet
            throw 1; // expect runtime error: RangeError (index)
            '''))
        self.assertEqual(exp.runtime_errors, ['RangeError (index)'])
        self.assertEqual(exp.runs, [['--enable-asserts'], [], ['--a', '--b c']])
        self.assertEqual(exp.skip, 'not yet')

    def test_typos_and_contradictions_are_malformed(self):
        exp = test_runner.parse_expectations('// expect eror: x\n')
        self.assertEqual(len(exp.malformed), 1)
        self.assertIn('unknown expectation', exp.malformed[0])
        exp = test_runner.parse_expectations(
            'a; // expect error: x\nb; // expect runtime error: y\n')
        self.assertIn('expects both a compile error and a runtime error', exp.malformed)
        exp = test_runner.parse_expectations('a; // expect error:\n')
        self.assertIn('an error expectation has no message', exp.malformed)
        # Ordinary prose that mentions "expect" is not an expectation.
        exp = test_runner.parse_expectations('// We expect the loop to end.\n// expected: no\n')
        self.assertEqual(exp.malformed, [])
        self.assertEqual(exp.stdout, [])


class CheckTest(unittest.TestCase):

    def exp(self, text):
        return test_runner.parse_expectations(text)

    def test_matching_stdout_passes_and_mismatch_shows_a_diff(self):
        exp = self.exp('// expect: 1\n// expect: 2\n')
        self.assertEqual(test_runner.check(exp, 0, '1\n2\n', ''), [])
        self.assertEqual(test_runner.check(exp, 0, '1\n2', ''), [])
        problems = test_runner.check(exp, 0, '1\n3\n', 'warning\n')
        self.assertEqual(problems[0], 'stdout differs:')
        self.assertIn('    -2', problems)
        self.assertIn('    +3', problems)
        self.assertEqual(problems[-2:], ['stderr:', '    warning'])
        # Missing and extra lines fail too, and so does a non-zero exit code.
        self.assertTrue(test_runner.check(exp, 0, '1\n', ''))
        self.assertTrue(test_runner.check(exp, 0, '1\n2\n3\n', ''))
        self.assertEqual(test_runner.check(exp, 1, '1\n2\n', ''), ['exit code 1, expected 0'])
        self.assertEqual(test_runner.check(exp, -11, '1\n2\n', ''),
                         ['killed by SIGSEGV, expected 0'])

    def test_compile_errors_match_by_line_and_message(self):
        exp = self.exp('\n\nx; // expect error: Bad thing.\n')
        ok = '/abs/t.dart:3:1: Error: Bad thing.\nx;\n^\n'
        self.assertEqual(test_runner.check(exp, 254, '', ok), [])
        problems = test_runner.check(exp, 254, '', '/abs/t.dart:4:1: Error: Bad thing.\n')
        self.assertIn('missing compile error at line 3: Bad thing.', problems)
        self.assertIn('unexpected compile error at line 4: Bad thing.', problems)
        self.assertIn('exit code 255, expected 254', test_runner.check(exp, 255, '', ok))
        # An error nobody expected fails a test that expects none.
        problems = test_runner.check(self.exp(''), 254, '', 'C:/t.dart:1:2: Error: Oops\n')
        self.assertIn('unexpected compile error at line 1: Oops', problems)

    def test_runtime_error_needs_header_then_message(self):
        exp = self.exp('// expect: before\nthrow 1; // expect runtime error: StateError: no\n')
        err = 'Unhandled exception:\nStateError: no element\n#0      main (file:///t.dart:2:1)\n'
        self.assertEqual(test_runner.check(exp, 255, 'before\n', err), [])
        self.assertIn('exit code 0, expected 255', test_runner.check(exp, 0, 'before\n', err))
        self.assertIn('stderr has no "Unhandled exception:" line',
                      test_runner.check(exp, 255, 'before\n', 'StateError: no\n'))
        self.assertIn('missing runtime error: StateError: no',
                      test_runner.check(exp, 255, 'before\n',
                                        'StateError: no\nUnhandled exception:\nOther\n'))
        self.assertIn('stdout differs:', test_runner.check(exp, 255, '', err))

    def test_stderr_lines_in_order_and_exit_code(self):
        exp = self.exp('// expect stderr: first\n// expect stderr: second\n// expect exit: 3\n')
        self.assertEqual(test_runner.check(exp, 3, '', 'a first b\nx\nsecond\n'), [])
        self.assertIn('exit code 0, expected 3', test_runner.check(exp, 0, '', 'first\nsecond\n'))
        self.assertIn('stderr has no line containing: second',
                      test_runner.check(exp, 3, '', 'second\nfirst\n'))

    def test_timeout_is_a_failure(self):
        self.assertEqual(test_runner.check(self.exp(''), -9, '', '', timeout=2),
                         ['timed out after 2 s'])


class EndToEndTest(unittest.TestCase):

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = os.path.join(self.tmp.name, 'tests')
        self.vm = os.path.join(self.tmp.name, 'vm')
        with open(self.vm, 'w') as f:
            f.write(f'#!{sys.executable}\n' + FAKE_VM)
        os.chmod(self.vm, 0o755)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(textwrap.dedent(text))

    def run_runner(self, *args):
        result = subprocess.run(
            [sys.executable, RUNNER, '--vm', self.vm, '--root', self.root, *args],
            stdin=subprocess.DEVNULL, capture_output=True, text=True)
        return result.returncode, result.stdout.splitlines()

    def test_discovery_skips_unit_support_and_libs(self):
        for rel in ['a/x.dart', 'a/_support/h.dart', 'a/y_lib.dart', 'unit/u.dart', 'a/unit/v.dart',
                    'a/notes.txt', 'b/z.dart', 'p/pubspec.yaml', 'p/lib/l.dart', 'p/bin/m.dart',
                    'q/lib/k.dart']:
            self.write(rel, '')
        self.assertEqual(test_runner.discover(self.root, []), ['a/unit/v.dart', 'a/x.dart',
                                                               'b/z.dart', 'p/bin/m.dart',
                                                               'q/lib/k.dart'])
        self.assertEqual(test_runner.discover(self.root, ['b/z', 'x.d']), ['a/x.dart', 'b/z.dart'])

    def test_pass_fail_skip_and_summary(self):
        self.write('lang/pass.dart', '''\
            //! out: hello
            // expect: hello
            ''')
        self.write('lang/compile_error.dart', '''\
            //! err: {path}:2:9: Error: Expected ';'.
            var x = 1 // expect error: Expected ';'.
            //! exit: 254
            ''')
        self.write('lang/runtime_error.dart', '''\
            //! out: partial
            //! err: Unhandled exception:
            //! err: Bad state: oops
            //! err: #0      main (file:///t.dart:1:1)
            //! exit: 255
            // expect: partial
            // expect runtime error: Bad state: oops
            ''')
        self.write('lang/wrong_output.dart', '''\
            //! out: actual
            // expect: wanted
            ''')
        self.write('lang/skipped.dart', '// skip: waits for async\n')
        code, out = self.run_runner()
        self.assertEqual(code, 1, out)
        self.assertIn("FAIL lang/wrong_output.dart: stdout differs:", out)
        self.assertIn('        -wanted', out)
        self.assertIn('        +actual', out)
        self.assertFalse([l for l in out if l.startswith('FAIL') and 'wrong_output' not in l], out)
        self.assertEqual(out[-1], '3 passed, 1 failed, 1 skipped')

        code, out = self.run_runner('pass', 'error')
        self.assertEqual((code, out[-1]), (0, '3 passed, 0 failed'), out)

    def test_each_flags_line_is_a_run_and_runner_flags_come_first(self):
        self.write('f/two_runs.dart', '''\
            // flags: --a
            // flags: --b
            //! fail-with-flag: --b
            ''')
        self.write('f/echo.dart', '''\
            //! print-flags
            // expect: --gc-stress --verify-heap --x
            // flags: --x
            ''')
        code, out = self.run_runner('--flags', '--gc-stress --verify-heap', '-j', '3')
        self.assertEqual(code, 1, out)
        self.assertIn('FAIL f/two_runs.dart [--gc-stress --verify-heap --b]: exit code 3, '
                      'expected 0', out)
        self.assertEqual(out[-1], '1 passed, 1 failed')

    def test_known_failures_and_now_passing(self):
        self.write('k/broken.dart', '//! exit: 1\n')
        self.write('k/fixed.dart', '')
        known = os.path.join(self.tmp.name, 'known.txt')
        with open(known, 'w') as f:
            f.write('# header\nk/broken.dart  # tracked elsewhere\nk/fixed.dart\nk/gone.dart\n')
        code, out = self.run_runner('--known-failures', known)
        self.assertEqual(code, 0, out)
        self.assertFalse([l for l in out if l.startswith('FAIL')], out)
        self.assertIn(f'1 known failures (listed in {known})', out)
        self.assertIn(f'now passes: k/fixed.dart (delete its line from {known})', out)
        self.assertIn(f'warning: {known} lists k/gone.dart, which does not exist', out)
        self.assertEqual(out[-1], '1 passed, 0 failed')

    def test_timeout_and_malformed_tests_fail(self):
        self.write('t/slow.dart', '//! sleep: 10\n')
        self.write('t/typo.dart', '// expect eror: x\n')
        code, out = self.run_runner('--timeout', '0.5')
        self.assertEqual(code, 1, out)
        self.assertIn('FAIL t/slow.dart: timed out after 0.5 s', out)
        self.assertIn('FAIL t/typo.dart: malformed test: line 1: unknown expectation: '
                      '// expect eror: x', out)
        self.assertEqual(out[-1], '0 passed, 2 failed')

    def test_bad_arguments_exit_2(self):
        self.write('a/x.dart', '')
        self.assertEqual(self.run_runner('no-such-test')[0], 2)
        result = subprocess.run([sys.executable, RUNNER, '--vm', '/nonexistent/vm'],
                                capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)


if __name__ == '__main__':
    unittest.main()
