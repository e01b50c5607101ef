// Checks List.filled and List.generate, growable or not.
void main() {
  var zeros = List.filled(3, 0);
  print(zeros); // expect: [0, 0, 0]
  zeros[1] = 5;
  print(zeros); // expect: [0, 5, 0]
  var squares = List.generate(5, (i) => i * i);
  print(squares); // expect: [0, 1, 4, 9, 16]
  var grow = List.filled(2, 'x', growable: true);
  grow.add('y');
  print(grow); // expect: [x, x, y]
  var grid = List.generate(2, (r) => List.generate(3, (c) => r * 3 + c));
  print(grid); // expect: [[0, 1, 2], [3, 4, 5]]
  var shared = List.filled(2, <int>[]);
  shared[0].add(1);
  print(shared); // expect: [[1], [1]]
}
