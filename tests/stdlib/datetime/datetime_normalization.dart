// Out-of-range fields carry over, as in Dart: month 13, day 0, hour 25.
void main() {
  print(DateTime.utc(2020, 13, 1));
  print(DateTime.utc(2020, 0, 1));
  print(DateTime.utc(2020, 3, 0));
  print(DateTime.utc(2021, 3, 0));
  print(DateTime.utc(2020, 1, 1, 25));
  print(DateTime.utc(2020, 1, 1, 0, -1));
  print(DateTime.utc(2000, -13, 1));
}
// expect: 2021-01-01 00:00:00.000Z
// expect: 2019-12-01 00:00:00.000Z
// expect: 2020-02-29 00:00:00.000Z
// expect: 2021-02-28 00:00:00.000Z
// expect: 2020-01-02 01:00:00.000Z
// expect: 2019-12-31 23:59:00.000Z
// expect: 1998-11-01 00:00:00.000Z
