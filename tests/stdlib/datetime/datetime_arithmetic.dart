// add, subtract, difference, comparisons and equality.
void main() {
  var a = DateTime.utc(2024, 1, 1);
  var b = DateTime.utc(2024, 3, 1, 12);
  print(b.difference(a));
  print(b.difference(a).inDays);
  print(a.add(Duration(days: 31, hours: 1)));
  print(a.subtract(Duration(seconds: 1)));
  print(a.isBefore(b));
  print(a.isAfter(b));
  print(a.isAtSameMomentAs(DateTime.utc(2024)));
  print(a.compareTo(b));
  print(b.compareTo(a));
  print(a == DateTime.utc(2024, 1, 1));
  print(a.hashCode == DateTime.utc(2024, 1, 1).hashCode);
  print([b, a]..sort());
}
// expect: 1452:00:00.000000
// expect: 60
// expect: 2024-02-01 01:00:00.000Z
// expect: 2023-12-31 23:59:59.000Z
// expect: true
// expect: false
// expect: true
// expect: -1
// expect: 1
// expect: true
// expect: true
// expect: [2024-01-01 00:00:00.000Z, 2024-03-01 12:00:00.000Z]
