// Checks identifiers that use $ and _ in every position.
int _private = 1;
var $dollar = 2;

int $sum(int a$, int b_) => a$ + b_;

void main() {
  var a$b_c = 3;
  var $ = 4;
  var _x1 = 5;
  var camelCase9 = 6;
  var $_$ = 7;
  print(_private); // expect: 1
  print($dollar); // expect: 2
  print(a$b_c); // expect: 3
  print($); // expect: 4
  print(_x1 + camelCase9); // expect: 11
  print($_$); // expect: 7
  print($sum(10, 20)); // expect: 30
}
