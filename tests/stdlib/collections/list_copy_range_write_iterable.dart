// List.copyRange and List.writeIterable, the static helpers of dart:core's List.
void main() {
  final target = [0, 0, 0, 0, 0];
  List.copyRange(target, 1, [7, 8, 9], 1);
  print(target); // expect: [0, 8, 9, 0, 0]
  final same = [1, 2, 3, 4, 5];
  List.copyRange(same, 1, same, 0, 3);
  print(same); // expect: [1, 1, 2, 3, 5]
  List.copyRange(same, 0, same, 2);
  print(same); // expect: [2, 3, 5, 3, 5]
  try {
    List.copyRange([0], 0, [1, 2]);
  } on ArgumentError catch (e) {
    print(e.message); // expect: Not big enough to hold 2 elements at position 0
  }
  final w = [0, 0, 0];
  List.writeIterable(w, 1, [5, 6]);
  print(w); // expect: [0, 5, 6]
  try {
    List.writeIterable(w, 2, [1, 2]);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: Index out of range: index should be less than 3: 3
  }
  print(w); // expect: [0, 5, 1]
}
