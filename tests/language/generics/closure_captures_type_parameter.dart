// Closures inside a generic function see its type arguments, however deep and however late
// they run.
bool Function(Object?) tester<T>() => (x) => x is T;

List<Object?> keep<T>(List<Object?> items) {
  List<Object?> out = [];
  items.forEach((item) {
    void check() {
      if (item is T) out.add(item);
    }

    check();
  });
  return out;
}

void main() {
  var isString = tester<String>();
  var isInt = tester<int>();
  print(isString('a')); // expect: true
  print(isString(1)); // expect: false
  print(isInt(1)); // expect: true
  print(keep<num>([1, 'a', 2.5, null, 3])); // expect: [1, 2.5, 3]
}
