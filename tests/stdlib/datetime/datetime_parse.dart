// DateTime.parse accepts Dart's ISO-8601 forms; a zone makes the result UTC.
void main() {
  print(DateTime.parse('2012-02-27'));
  print(DateTime.parse('2012-02-27 13:27:00'));
  print(DateTime.parse('2012-02-27 13:27:00.123456789z'));
  print(DateTime.parse('2012-02-27 13:27:00,5'));
  print(DateTime.parse('20120227 13:27:00'));
  print(DateTime.parse('20120227T132700'));
  print(DateTime.parse('2002-02-27T14:00:00-0500'));
  print(DateTime.parse('2002-02-27T14:00:00+01:30'));
  print(DateTime.parse('2012-02-27T13:27Z'));
  print(DateTime.parse('-123450101 00:00:00 Z'));
  print(DateTime.parse('+002012-02-27T14Z'));
}
// expect: 2012-02-27 00:00:00.000
// expect: 2012-02-27 13:27:00.000
// expect: 2012-02-27 13:27:00.123456Z
// expect: 2012-02-27 13:27:00.500
// expect: 2012-02-27 13:27:00.000
// expect: 2012-02-27 13:27:00.000
// expect: 2002-02-27 19:00:00.000Z
// expect: 2002-02-27 12:30:00.000Z
// expect: 2012-02-27 13:27:00.000Z
// expect: -12345-01-01 00:00:00.000Z
// expect: 2012-02-27 14:00:00.000Z
