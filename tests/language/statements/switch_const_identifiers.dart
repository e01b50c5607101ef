// Checks switch cases that name constants instead of literals, and a break out of a loop body.
const int low = 1;
const int high = 2;

class Codes {
  static const int ok = 200;
  static const int missing = 404;
}

String level(int v) {
  switch (v) {
    case low:
      return 'low';
    case high:
      return 'high';
    case Codes.ok:
      return 'ok';
    case Codes.missing:
      return 'missing';
  }
  return 'unknown';
}

void main() {
  print(level(1)); // expect: low
  print(level(2)); // expect: high
  print(level(200)); // expect: ok
  print(level(404)); // expect: missing
  print(level(3)); // expect: unknown
}
