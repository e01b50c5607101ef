// Checks that Iterable.map is lazy: the function runs when elements are read, each time.
void main() {
  var calls = 0;
  var mapped = [1, 2, 3].map((x) {
    calls++;
    return x * 10;
  });
  print(calls); // expect: 0
  print(mapped.toList()); // expect: [10, 20, 30]
  print(calls); // expect: 3
  print(mapped.toList()); // expect: [10, 20, 30]
  print(calls); // expect: 6
}
