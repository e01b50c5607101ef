// toString and toIso8601String, with microseconds, and years outside 0..9999.
void main() {
  print(DateTime.utc(2024, 1, 2, 3, 4, 5, 6));
  print(DateTime.utc(2024, 1, 2, 3, 4, 5, 6, 7));
  print(DateTime.utc(2024, 1, 2).toIso8601String());
  print(DateTime(2024, 1, 2, 3, 4, 5));
  print(DateTime(2024, 1, 2, 3, 4, 5).toIso8601String());
  print(DateTime.utc(-5, 1, 1));
  print(DateTime.utc(12345, 1, 1).toIso8601String());
  print(DateTime.utc(-12345, 1, 1).toIso8601String());
  print(DateTime.utc(42, 6, 7));
}
// expect: 2024-01-02 03:04:05.006Z
// expect: 2024-01-02 03:04:05.006007Z
// expect: 2024-01-02T00:00:00.000Z
// expect: 2024-01-02 03:04:05.000
// expect: 2024-01-02T03:04:05.000
// expect: -0005-01-01 00:00:00.000Z
// expect: +012345-01-01T00:00:00.000Z
// expect: -012345-01-01T00:00:00.000Z
// expect: 0042-06-07 00:00:00.000Z
