// DateTime.now is local and moves forward; DateTime.timestamp is UTC.
void main() {
  var a = DateTime.now();
  var b = DateTime.now();
  print(a.isUtc);
  print(!b.isBefore(a));
  print(a.year >= 2024);
  print(DateTime.timestamp().isUtc);
  print(DateTime.now().difference(a).inMinutes < 5);
}
// expect: false
// expect: true
// expect: true
// expect: true
// expect: true
