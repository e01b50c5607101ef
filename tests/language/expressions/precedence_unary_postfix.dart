// Checks that member access and postfix operators bind tighter than prefix operators.
class Box {
  int v = 5;
}

void main() {
  print(-3.abs()); // expect: -3
  print((-3).abs()); // expect: 3
  print(-'abc'.length); // expect: -3
  var b = Box();
  print(-b.v); // expect: -5
  var i = 1;
  print(-i++); // expect: -1
  print(i); // expect: 2
  print(!true == false); // expect: true
  print(~1 + 1); // expect: -1
}
