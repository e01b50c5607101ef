// Checks precedence of ?: and ?? against || and each other, and their associativity.
int? nothing() => null;

void main() {
  print(nothing() ?? false || true); // expect: true
  print(nothing() ?? 1 + 2); // expect: 3
  print(true ? 1 : 2 + 10); // expect: 1
  print(false ? 1 : true ? 2 : 3); // expect: 2
  print(nothing() ?? nothing() ?? 7); // expect: 7
  var x = 5;
  print(x > 3 ? 'big' : 'small'); // expect: big
  print(1 < 2 ? 3 < 4 ? 'both' : 'first' : 'none'); // expect: both
  print(nothing() == null ? 'null' : 'value'); // expect: null
}
