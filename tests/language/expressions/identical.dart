// Checks identical() on objects, small ints, strings, null and booleans.
class O {}

void main() {
  var a = O();
  var b = a;
  print(identical(a, b)); // expect: true
  print(identical(a, O())); // expect: false
  print(identical(1, 1)); // expect: true
  print(identical(null, null)); // expect: true
  print(identical(true, true)); // expect: true
  print(identical('abc', 'abc')); // expect: true
  print(identical(a, null)); // expect: false
}
