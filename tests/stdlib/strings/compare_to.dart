// Checks String.compareTo: code-unit order, prefixes first, and sorting a list of strings.
void main() {
  print('a'.compareTo('b')); // expect: -1
  print('b'.compareTo('a')); // expect: 1
  print('ab'.compareTo('ab')); // expect: 0
  print('ab'.compareTo('abc')); // expect: -1
  print('Z'.compareTo('a')); // expect: -1
  var words = ['pear', 'Apple', 'apple', 'banana'];
  words.sort();
  print(words); // expect: [Apple, apple, banana, pear]
}
