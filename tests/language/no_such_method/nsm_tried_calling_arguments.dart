// A NoSuchMethodError lists the arguments of the failed call after "Tried calling:", as the
// Dart VM does, also for operators, index operators, setters and calls of non-functions.
class A {}

void report(void Function() f) {
  try {
    f();
  } on NoSuchMethodError catch (e) {
    print(e.toString().split('\n').last);
  }
}

void main() {
  dynamic a = A();
  dynamic n;
  report(() => a + 1); // expect: Tried calling: +(1)
  report(() => a[3]); // expect: Tried calling: [](3)
  report(() => a[3] = 4); // expect: Tried calling: []=(3, 4)
  report(() => a.baz = 'v'); // expect: Tried calling: baz="v"
  report(() => a(1, 2.5)); // expect: Tried calling: call(1, 2.5)
  report(() => a()); // expect: Tried calling: call()
  report(() => a.foo(1, 'x', k: true)); // expect: Tried calling: foo(1, "x", k: true)
  report(() => a.bar); // expect: Tried calling: bar
  report(() => n + 2); // expect: Tried calling: +(2)
  report(() => n[0]); // expect: Tried calling: [](0)
  report(() => n.x = null); // expect: Tried calling: x=null
  a - 1; // expect runtime error: NoSuchMethodError: Class 'A' has no instance method '-'.
}
