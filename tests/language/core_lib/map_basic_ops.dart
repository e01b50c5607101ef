// Checks Map [], []=, length, isEmpty and updating an existing key.
void main() {
  var m = <String, int>{};
  print(m.isEmpty); // expect: true
  m['one'] = 1;
  m['two'] = 2;
  print(m['one']); // expect: 1
  print(m['three']); // expect: null
  print(m.length); // expect: 2
  m['one'] = 11;
  print(m); // expect: {one: 11, two: 2}
  print(m.isNotEmpty); // expect: true
}
