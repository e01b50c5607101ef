// Checks capture groups: group, [], groups, groupCount, and groups that did not take part.
void main() {
  var m = RegExp(r'(\d+)-(\d+)(x)?').firstMatch('tel 12-345!')!;
  print(m.groupCount); // expect: 3
  print(m.group(0)); // expect: 12-345
  print(m[1]); // expect: 12
  print(m.group(2)); // expect: 345
  print(m.group(3)); // expect: null
  print(m.groups([2, 1, 3])); // expect: [345, 12, null]
  print(RegExp(r'(a)|(b)').firstMatch('b')!.groups([1, 2])); // expect: [null, b]
  print(RegExp(r'(?:ab)+(c)').firstMatch('ababc')!.groupCount); // expect: 1
}
