// Duration.toString: H:MM:SS.mmmmmm, hours unbounded, a leading '-' for negative spans.
void main() {
  print(Duration(hours: 1, minutes: 2, seconds: 3, microseconds: 4));
  print(Duration.zero);
  print(Duration(days: 2));
  print(Duration(seconds: -5));
  print(Duration(minutes: -90, milliseconds: -1));
  print(Duration(milliseconds: 1500));
}
// expect: 1:02:03.000004
// expect: 0:00:00.000000
// expect: 48:00:00.000000
// expect: -0:00:05.000000
// expect: -1:30:00.001000
// expect: 0:00:01.500000
