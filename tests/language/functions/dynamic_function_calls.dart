// Checks calling functions stored in dynamic and Function variables, with named arguments.
String fmt(String s, {int width = 0}) => s.padLeft(width, '.');

void main() {
  dynamic f = fmt;
  print(f('x', width: 3)); // expect: ..x
  Function g = fmt;
  print(g('yz')); // expect: yz
  var table = <String, Function>{
    'neg': (int x) => -x,
    'sq': (int x) => x * x,
  };
  print(table['neg']!(5)); // expect: -5
  print(table['sq']!(5)); // expect: 25
}
