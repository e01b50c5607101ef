// BigInt's errors, with the Dart VM's messages.
void main() {
  try {
    BigInt.parse('abc');
  } catch (e) {
    print(e); // expect: FormatException: Could not parse BigInt
    // expect: abc
  }
  try {
    BigInt.one ~/ BigInt.zero;
  } catch (e) {
    print(e); // expect: IntegerDivisionByZeroException
  }
  try {
    BigInt.one.pow(-1);
  } catch (e) {
    print(e); // expect: Invalid argument(s): Exponent must not be negative: -1
  }
  try {
    BigInt.two.modInverse(BigInt.from(4));
  } catch (e) {
    print(e); // expect: Exception: Not coprime
  }
  try {
    BigInt.two.modPow(BigInt.one, BigInt.zero);
  } catch (e) {
    print(e); // expect: Invalid argument(s): modulus must be strictly positive: 0
  }
  try {
    BigInt.from(double.nan);
  } catch (e) {
    print(e); // expect: Invalid argument(s): Value must be finite: NaN
  }
  try {
    BigInt.one << -1;
  } catch (e) {
    print(e); // expect: Invalid argument(s): shift-amount must be positive -1
  }
  BigInt.parse('1', radix: 40); // expect runtime error: RangeError (radix): Invalid value: Not in inclusive range 2..36: 40
}
