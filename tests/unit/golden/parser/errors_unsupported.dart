// Tier-3 syntax: each gets a clear error and the rest of the file still parses.
sealed class S {}
base class B {}
final class F {}
interface class I {}
mixin class M {}
extension type E(int i) {}

void main() {
  var r = (1, 2);
  var sym = #foo;
  var sw = switch (x) { _ => 1 };
  switch (x) {
    case int n:
      break;
    case [1, 2]:
      break;
    case > 5:
      break;
    case 1 when x > 0:
      break;
  }
  if (x case 1) {}
  print('still parsed');
}
