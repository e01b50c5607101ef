// Iterable.generate computes only the elements that first, last, single, elementAt, skip and
// take return, as Dart's (a ListIterable) does, and lastWhere tries elements from the end.
void main() {
  final calls = <int>[];
  final gen = Iterable.generate(6, (i) {
    calls.add(i);
    return i * i;
  });
  print('${gen.first} ${gen.last} ${gen.elementAt(2)}'); // expect: 0 25 4
  print(calls); // expect: [0, 5, 2]
  calls.clear();
  print(gen.skip(2).take(2).toList()); // expect: [4, 9]
  print(calls); // expect: [2, 3]
  calls.clear();
  print(gen.lastWhere((x) => x < 10)); // expect: 9
  print(calls); // expect: [5, 4, 3]
  print(gen.skip(10).isEmpty); // expect: true
  print(Iterable.generate(4).skip(1).toList()); // expect: [1, 2, 3]
  print(Iterable.generate(1, (i) => 'x').single); // expect: x
  print(gen.take(0).length); // expect: 0
  try {
    Iterable.generate(0).last;
  } on StateError catch (e) {
    print(e.message); // expect: No element
  }
  try {
    gen.skip(-1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (start): Invalid value: Not greater than or equal to 0: -1
  }
}
