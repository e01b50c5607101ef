// Checks a switch on ints with breaks, default, and cases with several statements.
String name(int n) {
  var result = '';
  switch (n) {
    case 1:
      result = 'one';
      break;
    case 2:
      result = 'two';
      result += '!';
      break;
    case 3:
      return 'three';
    default:
      result = 'many';
  }
  return result;
}

void main() {
  print(name(1)); // expect: one
  print(name(2)); // expect: two!
  print(name(3)); // expect: three
  print(name(9)); // expect: many
}
