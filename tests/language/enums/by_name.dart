// EnumName.values.byName finds a value; an unknown name throws ArgumentError.
enum Color { red, green, blue }

void main() {
  print(Color.values.byName("blue"));
  print(Color.values.asNameMap()["green"]);
  try {
    Color.values.byName("pink");
  } on ArgumentError {
    print("no pink");
  }
  // expect: Color.blue
  // expect: Color.green
  // expect: no pink
}
