// Duration's named constructor parts and inX getters (which truncate).
void main() {
  var d = Duration(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 5, microseconds: 6);
  print(d.inDays);
  print(d.inHours);
  print(d.inMinutes);
  print(d.inSeconds);
  print(d.inMilliseconds);
  print(d.inMicroseconds);
  print(Duration(minutes: 90).inHours);
}
// expect: 1
// expect: 26
// expect: 1563
// expect: 93784
// expect: 93784005
// expect: 93784005006
// expect: 1
