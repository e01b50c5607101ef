// Checks throw used as an expression: in ??, ?:, and arrow bodies.
int need(int? x) => x ?? (throw ArgumentError('missing'));

String check(int n) => n >= 0 ? 'ok' : throw StateError('negative');

void main() {
  print(need(3)); // expect: 3
  try {
    need(null);
  } on ArgumentError catch (e) {
    print(e.message); // expect: missing
  }
  print(check(1)); // expect: ok
  try {
    check(-1);
  } on StateError catch (e) {
    print(e.message); // expect: negative
  }
}
