// Checks $name and ${expr} interpolation, including where the identifier ends.
void main() {
  var name = 'Bob';
  var age = 41;
  print('$name is $age'); // expect: Bob is 41
  print('${name.length}'); // expect: 3
  print('$name.length'); // expect: Bob.length
  print('next year ${age + 1}'); // expect: next year 42
  print('$name$age'); // expect: Bob41
  print('${'nested ${1 + 1}'}!'); // expect: nested 2!
  print('price: \$${3 * 2}'); // expect: price: $6
  print("${name}s"); // expect: Bobs
  print('${age > 40 ? 'old' : 'young'}'); // expect: old
}
