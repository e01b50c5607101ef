// Checks named groups written the Dart way (?<name>...): namedGroup, groupNames, numbering.
void main() {
  var re = RegExp(r'(?<year>\d{4})-(?<month>\d\d)(?:-(?<day>\d\d))?');
  var m = re.firstMatch('on 2024-05 ok')!;
  print(m.namedGroup('year')); // expect: 2024
  print(m.namedGroup('month')); // expect: 05
  print(m.namedGroup('day')); // expect: null
  print(m.group(2)); // expect: 05
  print(m.groupNames); // expect: (year, month, day)
  print(m.groupCount); // expect: 3
  print(RegExp(r'(a)').firstMatch('a')!.groupNames.isEmpty); // expect: true
  m.namedGroup('week'); // expect runtime error: Invalid argument(s): Not a capture group name: week
}
