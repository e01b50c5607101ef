// Invalid ranges throw RangeError with the parameter name.
void main() {
  var list = [1, 2, 3];
  try { list.sublist(2, 1); } catch (e) { print(e); }
  try { list.getRange(-1, 2); } catch (e) { print(e); }
  try { list.setRange(0, 3, [1]); } catch (e) { print(e); }
  list.removeRange(0, 5);
}
// expect: RangeError (end): Invalid value: Not in inclusive range 2..3: 1
// expect: RangeError (start): Invalid value: Not in inclusive range 0..3: -1
// expect: Bad state: Too few elements
// expect runtime error: RangeError (end): Invalid value: Not in inclusive range 0..3: 5
