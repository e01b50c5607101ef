// sort with and without a comparator; shuffle keeps the elements.
void main() {
  var list = [5, 3, 9, 1, 7];
  list.sort();
  print(list);
  list.sort((a, b) => b - a);
  print(list);
  var words = ['pear', 'fig', 'apple'];
  words.sort((a, b) => a.length.compareTo(b.length));
  print(words);
  list.shuffle();
  list.sort();
  print(list);
}
// expect: [1, 3, 5, 7, 9]
// expect: [9, 7, 5, 3, 1]
// expect: [fig, pear, apple]
// expect: [1, 3, 5, 7, 9]
