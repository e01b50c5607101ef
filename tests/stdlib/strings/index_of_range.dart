// Checks the RangeErrors of indexOf (named "start") and lastIndexOf (unnamed).
void main() {
  try {
    'abc'.indexOf('c', -1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (start): Invalid value: Not in inclusive range 0..3: -1
  }
  'abcabc'.lastIndexOf('c', 10); // expect runtime error: RangeError: Invalid value: Not in inclusive range 0..6: 10
}
