// fromMillisecondsSinceEpoch / fromMicrosecondsSinceEpoch and back.
void main() {
  print(DateTime.fromMillisecondsSinceEpoch(0, isUtc: true));
  print(DateTime.fromMillisecondsSinceEpoch(-1, isUtc: true));
  print(DateTime.fromMicrosecondsSinceEpoch(1700000000123456, isUtc: true));
  var d = DateTime.utc(2024, 1, 1);
  print(d.millisecondsSinceEpoch);
  print(d.microsecondsSinceEpoch);
  var local = DateTime.fromMillisecondsSinceEpoch(1704067200000);
  print(local.isUtc);
  print(local.millisecondsSinceEpoch);
}
// expect: 1970-01-01 00:00:00.000Z
// expect: 1969-12-31 23:59:59.999Z
// expect: 2023-11-14 22:13:20.123456Z
// expect: 1704067200000
// expect: 1704067200000000
// expect: false
// expect: 1704067200000
