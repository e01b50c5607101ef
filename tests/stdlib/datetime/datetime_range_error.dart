// A millisecondsSinceEpoch beyond 8.64e15 is out of range (an ArgumentError; its exact text
// differs between Dart versions, so only the class is checked).
void main() {
  print(DateTime.fromMillisecondsSinceEpoch(8640000000000000, isUtc: true));
  try {
    DateTime.fromMillisecondsSinceEpoch(8640000000000001, isUtc: true);
  } on ArgumentError {
    print("out of range");
  }
}
// expect: 275760-09-13 00:00:00.000Z
// expect: out of range
