// Checks RegExp.matchAsPrefix: the match must start exactly at the given index.
void main() {
  var re = RegExp(r'ab+');
  print(re.matchAsPrefix('xabb')); // expect: null
  print(re.matchAsPrefix('xabb', 1)![0]); // expect: abb
  print(re.matchAsPrefix('abbx')!.end); // expect: 3
  print(RegExp(r'^b').matchAsPrefix('ab', 1)); // expect: null
  re.matchAsPrefix('ab', 3); // expect runtime error: RangeError: Invalid value: Not in inclusive range 0..2: 3
}
