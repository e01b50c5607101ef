// Checks splitMapJoin with String and RegExp patterns, default callbacks and the empty pattern.
void main() {
  print('a-b-c'.splitMapJoin('-', onMatch: (m) => '+', onNonMatch: (s) => s.toUpperCase())); // expect: A+B+C
  print('hello world'.splitMapJoin(RegExp(r'o'), onMatch: (m) => '0', onNonMatch: (n) => '[$n]')); // expect: [hell]0[ w]0[rld]
  print('abc'.splitMapJoin('', onMatch: (m) => '|')); // expect: |a|b|c|
  print('a😀'.splitMapJoin('', onNonMatch: (n) => '<$n>')); // expect: <><a><😀><>
  print('x1y22'.splitMapJoin(RegExp(r'\d+'))); // expect: x1y22
}
