// Of two applicable extensions, the one on the more specific type is chosen.
extension OnNum on num {
  String get kind => "num";
}

extension OnInt on int {
  String get kind => "int";
}

void main() {
  print(3.kind);
  print(2.5.kind);
  // expect: int
  // expect: num
}
