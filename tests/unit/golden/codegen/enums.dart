enum Color { red, green, blue }

void main() {
  var c = Color.green;
  print(c);
  print(c.index);
  print(Color.values);
  switch (c) {
    case Color.red:
      print('r');
    case Color.green:
      print('g');
    case Color.blue:
      print('b');
  }
}
