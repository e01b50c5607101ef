class A {
  String toString() => 'A';
}

A makeA() => A();
String secretA() => 'secret a';
