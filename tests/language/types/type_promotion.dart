// Checks that code guarded by `is` and null checks uses the promoted value.
String describe(Object? o) {
  if (o is int) return 'int ${o + 1}';
  if (o is String) return 'string of length ${o.length}';
  if (o == null) return 'null';
  return 'other';
}

void main() {
  print(describe(41)); // expect: int 42
  print(describe('four')); // expect: string of length 4
  print(describe(null)); // expect: null
  print(describe(1.5)); // expect: other
  int? maybe = 5;
  if (maybe != null) {
    print(maybe + 1); // expect: 6
  }
}
