// toUtc/toLocal keep the instant; a UTC DateTime has zone "UTC" and offset 0; local
// DateTimes round-trip through their fields (whatever the machine's zone).
void main() {
  var utc = DateTime.utc(2024, 6, 15, 12);
  var local = utc.toLocal();
  print(local.isUtc);
  print(local.isAtSameMomentAs(utc));
  print(local.toUtc() == utc);
  print(utc.timeZoneName);
  print(utc.timeZoneOffset);
  var d = DateTime(2024, 6, 15, 8, 30);
  print(d.hour);
  print(d.minute);
  print(d.timeZoneOffset == d.toLocal().timeZoneOffset);
  print(DateTime(2024, 6, 15, 8, 30).toUtc().add(d.timeZoneOffset).hour);
  print(local == utc);
}
// expect: false
// expect: true
// expect: true
// expect: UTC
// expect: 0:00:00.000000
// expect: 8
// expect: 30
// expect: true
// expect: 8
// expect: false
