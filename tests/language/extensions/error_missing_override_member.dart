// An explicit extension application can only name members of that extension.
extension E on String {
  String one() => "one";
}

void main() {
  print(E("x").two()); // expect error: The method 'two' isn't defined for the extension 'E'.
}
