// Checks String as a Pattern: allMatches (with start, empty pattern) and matchAsPrefix.
void main() {
  print('X'.allMatches('aXbX').map((m) => m.start).toList()); // expect: [1, 3]
  print('X'.allMatches('aXbX', 2).length); // expect: 1
  print(''.allMatches('abc').map((m) => m.start).toList()); // expect: [0, 1, 2, 3]
  print('aa'.allMatches('aaaa').length); // expect: 2
  print('X'.matchAsPrefix('aXb', 1)?.end); // expect: 2
  print('X'.matchAsPrefix('aXb')); // expect: null
  var m = 'b'.allMatches('abc').first;
  print('${m.start} ${m.end} ${m[0]} ${m.groupCount} ${m.input} ${m.pattern}'); // expect: 1 2 b 0 abc b
  print(m.groups([0, 0])); // expect: [b, b]
  print(m); // expect: Instance of '_StringMatch'
  try {
    m.group(1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: Value not in range: 1
  }
  'X'.allMatches('aXbX', 5); // expect runtime error: RangeError (start): Invalid value: Not in inclusive range 0..4: 5
}
