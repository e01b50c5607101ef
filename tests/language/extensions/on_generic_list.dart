// An extension on List<int> and a generic one on List<T>.
extension IntListMath on List<int> {
  int sum() {
    var total = 0;
    for (var x in this) total += x;
    return total;
  }
}

extension Pairs<T> on List<T> {
  List<String> pairs() => [for (var i = 0; i + 1 < length; i++) "${this[i]}-${this[i + 1]}"];
  T? get second => length > 1 ? this[1] : null;
}

void main() {
  print([1, 2, 3, 4].sum());
  print(["a", "b", "c"].pairs());
  print([9, 8].second);
  print(<int>[].sum());
  // expect: 10
  // expect: [a-b, b-c]
  // expect: 8
  // expect: 0
}
