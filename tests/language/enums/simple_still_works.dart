// Simple enums keep working: toString, index, values and switch.
enum Light { red, yellow, green }

void main() {
  var l = Light.yellow;
  print(l);
  print(l.index);
  print(Light.values);
  switch (l) {
    case Light.red:
      print("stop");
    case Light.yellow:
      print("careful");
    case Light.green:
      print("go");
  }
  // expect: Light.yellow
  // expect: 1
  // expect: [Light.red, Light.yellow, Light.green]
  // expect: careful
}
