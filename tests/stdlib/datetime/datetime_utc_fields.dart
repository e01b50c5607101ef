// DateTime.utc and its getters, including weekday.
void main() {
  var d = DateTime.utc(2024, 2, 29, 13, 5, 9, 7, 8);
  print(d.year);
  print(d.month);
  print(d.day);
  print(d.hour);
  print(d.minute);
  print(d.second);
  print(d.millisecond);
  print(d.microsecond);
  print(d.weekday);
  print(d.isUtc);
  print(DateTime.utc(1970).weekday == DateTime.thursday);
}
// expect: 2024
// expect: 2
// expect: 29
// expect: 13
// expect: 5
// expect: 9
// expect: 7
// expect: 8
// expect: 4
// expect: true
// expect: true
