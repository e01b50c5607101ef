// Checks NoSuchMethodError for a dynamic call of a method the class does not have.
class A {
  void hello() => print('hello');
}

void main() {
  dynamic a = A();
  a.hello(); // expect: hello
  a.goodbye(); // expect runtime error: NoSuchMethodError: Class 'A' has no instance method 'goodbye'.
}
