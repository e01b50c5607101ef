// tryParse returns null and parse throws FormatException for text Dart rejects.
void main() {
  print(DateTime.tryParse('2012-2-27'));
  print(DateTime.tryParse('12-02-27'));
  print(DateTime.tryParse('2012-02-27X'));
  print(DateTime.tryParse(''));
  DateTime.parse('not a date');
}
// expect: null
// expect: null
// expect: null
// expect: null
// expect runtime error: FormatException: Invalid date format
