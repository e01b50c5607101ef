// An unnamed extension on int with getters and methods.
extension on int {
  int get squared => this * this;
  bool isMultipleOf(int n) => this % n == 0;
  List<int> upTo(int end) => [for (var i = this; i <= end; i++) i];
}

void main() {
  print(7.squared);
  print(12.isMultipleOf(4));
  print(3.upTo(6));
  var n = 5;
  print(n.squared + 1);
  // expect: 49
  // expect: true
  // expect: [3, 4, 5, 6]
  // expect: 26
}
