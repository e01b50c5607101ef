// A main whose only parameters are optional named ones is called with no arguments (the
// command line went to a named parameter once, a NoSuchMethodError); optional positional
// ones beyond the first two are left to their defaults.
void main({int level = 3}) {
  print(level);
  // expect: 3
  other([]);
}

void other(List<String> args, [Object? message, int extra = 7]) {
  print('$args $message $extra');
  // expect: [] null 7
}
