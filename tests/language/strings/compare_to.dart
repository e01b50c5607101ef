// Checks String.compareTo ordering by code units, via the sign of the result.
String sign(int c) => c < 0 ? 'less' : (c > 0 ? 'greater' : 'equal');

void main() {
  print(sign('apple'.compareTo('banana'))); // expect: less
  print(sign('b'.compareTo('a'))); // expect: greater
  print(sign('same'.compareTo('same'))); // expect: equal
  print(sign('Zebra'.compareTo('apple'))); // expect: less
  print(sign('abc'.compareTo('ab'))); // expect: greater
  print(sign(''.compareTo('a'))); // expect: less
  var words = ['pear', 'Apple', 'fig'];
  words.sort((a, b) => a.compareTo(b));
  print(words); // expect: [Apple, fig, pear]
}
