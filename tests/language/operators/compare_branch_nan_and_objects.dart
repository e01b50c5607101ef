// Checks compare-and-branch conditions: NaN makes every comparison false (so `!(a < b)` is not
// `a >= b`), mixed int/double, and user-defined comparison operators in conditions.
class Version {
  final int n;
  Version(this.n);
  bool operator <(Version o) => n < o.n;
  bool operator >=(Version o) => n >= o.n;
}

void main() {
  var nan = double.nan;
  if (nan < 1) print('lt'); else print('not lt'); // expect: not lt
  if (!(nan < 1)) print('negated'); // expect: negated
  if (nan >= 1) print('ge'); else print('not ge'); // expect: not ge
  if (1 < 1.5 && 2.5 >= 2) print('mixed'); // expect: mixed
  var count = 0;
  for (var x = 0.0; x < 3; x += 0.5) {
    count++;
  }
  print(count); // expect: 6
  if (Version(1) < Version(2)) print('user <'); // expect: user <
  if (Version(3) >= Version(2)) print('user >='); // expect: user >=
  var big = 9223372036854775807;
  if (big > 0 && -big - 1 < 0) print('wide ints'); // expect: wide ints
}
