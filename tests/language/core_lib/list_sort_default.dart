// Checks List.sort without a comparator on ints, doubles and strings.
void main() {
  var ints = [5, -1, 3, 0, 10];
  ints.sort();
  print(ints); // expect: [-1, 0, 3, 5, 10]
  var ds = [2.5, 1.5, -0.5];
  ds.sort();
  print(ds); // expect: [-0.5, 1.5, 2.5]
  var words = ['pear', 'apple', 'Banana', 'cherry'];
  words.sort();
  print(words); // expect: [Banana, apple, cherry, pear]
}
