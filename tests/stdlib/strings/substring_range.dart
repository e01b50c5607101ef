// Checks substring bounds and the RangeErrors for a start or end out of range.
void main() {
  print('hello'.substring(1, 3)); // expect: el
  print('hello'.substring(5)); // expect: 
  print('hello'.substring(0)); // expect: hello
  try {
    'hello'.substring(3, 1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (end): Invalid value: Not in inclusive range 3..5: 1
  }
  'hello'.substring(6); // expect runtime error: RangeError (start): Invalid value: Not in inclusive range 0..5: 6
}
