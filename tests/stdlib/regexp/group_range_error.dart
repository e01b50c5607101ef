// Checks that asking for a group past groupCount (or negative) is a RangeError.
void main() {
  var m = RegExp(r'(a)').firstMatch('a')!;
  try {
    m.group(-1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: Value not in range: -1
  }
  m.group(2); // expect runtime error: RangeError: Value not in range: 2
}
