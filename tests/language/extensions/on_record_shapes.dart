// Extensions on record types of different shapes declaring the same member: each applies to
// records of its own shape (the first one used to apply to every record).
typedef Triple = (int, int, int);

extension on (int, int) {
  String get describe => 'pair ${$1 + $2}';
}

extension on Triple {
  String get describe => 'triple ${$1 + $2 + $3}';
}

extension on ({int x, int y}) {
  String get describe => 'point $x/$y';
}

void main() {
  print((1, 2).describe); // expect: pair 3
  print((1, 2, 3).describe); // expect: triple 6
  print((x: 4, y: 5).describe); // expect: point 4/5
}
