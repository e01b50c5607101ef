// Checks prefix and postfix ++ and -- on locals: the value of each expression.
void main() {
  var i = 5;
  print(i++); // expect: 5
  print(i); // expect: 6
  print(++i); // expect: 7
  print(i--); // expect: 7
  print(--i); // expect: 5
  var d = 1.5;
  d++;
  print(d); // expect: 2.5
  var j = 0;
  var k = j++ + j++;
  print('$j $k'); // expect: 2 1
}
