// Extensions do not apply to a receiver whose static type is dynamic.
extension Shout on String {
  String shout() => toUpperCase();
}

void main() {
  print("a".shout());
  // expect: A
  dynamic d = "b";
  d.shout(); // expect runtime error: NoSuchMethodError: Class 'String' has no instance method 'shout'.
}
