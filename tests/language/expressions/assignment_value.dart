// Checks that an assignment is an expression whose value is the assigned value.
class C {
  int f = 0;
}

void main() {
  var a = 0;
  var b = (a = 5) + 1;
  print('$a $b'); // expect: 5 6
  int x, y;
  x = y = 3;
  print(x + y); // expect: 6
  var c = C();
  print(c.f = 8); // expect: 8
  var list = [0];
  print(list[0] = 4); // expect: 4
}
