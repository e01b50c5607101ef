// Checks an exhaustive switch statement over all values of an enum.
enum Light { red, yellow, green }

Light next(Light l) {
  switch (l) {
    case Light.red:
      return Light.green;
    case Light.yellow:
      return Light.red;
    case Light.green:
      return Light.yellow;
  }
}

void main() {
  var l = Light.red;
  for (var i = 0; i < 4; i++) {
    print(l);
    l = next(l);
  }
  // expect: Light.red
  // expect: Light.green
  // expect: Light.yellow
  // expect: Light.red
}
