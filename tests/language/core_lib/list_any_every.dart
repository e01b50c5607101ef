// Checks any and every, including on an empty list.
void main() {
  var xs = [2, 4, 5];
  print(xs.any((x) => x.isOdd)); // expect: true
  print(xs.every((x) => x.isEven)); // expect: false
  print(xs.every((x) => x > 0)); // expect: true
  print(<int>[].any((x) => true)); // expect: false
  print(<int>[].every((x) => false)); // expect: true
}
