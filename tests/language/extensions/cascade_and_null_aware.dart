// Extension members through cascades and null-aware calls.
extension Adder on List<int> {
  void addTwice(int x) {
    add(x);
    add(x);
  }
}

extension Describe on String {
  String get quoted => "'$this'";
}

void main() {
  var l = <int>[]
    ..addTwice(1)
    ..addTwice(2);
  print(l);
  String? s = null;
  print(s?.quoted);
  s = "hi";
  print(s?.quoted);
  // expect: [1, 1, 2, 2]
  // expect: null
  // expect: 'hi'
}
