// Inside an extension, its own members are called with implicit this, others on the receiver.
extension Words on String {
  List<String> get words => split(" ");
  int get wordCount => words.length;
  String firstWord() => words.first;
  String summary() => "${firstWord()}... ($wordCount words, $length chars)";
}

void main() {
  print("the quick brown fox".summary());
  // expect: the... (4 words, 19 chars)
}
