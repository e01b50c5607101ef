// Checks that enum values print and interpolate as EnumName.value.
enum Direction { north, east, south, west }

void main() {
  print(Direction.north); // expect: Direction.north
  print(Direction.west.toString()); // expect: Direction.west
  print('going ${Direction.east}'); // expect: going Direction.east
  print([Direction.south, Direction.north]); // expect: [Direction.south, Direction.north]
  print({Direction.east: 1}); // expect: {Direction.east: 1}
}
