// dart:core may be imported with a prefix or with combinators; prefixed generic constructor
// calls parse.
import 'dart:core' as core;
import 'dart:core' hide print;
import 'dart:math' as math show max;

void print(Object? o) => core.print('custom: $o');

void main() {
  print(math.max(1, 2)); // expect: custom: 2
  core.print(core.List<core.int>.filled(2, 0)); // expect: [0, 0]
  core.print(core.Map<core.String, core.int>.from({'a': 1})); // expect: {a: 1}
  core.print(core.List<core.int>.empty(growable: true)); // expect: []
  const core.String s = 'x';
  print(s); // expect: custom: x
}
