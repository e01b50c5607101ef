// Static members of an extension are reached through its name and from its members.
extension Parsing on String {
  static int parsed = 0;
  static int parseOr(String s, int fallback) => int.tryParse(s) ?? fallback;

  int toIntOr(int fallback) {
    parsed++;
    return parseOr(this, fallback);
  }
}

void main() {
  print("12".toIntOr(0));
  print("x".toIntOr(-1));
  print(Parsing.parseOr("7", 0));
  print(Parsing.parsed);
  // expect: 12
  // expect: -1
  // expect: 7
  // expect: 2
}
