// The month and weekday constants, and copyWith.
void main() {
  print(DateTime.monday);
  print(DateTime.sunday);
  print(DateTime.december);
  var d = DateTime.utc(2024, 1, 31);
  print(d.copyWith(month: 2));
  print(d.copyWith(year: 2000, hour: 5));
  print(DateTime.utc(2024, DateTime.july, 4).weekday == DateTime.thursday);
}
// expect: 1
// expect: 7
// expect: 12
// expect: 2024-03-02 00:00:00.000Z
// expect: 2000-01-31 05:00:00.000Z
// expect: true
