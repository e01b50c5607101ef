// Checks enum values, index and name.
enum Color { red, green, blue }

void main() {
  print(Color.values); // expect: [Color.red, Color.green, Color.blue]
  print(Color.values.length); // expect: 3
  print(Color.green.index); // expect: 1
  print(Color.blue.name); // expect: blue
  print(Color.values[0]); // expect: Color.red
  for (var c in Color.values) {
    print('${c.index}: ${c.name}');
  }
  // expect: 0: red
  // expect: 1: green
  // expect: 2: blue
}
