// Checks RegExp.allMatches: every match in order, a start index, and empty matches advancing.
void main() {
  var re = RegExp(r'\d+');
  print(re.allMatches('a1b22c333').map((m) => m[0]).toList()); // expect: [1, 22, 333]
  print(re.allMatches('a1b22c333', 3).map((m) => m.start).toList()); // expect: [3, 6]
  print(re.allMatches('none').isEmpty); // expect: true
  print(RegExp('x*').allMatches('axxb').map((m) => '${m.start}-${m.end}').toList()); // expect: [0-0, 1-3, 3-3, 4-4]
  print(RegExp('a|').allMatches('ba').map((m) => '${m.start}-${m.end}').toList()); // expect: [0-0, 1-2, 2-2]
  var matches = RegExp(r'(\w)(\d)?').allMatches('a1b');
  print(matches.map((m) => m.groups([1, 2])).toList()); // expect: [[a, 1], [b, null]]
  print(matches.length); // expect: 2
  RegExp('a').allMatches('aaa', 4); // expect runtime error: RangeError: Invalid value: Not in inclusive range 0..3: 4
}
