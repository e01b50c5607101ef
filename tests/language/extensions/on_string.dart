// Extension methods and getters on String, using this and implicit this.
extension StringTools on String {
  String get shout => toUpperCase() + "!";
  String twice() => this + this;
  bool get isBlank => trim().isEmpty;
}

void main() {
  print("hey".shout);
  print("ab".twice());
  print("   ".isBlank);
  print("x".isBlank);
  // expect: HEY!
  // expect: abab
  // expect: true
  // expect: false
}
