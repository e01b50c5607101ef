// Checks the RangeErrors of toStringAsFixed/AsExponential/AsPrecision for bad digit counts.
void main() {
  try {
    1.5.toStringAsFixed(21);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (fractionDigits): Invalid value: Not in inclusive range 0..20: 21
  }
  try {
    1.5.toStringAsExponential(-1);
  } on RangeError catch (e) {
    print(e); // expect: RangeError (fractionDigits): Invalid value: Not in inclusive range 0..20: -1
  }
  1.5.toStringAsPrecision(0); // expect runtime error: RangeError (precision): Invalid value: Not in inclusive range 1..21: 0
}
