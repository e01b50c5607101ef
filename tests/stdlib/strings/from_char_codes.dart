// Checks String.fromCharCode and String.fromCharCodes with ranges, astral code points and errors.
void main() {
  print(String.fromCharCode(65)); // expect: A
  print(String.fromCharCode(0x1F600).length); // expect: 2
  print(String.fromCharCodes([72, 105])); // expect: Hi
  print(String.fromCharCodes([72, 105, 33], 1)); // expect: i!
  print(String.fromCharCodes([72, 105, 33], 1, 2)); // expect: i
  print(String.fromCharCodes(<int>[])); // expect: 
  print(String.fromCharCodes([0x1F600, 0x61]).length); // expect: 3
  try {
    String.fromCharCode(-1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError: Invalid value: Not in inclusive range 0..1114111: -1
  }
  String.fromCharCodes([72, 105, 33], 1, 5); // expect runtime error: RangeError (end): Invalid value: Not in inclusive range 1..3: 5
}
