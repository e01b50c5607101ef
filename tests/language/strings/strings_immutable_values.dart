// Checks that string operations return new strings and leave the original unchanged.
void main() {
  var original = 'abc';
  var upper = original.toUpperCase();
  var longer = original + 'd';
  print(original); // expect: abc
  print(upper); // expect: ABC
  print(longer); // expect: abcd
  var copy = original;
  copy += '!';
  print(original); // expect: abc
  print(copy); // expect: abc!
}
