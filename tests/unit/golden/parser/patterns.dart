// Dart 3 records, patterns, switch expressions and class modifiers as the parser sees them.
sealed class S {}
abstract base mixin class M {}
base mixin N {}
(int, {String name})? f((int, int) p) => null;

void main() {
  var r = (1, name: 'n', 2.5);
  var e = ();
  var one = (1,);
  var (a, [b, ...c], {'k': d}) = x;
  final Point(:x, y: int y0) = p;
  (a, b) = (b, a);
  var s = switch (x) {
    int n when n > 0 => 'positive',
    < 0 || == 0 => 'not positive',
    (var p, _) as (int, int) => 'pair',
    String? s? => s,
    final v! => 'v',
    _ => 'other',
  };
  switch (x) {
    case [1, var z] when z > 2:
    case {'a': final int z}:
      print(z);
    case Color.red:
      break;
  }
  if (x case (int i, String _)) print(i);
  for (final (k, v) in pairs) print(k);
}
