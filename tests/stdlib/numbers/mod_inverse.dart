// Checks int.modInverse, its "Not coprime" exception and its RangeError for a bad modulus.
void main() {
  print(3.modInverse(11)); // expect: 4
  print((-3).modInverse(7)); // expect: 2
  print(5.modInverse(1)); // expect: 0
  try {
    2.modInverse(4);
  } catch (e) {
    print(e); // expect: Exception: Not coprime
  }
  3.modInverse(0); // expect runtime error: RangeError (modulus): Invalid value: Not greater than or equal to 1: 0
}
