// Checks anonymous functions: immediately invoked, stored, and passed as arguments.
void main() {
  (() {
    print('immediately invoked'); // expect: immediately invoked
  })();
  var result = ((int a, int b) => a * b)(6, 7);
  print(result); // expect: 42
  var shout = (String s) => s.toUpperCase();
  print(shout('hey')); // expect: HEY
  [1, 2].forEach((x) {
    print('item $x');
  });
  // expect: item 1
  // expect: item 2
}
