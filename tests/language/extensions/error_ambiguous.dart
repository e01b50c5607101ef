// Two extensions on the same type with the same member make a call ambiguous.
extension A on String {
  String go() => "A";
}

extension B on String {
  String go() => "B";
}

void main() {
  print("x".go()); // expect error: The method 'go' is defined in multiple extensions for 'String' and neither is more specific.
}
